/**
 * Record every question with its outcome: the evidence a check carries (STYLE.md habit 4) and
 * the "what left this browser" panel. A child log records what one check asked and passes each
 * record up to its parents, so the root log sees everything.
 *
 * Put the log outside the cache: questions answered from the cache (or by joining an identical
 * query in flight) are recorded without `ms`, which is how the panel tells that nothing left.
 */
import { answerTexts } from './record-text.ts';
import {
  DnsError,
  type QueryRecord,
  type RecordType,
  type ResolveOptions,
  type Resolver,
} from './types.ts';
import { servedFromCache } from './with-cache.ts';
import { normaliseName } from './names.ts';

export type QueryListener = (record: QueryRecord) => void;

export interface QueryLog {
  /** Ask through this to be recorded. */
  readonly resolver: Resolver;
  /** Finished questions, in the order they were asked. */
  readonly queries: QueryRecord[];
  /**
   * Every question asked, in order, for an asker that has stopped waiting (a check that ended
   * with a speculative lookup still in flight): a question not yet answered shows as cancelled.
   */
  asked(): QueryRecord[];
  /** Called as each question finishes; returns an unsubscribe function. */
  onQuery(listener: QueryListener): () => void;
  /** A log of its own (one per check) whose records also reach this log. */
  child(): QueryLog;
}

interface Sink {
  reserve(name: string, type: RecordType): number;
  fill(slot: number, record: QueryRecord): void;
}

/** A finished question, or one still in flight. */
type Slot = QueryRecord | { name: string; type: RecordType; pending: true };

const CANCELLED = 'cancelled: no longer needed';

export function errorText(error: unknown): string {
  if (!(error instanceof DnsError)) return error instanceof Error ? error.message : String(error);
  const prefix = `${error.query.type} ${error.query.name}: `;
  const detail = error.message.startsWith(prefix)
    ? error.message.slice(prefix.length)
    : error.message;
  return detail === error.kind ? error.kind : `${error.kind}: ${detail}`;
}

function createLog(run: (sinks: Sink[]) => Resolver, parents: Sink[]): QueryLog {
  const slots: Slot[] = [];
  const listeners = new Set<QueryListener>();
  const sink: Sink = {
    reserve: (name, type) => slots.push({ name, type, pending: true }) - 1,
    fill: (slot, record) => {
      slots[slot] = record;
      for (const listener of listeners) listener(record);
    },
  };
  const sinks = [...parents, sink];
  return {
    resolver: run(sinks),
    get queries() {
      return slots.filter((slot): slot is QueryRecord => !('pending' in slot));
    },
    asked: () =>
      slots.map((slot) =>
        'pending' in slot
          ? { name: slot.name, type: slot.type, outcome: 'error' as const, error: CANCELLED }
          : slot,
      ),
    onQuery(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    child: () => createLog(run, sinks),
  };
}

export function withQueryLog(resolver: Resolver, options: { now?: () => number } = {}): QueryLog {
  const now = options.now ?? (() => performance.now());
  const run =
    (sinks: Sink[]): Resolver =>
    async <T extends RecordType>(name: string, type: T, resolveOptions?: ResolveOptions) => {
      const asked = normaliseName(name);
      const slots = sinks.map((sink) => sink.reserve(asked, type));
      const record = (result: Omit<QueryRecord, 'name' | 'type'>) =>
        sinks.forEach((sink, index) =>
          sink.fill(slots[index] ?? 0, { name: asked, type, ...result }),
        );
      const start = now();
      const ms = () => Math.round(now() - start);
      try {
        const answer = await resolver(name, type, resolveOptions);
        const records = answerTexts(type, answer);
        record({
          outcome: answer.kind,
          ...(records ? { records } : {}),
          ...(servedFromCache(answer) ? {} : { ms: ms() }),
        });
        return answer;
      } catch (error) {
        record({ outcome: 'error', error: errorText(error), ms: ms() });
        throw error;
      }
    };
  return createLog(run, []);
}
