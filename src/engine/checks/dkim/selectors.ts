/**
 * DKIM selectors that common senders publish, probed when the bounce does not carry the
 * message's own DKIM-Signature (s=/d=). Selectors cannot be listed from the DNS, so this can
 * find a key but never prove there is none. Order is the order results are reported in.
 * `source` is the provider page documenting the selector, or 'observed' where we only know it
 * from published records and third-party setup guides.
 */

export interface CommonSelector {
  selector: string;
  provider: string;
  source: string;
}

export const COMMON_SELECTORS: readonly CommonSelector[] = [
  {
    selector: 'google',
    provider: 'Google Workspace',
    source: 'https://support.google.com/a/answer/174126',
  },
  {
    selector: 'selector1',
    provider: 'Microsoft 365',
    source:
      'https://learn.microsoft.com/en-us/defender-office-365/email-authentication-dkim-configure',
  },
  {
    selector: 'selector2',
    provider: 'Microsoft 365',
    source:
      'https://learn.microsoft.com/en-us/defender-office-365/email-authentication-dkim-configure',
  },
  {
    selector: 'k1',
    provider: 'Mailchimp',
    source: 'https://mailchimp.com/help/set-up-email-domain-authentication/',
  },
  { selector: 'k2', provider: 'Mailchimp', source: 'observed' },
  { selector: 'k3', provider: 'Mailchimp', source: 'observed' },
  {
    selector: 'mandrill',
    provider: 'Mailchimp Transactional (Mandrill)',
    source: 'https://mailchimp.com/developer/transactional/docs/authentication-delivery/',
  },
  {
    selector: 's1',
    provider: 'SendGrid',
    source:
      'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/how-to-set-up-domain-authentication',
  },
  {
    selector: 's2',
    provider: 'SendGrid',
    source:
      'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/how-to-set-up-domain-authentication',
  },
  {
    selector: 'mail',
    provider: 'Brevo (Sendinblue); also a common self-hosted default',
    source: 'https://developers.brevo.com/docs/domain-authentication-and-verification',
  },
  { selector: 'pm', provider: 'Postmark (older set-ups; see UNGUESSABLE)', source: 'observed' },
  { selector: 'smtp', provider: 'Mailgun', source: 'observed' },
  { selector: 'mx', provider: 'Mailgun', source: 'observed' },
  {
    selector: 'protonmail',
    provider: 'Proton Mail',
    source: 'https://proton.me/support/anti-spoofing-custom-domain',
  },
  {
    selector: 'protonmail2',
    provider: 'Proton Mail',
    source: 'https://proton.me/support/anti-spoofing-custom-domain',
  },
  {
    selector: 'protonmail3',
    provider: 'Proton Mail',
    source: 'https://proton.me/support/anti-spoofing-custom-domain',
  },
  { selector: 'zoho', provider: 'Zoho Mail (admin-chosen name)', source: 'observed' },
  { selector: 'zmail', provider: 'Zoho Mail (admin-chosen name)', source: 'observed' },
  { selector: 'fm1', provider: 'Fastmail', source: 'observed' },
  { selector: 'fm2', provider: 'Fastmail', source: 'observed' },
  { selector: 'sig1', provider: 'iCloud+ custom domains', source: 'observed' },
  { selector: 'mxvault', provider: 'MXVault', source: 'observed' },
  { selector: 'default', provider: 'cPanel, Plesk and OpenDKIM defaults', source: 'observed' },
  { selector: 'dkim', provider: 'generic self-hosted', source: 'observed' },
];

/** Senders whose selectors are random or per-account, so no list can guess them. */
export interface UnguessableSelector {
  provider: string;
  pattern: string;
  source: string;
}

export const UNGUESSABLE_SELECTORS: readonly UnguessableSelector[] = [
  {
    provider: 'Amazon SES (Easy DKIM)',
    pattern: 'three random 32-character tokens, <token>._domainkey',
    source: 'https://docs.aws.amazon.com/ses/latest/dg/send-email-authentication-dkim-easy.html',
  },
  {
    provider: 'Postmark',
    pattern: 'date-based, like 20240101123456pm._domainkey',
    source: 'observed',
  },
  {
    provider: 'HubSpot',
    pattern: 'per-account, hs1-<id>._domainkey and hs2-<id>._domainkey',
    source: 'observed',
  },
];
