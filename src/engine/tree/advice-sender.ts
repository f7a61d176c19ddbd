/**
 * Advice the tree's outcomes name for causes on the sending side. Each item is something to
 * do; the checks add their own findings and copy-ready records next to these.
 */
import type { Advice } from './types.ts';

const SUBMISSION = {
  label: 'RFC 6409: message submission on port 587',
  url: 'https://www.rfc-editor.org/rfc/rfc6409#section-3.1',
};
const GMAIL_GUIDE = {
  label: 'Gmail email sender guidelines',
  url: 'https://support.google.com/mail/answer/81126',
};
const YAHOO_GUIDE = {
  label: 'Yahoo sender best practices',
  url: 'https://senders.yahooinc.com/best-practices/',
};

export const SENDER_ADVICE: Advice[] = [
  {
    id: 'verify-address',
    title: 'Check the address with the recipient',
    text: 'Compare the address letter by letter with what the recipient gave you, or ask them for it again by another channel.',
  },
  {
    id: 'remove-if-persistent',
    title: 'Stop sending to an address that keeps bouncing',
    text: 'Remove or suppress the address after a permanent bounce: repeated sends to dead addresses hurt your reputation.',
  },
  {
    id: 'list-hygiene',
    title: 'Clean your list',
    text: 'Remove addresses that bounced permanently, confirm new sign-ups (double opt-in), and stop mailing people who never open.',
  },
  {
    id: 'check-import',
    title: 'Check the last import or form change',
    text: 'Many bad addresses at once often come from a broken import, a spreadsheet with shifted columns or a sign-up form without validation.',
  },
  {
    id: 'fix-auth-records',
    title: 'Fix SPF, DKIM and DMARC for your From domain',
    text: 'Make SPF or DKIM pass and align with your From domain, wait for DNS to update (up to the old record’s TTL), then check again here.',
  },
  {
    id: 'new-esp-authenticate',
    title: 'Authenticate the new sending service',
    text: 'Add the new service to your SPF record (its include:), publish the DKIM keys it gives you, and check that its mail aligns with your From domain.',
  },
  {
    id: 'resend-after-fix',
    title: 'Resend once the checks pass',
    text: 'The bounce was permanent: nothing resends it for you. Send it again after the fixes show as passed here.',
  },
  {
    id: 'bulk-requirements',
    title: 'Meet the bulk-sender rules',
    text: 'Aligned SPF or DKIM, a DMARC record (p=none at least), valid reverse DNS, a spam-complaint rate under 0.3%, and one-click unsubscribe for marketing mail.',
    links: [GMAIL_GUIDE, YAHOO_GUIDE],
  },
  {
    id: 'one-click-unsubscribe',
    title: 'Add one-click unsubscribe to marketing mail',
    text: 'Send List-Unsubscribe with an https link and List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058), and honour requests within two days.',
    links: [{ label: 'RFC 8058', url: 'https://www.rfc-editor.org/rfc/rfc8058' }],
  },
  {
    id: 'delist-request',
    title: 'Ask to be removed from the lists that name you',
    text: 'Fix what got you listed first (a compromised account, a spam trap hit, an open relay), then ask each list that names you to remove you.',
  },
  {
    id: 'warm-up-new-ip',
    title: 'Warm up new sending addresses',
    text: 'New IP addresses have no reputation: start with small volumes to your most engaged recipients and grow over a few weeks.',
  },
  {
    id: 'postmaster-tools',
    title: 'Watch your reputation at the big providers',
    text: 'Google Postmaster Tools and Microsoft SNDS show how they see your domain and IPs.',
    links: [
      { label: 'Google Postmaster Tools', url: 'https://postmaster.google.com/' },
      { label: 'Microsoft SNDS', url: 'https://sendersupport.olc.protection.outlook.com/snds/' },
    ],
  },
  {
    id: 'ask-ptr',
    title: 'Get a reverse DNS name for the sending IP',
    text: 'Only whoever owns the IP (your hosting or sending service) can set its PTR record; ask them for a name that resolves back to the same IP.',
  },
  {
    id: 'slow-down',
    title: 'Send more slowly',
    text: 'Spread large sends over hours, limit connections per receiving provider, and let deferred mail retry on its own.',
  },
  {
    id: 'check-smtp-auth',
    title: 'Check how your mail is submitted',
    text: 'Make sure your mail program logs in to your outgoing server (SMTP AUTH) with the account that owns the From address.',
  },
  {
    id: 'fix-tls-sending',
    title: 'Check TLS on your sending server',
    text: 'Your server must offer TLS 1.2 or later with a current certificate store; the TLS policy check of the recipient domain says what it requires.',
  },
  {
    id: 'sender-domain-resolves',
    title: 'Make sure your sender domain exists in DNS',
    text: 'Receivers refuse envelope senders whose domain has no MX, A or AAAA record; the checks in this list show what your domain publishes.',
  },
  {
    id: 'use-authenticated-relay',
    title: 'Send through your own outgoing server, logged in',
    text: 'The server that refused does not pass mail on for senders who have not logged in. Turn on SMTP authentication in your mail program (“my outgoing server requires authentication”, with your mailbox’s user name and password) and send through your provider’s submission server on port 587, not straight to the recipient’s server.',
    links: [SUBMISSION],
  },
  {
    // Residential, office and cloud networks commonly block outbound port 25, and then every
    // destination times out, not only this one.
    id: 'check-outbound-port-25',
    title: 'If mail to every domain fails this way, check your outgoing port 25',
    text: 'Many home, office and cloud networks block outgoing connections to port 25. If your server reaches no domain at all, not only this one, send through your provider’s submission server (port 587, logged in) or ask your network provider to open port 25.',
    links: [SUBMISSION],
  },
  {
    id: 'read-server-text',
    title: 'Read the server’s own words',
    text: 'The bounce gave no recognised cause; the server text on the Diagnosis step often names it. You can correct the diagnosis there.',
  },
  {
    id: 'check-suppression-list',
    title: 'Review your sending service’s suppression list',
    text: 'Confirm the address is valid now (ask the recipient) before removing it from the list; the service will then try again.',
  },
  {
    id: 'check-mailer-smtp',
    title: 'Check the sending software',
    text: 'An SMTP protocol error comes from the sending program or server configuration; update it or ask its vendor.',
  },
  {
    id: 'stop-sending-complainer',
    title: 'Stop mailing the person who complained',
    text: 'Unsubscribe them at once, and look at why: unexpected mail, too frequent, or no visible unsubscribe link.',
  },
  {
    id: 'nothing-to-do',
    title: 'Nothing to fix',
    text: 'This was not a delivery failure.',
  },
];
