/**
 * The sending services chosen on the sender step, kept in the one "esp" value as ids joined by
 * commas: the first is the service this message went out through (empty when not known, "own"
 * for one's own server), the rest are other services the domain sends through, whose SPF
 * includes go into the same one SPF record. A plain string keeps the wizard state, saved
 * sessions and share links as they were: a value of one id reads as before.
 */
import { serviceById } from '../senders/registry.ts';
import type { SendingService } from '../senders/types.ts';

/** The ids, in order; an empty one stands for a service not said. */
export function serviceIds(value: string | undefined): string[] {
  return (value ?? '').split(',').map((id) => id.trim());
}

/*
 * The sender step's rows, as edits of the one value: each returns the new value, so the form
 * keeps dispatching a plain string and a removed row's neighbours keep their places.
 */

/** The value with one more row, not yet chosen. */
export function withServiceAdded(value: string | undefined): string {
  return [...serviceIds(value), ''].join(',');
}

/** The value with the row at `index` set to `id`. */
export function withServiceAt(value: string | undefined, index: number, id: string): string {
  return serviceIds(value)
    .map((old, i) => (i === index ? id.trim() : old))
    .join(',');
}

/** The value without the row at `index`; the first row, this message's service, stays. */
export function withoutServiceAt(value: string | undefined, index: number): string {
  if (index === 0) return serviceIds(value).join(',');
  return serviceIds(value)
    .filter((_, i) => i !== index)
    .join(',');
}

/** What the row at `index` may choose: the ids given, less those another row has chosen. */
export function choicesAt<T extends { id: string }>(
  value: string | undefined,
  index: number,
  options: readonly T[],
): T[] {
  const taken = serviceIds(value).filter((id, i) => i !== index && id !== '');
  return options.filter((option) => !taken.includes(option.id));
}

export interface ChosenServices {
  /** The service this message went through, when it is one we know. */
  service?: SendingService;
  /** The other services the domain sends through, known ones only, each once. */
  others: SendingService[];
}

export function chosenServices(value: string | undefined): ChosenServices {
  const [first, ...rest] = serviceIds(value);
  const service = serviceById(first);
  const others: SendingService[] = [];
  for (const id of rest) {
    const other = serviceById(id);
    if (other && other.id !== service?.id && !others.some((o) => o.id === other.id))
      others.push(other);
  }
  return { ...(service ? { service } : {}), others };
}
