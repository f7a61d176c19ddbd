/**
 * A bounce in the sending service's own words (SES bounceType/bounceSubType, SendGrid's bounce
 * classification, Postmark's bounce type, Mailchimp's hard or soft, Mailgun's severity), so the
 * user can find it in the service's dashboard. Also a column of the batch export.
 */
import type { Classification } from '../classify/types.ts';
import { serviceById } from './registry.ts';
import type { SendingService } from './types.ts';

export interface ServiceBounceName {
  service: string;
  /** Where the service shows it ("bounceType/bounceSubType"). */
  field: string;
  name: string;
  /** True when the bounce itself says it (an SES notification); false when it is our reading. */
  fromBounce: boolean;
  source: string;
}

type Facts = Pick<Classification, 'reason' | 'permanent' | 'diagnostic'> & {
  source?: { hintText?: string };
};

export function serviceBounceName(
  service: SendingService | string | undefined,
  classification: Facts,
): ServiceBounceName | undefined {
  const found = typeof service === 'string' ? serviceById(service) : service;
  const naming = found?.naming;
  if (!found || !naming) return undefined;
  const base = { service: found.name, field: naming.field, source: naming.source };
  const said = [classification.source?.hintText, classification.diagnostic]
    .map((text) => (text && naming.read?.exec(text)?.[0]) || undefined)
    .find(Boolean);
  if (said) return { ...base, name: said, fromBounce: true };
  const { permanent } = classification;
  const name =
    naming.byReason[classification.reason] ??
    (permanent === true ? naming.permanent : permanent === false ? naming.temporary : undefined);
  return name ? { ...base, name, fromBounce: false } : undefined;
}
