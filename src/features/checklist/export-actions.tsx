import {
  toJson,
  toMarkdown,
  type Checklist,
  type MarkdownHeader,
  type NoteLanguage,
} from '../../engine/index.ts';
import { download } from '../export/download.ts';
import { CopyButton } from './copy-button.tsx';

/** Markdown for a ticket, JSON for tools, and the print stylesheet's one-page report. */
export function ExportActions(props: {
  checklist: Checklist;
  done: string[];
  language: NoteLanguage;
  /** When the checks ran, the resolver they asked and the bounce; the zone is this browser's. */
  header: Omit<MarkdownHeader, 'timeZone'>;
  print?: (() => void) | undefined;
}) {
  const { checklist, done } = props;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const markdown = toMarkdown(checklist, {
    ...props.header,
    timeZone,
    done,
    language: props.language,
  });
  return (
    <section className="export" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <div className="export__buttons">
        <CopyButton text={markdown} label="Copy as Markdown" />
        <button
          type="button"
          className="button"
          onClick={() => download('bounce-checklist.md', 'text/markdown', markdown)}
        >
          Download Markdown
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            download('bounce-checklist.json', 'application/json', toJson(checklist, done))
          }
        >
          Download JSON
        </button>
        <button
          type="button"
          className="button"
          onClick={() => (props.print ? props.print() : window.print())}
        >
          Print
        </button>
      </div>
    </section>
  );
}
