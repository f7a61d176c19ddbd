import { useEffect, useRef, type ReactNode } from 'react';
import type { Classification } from '../../engine/index.ts';
// The table alone, not the engine's index: these render on the main thread (decision 036).
import { REASON_INFO } from '../../engine/rules/reason-info.ts';
import { clipText } from './clip-text.ts';
import { safeHttpUrl } from './safe-url.ts';
import { settleText } from './settle-text.ts';

/**
 * The facts behind a verdict, on demand (STYLE.md habit 4). A native <details>: keyboard and
 * screen-reader support for free. It opens itself for printing so paper shows everything.
 */
export function EvidencePanel({ result }: { result: Classification }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const open = () => ref.current?.setAttribute('open', '');
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);

  return (
    <details className="evidence" ref={ref}>
      <summary>Show the evidence</summary>
      <h3>What the server said</h3>
      <dl className="facts">
        <Fact term="Status">{result.status ?? 'none given'}</Fact>
        <Fact term="Reply code">{result.replyCode ?? 'none given'}</Fact>
        <Fact term="Remote server">{result.remoteMta ?? 'not named'}</Fact>
      </dl>
      <p className="evidence__caption">The server's own words:</p>
      <pre className="evidence__diagnostic">{clipText(result.diagnostic) || '(no text)'}</pre>

      <h3>Rules that matched</h3>
      {result.evidence.length === 0 ? (
        <p>No rule matched this text yet.</p>
      ) : (
        <ul className="evidence__rules">
          {result.evidence.map((item, i) => {
            const source = safeHttpUrl(item.source);
            return (
              <li key={`${item.rule}-${i}`}>
                <p>
                  <strong>{item.rule}</strong>
                  {item.reason ? ` — points to: ${REASON_INFO[item.reason].title}` : null}
                </p>
                <blockquote>{clipText(item.text)}</blockquote>
                {source ? (
                  <p>
                    Source:{' '}
                    <a
                      href={source}
                      className="link--address"
                      target="_blank"
                      rel="noopener noreferrer"
                    >
                      {source}
                    </a>
                  </p>
                ) : item.source ? (
                  <p>Source: {item.source}</p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}

      {result.alternatives.length > 0 ? (
        <>
          <h3>Other possible readings</h3>
          <ul className="evidence__alternatives">
            {result.alternatives.map((alt) => (
              <li key={alt.reason}>
                It could also be: <strong>{REASON_INFO[alt.reason].title}</strong> —{' '}
                {sentence(alt.why)} To settle it: {settleText(alt.settleBy)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}

/** Text ending in a full stop, so joined fragments read as sentences. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
