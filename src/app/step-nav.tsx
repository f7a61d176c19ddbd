import { NavLink } from 'react-router';
import { useWizardState } from '../features/wizard/wizard-context.tsx';

/** The wizard's steps. A step that cannot be reached yet is text, not a link. */
export function StepNav() {
  const { bounce } = useWizardState();
  return (
    <nav className="steps" aria-label="Steps">
      <ol>
        <li>
          <NavLink to="/" end>
            <span className="steps__number">1</span> Bounce
          </NavLink>
        </li>
        <li>
          {bounce ? (
            <NavLink to="/diagnosis">
              <span className="steps__number">2</span> Diagnosis
            </NavLink>
          ) : (
            <span className="steps__pending">
              <span className="steps__number">2</span> Diagnosis
            </span>
          )}
        </li>
      </ol>
    </nav>
  );
}
