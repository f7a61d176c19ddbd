/** The address check's public surface. */
export { run, type AddressDetails } from './run.ts';
export { parseAddress, type AddressProblem, type ParsedAddress } from './syntax.ts';
export { checkDomain, toAsciiDomain, type DomainSyntax } from './domain.ts';
export { damerauLevenshtein, suggestDomainTypo, type DomainTypo } from './typos.ts';
export {
  MAIL_PROVIDERS,
  recogniseMailProvider,
  type MailProvider,
  type MailProviderMatch,
} from './recognise-provider.ts';
export type { MxEvaluation, MxHostCheck, MxStatus } from './mx.ts';
