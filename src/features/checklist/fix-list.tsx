import type { Fix } from '../../engine/index.ts';
import { safeHttpUrl } from '../diagnosis/safe-url.ts';
import { CopyButton } from './copy-button.tsx';

export function LinkList({ links }: { links: { label: string; url: string }[] }) {
  const safe = links.flatMap((link) => {
    const url = safeHttpUrl(link.url);
    return url ? [{ ...link, url }] : [];
  });
  if (safe.length === 0) return null;
  return (
    <ul className="links">
      {safe.map((link) => (
        <li key={link.url + link.label}>
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {link.label}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Each fix in words, with a copy-ready DNS record where one applies. */
export function FixList({ fixes }: { fixes: Fix[] }) {
  if (fixes.length === 0) return null;
  return (
    <ol className="fixes">
      {fixes.map((fix, index) => (
        <li key={`${index}-${fix.text}`}>
          <p>{fix.text}</p>
          {fix.record ? (
            <div className="record">
              <dl className="record__fields">
                <div>
                  <dt>Name</dt>
                  <dd>
                    <code>{fix.record.name}</code>
                  </dd>
                </div>
                <div>
                  <dt>Type</dt>
                  <dd>
                    <code>{fix.record.type}</code>
                  </dd>
                </div>
                <div>
                  <dt>Value</dt>
                  <dd>
                    <code className="record__value">{fix.record.value}</code>
                  </dd>
                </div>
              </dl>
              <CopyButton text={fix.record.value} label={`Copy the ${fix.record.type} value`} />
            </div>
          ) : null}
          {fix.links ? <LinkList links={fix.links} /> : null}
        </li>
      ))}
    </ol>
  );
}
