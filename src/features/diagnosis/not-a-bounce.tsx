import type { ParsedBounce } from '../../engine/index.ts';
import { describeFindings } from './describe-input.ts';

/** For input that reads fine but is not a bounce: say so, and what we did find. */
export function NotABounce({ parsed }: { parsed: ParsedBounce }) {
  if (parsed.kind === 'empty') {
    return (
      <div className="notice notice--warning">
        <h2 className="notice__title">There was nothing to read</h2>
        <p>The bounce was empty. Go back and paste a bounce, choose a file or try an example.</p>
      </div>
    );
  }
  if (parsed.kind === 'binary') {
    return (
      <div className="notice notice--warning">
        <h2 className="notice__title">This isn't text</h2>
        <p>
          The input looks like a binary file (an image, an archive, ...). Save the bounce as an .eml
          or .txt file, or copy its text and paste it.
        </p>
      </div>
    );
  }
  return (
    <div className="notice notice--warning">
      <h2 className="notice__title">This doesn't look like a bounce</h2>
      <p>We found no sign of a failed delivery. Here is what we did find:</p>
      <ul>
        {describeFindings(parsed).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        If the email came back to you, paste the whole returned message (its source), or just the
        lines with the error codes, such as <code>550 5.1.1 …</code>.
      </p>
    </div>
  );
}
