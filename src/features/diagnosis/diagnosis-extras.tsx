import { useDiagnosis, type DiagnosisInput } from './get-diagnosis.ts';
import { useWizardDispatch, useWizardState } from '../wizard/wizard-context.tsx';
import { CorrectionForm } from './correction-form.tsx';
import { Possibilities } from './possibilities.tsx';

/** Below the diagnosis: the ranked possibilities and the correction, once there is a result. */
export function DiagnosisExtras({ input }: { input: DiagnosisInput }) {
  const query = useDiagnosis(input);
  const { correction } = useWizardState();
  const dispatch = useWizardDispatch();
  const result = query.data?.results[0];
  if (!result) return null;
  return (
    <>
      <Possibilities result={result} />
      <CorrectionForm
        key={result.reason}
        diagnosed={result.reason}
        correction={correction}
        onCorrect={(reason) => dispatch({ type: 'correct', reason })}
      />
    </>
  );
}
