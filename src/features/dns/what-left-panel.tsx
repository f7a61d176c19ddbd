import { useSyncExternalStore } from 'react';
import { useSentLog } from './dns-context.tsx';
import './what-left.css';

/**
 * "What left this browser": every request the checks made, where it went, and which DNS
 * questions were answered from the page's cache without sending anything.
 */
export function WhatLeftPanel() {
  const sentLog = useSentLog();
  const entries = useSyncExternalStore(sentLog.subscribe, sentLog.get, sentLog.get);
  const sent = entries.filter((entry) => entry.sent);
  const kept = entries.length - sent.length;
  const destinations = [
    ...new Set(sent.map((entry) => (entry.url ? `${entry.to} (${entry.url})` : entry.to))),
  ];
  return (
    <details className="what-left">
      <summary>
        What left this browser: {sent.length} request{sent.length === 1 ? '' : 's'}
      </summary>
      <p>
        Your bounce never leaves this browser. The checks send only DNS questions (the names below)
        to {destinations.length > 0 ? destinations.join(', ') : 'no one yet'}.
        {kept > 0 ? ` ${kept} more were answered from this page's cache or not sent.` : ''}
      </p>
      {sent.length > 0 ? (
        <div className="what-left__scroll" tabIndex={0} role="region" aria-label="Requests sent">
          <table className="what-left__table">
            <thead>
              <tr>
                <th scope="col">Asked</th>
                <th scope="col">Type</th>
                <th scope="col">Sent to</th>
                <th scope="col">Answer</th>
              </tr>
            </thead>
            <tbody>
              {sent.map((entry) => (
                <tr key={entry.id}>
                  <td className="what-left__name">{entry.name}</td>
                  <td>{entry.type ?? 'HTTPS'}</td>
                  <td>{entry.to}</td>
                  <td>{entry.outcome}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
