/** Public surface of the DKIM check. */
export { run, selectTargets, type DkimDetails } from './run.ts';
export {
  assessKeyRecord,
  type KeyAssessment,
  type KeyIssue,
  type KeyIssueCode,
} from './assess-key.ts';
export { parseKeyRecord, type DkimKeyRecord } from './key-record.ts';
export { readRsaKey, type RsaKeyInfo } from './public-key.ts';
export { decodeBase64 } from './base64.ts';
export { parseTagList, formatTagList, type Tag } from './tag-list.ts';
export { probeSelector, keyName, type SelectorProbe, type ProbeTarget } from './probe.ts';
export { COMMON_SELECTORS, UNGUESSABLE_SELECTORS } from './selectors.ts';
