/** Authentication of the sender (SPF, DKIM, DMARC), of the client (SMTP AUTH) and of the path (TLS). */
import { hint, rule } from './rule.ts';
import { SRC } from './sources.ts';

export const AUTHENTICATION_WORDINGS = [
  rule(
    'authfailure.spf',
    /\bspf\b(?! record lookup)|sender policy framework|openspf|\bis not (?:allowed|permitted|authorized|designated) to send (?:mail )?(?:from|on behalf of|as)\b|\bnot permitted by the domain owner|\bdoes(?:n'?t| not) allow sending mails? from\b/,
    '550 5.7.23 SPF validation failed: 192.0.2.45 is not allowed to send mail from example.org',
    SRC.rfc7372,
    { outranks: ['speeding.rate'] },
  ),
  rule(
    'authfailure.dkim',
    /\bdkim\b|domainkeys|\bsignature invalid\b|\bbad dkim signature/,
    '550 5.7.20 No passing DKIM signatures',
    SRC.rfc7372,
  ),
  rule(
    'authfailure.dmarc',
    /\bdmarc\b(?! (?:aggregate )?report)/,
    '550 5.7.1 Email rejected per DMARC policy for example.org',
    SRC.gmail,
    { outranks: ['speeding.rate'] },
  ),
  rule(
    'authfailure.unauthenticated',
    /\b(?:this )?(?:mail|message|email|sender) (?:is|has been|was) (?:blocked because (?:the sender is|it is) )?unauthenticated|\bunauthenticated (?:e-?mail|mail|message)|\bbecause (?:the sender is|it is) unauthenticated|\bdoes not have authentication information|\bfails? to pass authentication|\bauthentication checks? (?:failed|did not pass)|\bdoes not pass authentication checks|\bdoes not meet the required authentication level|\bnot authenticated by\b|\bsender id (?:check )?fail|\bsender-id\b|\bhas not authorized \S+ to send emails? on your behalf/,
    '550 5.7.26 This mail has been blocked because the sender is unauthenticated.',
    SRC.gmail,
    { outranks: ['speeding.rate'] },
  ),
  rule(
    'securityerror.smtp-auth',
    /\b(?:smtp )?auth(?:entication)? (?:is |was )?(?:required|needed|canceled|cancelled|unsuccessful|failure|failed|not supported|mechanism)|\bauthentication (?:is )?required\b|\bmust (?:be )?authenticat|\bplease authenticate|\b(?:client|you) (?:was |were |is |are )?not authenticated\b(?! (?:for|by))|\bnot authenticated to send|\brequires? (?:smtp )?authentication|\bmust issue an auth command|\bnot logged in\b|\bturn on smtp authentication\b|\bunauthenticated senders? (?:are )?not allowed\b|\busername or passw(?:or)?d\b|\bincorrect (?:user(?:name)? or )?password|\bsasl authentication failed|\bcannot achieve exchange server authentication|\bauthorization required|\bnot same as smtp authenticate username|\bdoesn'?t match auth domain|\bauth(?:entication)? failure\b|\bauthentication failed\b/,
    '530 5.7.0 Authentication required',
    SRC.rfc5321,
  ),
  rule(
    'securityerror.not-permitted-sender',
    /\bnot owned by user\b|\bdoes not match (?:the )?authenticated user\b|\bnot allowed to act as\b|\bpermissions? to send as\b|\bunauthorized use of sender|\buser has no permission|\b(?:message )?sending for this account is disabled|\bmail ?from account is a local account|\bmail from account doesn'?t conform|\bnot allowed to send from this address\b|\bclient does not have permissions? to submit\b|\bsecurity level check failed\b|\bnot authorized to perform ses:|\bunauthenticated (?:e-?)?mail (?:is )?not allowed\b/,
    '553 5.7.1 <jane@example.org>: Sender address rejected: not owned by user bob',
    SRC.postfixSmtpd,
    { outranks: ['authfailure.unauthenticated'] },
  ),
  // A reply says "your" to the SMTP client: "your account" is the sending account at its own
  // provider (suspended for spam or a suspected compromise), never the recipient's mailbox.
  // Mail.ru words it "message sending for this account is disabled" (the rule above).
  rule(
    'securityerror.sender-account-disabled',
    /\byour (?:e-?mail |mail |sending |smtp |user )?account (?:has been |is |was |is currently |has been temporarily |was temporarily |is temporarily )?(?:suspended|disabled|deactivated|locked|blocked|frozen|restricted)\b|\baccount (?:has been |is |was )?(?:suspended|disabled|blocked|restricted) (?:for|from) sending\b/,
    '554 5.7.1 Your account has been disabled for sending',
    'https://mailout.ru/2015/09',
    { outranks: ['suspend.disabled'] },
  ),
  rule(
    'securityerror.dnssec-mta-sts',
    /\bdnssec-invalid\b|\binvalid dnssec records|\bmx hosts of \S+ failed mta-sts|\bmx record authenticity/,
    '4.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records',
    SRC.exchangeNdr,
  ),
  // The sending server's own policy asked for TLS and the receiving server did not offer it (or
  // refused it): the receiving side has to act, or the sender's policy for that domain.
  rule(
    'failedstarttls.not-offered',
    /\btls is required, but (?:was not offered by host|host \S+ refused to start tls)|\b(?:receiving|remote|destination) (?:server|host|mta) does(?: not|n'?t) (?:support|offer|advertise) (?:starttls|tls)\b/,
    'TLS is required, but was not offered by host mx.example.org[192.0.2.25]',
    SRC.postfixTls,
    { outranks: ['failedstarttls.tls'], actor: 'recipient-admin' },
  ),
  rule(
    'failedstarttls.tls',
    /\bstarttls\b|\b(?:tls|ssl) (?:is |was )?(?:required|not available|currently unavailable|unavailable|not offered|negotiation failed|handshake failed|conversation required|sessions?)|\b(?:requires?|required) (?:a )?(?:secure|encrypted|tls) (?:connection|channel)|\b(?:tls|ssl) (?:negotiation|handshake|cert(?:ificate)?|channel)\b|\bencryption (?:is )?required\b|\bsession encryption\b|\b(?:secure|tls) connection (?:required|failed)\b|\bcertificate[- ](?:expired|host-mismatch|not (?:yet )?valid|verification|validation|failed|invalid|specified)|\b(?:server )?certificate not verified|\bno verified certificate|\bremote certificate\b|\bssl cert\b|\btlsa-invalid|\bfailed dane validation|\benforced by dane|\buntrustedroot\b|\bhandshake failure\b|\black of security\b|\bsecurity failure\b|\bonly on tls connection|\brefused to start tls|\bcannot start tls|\btls version used\b/,
    '530 5.7.0 Must issue a STARTTLS command first',
    SRC.rfc8461,
    { outranks: ['networkerror.connection'] },
  ),
  rule(
    'securityerror.certificate-not-verified',
    /\b(?:server )?certificate not verified\b|\bno verified certificate\b/,
    'Server certificate not verified',
    SRC.postfixTls,
    { outranks: ['failedstarttls.tls'] },
  ),
  rule(
    'securityerror.encryption-for-auth',
    /\bencryption required for requested authentication mechanism/,
    '538 5.7.11 Encryption required for requested authentication mechanism',
    'https://www.rfc-editor.org/rfc/rfc4954#section-6',
    { outranks: ['failedstarttls.tls'] },
  ),
  hint(
    'securityerror.security-policy',
    /\bsecurity (?:error|policy|polic(?:y|ies) (?:check|requirements?))|\binsecure\b|\bdelivery (?:to this address )?is restricted\b/,
    '550 5.7.1 Delivery to this address is restricted',
    SRC.exchange571,
  ),
];
