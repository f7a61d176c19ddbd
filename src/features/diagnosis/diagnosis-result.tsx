import type { Diagnosis, Reason } from '../../engine/index.ts';
import { InputNotes } from './input-notes.tsx';
import { NotABounce } from './not-a-bounce.tsx';
import { OriginalMessageFacts } from './original-message.tsx';
import { OtherReportSummary } from './other-report.tsx';
import { RecipientCard } from './recipient-card.tsx';

/** `correction`: the reason the person chose for the first recipient, which the walk follows. */
export function DiagnosisResult(props: { diagnosis: Diagnosis; correction?: Reason | null }) {
  const { diagnosis, correction } = props;
  const { parsed, results } = diagnosis;
  const readable = parsed.kind !== 'empty' && parsed.kind !== 'binary';
  return (
    <>
      <InputNotes warnings={parsed.warnings} />
      {parsed.report ? <OtherReportSummary report={parsed.report} /> : null}
      {(!parsed.isBounce || !readable) && !parsed.report ? <NotABounce parsed={parsed} /> : null}
      {readable && parsed.isBounce && results.length === 0 ? (
        <div className="notice notice--warning">
          <h2 className="notice__title">No failed recipient found</h2>
          <p>This looks like a bounce, but we could not find which address failed or why.</p>
        </div>
      ) : null}
      {results.length === 1 && results[0] ? (
        <RecipientCard result={results[0]} correction={correction} />
      ) : null}
      {results.length > 1 ? (
        <ol className="recipients" aria-label="Failed recipients">
          {results.map((result, index) => (
            <li key={result.index}>
              <RecipientCard result={result} correction={index === 0 ? correction : null} />
            </li>
          ))}
        </ol>
      ) : null}
      {parsed.original ? <OriginalMessageFacts original={parsed.original} /> : null}
    </>
  );
}
