import { useId, useState, type FormEvent } from 'react';
import type { Reason } from '../../engine/index.ts';
// The table alone, not the engine's index: these render on the main thread (decision 036).
import { REASON_INFO } from '../../engine/rules/reason-info.ts';
import { REASONS } from '../../engine/vocabulary/reasons.ts';

/** "The user can correct it": choose another reason; the later steps follow the choice. */
export function CorrectionForm(props: {
  diagnosed: Reason;
  correction: Reason | null;
  onCorrect: (reason: Reason | null) => void;
}) {
  const id = useId();
  const [choice, setChoice] = useState<Reason>(props.correction ?? props.diagnosed);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onCorrect(choice === props.diagnosed ? null : choice);
  };
  return (
    <section className="correction" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Not right? Correct the diagnosis</h2>
      {props.correction ? (
        <div className="notice">
          <p>
            You corrected the diagnosis to <strong>{REASON_INFO[props.correction].title}</strong>.
            The checks and the checklist follow your choice.
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() => props.onCorrect(null)}
          >
            Undo the correction
          </button>
        </div>
      ) : null}
      <form onSubmit={submit} className="correction__form">
        <label htmlFor={`${id}-reason`} className="field__label">
          What really happened
        </label>
        <select
          id={`${id}-reason`}
          value={choice}
          onChange={(event) => setChoice(event.target.value as Reason)}
        >
          {REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {REASON_INFO[reason].title}
              {reason === props.diagnosed ? ' (our diagnosis)' : ''}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          Use this reason
        </button>
      </form>
    </section>
  );
}
