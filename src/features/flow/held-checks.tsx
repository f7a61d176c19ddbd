import { Link } from 'react-router';
import type { DnsSession } from '../dns/dns-session.ts';
import { useWizardDispatch } from '../wizard/wizard-context.tsx';

/**
 * A share link's checks before they run: what running them sends, and to whom. Opening a link
 * is not asking a resolver anything (issue 11); the person starts the checks, or chooses
 * another resolver first.
 */
export function HeldChecks(props: {
  count: number;
  session: DnsSession;
  /** Where focus goes once the button that had it is gone. */
  onAllowed: () => void;
}) {
  const dispatch = useWizardDispatch();
  const host = props.session.url ? new URL(props.session.url).host : '';
  return (
    <section className="notice held-checks" aria-label="The checks wait for you">
      <p className="notice__title">The checks have not run yet</p>
      <p>
        This page was opened from a share link, so nothing has been looked up. Running the{' '}
        {props.count === 1 ? 'check' : `${props.count} checks`} asks{' '}
        <strong>{props.session.label}</strong>
        {host && !props.session.label.includes(host) ? ` (${host})` : ''} about the domains this
        checklist names, and about the sending IP if it has one. The bounce itself never leaves this
        browser. <Link to="/settings">Choose another resolver</Link> first if you prefer.
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          dispatch({ type: 'allow-lookups' });
          props.onAllowed();
        }}
      >
        Run the checks
      </button>
    </section>
  );
}
