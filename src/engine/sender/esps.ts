/**
 * Sending services a marketer is likely to name, with the SPF include their documentation asks
 * for (where they ask for one) and the DKIM selectors they publish. Used to pre-fill the
 * selector and to name the include in the checklist.
 */
export interface Esp {
  id: string;
  name: string;
  spfInclude?: string;
  dkimSelectors: string[];
  source?: string;
}

export const ESPS: readonly Esp[] = [
  {
    id: 'google',
    name: 'Google Workspace',
    spfInclude: '_spf.google.com',
    dkimSelectors: ['google'],
    source: 'https://support.google.com/a/answer/10684623',
  },
  {
    id: 'microsoft',
    name: 'Microsoft 365',
    spfInclude: 'spf.protection.outlook.com',
    dkimSelectors: ['selector1', 'selector2'],
    source:
      'https://learn.microsoft.com/en-us/defender-office-365/email-authentication-spf-configure',
  },
  {
    id: 'amazon-ses',
    name: 'Amazon SES',
    spfInclude: 'amazonses.com',
    dkimSelectors: [],
    source: 'https://docs.aws.amazon.com/ses/latest/dg/send-email-authentication-spf.html',
  },
  {
    id: 'sendgrid',
    name: 'SendGrid',
    spfInclude: 'sendgrid.net',
    dkimSelectors: ['s1', 's2'],
    source:
      'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/how-to-set-up-domain-authentication',
  },
  {
    id: 'mailgun',
    name: 'Mailgun',
    spfInclude: 'mailgun.org',
    dkimSelectors: [],
    source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/',
  },
  {
    id: 'mailchimp',
    name: 'Mailchimp',
    dkimSelectors: ['k1'],
    source: 'https://mailchimp.com/help/set-up-email-domain-authentication/',
  },
  {
    id: 'brevo',
    name: 'Brevo (Sendinblue)',
    dkimSelectors: ['mail'],
    source: 'https://developers.brevo.com/docs/domain-authentication-and-verification',
  },
  { id: 'own', name: 'Our own mail server', dkimSelectors: [] },
];

export function espById(id: string | undefined): Esp | undefined {
  return ESPS.find((esp) => esp.id === id);
}
