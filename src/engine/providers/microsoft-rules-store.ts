/** Exchange's mailbox store (STOREDRV) and directory (RESOLVER, APPROVAL) failures. */
import { NDR } from './sources.ts';
import type { ProviderRule } from './types.ts';

const SUBMISSION =
  'https://learn.microsoft.com/en-us/exchange/troubleshoot/send-emails/smtp-submission-improvements';

export const MICROSOFT_RULES_STORE: ProviderRule<'microsoft'>[] = [
  {
    id: 'microsoft-mailbox-full',
    pattern:
      /storedrv\.deliver.{0,40}(?:mailbox full|quota)|(?:mailbox full; )?storedrv\.\w+\.exception:quotaexceededexception|shutoffquotaexceeded/,
    code: 'STOREDRV',
    reason: 'mailboxfull',
    meaning: 'The recipient mailbox is over quota.',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/cannot-send-mail-mepf',
    example:
      '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded',
  },
  {
    id: 'microsoft-mailbox-busy',
    pattern: /mailbox busy; storedrv|mapiexceptionmaxobjsexceeded/,
    code: '4.3.2',
    reason: 'mailboxfull',
    meaning: 'The recipient mailbox holds too many items (a folder is at its limit).',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/remote-server-returned-mailbox-busy',
    example:
      '554 4.3.2 mailbox busy; STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMaxObjsExceeded; Failed to process message due to a permanent exception with message Cannot complete delivery-time processing.',
  },
  {
    id: 'microsoft-thread-limit',
    pattern:
      /storedrv\.\w+; (?:sender|recipient) thread limit exceeded|submissionquotaexceededexception/,
    code: '4.3.2',
    reason: 'speeding',
    meaning: 'Too many messages at once for this mailbox; Exchange defers the rest.',
    source: SUBMISSION,
    example: '432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded',
  },
  {
    id: 'microsoft-store-exception',
    pattern:
      /storedrv\.deliver\.exception:(?:delegateuservalidationexception|objectnotfoundexception)/,
    code: '5.2.0',
    reason: 'mailererror',
    actor: 'recipient-admin',
    meaning:
      'The recipient’s mailbox store failed to process the message (a delegate or a missing item).',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/mapiexceptionnotfound-ndr',
    example:
      '554 5.2.0 STOREDRV.Deliver.Exception:ObjectNotFoundException.MapiExceptionNotFound; Failed to process message due to a permanent exception with message Cannot get ID from name',
  },
  {
    id: 'microsoft-bad-primary',
    pattern: /resolver\.adr\.badprimary|approval\.invalidexpiry/,
    code: '5.2.0',
    reason: 'systemerror',
    actor: 'recipient-admin',
    meaning:
      'The recipient’s directory entry is broken (no valid primary address, or an unreadable policy); their admin must fix it.',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/badprimary-ndr',
    example:
      '550 5.2.0 RESOLVER.ADR.BadPrimary; recipient primary SMTP address is missing or invalid',
  },
  {
    id: 'microsoft-sending-limit',
    pattern:
      /5\.2\.2 submission quota exceeded|(5\.1\.90)\b|(5\.2\.12[12])\b|submission quota was exceeded/,
    code: '$1',
    reason: 'speeding',
    meaning: 'A sending or receiving rate limit was exceeded.',
    source: NDR,
    example:
      "550 5.2.122 Recipient's per hour message receive limit exceeded [DB5PEPF00000011.eurprd04.prod.outlook.com]",
  },
];
