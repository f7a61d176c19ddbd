import type { OtherReport } from '../../engine/index.ts';
import { REPORT_TEXT } from './report-text.ts';

/** A report that is not a bounce: what it is, its summary, and what that means, in plain words. */
export function OtherReportSummary({ report }: { report: OtherReport }) {
  const text = REPORT_TEXT[report.kind];
  return (
    <section className="notice" aria-labelledby="other-report-title">
      <h2 className="notice__title" id="other-report-title">
        {text.title}
      </h2>
      <p>{report.summary}</p>
      <p>{text.meaning}</p>
    </section>
  );
}
