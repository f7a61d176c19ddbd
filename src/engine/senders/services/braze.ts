/**
 * Braze. It sends through SendGrid, SparkPost or Amazon SES, so the envelope and DKIM domains
 * are theirs; Braze itself shows only in its link and unsubscribe hosts (braze.com, braze.eu).
 * A recognition from those alone is weak.
 */
import type { SendingService } from '../types.ts';

const AUTH =
  'https://www.braze.com/docs/user_guide/message_building_by_channel/email/email_setup/authentication/';

const SUBSCRIPTIONS =
  'https://www.braze.com/docs/user_guide/message_building_by_channel/email/best_practices/managing_email_subscriptions/';

export const BRAZE: SendingService = {
  id: 'braze',
  name: 'Braze',
  source: AUTH,
  signals: {
    receivedHosts: ['braze.com', 'braze.eu'],
    unsubscribeHosts: ['braze.com', 'braze.eu'],
  },
  authentication: {
    page: { label: 'Braze: email authentication', url: AUTH },
    where: 'your Braze onboarding (Braze sets up the records of the service it sends through)',
    records: [
      { name: '<selector>._domainkey.{domain}', type: 'CNAME', value: '<value Braze gives you>' },
    ],
  },
  suppression: {
    hard: {
      title: 'Braze has marked {address} as invalid',
      text: 'After a hard bounce Braze marks the email address invalid and sends it no more email; the user’s subscription state is not changed.',
    },
    soft: {
      title: 'Braze retries a soft bounce for 72 hours',
      text: 'Braze retries a soft bounce for 72 hours and then gives up on this message; {address} stays eligible for later ones.',
    },
    remove:
      'Once {address} works, call Braze’s POST /email/bounce/remove with it: that takes it off Braze’s bounce list and the one its email provider keeps (a new email address on the profile is sent to as well).',
    link: {
      label: 'Braze: remove hard-bounced emails',
      url: 'https://www.braze.com/docs/api/endpoints/email/post_remove_hard_bounces/',
    },
  },
  naming: {
    field: 'bounce event',
    source: SUBSCRIPTIONS,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
