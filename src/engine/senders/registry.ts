/**
 * Every sending service, in order. Order breaks ties between equally strong recognitions:
 * platforms that send through another service (Braze on SendGrid, SparkPost or SES; Mailchimp
 * Transactional beside Mailchimp) come before the services they may send through.
 */
import { ACTIVECAMPAIGN } from './services/activecampaign.ts';
import { AMAZON_SES } from './services/amazon-ses.ts';
import { BRAZE } from './services/braze.ts';
import { BREVO } from './services/brevo.ts';
import { CAMPAIGN_MONITOR } from './services/campaign-monitor.ts';
import { CONSTANT_CONTACT } from './services/constant-contact.ts';
import { CUSTOMER_IO } from './services/customer-io.ts';
import { GOOGLE } from './services/google.ts';
import { HUBSPOT } from './services/hubspot.ts';
import { ITERABLE } from './services/iterable.ts';
import { KLAVIYO } from './services/klaviyo.ts';
import { MAILCHIMP } from './services/mailchimp.ts';
import { MAILGUN } from './services/mailgun.ts';
import { MAILJET } from './services/mailjet.ts';
import { MANDRILL } from './services/mandrill.ts';
import { MARKETO } from './services/marketo.ts';
import { MICROSOFT } from './services/microsoft.ts';
import { POSTMARK } from './services/postmark.ts';
import { SALESFORCE_MC } from './services/salesforce-mc.ts';
import { SENDGRID } from './services/sendgrid.ts';
import { SPARKPOST } from './services/sparkpost.ts';
import { ZEPTOMAIL } from './services/zeptomail.ts';
import { ZOHO_CAMPAIGNS } from './services/zoho-campaigns.ts';
import type { SendingService } from './types.ts';

export const SENDING_SERVICES: readonly SendingService[] = [
  BRAZE,
  CUSTOMER_IO,
  ITERABLE,
  HUBSPOT,
  MARKETO,
  SALESFORCE_MC,
  KLAVIYO,
  ACTIVECAMPAIGN,
  CONSTANT_CONTACT,
  CAMPAIGN_MONITOR,
  ZOHO_CAMPAIGNS,
  MANDRILL,
  MAILCHIMP,
  BREVO,
  MAILJET,
  POSTMARK,
  ZEPTOMAIL,
  MAILGUN,
  SPARKPOST,
  SENDGRID,
  AMAZON_SES,
  GOOGLE,
  MICROSOFT,
];

/** The sender-step choice for mail sent from one's own servers, through no service. */
export const OWN_SERVER = { id: 'own', name: 'Our own mail server' } as const;

export function serviceById(id: string | undefined): SendingService | undefined {
  return SENDING_SERVICES.find((service) => service.id === id);
}

/** The service whose own feed, export or notification a format name is ("sendgrid-event"). */
export function serviceByFormat(format: string): SendingService | undefined {
  return SENDING_SERVICES.find((service) => service.signals.formats?.includes(format));
}
