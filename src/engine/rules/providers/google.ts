/** Gmail and Google Workspace. Codes from Google's SMTP error reference. */
import type { ProviderFamily } from './types.ts';

const ERR = 'https://support.google.com/a/answer/3726730';
const SG = 'https://support.google.com/a/answer/81126';

export const GOOGLE: ProviderFamily = {
  id: 'google',
  name: 'Gmail / Google Workspace',
  hosts:
    /(?:\.|^)(?:google\.com|googlemail\.com|gmail\.com|gmail-smtp-in\.l\.google\.com|aspmx\.l\.google\.com)$/,
  domains: /^(?:gmail|googlemail)\.com$/,
  signature:
    /- gsmtp\b|- gcdp\b|support\.google\.com\/mail|google tried to deliver|groups\.google\.com/,
  rules: [
    {
      pattern: /5\.7\.26\b.{0,200}dmarc|not accepted due to domain'?s dmarc/,
      code: '5.7.26',
      reason: 'authfailure',
      meaning:
        'The message failed DMARC and the sender domain’s policy asks receivers to reject it.',
      source: ERR,
    },
    {
      pattern: /5\.7\.26\b.{0,200}(?:spf|-all)/,
      code: '5.7.26',
      reason: 'authfailure',
      meaning: 'SPF failed against a hard-fail (-all) record.',
      source: ERR,
    },
    {
      pattern: /[45]\.7\.26\b/,
      code: '5.7.26',
      reason: 'authfailure',
      meaning:
        'The sender is unauthenticated: neither SPF nor DKIM passed. Gmail requires at least one (bulk senders: both, plus DMARC).',
      source: SG,
    },
    {
      pattern: /[45]\.7\.(27)\b/,
      code: '5.7.27',
      reason: 'authfailure',
      meaning: 'SPF did not pass; bulk senders to Gmail must pass SPF.',
      source: SG,
    },
    {
      pattern: /[45]\.7\.(30)\b/,
      code: '5.7.30',
      reason: 'authfailure',
      meaning: 'DKIM did not pass; bulk senders to Gmail must sign with DKIM.',
      source: SG,
    },
    {
      pattern: /[45]\.7\.(32)\b/,
      code: '5.7.32',
      reason: 'authfailure',
      meaning: 'The From domain is not aligned with the SPF or DKIM domain (DMARC alignment).',
      source: SG,
    },
    {
      pattern: /[45]\.7\.(40)\b/,
      code: '5.7.40',
      reason: 'authfailure',
      meaning: 'The sender domain has no DMARC record; bulk senders must publish one.',
      source: SG,
    },
    {
      pattern: /[45]\.7\.(24)\b/,
      code: '5.7.24',
      reason: 'authfailure',
      meaning: 'The SPF record of the sending domain has suspicious entries.',
      source: ERR,
    },
    {
      pattern: /[45]\.7\.(2[35])\b|does not have a ptr record|ptr record/,
      code: '5.7.25',
      reason: 'requireptr',
      actor: 'sender-esp',
      meaning: 'The sending IP has no PTR record, or the PTR name does not resolve back to the IP.',
      source: ERR,
    },
    {
      pattern: /[45]\.7\.(29)\b/,
      code: '5.7.29',
      reason: 'failedstarttls',
      actor: 'sender-esp',
      meaning: 'The message was not sent over TLS; bulk senders must use TLS.',
      source: SG,
    },
    {
      pattern: /[45]\.7\.28\b.{0,200}message-id/,
      code: '4.7.28',
      reason: 'spamdetected',
      meaning: 'Too many messages with the same Message-ID.',
      source: ERR,
    },
    {
      pattern: /[45]\.7\.(28)\b|unusual rate of (?:unsolicited )?(?:email|mail)/,
      code: '4.7.28',
      reason: 'speeding',
      actor: 'sender-esp',
      meaning: 'An unusual rate of mail (or of unsolicited mail) from this IP, domain or network.',
      source: ERR,
    },
    {
      pattern: /low reputation of the sending (?:ip|domain)|reputation of the sending/,
      code: '5.7.1',
      reason: 'badreputation',
      actor: 'sender-esp',
      meaning: 'The sending IP or domain has a very low reputation at Gmail.',
      source: ERR,
    },
    {
      pattern:
        /not rfc ?5322 compliant|multiple (?:subject|from|to|date)|duplicate headers|missing a valid (?:message-id|address in the from)/,
      code: '5.7.1',
      reason: 'notcompliantrfc',
      meaning: 'The message is not RFC 5322 compliant (missing or duplicate headers).',
      source: ERR,
    },
    {
      pattern: /likely unsolicited|suspicious due to the very low reputation|nature of the content/,
      code: '5.7.1',
      reason: 'spamdetected',
      meaning: 'Gmail classified the message as unsolicited.',
      source: ERR,
    },
    {
      pattern: /content presents a potential security issue|blocked because its content/,
      code: '5.7.0',
      reason: 'policyviolation',
      meaning: 'The content (usually an attachment type) is considered a security risk.',
      source: ERR,
    },
    {
      pattern: /4\.2\.1\b.{0,160}(?:too quickly|rate that prevents|receiving mail at a rate)/,
      code: '4.2.1',
      reason: 'speeding',
      actor: 'sender-esp',
      meaning: 'The recipient is receiving mail too fast; Gmail defers the rest.',
      source: ERR,
    },
    {
      pattern:
        /account that you tried to reach (?:is disabled|is inactive)|5\.2\.1\b.{0,80}(?:disabled|inactive)/,
      code: '5.2.1',
      reason: 'suspend',
      meaning: 'The recipient account is disabled or inactive.',
      source: ERR,
    },
    {
      pattern: /account that you tried to reach does not exist|nosuchuser/,
      code: '5.1.1',
      reason: 'userunknown',
      meaning: 'The Gmail account does not exist.',
      source: ERR,
    },
    {
      pattern: /out of storage space|over (?:their )?quota|storage quota/,
      code: '4.2.2',
      reason: 'mailboxfull',
      meaning: 'The recipient’s Google storage is full.',
      source: ERR,
    },
    {
      pattern: /exceeded google'?s message size|message size limit/,
      code: '5.3.4',
      reason: 'mesgtoobig',
      meaning: 'The message exceeds Google’s size limits.',
      source: ERR,
    },
    {
      pattern: /did not accept our requests to connect/,
      code: '4.4.1',
      reason: 'expired',
      meaning: 'Google could not connect to the recipient’s server and gave up after retrying.',
      source: ERR,
    },
    {
      pattern: /dns error.{0,120}doesn'?t receive email|null mx/,
      code: 'Null MX',
      reason: 'notaccept',
      meaning: 'The recipient domain publishes a null MX: it accepts no email (RFC 7505).',
      source: 'https://www.rfc-editor.org/rfc/rfc7505',
    },
    {
      pattern: /dns error/,
      code: 'DNS Error',
      reason: 'networkerror',
      meaning: 'Google could not resolve the recipient domain’s mail servers.',
      source: ERR,
    },
    {
      pattern: /must issue a starttls|tls required for rcpt domain/,
      code: '5.7.0',
      reason: 'failedstarttls',
      meaning: 'TLS is required.',
      source: ERR,
    },
    {
      pattern: /- gcdp\b/,
      code: 'gcdp',
      reason: 'filtered',
      actor: 'recipient-admin',
      meaning:
        'A custom rule of the recipient’s Google Workspace administrator rejected the message.',
      source: ERR,
    },
    {
      pattern: /send mail as|customfromdenied/,
      code: 'CustomFromDenied',
      reason: 'rejected',
      meaning: 'The “Send mail as” address is not configured correctly in Gmail.',
      source: 'https://support.google.com/mail/?p=CustomFromDenied',
    },
    {
      pattern: /the group you tried to contact|groups\.google\.com/,
      code: 'Google Groups',
      reason: 'rejected',
      meaning: 'The Google Group does not exist or you may not post to it.',
      source: 'https://support.google.com/groups/',
    },
  ],
};
