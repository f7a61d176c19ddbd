import { ACTION_LABELS, type TriageGroup, type Verdict } from '../../engine/index.ts';
import type { SenderChecks } from './batch-checks.ts';

const VERDICT_TEXT: Record<Verdict, string> = {
  pass: 'Pass',
  warn: 'Warning',
  fail: 'Fail',
  unknown: 'Could not check',
};

const n = (value: number) => value.toLocaleString('en');

function senderLabel(entry: SenderChecks): string {
  const { fromDomain, envelopeDomain, sendingIp } = entry.plan.sender;
  return [fromDomain ?? envelopeDomain, sendingIp].filter(Boolean).join(', ');
}

/** One cause: its count, where it happened, one example, the one action, and the checks. */
export function GroupCard({
  group,
  checks,
  onShow,
}: {
  group: TriageGroup;
  checks: SenderChecks[] | undefined;
  /** Absent for a shared summary, which has no recipients to show. */
  onShow: (() => void) | undefined;
}) {
  const headingId = `group-${group.key.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <li className={`group-card group-card--${group.action}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {n(group.count)} × {group.title}
      </h3>
      <p className="group-card__action">
        <strong>{ACTION_LABELS[group.action]}.</strong> {group.todo}
      </p>
      <p className="group-card__where">
        {group.providers.slice(0, 4).map((p, i) => (
          <span key={p.id || 'other'}>
            {i > 0 ? '; ' : ''}
            {n(p.count)} at {p.name} (
            {p.domains
              .slice(0, 3)
              .map((d) => `${d.domain} ${n(d.count)}`)
              .join(', ')}
            {p.domains.length > 3 ? ', …' : ''})
          </span>
        ))}
        {group.providers.length > 4 ? '; and others' : ''}
      </p>
      <p className="group-card__example">
        Example: <code>{group.example}</code>
      </p>
      {checks?.length ? (
        <div className="group-card__checks">
          <h4>Checks of the sender</h4>
          {checks.map((entry) => (
            <div key={entry.plan.key}>
              <p>{senderLabel(entry)}</p>
              {entry.results ? (
                <ul>
                  {entry.results.map((result) => (
                    <li key={result.id} className={`verdict verdict--${result.verdict}`}>
                      <strong>
                        {result.title}: {VERDICT_TEXT[result.verdict]}.
                      </strong>{' '}
                      {/* The finding says why a check could not run; its longer reason
                          (unknownReason) would say it twice here. */}
                      {result.finding}
                    </li>
                  ))}
                </ul>
              ) : (
                <p role="status">Checking {entry.plan.checks.length} records…</p>
              )}
            </div>
          ))}
        </div>
      ) : null}
      {onShow ? (
        <button type="button" className="button" onClick={onShow}>
          Show the {n(group.count)} {group.count === 1 ? 'recipient' : 'recipients'}
        </button>
      ) : null}
    </li>
  );
}
