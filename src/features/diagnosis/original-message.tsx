import type { OriginalMessage } from '../../engine/index.ts';

/** Facts about the message that bounced, when the bounce carries it. */
export function OriginalMessageFacts({ original }: { original: OriginalMessage }) {
  const rows: [string, string | undefined][] = [
    ['From', original.from],
    ['To', original.to],
    ['Subject', original.subject],
    ['Date', original.date],
    ['Sent from IP address', original.sendingIp],
    [
      'Signed (DKIM) by',
      original.dkim.length > 0
        ? original.dkim.map((ref) => `${ref.domain} (selector ${ref.selector})`).join(', ')
        : undefined,
    ],
  ];
  const shown = rows.filter((row): row is [string, string] => Boolean(row[1]));
  if (shown.length === 0) return null;
  return (
    <section className="original" aria-labelledby="original-heading">
      <h2 id="original-heading">The message that bounced</h2>
      <dl className="facts">
        {shown.map(([term, value]) => (
          <div className="facts__row" key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
