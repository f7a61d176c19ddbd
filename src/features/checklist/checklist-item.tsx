import { useId } from 'react';
import type { ChecklistItem } from '../../engine/index.ts';
import { StatusBadge } from '../checks/status-badge.tsx';
import { FixList, LinkList } from './fix-list.tsx';

/** One item: status in words and icon, what was found, why it matters here, how to fix it. */
export function ChecklistItemCard(props: {
  item: ChecklistItem;
  done: boolean;
  onToggle: () => void;
  /** The checks wait for the person's go-ahead (a share link was opened). */
  held?: boolean;
}) {
  const { item } = props;
  const headingId = useId();
  return (
    <li className={`item item--${item.status}${props.done ? ' item--done' : ''}`}>
      <article aria-labelledby={headingId}>
        <div className="item__head">
          <StatusBadge status={item.status} held={props.held} />
          <h2 id={headingId} className="item__title">
            {item.title}
          </h2>
        </div>
        {item.finding ? <p className="item__finding">{item.finding}</p> : null}
        <p className="item__why">
          <strong>{item.kind === 'check' ? 'Why it matters here:' : 'What to do:'}</strong>{' '}
          {item.why}
        </p>
        {item.unknownReason && item.unknownReason !== item.finding ? (
          <p>
            <strong>Why we could not tell:</strong> {item.unknownReason}
          </p>
        ) : null}
        {item.manualCheck ? (
          <p>
            <strong>Check it by hand:</strong>{' '}
            <span className="item__manual">{item.manualCheck}</span>
          </p>
        ) : null}
        {item.whereToFind ? (
          <p>
            <strong>Where to find it:</strong> {item.whereToFind}
          </p>
        ) : null}
        <FixList fixes={item.fixes} />
        <LinkList links={item.links} />
        <label className="item__done">
          <input
            type="checkbox"
            checked={props.done}
            aria-label={`Done: ${item.title}`}
            onChange={props.onToggle}
          />
          Done
        </label>
      </article>
    </li>
  );
}
