import { useState } from 'react';

/** Copies text; says so in a live region (and says when the browser refused). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="copy">
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {label}
      </button>
      <span role="status" className="copy__status">
        {state === 'copied'
          ? 'Copied.'
          : state === 'failed'
            ? 'Copying was blocked: select the text instead.'
            : ''}
      </span>
    </span>
  );
}
