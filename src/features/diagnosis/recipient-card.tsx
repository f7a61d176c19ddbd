import { useId } from 'react';
import type { Classification } from '../../engine/index.ts';
import { EvidencePanel } from './evidence-panel.tsx';
import { PermanenceBadge } from './permanence-badge.tsx';
import { ACTOR_TEXT, CONFIDENCE_TEXT } from './plain-words.ts';
import { ProviderFacts } from './provider-facts.tsx';
import { reasonText } from './reason-text.ts';

/** One failed recipient: plain words first, the evidence on demand. */
export function RecipientCard({ result }: { result: Classification }) {
  const headingId = useId();
  const { title, explanation } = reasonText(result.reason);
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {title}
      </h2>
      {result.recipient ? (
        <p className="card__recipient">
          For <span className="address">{result.recipient}</span>
        </p>
      ) : null}
      <p className="card__explanation">{explanation}</p>
      <PermanenceBadge permanent={result.permanent} />
      <dl className="facts">
        <div className="facts__row">
          <dt>Who has to act</dt>
          <dd>{ACTOR_TEXT[result.actor]}</dd>
        </div>
        {result.provider ? <ProviderFacts provider={result.provider} /> : null}
        <div className="facts__row">
          <dt>How sure we are</dt>
          <dd>{CONFIDENCE_TEXT[result.confidence]}</dd>
        </div>
      </dl>
      {result.summary ? <p className="card__summary">{result.summary}</p> : null}
      <EvidencePanel result={result} />
    </article>
  );
}
