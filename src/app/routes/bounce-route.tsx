import { Link, useLocation, useNavigate } from 'react-router';
import { PasteForm } from '../../features/paste/paste-form.tsx';
import {
  useLargeTextsKept,
  useWizardDispatch,
  useWizardState,
} from '../../features/wizard/wizard-context.tsx';
import { MAX_KEPT_CHARS } from '../../features/wizard/wizard-storage.ts';
import { useDocumentTitle } from '../use-document-title.ts';

/** Step 1: paste, drop or choose the bounce. */
export function BounceRoute() {
  const state = useWizardState();
  const dispatch = useWizardDispatch();
  const largeKept = useLargeTextsKept();
  const navigate = useNavigate();
  // A new visit (including "Start over" from this page) starts with no stale messages.
  const { key } = useLocation();
  useDocumentTitle('Why did my email bounce?');
  return (
    <>
      <h1 tabIndex={-1}>Why did my email bounce?</h1>
      <p className="lede">
        Paste the bounce you got back. We say in plain words what went wrong, whether it will sort
        itself out, and who has to act.
      </p>
      <p className="batch-entry">
        <Link to="/batch">Many bounces? Triage a batch</Link> — a folder, an mbox, a zip, a sending
        service’s export or a mail-server log, grouped by cause.
      </p>
      <PasteForm
        key={key}
        value={state.draft}
        loadedFrom={state.source}
        lostOnReload={state.lostOnReload}
        keepLimit={MAX_KEPT_CHARS}
        largeKept={largeKept}
        onChange={(text) => dispatch({ type: 'draft-changed', text })}
        onDiagnose={(text, from) => {
          dispatch({ type: 'diagnose', text, source: from });
          void navigate('/diagnosis');
        }}
      />
    </>
  );
}
