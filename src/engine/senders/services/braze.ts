/**
 * Braze. It sends through SendGrid, SparkPost or Amazon SES, so the envelope and DKIM domains
 * are theirs; Braze itself shows only in its link and unsubscribe hosts (braze.com, braze.eu).
 * A recognition from those alone is weak.
 */
import type { SendingService } from '../types.ts';

const AUTH =
  'https://www.braze.com/docs/user_guide/message_building_by_channel/email/email_setup/authentication/';

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
  naming: {
    field: 'bounce event',
    source: AUTH,
    byReason: {},
    permanent: 'hard bounce',
    temporary: 'soft bounce',
  },
};
