/**
 * The few questions data cannot answer. Each answer changes which checks run or what the
 * checklist says; "not sure" takes the safer branch (the one that checks more).
 *
 * `assume` is the answer the walk takes until the person gives one (decision 067): the one that
 * claims the least. "One" is what a bounce naming one recipient shows; "No" keeps the checklist
 * from saying "a new sending service" or "bulk rules apply" about someone who never said so.
 */
import type { Question, QuestionId } from './types.ts';

const NOT_SURE = { value: 'unsure', label: 'Not sure' };

export const QUESTIONS: Record<QuestionId, Question> = {
  recipients: {
    id: 'recipients',
    text: 'Did this bounce come back for one recipient, or for many?',
    help: 'One bounce points at that address; many at once point at your list or at the receiving organisation.',
    options: [
      { value: 'one', label: 'Just this one' },
      { value: 'many', label: 'Many recipients' },
    ],
    assume: 'one',
  },
  'changed-esp': {
    id: 'changed-esp',
    text: 'Did you change your sending service (or add a new one) recently?',
    help: 'A new service sends from new servers: your DNS has to authorise them, and new IP addresses have no reputation yet.',
    options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }, NOT_SURE],
    assume: 'no',
  },
  bulk: {
    id: 'bulk',
    text: 'Do you send bulk mail: more than 5,000 messages a day to Gmail, Yahoo or Outlook.com addresses?',
    help: 'Bulk senders must meet extra rules since 2024 (aligned DMARC, one-click unsubscribe, low complaint rates).',
    options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }, NOT_SURE],
    assume: 'no',
  },
};
