import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { checksQueryKey } from '../features/checks/checks-query-key.ts';
import { diagnosisQueryKey } from '../features/diagnosis/diagnosis-query-key.ts';
import { useSentLog } from '../features/dns/dns-context.tsx';
import { useWizardDispatch, useWizardState } from '../features/wizard/wizard-context.tsx';
import { hasProgress } from '../features/wizard/wizard-state.ts';

/** Clears everything typed, stored, diagnosed and counted as sent, in one click. */
export function StartOverButton() {
  const state = useWizardState();
  const dispatch = useWizardDispatch();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const sentLog = useSentLog();
  if (!hasProgress(state)) return null;
  return (
    <button
      type="button"
      className="button button--quiet start-over"
      onClick={() => {
        dispatch({ type: 'reset' });
        queryClient.removeQueries({ queryKey: diagnosisQueryKey });
        queryClient.removeQueries({ queryKey: checksQueryKey });
        // The count of what left the browser starts again with the new session view.
        sentLog.clear();
        void navigate('/');
      }}
    >
      Start over
    </button>
  );
}
