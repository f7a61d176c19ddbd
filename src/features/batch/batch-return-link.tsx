import { useSyncExternalStore } from 'react';
import { Link, useLocation } from 'react-router';
import { batchPresence } from './batch-presence.ts';

/** On the other pages while a batch is open: the way back to it (as the browser's Back is). */
export function BatchReturnLink() {
  const count = useSyncExternalStore(batchPresence.subscribe, batchPresence.get, batchPresence.get);
  const { pathname } = useLocation();
  if (count === null || pathname === '/batch') return null;
  return (
    <p className="batch-return">
      <Link to="/batch">
        ← Back to the batch triage ({count.toLocaleString('en')}{' '}
        {count === 1 ? 'recipient' : 'recipients'})
      </Link>
    </p>
  );
}
