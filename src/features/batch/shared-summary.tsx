import { useEffect, useState } from 'react';
import type { SharedTriage } from '../../engine/index.ts';
import { decodeShare } from '../../engine/report/share-codec.ts';
import { BatchSummary } from './batch-summary.tsx';
import { GroupCard } from './group-card.tsx';

function isShared(value: unknown): value is SharedTriage {
  const v = value as Partial<SharedTriage> | undefined;
  return !!v && v.version === 1 && typeof v.summary === 'object' && Array.isArray(v.groups);
}

/** A triage someone shared: its summary and groups, read-only (nothing is re-read). */
export function SharedSummary({ payload }: { payload: string }) {
  const [shared, setShared] = useState<SharedTriage | null | 'bad'>(null);
  useEffect(() => {
    void decodeShare(payload).then((value) => setShared(isShared(value) ? value : 'bad'));
  }, [payload]);
  if (shared === null) return null;
  if (shared === 'bad') {
    return <p role="alert">This share link is damaged or incomplete: ask for it again.</p>;
  }
  const groups = shared.groups.map((g) => ({ ...g, senders: [] }));
  return (
    <section aria-labelledby="shared-heading" className="batch-shared">
      <h2 id="shared-heading">A shared triage</h2>
      <p>Someone shared this summary with you. Drop your own bounces below to triage them.</p>
      <BatchSummary summary={shared.summary} groups={groups} />
      <ul className="group-list">
        {groups.map((group) => (
          <GroupCard key={group.key} group={group} checks={undefined} onShow={undefined} />
        ))}
      </ul>
      {shared.addresses ? (
        <details>
          <summary>
            The addresses ({Object.values(shared.addresses).flat().length.toLocaleString('en')})
          </summary>
          {groups.map((group) =>
            shared.addresses?.[group.key] ? (
              <p key={group.key}>
                {group.title}: {shared.addresses[group.key]!.join(', ')}
              </p>
            ) : null,
          )}
        </details>
      ) : null}
    </section>
  );
}
