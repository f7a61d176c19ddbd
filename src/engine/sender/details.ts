/** From the form's values to the SenderDetails every check reads. */
import type { SenderDetails } from '../checks/types.ts';
import type { OriginalMessage } from '../parse/types.ts';
import type { SenderField } from './fields.ts';
import { addressIn, domainOf } from './prefill.ts';

export type SenderValues = Partial<Record<SenderField, string>>;

export function toSenderDetails(values: SenderValues, original?: OriginalMessage): SenderDetails {
  const clean = (field: SenderField) => values[field]?.trim() || undefined;
  const from = clean('fromAddress');
  const fromAddress = from?.includes('@') ? (addressIn(from) ?? from) : undefined;
  const fromDomain = domainOf(from);
  const selector = clean('dkimSelector');
  const signatures = original?.dkim ?? [];
  const dkim =
    selector && fromDomain
      ? [
          { domain: fromDomain, selector },
          ...signatures.filter((s) => !(s.selector === selector && s.domain === fromDomain)),
        ]
      : signatures;
  return {
    ...(fromAddress ? { fromAddress } : {}),
    ...(fromDomain ? { fromDomain } : {}),
    ...(clean('envelopeDomain') ? { envelopeDomain: domainOf(clean('envelopeDomain')) } : {}),
    ...(clean('sendingIp') ? { sendingIp: clean('sendingIp') } : {}),
    ...(dkim.length > 0 ? { dkim } : {}),
    ...(clean('recipient')
      ? { recipient: addressIn(clean('recipient')) ?? clean('recipient') }
      : {}),
  };
}
