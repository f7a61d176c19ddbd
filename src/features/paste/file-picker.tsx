import { useId, useRef } from 'react';
import { ACCEPTED_FILES, MAX_FILE_BYTES, formatBytes } from './input-limits.ts';

interface FilePickerProps {
  /** True while a file is dragged over the page: the zone lights up. */
  dragging: boolean;
  /** "Reading …" or why a file was refused; announced politely. */
  status: string;
  onFile(file: File): void;
}

/**
 * The visible drop zone and a real button for keyboard and touch users. Drops are handled for
 * the whole page by useFileDrop, so a file dropped on the text box works too.
 */
export function FilePicker({ dragging, status, onFile }: FilePickerProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  return (
    <section
      className={dragging ? 'dropzone dropzone--active' : 'dropzone'}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>Or use a file</h2>
      <p>
        Drop an .eml, .mbox, .txt or Outlook .msg file anywhere on this page (up to{' '}
        {formatBytes(MAX_FILE_BYTES)}), or
      </p>
      <button type="button" className="button" onClick={() => inputRef.current?.click()}>
        Choose a file
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={ACCEPTED_FILES}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clear it so that choosing the same file again still fires a change.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <p className="dropzone__status" role="status">
        {status}
      </p>
    </section>
  );
}
