/** The TLS-policy check's public surface. */
export { run, type TlsPolicyDetails, type TlsRptDetails } from './run.ts';
export { evaluateMtaSts, type MtaStsDetails } from './mta-sts.ts';
export {
  parseStsRecord,
  selectStsRecord,
  type StsRecord,
  type StsSelection,
} from './sts-record.ts';
export { parseStsPolicy, type StsMode, type StsPolicy } from './sts-policy.ts';
export { isMxPattern, matchMxHosts, mxMatchesPattern, type MxMatch } from './mx-pattern.ts';
export { parseTlsRptRecord, selectTlsRptRecord, type TlsRptRecord } from './tlsrpt.ts';
export { policyUrl, type FetchText, type FetchTextResult } from './fetch-policy.ts';
