/**
 * The sender details step 3 asks for: only the fields of the checks the diagnosis calls for
 * (each check's `needs`, checks/registry.ts), in the form's order, with their labels.
 */
import { factsOf, type CheckId, type SenderField } from '../checks/registry.ts';

export type { SenderField };

/** In the order the form shows them. */
export const SENDER_FIELDS: readonly SenderField[] = [
  'recipient',
  'fromAddress',
  'envelopeDomain',
  'sendingIp',
  'dkimSelector',
  'esp',
  'original',
];

/** The on-screen keyboard a phone shows for the field (the HTML inputmode values used). */
export type FieldKeyboard = 'email' | 'decimal' | 'text';

export const FIELD_LABELS: Record<
  SenderField,
  { label: string; hint: string; keyboard: FieldKeyboard }
> = {
  recipient: {
    label: 'Failed recipient address',
    hint: 'The address the message did not reach.',
    keyboard: 'email',
  },
  fromAddress: {
    label: 'From address',
    hint: 'The address your message was sent from.',
    keyboard: 'email',
  },
  envelopeDomain: {
    label: 'Envelope (Return-Path) domain',
    hint: 'Where bounces go; SPF checks this domain. Often your sending service’s.',
    keyboard: 'text',
  },
  sendingIp: {
    label: 'Sending IP address',
    hint: 'The server your message left from.',
    keyboard: 'decimal',
  },
  dkimSelector: {
    label: 'DKIM selector',
    hint: 'The s= value of your DKIM signature. Leave it empty to try the common ones.',
    keyboard: 'text',
  },
  esp: {
    label: 'Sending service',
    hint: 'Who sends the mail for you, if anyone.',
    keyboard: 'text',
  },
  original: {
    label: 'The original message (optional)',
    hint: 'Paste the whole message you sent, headers included, to check its content.',
    keyboard: 'text',
  },
};

export function fieldsFor(checks: readonly CheckId[]): SenderField[] {
  return SENDER_FIELDS.filter((field) =>
    checks.some((check) => factsOf(check).needs.includes(field)),
  );
}
