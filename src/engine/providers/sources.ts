/** Source pages more than one provider module cites. */

/** Exchange Online's list of NDR codes. */
export const NDR =
  'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';
/** Outlook.com's sender troubleshooting page (codes S3150, RP-001, SC-001, DY-001, OU-001). */
export const OLC = 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx';
/** Outlook.com's requirements for high-volume senders (5.7.515, from 2025-05-05). */
export const HIGH_VOLUME =
  'https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730';
/** Google's SMTP error reference. */
export const GMAIL_ERRORS = 'https://support.google.com/a/answer/3726730';
/** Gmail's sender guidelines. */
export const GMAIL_GUIDELINES = 'https://support.google.com/mail/answer/81126';
/** Yahoo's SMTP error codes for senders. */
export const YAHOO_ERRORS = 'https://senders.yahooinc.com/smtp-error-codes/';
export const YAHOO_BEST_PRACTICES = 'https://senders.yahooinc.com/best-practices/';
export const APPLE_POSTMASTER = 'https://support.apple.com/en-us/102322';

/** A public MX lookup of the provider's own domain: anyone can repeat it. */
export const mxLookup = (domain: string): string =>
  `https://mxtoolbox.com/SuperTool.aspx?action=mx%3a${domain}`;

/** The ActiveCampaign SMTP field manual: real replies of each provider, quoted with their codes. */
export const fieldManual = (code: number, line: number): string =>
  `https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/${code}.json#L${line}`;
