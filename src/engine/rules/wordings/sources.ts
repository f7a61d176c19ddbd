/**
 * Where the wordings come from: the mail software's own source at a fixed commit, or the
 * vendor's documentation. One constant per document, so that rules cite it by name.
 */
const GH = 'https://github.com';
const POSTFIX = `${GH}/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src`;
const EXIM = `${GH}/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src`;
const SENDMAIL = `${GH}/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3`;
const QMAIL = `${GH}/notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774`;
const MS_NDR = 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr';

export const SRC = {
  rfc3463: 'https://www.rfc-editor.org/rfc/rfc3463',
  rfc3464: 'https://www.rfc-editor.org/rfc/rfc3464',
  rfc3834: 'https://www.rfc-editor.org/rfc/rfc3834',
  rfc5321: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2',
  rfc5322: 'https://www.rfc-editor.org/rfc/rfc5322#section-3.6',
  rfc5965: 'https://www.rfc-editor.org/rfc/rfc5965',
  rfc6531: 'https://www.rfc-editor.org/rfc/rfc6531',
  rfc7372: 'https://www.rfc-editor.org/rfc/rfc7372',
  rfc7505: 'https://www.rfc-editor.org/rfc/rfc7505',
  rfc8461: 'https://www.rfc-editor.org/rfc/rfc8461',
  postfixSmtpd: `${POSTFIX}/smtpd/smtpd_check.c`,
  postfixSmtpdProto: `${POSTFIX}/smtpd/smtpd.c`,
  postfixSmtp: `${POSTFIX}/smtp/smtp_proto.c`,
  postfixSmtpConnect: `${POSTFIX}/smtp/smtp_connect.c`,
  postfixTls: `${POSTFIX}/smtp/smtp_proto.c`,
  postfixDns: `${POSTFIX}/dns/dns_lookup.c`,
  postfixCleanup: `${POSTFIX}/global/cleanup_strerror.c`,
  postfixPipe: `${POSTFIX}/global/pipe_command.c`,
  postfixQmgr: `${POSTFIX}/qmgr/qmgr_deliver.c`,
  postfixLocal: `${POSTFIX}/local/mailbox.c`,
  eximAcl: `${EXIM}/acl.c`,
  eximVerify: `${EXIM}/verify.c`,
  eximDeliver: `${EXIM}/deliver.c`,
  eximRetry: `${EXIM}/retry.c`,
  eximSmtpIn: `${EXIM}/smtp_in.c`,
  eximTransport: `${EXIM}/transports/smtp.c`,
  sendmailProto: `${SENDMAIL}/cf/m4/proto.m4`,
  sendmailSrvrsmtp: `${SENDMAIL}/sendmail/srvrsmtp.c`,
  sendmailSavemail: `${SENDMAIL}/sendmail/savemail.c`,
  sendmailMailLocal: `${SENDMAIL}/mail.local/mail.local.c`,
  qmailLocal: `${QMAIL}/qmail-local.c`,
  qmailRemote: `${QMAIL}/qmail-remote.c`,
  qmailSend: `${QMAIL}/qmail-send.c`,
  qmailSmtpd: `${QMAIL}/qmail-smtpd.c`,
  exchangeNdr: `${MS_NDR}/non-delivery-reports-in-exchange-online`,
  exchangeNdrCodes:
    'https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages',
  exchange2013Dsn:
    'https://learn.microsoft.com/en-us/exchange/dsns-and-ndrs-in-exchange-2013-exchange-2013-help',
  exchangeDbeb: `${MS_NDR}/fix-error-code-550-5-4-1-in-exchange-online`,
  exchange571: `${MS_NDR}/fix-error-code-550-5-7-1-in-exchange-online`,
  exchangeExpired: `${MS_NDR}/fix-error-code-550-4-4-7-in-exchange-online`,
  exchangeIpv6:
    'https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/support-for-anonymous-inbound-email-messages-over-ipv6',
  exchangeSize: 'https://learn.microsoft.com/en-us/exchange/mail-flow/message-size-limits',
  gmail: 'https://support.google.com/a/answer/3726730',
  gmailSenders: 'https://support.google.com/mail/answer/81126',
  yahoo: 'https://senders.yahooinc.com/smtp-error-codes/',
  apple: 'https://support.apple.com/en-us/102322',
  haraka: `${GH}/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/connection.js`,
  harakaOutbound: `${GH}/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/outbound/hmail.js`,
  harakaHelo: `${GH}/haraka/haraka-plugin-helo.checks/blob/8aaec5fb1c539e91d598e08ac36e214bfd6d7b03/index.js`,
  harakaLimit: `${GH}/haraka/haraka-plugin-limit/blob/ef8189eb324cfb25e70f5aa03aa18524bdf1d846/index.js`,
  harakaHeaders: `${GH}/haraka/haraka-plugin-headers/blob/946e7d2f217929f7a63c701aa05dd71baf490da1/index.js`,
  smtpf: `${GH}/SirWumpus/smtpf/blob/8bc889afaec6b2a7fb4599a70584e8fdd86c9b87/doc/reply.html.in`,
  momentum: `${GH}/SparkPost/momentum-documentation/blob/14b1ce074dcebab263155fa8596165949bd3f982/docs/web-momo4/message_responses.md`,
  qpsmtpd: `${GH}/smtpd/qpsmtpd/blob/df5b04d857e6f6602cef0dd4f2c09f163e20672f/lib/Qpsmtpd/SMTP.pm`,
  maddy: `${GH}/foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e/internal/msgpipeline/check_runner.go`,
  hmailserver: `${GH}/hmailserver/hmailserver/blob/4d11f81d14af5136b5e0e1d231e0eb19d8361177/hmailserver/source/Server/SMTP/SMTPConnection.cpp`,
  cyrus: `${GH}/cyrusimap/cyrus-imapd/blob/1f3a12931114d95a12c938d043d53a2cbcaf3eca/imap/imap_err.et`,
  dovecot: `${GH}/dovecot/core/blob/f28b5a92ec52eef0a111a095d00435756343dc94/src/lmtp/lmtp-local.c`,
  zimbra: `${GH}/Zimbra/zm-mailbox/blob/2b7f9787c69ed6b95ce37a415ba27c50f1091c72/store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java`,
  opensmtpd: `${GH}/OpenSMTPD/OpenSMTPD/blob/3153385b02a0a155690061767491ca4009ccd4ee/usr.sbin/smtpd/smtp_session.c`,
  mailman: `${GH}/jurov/gnu-mailman/blob/255348a9654b8b5ee1930936cafb991f1dee85a7/Mailman/Errors.py`,
  opendkim: `${GH}/trusteddomainproject/OpenDKIM/blob/5c539587561785a66c1f67f720f2fb741f320785/opendkim/opendkim.c`,
  // amavisd-new's SMTP replies by content category (%smtp_reason_by_ccat in amavisd).
  amavis: 'https://gitlab.com/amavis/amavis/-/blob/master/amavisd',
  rspamd: `${GH}/rspamd/rspamd/blob/eaac8e914ef09f837fe53cc4973e0b2312ab1118/lualib/lua_scanners/common.lua`,
  spamassassin: 'https://spamassassin.apache.org/full/4.0.x/doc/spamd.html',
  greylisting: 'https://www.rfc-editor.org/rfc/rfc6647',
  ses: 'https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
  sendgrid:
    'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/smtp-errors-and-troubleshooting',
  mailjet: 'https://dev.mailjet.com/email/guides/webhooks/',
  mimecast: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000360548755',
  proofpoint: 'https://support.proofpoint.com/dnsbl-lookup.cgi',
  spamhaus: 'https://www.spamhaus.org/faqs/smtp-error-codes/',
  mtaSts: 'https://www.rfc-editor.org/rfc/rfc8461#section-5',
  dane: 'https://www.rfc-editor.org/rfc/rfc7672',
  arf: 'https://www.rfc-editor.org/rfc/rfc5965',
} as const;
