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
