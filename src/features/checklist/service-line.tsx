import { Link } from 'react-router';
import { inSentence, type Checklist } from '../../engine/index.ts';

/**
 * Which sending service the checklist is written for, how we know, and its name for the bounce;
 * then the other services the person said the domain sends through.
 */
export function ServiceLine({
  service,
  others,
}: {
  service?: Checklist['service'];
  others?: Checklist['otherServices'];
}) {
  const name = service?.bounceName;
  return (
    <p className="checklist__service">
      {service ? (
        <>
          Sent through <strong>{service.name}</strong>
          {service.how ? ` — recognised from ${service.how}` : ' — as you chose on the sender step'}
          .{' '}
        </>
      ) : null}
      {service && name ? (
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
      {others?.length ? (
        <>
          Your domain also sends through{' '}
          <strong>{inSentence(others.map((other) => other.name))}</strong>, as you added on the
          sender step.{' '}
        </>
      ) : null}
      <Link to="/sender">Change the sending services</Link>
    </p>
  );
}
