/**
 * One fuzz input through everything the app does with a bounce, by the engine's public API only
 * (src/engine/index.ts): read and classify it, read the returned message, pre-fill the sender
 * form, inspect the returned message (the content check, without its DNS). An Outlook file is
 * first read by the page's .msg reader; that it refuses a file is an answer, not a crash.
 */
import {
  diagnose,
  inspectMessage,
  prefillSender,
  toSenderDetails,
  type SenderValues,
} from '../../src/engine/index.ts';
import { loadOrgDomains } from '../../src/engine/checks/public-suffix.ts';
import { readMsg, UnreadableMsgError } from '../../src/features/paste/msg-reader.ts';
import type { FuzzInput } from './shapes.ts';

export interface Exercised {
  /** Engine time: parse, classify, original, pre-fill, content check. */
  ms: number;
  /** Time in the .msg reader, before the engine. */
  readMs: number;
  /** What was read: its size in bytes (UTF-16 code units for text). */
  size: number;
  /** The .msg reader refused the file. */
  refused?: boolean;
}

export async function exercise(input: FuzzInput, msg = false): Promise<Exercised> {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  let text: FuzzInput = input;
  let readMs = 0;
  if (msg && typeof input !== 'string') {
    const started = performance.now();
    try {
      text = await readMsg(input);
    } catch (error) {
      if (error instanceof UnreadableMsgError)
        return { ms: 0, readMs: performance.now() - started, size, refused: true };
      throw error;
    }
    readMs = performance.now() - started;
  }
  const started = performance.now();
  const { parsed, results, originalMessage } = await diagnose(text);
  const prefill = prefillSender(parsed, results[0]);
  const values: SenderValues = {};
  for (const [field, value] of Object.entries(prefill))
    values[field as keyof SenderValues] = value.value;
  toSenderDetails(values, parsed.original);
  // The content check reads the returned message, or a message pasted on the sender step.
  const message = originalMessage ?? (typeof text === 'string' ? text : undefined);
  if (message) {
    const orgDomainOf = await loadOrgDomains();
    inspectMessage(message, { provider: results[0]?.provider?.id, bulk: true, orgDomainOf });
  }
  return { ms: performance.now() - started, readMs, size };
}
