import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { BATCH_LIMITS } from '../../engine/index.ts';
import { formatBytes } from '../paste/input-limits.ts';
import type { BatchFile } from './batch-protocol.ts';
import { filesOfDrop, filesOfInput } from './dropped-files.ts';

interface BatchInputProps {
  onFiles(files: BatchFile[]): void;
  disabled: boolean;
}

/** Drops on the whole page while the batch page is shown (several files, or folders). */
function useBatchDrop(
  inside: RefObject<HTMLElement | null>,
  onFiles: (files: BatchFile[]) => void,
) {
  const [dragging, setDragging] = useState(false);
  const handler = useRef(onFiles);
  useEffect(() => {
    handler.current = onFiles;
  });
  useEffect(() => {
    const page = inside.current?.getRootNode();
    if (!page) return;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!(event.relatedTarget instanceof Node) || !page.contains(event.relatedTarget)) {
        setDragging(false);
      }
    };
    const drop = (event: DragEvent) => {
      setDragging(false);
      if (!event.dataTransfer || !hasFiles(event)) return;
      event.preventDefault();
      void filesOfDrop(event.dataTransfer).then((files) => handler.current(files));
    };
    const listeners: [string, EventListener][] = [
      ['dragover', over as EventListener],
      ['dragleave', leave as EventListener],
      ['drop', drop as EventListener],
    ];
    for (const [type, listener] of listeners) page.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of listeners) page.removeEventListener(type, listener);
    };
  }, [inside]);
  return dragging;
}

/** Many files, a folder, or pasted lines: everything a batch can start from. */
export function BatchInput({ onFiles, disabled }: BatchInputProps) {
  const zone = useRef<HTMLElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState('');
  const pasteId = useId();
  const dragging = useBatchDrop(zone, (files) => !disabled && onFiles(files));
  return (
    <section
      ref={zone}
      className={dragging ? 'dropzone dropzone--active batch-input' : 'dropzone batch-input'}
      aria-labelledby="batch-input-heading"
    >
      <h2 id="batch-input-heading">Your bounces</h2>
      <p>
        Drop them anywhere on this page: many .eml or Outlook .msg files, a folder, an mbox, a .zip,
        a sending service’s export or event feed (Mailchimp, SendGrid, Amazon SES, Mailgun,
        Postmark, Brevo, SparkPost), any CSV with addresses and reasons, or a Postfix, Exim or
        Microsoft 365 log. Up to {formatBytes(BATCH_LIMITS.fileBytes)} a file.
      </p>
      <div className="batch-input__buttons">
        <button
          type="button"
          className="button button--primary"
          disabled={disabled}
          onClick={() => filesInput.current?.click()}
        >
          Choose files
        </button>
        <button
          type="button"
          className="button"
          disabled={disabled}
          onClick={() => folderInput.current?.click()}
        >
          Choose a folder
        </button>
      </div>
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        aria-label="Bounce files"
        onChange={(event) => {
          const list = event.target.files;
          if (list?.length) onFiles(filesOfInput(list));
          event.target.value = '';
        }}
      />
      <input
        ref={folderInput}
        type="file"
        hidden
        aria-label="A folder of bounces"
        {...{ webkitdirectory: '' }}
        onChange={(event) => {
          const list = event.target.files;
          if (list?.length) onFiles(filesOfInput(list));
          event.target.value = '';
        }}
      />
      <form
        className="batch-input__paste"
        onSubmit={(event) => {
          event.preventDefault();
          if (!pasted.trim()) return;
          onFiles([{ name: 'pasted text', file: new Blob([pasted], { type: 'text/plain' }) }]);
        }}
      >
        <label htmlFor={pasteId} className="paste__label">
          Or paste log lines, a CSV or JSON events
        </label>
        <textarea
          id={pasteId}
          className="paste__text batch-input__text"
          value={pasted}
          spellCheck={false}
          onChange={(event) => setPasted(event.target.value)}
        />
        <button type="submit" className="button" disabled={disabled || !pasted.trim()}>
          Triage the pasted text
        </button>
      </form>
    </section>
  );
}
