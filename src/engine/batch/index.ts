/** Triage of many bounces at once: read a batch, classify every recipient, group by cause. */
export type * from './types.ts';
export { TRIAGE_ACTIONS } from './types.ts';
export { actionFor, ACTION_LABELS } from './actions.ts';
export { BATCH_LIMITS, type BatchLimits } from './limits.ts';
export { createBatchReader, type BatchReaderOptions, type BatchFileReader } from './read-batch.ts';
export {
  createTriage,
  senderOf,
  senderKey,
  type Triage,
  type TriageGroup,
  type TriageSummary,
  type ProviderCount,
  type DomainCount,
} from './triage.ts';
export { triageStream, type TriageStreamOptions } from './triage-stream.ts';
export {
  SENDER_CHECKS,
  checksForGroup,
  planSenderChecks,
  type SenderCheckPlan,
} from './checks-plan.ts';
export {
  suppressionCsv,
  markdownSummary,
  triageJson,
  shareTriage,
  providerLine,
  SUPPRESSION_COLUMNS,
  type TriageReport,
  type SharedTriage,
  type SuppressionOptions,
} from './exports.ts';
export { wizardText } from './wizard-text.ts';
export { providerLabel } from './rows.ts';
