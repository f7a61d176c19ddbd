import type { Classification } from '../../engine/index.ts';
import { isCheckId } from '../../engine/checks/checks.ts';
import { CONFIDENCE_TEXT } from './plain-words.ts';
import { reasonText } from './reason-text.ts';
import { settleText } from './settle-text.ts';

/** Where the evidence leaves room: the readings, ranked, and what will settle each. */
export function Possibilities({ result }: { result: Classification }) {
  if (result.alternatives.length === 0 && result.confidence === 'high') return null;
  return (
    <section className="possibilities" aria-labelledby="possibilities-heading">
      <h2 id="possibilities-heading">Possible causes, most likely first</h2>
      <ol>
        <li>
          <strong>{reasonText(result.reason).title}</strong> — our reading (
          {CONFIDENCE_TEXT[result.confidence].toLowerCase()}).
        </li>
        {result.alternatives.map((alt) => (
          <li key={alt.reason}>
            <strong>{reasonText(alt.reason).title}</strong> — {alt.why.replace(/\.?$/, '.')}{' '}
            <span className="possibilities__settle">
              What settles it: {settleText(alt.settleBy)}
              {isCheckId(alt.settleBy) ? ' That check runs on step 4.' : ''}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
