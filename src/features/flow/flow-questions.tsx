/**
 * The walk's questions, asked beside what they change (the checks step and the checklist):
 * each with the answer the walk took, assumed until the person picks another. Picking one
 * changes the walk at once, with no button to press: focus stays on the choice, and only the
 * checks that read the answer run again (decision 067).
 */
import { useId } from 'react';
import { TREE, type Question } from '../../engine/index.ts';
import './flow-questions.css';
import type { ReadyFlow } from './use-flow.ts';

interface AskedStep {
  node: string;
  question: Question;
  answer: string;
  auto: boolean;
  assumed: boolean;
}

function askedSteps(flow: ReadyFlow): AskedStep[] {
  return flow.tree.trail.flatMap((step) => {
    const node = TREE.nodes[step.node];
    if (node?.kind !== 'question' || step.answer === undefined) return [];
    return [
      {
        node: step.node,
        question: TREE.questions[node.question],
        answer: step.answer,
        auto: step.auto === true,
        assumed: step.assumed === true,
      },
    ];
  });
}

export function FlowQuestions({ flow }: { flow: ReadyFlow }) {
  const headingId = useId();
  const steps = askedSteps(flow);
  if (steps.length === 0) return null;
  return (
    <section className="flow-questions" aria-labelledby={headingId}>
      <h2 id={headingId}>Your answers</h2>
      <p className="hint flow-questions__intro">
        {steps.some((step) => step.assumed)
          ? 'What follows takes the answers marked “assumed” until you choose another; a change redoes only what depends on it.'
          : 'What follows depends on these; a change redoes only what depends on it.'}
      </p>
      {steps.map((step) =>
        step.auto ? (
          <p key={step.node} className="flow-question flow-question--known">
            {step.question.text} <strong>{labelOf(step.question, step.answer)}</strong> (from the
            bounce)
          </p>
        ) : (
          <QuestionChoice
            key={step.node}
            step={step}
            onAnswer={(value) => flow.answer(step.node, value)}
          />
        ),
      )}
    </section>
  );
}

const labelOf = (question: Question, value: string) =>
  question.options.find((option) => option.value === value)?.label ?? value;

function QuestionChoice({
  step,
  onAnswer,
}: {
  step: AskedStep;
  onAnswer: (value: string) => void;
}) {
  const name = useId();
  const hintId = useId();
  const { question } = step;
  return (
    <fieldset
      className={`flow-question${step.assumed ? ' flow-question--assumed' : ''}`}
      aria-describedby={hintId}
    >
      <legend className="flow-question__text">{question.text}</legend>
      <p id={hintId} className="hint">
        {step.assumed ? `Assumed: ${labelOf(question, step.answer)}, until you choose. ` : ''}
        <span className="flow-question__help">{question.help}</span>
      </p>
      <div className="flow-question__options">
        {question.options.map((option) => (
          <label key={option.value} className="flow-question__choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={step.answer === option.value}
              onChange={() => onAnswer(option.value)}
              // Choosing the assumed answer itself (no change event) confirms it.
              onClick={
                step.assumed && step.answer === option.value
                  ? () => onAnswer(option.value)
                  : undefined
              }
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
