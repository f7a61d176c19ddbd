import { useId } from 'react';
import type { Classification, Reason } from '../../engine/index.ts';
// The table alone, not the engine's index: these render on the main thread (decision 036).
import { isStillTrying, REASON_INFO, reasonWords } from '../../engine/rules/reason-info.ts';
import { movedTo, todoWith } from '../../engine/classify/moved-to.ts';
import { EvidencePanel } from './evidence-panel.tsx';
import { PermanenceBadge } from './permanence-badge.tsx';
import { actorText, CONFIDENCE_TEXT } from './plain-words.ts';
import { ProviderFacts } from './provider-facts.tsx';

/**
 * One failed recipient: plain words first, the evidence on demand. `correction`: the reason the
 * person chose instead; the card then tells the corrected story (title, what happened, who acts,
 * what to do), and says what we had read.
 */
export function RecipientCard(props: { result: Classification; correction?: Reason | null }) {
  const { result } = props;
  const headingId = useId();
  const corrected = props.correction && props.correction !== result.reason;
  const reason = corrected ? (props.correction as Reason) : result.reason;
  const info = reasonWords(reason, isStillTrying(result.source));
  const actor = corrected ? info.actor : result.actor;
  const newAddress = movedTo({ ...result, reason });
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {info.title}
      </h2>
      {corrected ? (
        <p className="card__corrected">
          As you corrected it; we had read “{REASON_INFO[result.reason].title}”.
        </p>
      ) : null}
      {result.recipient ? (
        <p className="card__recipient">
          For <span className="address">{result.recipient}</span>
        </p>
      ) : null}
      <p className="card__explanation">{info.what}</p>
      <PermanenceBadge permanent={result.permanent} />
      <dl className="facts">
        <div className="facts__row">
          <dt>Who has to act</dt>
          <dd>{actorText(actor, reason)}</dd>
        </div>
        {result.provider ? <ProviderFacts provider={result.provider} /> : null}
        {corrected ? null : (
          <div className="facts__row">
            <dt>How sure we are</dt>
            <dd>{CONFIDENCE_TEXT[result.confidence]}</dd>
          </div>
        )}
      </dl>
      <p className="card__summary">
        <strong>What to do:</strong> {todoWith(info.todo, newAddress)}
      </p>
      <EvidencePanel result={result} />
    </article>
  );
}
