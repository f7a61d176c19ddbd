import { useId, useState } from 'react';
import { useWizardState } from '../wizard/wizard-context.tsx';
import { CopyButton } from './copy-button.tsx';
import { shareLink, type ShareStep } from './share-link.ts';

/**
 * Make a link that opens this wizard, at this step, in another browser. `base` is the standalone
 * app's address when this is not its page (an embed on a help site); by default, this page.
 */
export function SharePanel({ step, base }: { step: ShareStep; base?: string }) {
  const state = useWizardState();
  const [redact, setRedact] = useState(true);
  const [link, setLink] = useState('');
  const id = useId();
  return (
    <section className="share" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Share</h2>
      <p className="hint">
        The link holds everything in its fragment (after #), which browsers never send to a server.
      </p>
      <label className="choice">
        <input
          type="checkbox"
          checked={redact}
          onChange={(event) => {
            setRedact(event.target.checked);
            setLink('');
          }}
        />
        Hide email addresses (the part before @) in the link
      </label>
      <button
        type="button"
        className="button"
        onClick={() => {
          const page = base ?? window.location.href.split('#')[0] ?? window.location.href;
          void shareLink(page, state, step, redact).then(setLink);
        }}
      >
        Create a share link
      </button>
      {link ? (
        <div className="share__result">
          <label htmlFor={`${id}-link`} className="field__label">
            Share link
          </label>
          <input
            id={`${id}-link`}
            readOnly
            value={link}
            onFocus={(event) => event.target.select()}
          />
          <CopyButton text={link} label="Copy the link" />
        </div>
      ) : null}
    </section>
  );
}
