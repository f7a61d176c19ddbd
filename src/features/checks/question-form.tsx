import { useId, useState, type FormEvent } from 'react';
import type { Question } from '../../engine/index.ts';

/** One question from the tree: radio buttons and a Continue button, keyboard-friendly. */
export function QuestionForm({
  question,
  onAnswer,
}: {
  question: Question;
  onAnswer: (value: string) => void;
}) {
  const [value, setValue] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const hintId = useId();
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value === null) setMissing(true);
    else onAnswer(value);
  };
  return (
    <form className="question" onSubmit={submit} noValidate>
      <fieldset aria-describedby={missing ? `${hintId} ${errorId}` : hintId}>
        <legend className="question__text">{question.text}</legend>
        <p id={hintId} className="hint">
          {question.help}
        </p>
        {question.options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={question.id}
              value={option.value}
              checked={value === option.value}
              onChange={() => {
                setValue(option.value);
                setMissing(false);
              }}
            />
            {option.label}
          </label>
        ))}
        {missing ? (
          <p id={errorId} className="field-error">
            Choose an answer first.
          </p>
        ) : null}
      </fieldset>
      <button type="submit" className="button button--primary">
        Continue
      </button>
    </form>
  );
}
