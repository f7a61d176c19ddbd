import { HowItDecides } from '../../features/how-it-decides/how-it-decides.tsx';
import { useDocumentTitle } from '../use-document-title.ts';

export function HowRoute() {
  useDocumentTitle('How it decides');
  return (
    <>
      <h1 tabIndex={-1}>How it decides</h1>
      <HowItDecides />
    </>
  );
}
