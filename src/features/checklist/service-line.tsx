import { Link } from 'react-router';
import type { Checklist } from '../../engine/index.ts';

/** Which sending service the checklist is written for, how we know, and its name for the bounce. */
export function ServiceLine({ service }: { service: NonNullable<Checklist['service']> }) {
  const name = service.bounceName;
  return (
    <p className="checklist__service">
      Sent through <strong>{service.name}</strong>
      {service.how
        ? ` — recognised from ${service.how}`
        : ' — as you chose on the sender step'}.{' '}
      {name ? (
        <>
          {service.name} calls this bounce{' '}
          <strong>
            {name.field} “{name.name}”
          </strong>
          {name.fromBounce
            ? ' (as the bounce says).'
            : ' (our reading of the reason in its terms).'}{' '}
        </>
      ) : null}
      <Link to="/sender">Change the sending service</Link>
    </p>
  );
}
