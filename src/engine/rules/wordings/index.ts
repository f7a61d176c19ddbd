/**
 * Every wording rule, in registry order. The order settles only ties: among the rules whose
 * matches start at the same place in a text, the earlier one wins (see match.ts).
 */
import { ADDRESS_WORDINGS } from './address.ts';
import { AUTHENTICATION_WORDINGS } from './authentication.ts';
import { CONTENT_WORDINGS } from './content.ts';
import { MAILBOX_WORDINGS } from './mailbox.ts';
import { RATE_WORDINGS } from './rate.ts';
import { REPORT_WORDINGS } from './reports.ts';
import { REPUTATION_WORDINGS } from './reputation.ts';
import { SENDER_WORDINGS } from './sender.ts';
import { TRANSPORT_WORDINGS } from './transport.ts';
import { UNDECIDED_WORDINGS } from './undecided.ts';
import type { WordingRule } from './types.ts';

export const WORDING_RULES: readonly WordingRule[] = [
  ...REPORT_WORDINGS,
  ...AUTHENTICATION_WORDINGS,
  ...CONTENT_WORDINGS,
  ...MAILBOX_WORDINGS,
  ...SENDER_WORDINGS,
  ...ADDRESS_WORDINGS,
  ...REPUTATION_WORDINGS,
  ...RATE_WORDINGS,
  ...UNDECIDED_WORDINGS,
  ...TRANSPORT_WORDINGS,
];

export type { WordingRule } from './types.ts';
