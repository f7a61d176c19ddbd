/**
 * Give every query a deadline. The inner query runs under its own AbortController, which is
 * aborted on timeout and when the caller's signal aborts, so a DoH fetch stops rather than
 * finishing unobserved.
 */
import {
  DnsError,
  type Answer,
  type RecordType,
  type ResolveOptions,
  type Resolver,
} from './types.ts';

export function withTimeout(resolver: Resolver, ms: number): Resolver {
  return <T extends RecordType>(name: string, type: T, options?: ResolveOptions) =>
    new Promise<Answer<T>>((resolve, reject) => {
      const outer = options?.signal;
      if (outer?.aborted) {
        reject(new DnsError('aborted', name, type));
        return;
      }
      const controller = new AbortController();
      const stop = (error: DnsError) => {
        controller.abort(error);
        done();
        reject(error);
      };
      const onAbort = () => stop(new DnsError('aborted', name, type));
      const timer = setTimeout(
        () => stop(new DnsError('timeout', name, type, `no answer within ${ms} ms`)),
        ms,
      );
      const done = () => {
        clearTimeout(timer);
        outer?.removeEventListener('abort', onAbort);
      };
      outer?.addEventListener('abort', onAbort, { once: true });
      // A promise settles once: whatever the inner query does after a timeout is ignored.
      resolver(name, type, { ...options, signal: controller.signal }).then(
        (answer) => {
          done();
          resolve(answer);
        },
        (error: unknown) => {
          done();
          reject(error);
        },
      );
    });
}
