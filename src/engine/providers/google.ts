/** Gmail and Google Workspace. Codes from Google's SMTP error reference. */
import { GMAIL_BULK_SENDER } from './google-bulk-sender.ts';
import { GOOGLE_RULES_AUTH } from './google-rules-auth.ts';
import { GOOGLE_RULES } from './google-rules.ts';
import { GOOGLE_RULES_DELIVERY } from './google-rules-delivery.ts';
import { GOOGLE_RULES_RATE } from './google-rules-rate.ts';
import { GMAIL_ERRORS, GMAIL_GUIDELINES } from './sources.ts';
import type { ProviderFamily } from './types.ts';

export const GOOGLE: ProviderFamily<'google'> = {
  id: 'google',
  name: 'Gmail / Google Workspace',
  hosts: ['google.com', 'googlemail.com', 'gmail.com'],
  mx: [
    {
      key: 'google',
      name: 'Google (Gmail / Google Workspace)',
      kind: 'mailbox',
      // smtp.google.com (current), aspmx.l.google.com + altN, aspmxN.googlemail.com (legacy).
      suffixes: ['google.com', 'googlemail.com', 'smtp.goog'],
      source: 'https://support.google.com/a/answer/174125',
    },
  ],
  domains: /^(?:gmail|googlemail)\.com$/,
  mailboxDomains: [
    { domain: 'gmail.com', brand: 'Gmail', source: GMAIL_GUIDELINES },
    { domain: 'googlemail.com', brand: 'Gmail', source: GMAIL_GUIDELINES },
  ],
  signs: [
    // Every reply of Google's servers ends "<id> - gsmtp"; a Workspace admin rule's with "- gcdp".
    { pattern: /- gsmtp\b|- gcdp\b/, source: GMAIL_ERRORS },
    { pattern: /support\.google\.com\/(?:mail|a)\b|google\.com\/mail\/help/, source: GMAIL_ERRORS },
    { pattern: /\b(?:gmail-smtp-in\.l|aspmx\.l|mx)\.google\.com\b/, source: GMAIL_ERRORS },
    // Its wording: Gmail's error texts name Gmail or use phrases no other server uses.
    {
      pattern:
        /google tried to deliver|gmail will retry|this mail has been rate limited because|gmail requires all (?:bulk )?senders|spam sent to gmail|as a policy, gmail|the (?:email )?account that you tried to reach|the user you are trying to contact is receiving mail|our system has detected (?:an unusual rate|that this message)|gmail has detected|its content presents a potential security issue|is not accepted due to domain's dmarc policy|to (?:best )?protect our users from spam|the ip address sending this message does not have a ptr record|the ip you're using to send mail is not authorized to send email directly to our servers/,
      source: GMAIL_ERRORS,
    },
    {
      pattern: /groups\.google\.com|the group you tried to contact/,
      source: 'https://support.google.com/groups/',
    },
    // Gmail's own DNS failure notice: "DNS Error: 15483 DNS type 'mx' lookup of example.org ...".
    { pattern: /dns error: \d+ dns type '\w+' lookup of/, source: GMAIL_ERRORS },
  ],
  rules: [...GOOGLE_RULES_AUTH, ...GOOGLE_RULES_RATE, ...GOOGLE_RULES, ...GOOGLE_RULES_DELIVERY],
  blocklists: {
    lists: ['spamhaus-zen', 'spamhaus-dbl'],
    portals: [
      {
        label: 'Google Postmaster Tools',
        url: 'https://postmaster.google.com/',
        note: 'Gmail rates IP and domain reputation itself; see it here.',
      },
      {
        label: 'Gmail sender guidelines',
        url: GMAIL_GUIDELINES,
        note: 'What Gmail requires of every sender.',
      },
    ],
    source: GMAIL_ERRORS,
  },
  bulkSender: GMAIL_BULK_SENDER,
  // Workspace receives up to 50 MB.
  sizeLimit: {
    name: 'Gmail / Google Workspace',
    bytes: 50 * 1024 * 1024,
    source: 'https://support.google.com/a/answer/9050120',
  },
};
