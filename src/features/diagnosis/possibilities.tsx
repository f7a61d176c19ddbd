import type { Classification } from '../../engine/index.ts';
// The tables alone, not the engine's index: these render on the main thread (decision 036).
import { REASON_INFO } from '../../engine/rules/reason-info.ts';
import { isCheckId } from '../../engine/checks/registry.ts';
import { CONFIDENCE_TEXT } from './plain-words.ts';
import { settleText } from './settle-text.ts';

/** Where the evidence leaves room: the readings, ranked, and what will settle each. */
export function Possibilities({ result }: { result: Classification }) {
  if (result.alternatives.length === 0 && result.confidence === 'high') return null;
  return (
    <section className="possibilities" aria-labelledby="possibilities-heading">
      <h2 id="possibilities-heading">Possible causes, most likely first</h2>
      <ol>
        <li>
          <strong>{REASON_INFO[result.reason].title}</strong> — our reading (
          {CONFIDENCE_TEXT[result.confidence].toLowerCase()}).
        </li>
        {result.alternatives.map((alt) => (
          <li key={alt.reason}>
            <strong>{REASON_INFO[alt.reason].title}</strong> — {alt.why.replace(/\.?$/, '.')}{' '}
            <span className="possibilities__settle">
              What settles it: {settleText(alt.settleBy)}
              {isCheckId(alt.settleBy) ? ' The checklist runs that check too.' : ''}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
