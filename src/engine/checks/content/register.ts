/**
 * Putting the content check into the check runner. It needs the message, which CheckContext
 * does not carry, so it reads `message` from the options it is run with (ContentCheckOptions).
 */
import { registerCheck, type CheckOptions } from '../run-checks.ts';
import { runContent } from './run.ts';

export interface ContentCheckOptions extends CheckOptions {
  /** The raw original message for the content check. */
  message?: string;
}

let registered = false;

/** Idempotent: the app calls it before running checks; the runner then knows 'content'. */
export function registerContentCheck(): void {
  if (registered) return;
  registered = true;
  registerCheck('content', (ctx, options: ContentCheckOptions) =>
    runContent(ctx, { message: options.message, provider: options.provider, bulk: options.bulk }),
  );
}
