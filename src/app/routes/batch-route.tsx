import { useSearchParams } from 'react-router';
import { BatchScreen } from '../../features/batch/batch-screen.tsx';
import { useDocumentTitle } from '../use-document-title.ts';

/** Many bounces at once: #/batch, or #/batch?s=… for a shared summary. */
export function BatchRoute() {
  useDocumentTitle('Triage a batch of bounces');
  const [params] = useSearchParams();
  const base = `${window.location.origin}${window.location.pathname}`;
  return <BatchScreen shared={params.get('s')} base={base} />;
}
