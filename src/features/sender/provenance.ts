/** Where each value on the sender step came from, in words: the bounce, or the person. */
import { serviceIds, type Prefill, type SenderField } from '../../engine/index.ts';

export function provenance(
  prefill: Prefill,
  typed: string | undefined,
  field: SenderField,
): string {
  const prefilled = prefill[field];
  if (typed !== undefined && typed !== prefilled?.value)
    return typed ? 'Typed by you.' : 'Left empty by you.';
  if (prefilled) return `From ${prefilled.from}.`;
  return 'Not in the bounce: fill it in if you know it.';
}

/**
 * The service rows': the first is this message's service, pre-filled or typed like any field,
 * the value's other ids left aside; every other row is one the person added.
 */
export function serviceProvenance(
  prefill: Prefill,
  typed: string | undefined,
  row: number,
): string {
  if (row > 0) return 'Added by you.';
  return provenance(prefill, typed === undefined ? undefined : serviceIds(typed)[0], 'esp');
}
