import type { Actor, Diagnosis, InputKind, Reason } from '../engine/index.ts';
import type { InputSource } from '../features/wizard/wizard-state.ts';

/** One failed recipient as the host page hears of it: codes and verdicts, never the address. */
export interface RecipientSummary {
  reason: Reason;
  /** True: permanent; false: temporary; null: not a failure. */
  permanent: boolean | null;
  status: string | null;
  replyCode: number | null;
  /** The provider family ("microsoft", "google", ...) and its own code, as in a help article. */
  provider: string | null;
  providerCode: string | null;
  /**
   * 'receiver': that provider refused or held the mail; 'reporter': it only wrote the notice
   * (the sender's own provider, telling of another server's failure).
   */
  providerRole: 'receiver' | 'reporter' | null;
  actor: Actor;
  confidence: 'high' | 'medium' | 'low';
}

/**
 * The `diagnosis` event's detail. The bounce text, addresses, host names and the server's words
 * stay in the browser, as the app promises: a help site may log this, so it carries only what
 * the help site's own articles are about.
 */
export type DiagnosisSummary =
  | {
      status: 'ready';
      source: InputSource['kind'];
      input: InputKind;
      isBounce: boolean;
      recipients: RecipientSummary[];
    }
  | { status: 'failed'; source: InputSource['kind']; error: 'timeout' | 'error' };

export function summarizeDiagnosis(
  diagnosis: Diagnosis,
  source: InputSource['kind'],
): DiagnosisSummary {
  return {
    status: 'ready',
    source,
    input: diagnosis.parsed.kind,
    isBounce: diagnosis.parsed.isBounce,
    recipients: diagnosis.results.map((result) => ({
      reason: result.reason,
      permanent: result.permanent,
      status: result.status,
      replyCode: result.replyCode,
      provider: result.provider?.id ?? null,
      providerCode: result.provider?.code ?? null,
      providerRole: result.provider?.role ?? null,
      actor: result.actor,
      confidence: result.confidence,
    })),
  };
}

export function summarizeFailure(error: unknown, source: InputSource['kind']): DiagnosisSummary {
  // Only the error's kind: a parser's message could quote the input.
  const timeout = error instanceof Error && error.name === 'DiagnoseTimeoutError';
  return { status: 'failed', source, error: timeout ? 'timeout' : 'error' };
}
