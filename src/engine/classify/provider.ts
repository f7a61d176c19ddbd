/**
 * Which provider's rules apply to a recipient, and which of its rules fires: the registry's
 * entry points, src/engine/providers/recognise.ts.
 */
export {
  familyOfDomain,
  fireProviderRule,
  hostOf,
  recogniseProvider,
  type FiredRule,
  type ProviderRole,
  type RecognisedProvider,
} from '../providers/recognise.ts';
