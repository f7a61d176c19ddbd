import { useEffect, useRef } from 'react';
import { moveFocus } from '../focus/move-focus.ts';
import './diagnosis.css';
import { announceDiagnosis } from './describe-input.ts';
import { DiagnosisError } from './diagnosis-error.tsx';
import { DiagnosisResult } from './diagnosis-result.tsx';
import { useDiagnosis, type DiagnosisInput } from './get-diagnosis.ts';
import { useWizardState } from '../wizard/wizard-context.tsx';

/**
 * Step 2: reads the bounce and shows the diagnosis. When the result (or an error) shows, focus
 * moves to the heading so keyboard and screen-reader users land on it; the one-line summary is
 * announced politely by the status region, which stays mounted so the change is heard.
 */
export function DiagnosisScreen({ input }: { input: DiagnosisInput }) {
  const query = useDiagnosis(input);
  const { correction } = useWizardState();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const settled = query.status !== 'pending';

  useEffect(() => {
    if (settled) moveFocus(headingRef.current);
  }, [settled, input.key]);

  const status =
    query.status === 'pending'
      ? 'Reading your bounce…'
      : query.status === 'success'
        ? announceDiagnosis(query.data.parsed, query.data.results)
        : '';

  return (
    <div className="diagnosis" aria-busy={!settled}>
      <h1 ref={headingRef} tabIndex={-1}>
        Diagnosis
      </h1>
      <p role="status" className="diagnosis__status">
        {status}
      </p>
      {query.status === 'success' ? (
        <DiagnosisResult diagnosis={query.data} correction={correction} />
      ) : null}
      {query.status === 'error' ? <DiagnosisError error={query.error} /> : null}
    </div>
  );
}
