import {
  ACTION_LABELS,
  providerLine,
  type TriageGroup,
  type TriageSummary,
} from '../../engine/index.ts';

const n = (value: number) => value.toLocaleString('en');

/** The counts first, then the causes as bars (reason × count) with who is behind each. */
export function BatchSummary({
  summary,
  groups,
}: {
  summary: TriageSummary;
  groups: TriageGroup[];
}) {
  const largest = Math.max(1, ...groups.map((g) => g.count));
  return (
    <section className="batch-summary" aria-labelledby="batch-summary-heading">
      <h2 id="batch-summary-heading">Summary</h2>
      <dl className="batch-summary__counts">
        <div>
          <dt>Failed recipients</dt>
          <dd>{n(summary.failed)}</dd>
        </div>
        <div>
          <dt>Permanent</dt>
          <dd>{n(summary.permanent)}</dd>
        </div>
        <div>
          <dt>Temporary</dt>
          <dd>{n(summary.temporary)}</dd>
        </div>
        <div>
          <dt>Our side has to act</dt>
          <dd>{n(summary.senderSide)}</dd>
        </div>
        <div>
          <dt>The recipient’s side has to act</dt>
          <dd>{n(summary.recipientSide)}</dd>
        </div>
        <div>
          <dt>Addresses to suppress</dt>
          <dd>{n(summary.byAction.suppress)}</dd>
        </div>
      </dl>
      {summary.otherReports > 0 || summary.notBounces > 0 ? (
        <p>
          Also read: {n(summary.otherReports)} reports that are not failures (deliveries,
          auto-replies, complaints) and {n(summary.notBounces)} items that are no bounce.
        </p>
      ) : null}
      <h3>Causes</h3>
      <ul className="batch-chart">
        {groups.map((group) => (
          <li key={group.key} className="batch-chart__row">
            <span className="batch-chart__label">
              <strong>
                {n(group.count)} × {group.title}
              </strong>{' '}
              <span className="batch-chart__where">
                ({providerLine(group)}) — {ACTION_LABELS[group.action]}
              </span>
            </span>
            <span className="batch-chart__track" aria-hidden="true">
              <span
                className={`batch-chart__bar batch-chart__bar--${group.action}`}
                style={{ width: `${Math.max(1, (group.count / largest) * 100)}%` }}
              />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
