import { useId } from 'react';
import { EXAMPLES, type Example } from './examples.ts';

export function ExampleButtons({ onPick }: { onPick(example: Example): void }) {
  const headingId = useId();
  return (
    <section className="examples" aria-labelledby={headingId}>
      <h2 id={headingId}>Try an example</h2>
      <p className="hint">Each one fills in the box and diagnoses it at once.</p>
      <ul className="examples__list">
        {EXAMPLES.map((example) => (
          <li key={example.id}>
            <button type="button" className="button button--quiet" onClick={() => onPick(example)}>
              {example.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
