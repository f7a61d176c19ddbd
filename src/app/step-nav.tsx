import { NavLink } from 'react-router';
import { useWizardState } from '../features/wizard/wizard-context.tsx';

const STEPS = [
  { to: '/', label: 'Bounce' },
  { to: '/diagnosis', label: 'Diagnosis' },
  { to: '/sender', label: 'Sender' },
  { to: '/checks', label: 'Checks' },
  { to: '/checklist', label: 'Checklist' },
] as const;

/** The wizard's steps. A step that cannot be reached yet is text, not a link. */
export function StepNav() {
  const { bounce } = useWizardState();
  return (
    <nav className="steps" aria-label="Steps">
      <ol>
        {STEPS.map((step, index) => (
          <li key={step.to}>
            {index === 0 || bounce ? (
              <NavLink to={step.to} end>
                <span className="steps__number">{index + 1}</span> {step.label}
              </NavLink>
            ) : (
              <span className="steps__pending">
                <span className="steps__number">{index + 1}</span> {step.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
