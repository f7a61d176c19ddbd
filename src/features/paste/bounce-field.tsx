import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { LARGE_TEXT_CHARS, formatBytes } from './input-limits.ts';
import { LargeTextPanel } from './large-text-panel.tsx';

/** Where a bounce came from when it did not come from typing. */
export type LoadedFrom =
  { kind: 'file'; name: string; size: number; note?: string } | { kind: 'example'; id: string };

export interface BounceFieldProps {
  ref: RefObject<HTMLTextAreaElement | null>;
  value: string;
  /** Why the value cannot be diagnosed; shown under the box and tied to it. */
  error: string | null;
  /** Set when the text came from a file: shown under the box. */
  loadedFrom?: LoadedFrom | { kind: 'typed' | 'link' | 'attribute' | 'option' };
  /** A reload could not bring back text too large to keep. */
  lostOnReload: boolean;
  /** Above this length the text does not fit in sessionStorage (see wizard-storage). */
  keepLimit: number;
  /** Texts above keepLimit are kept in IndexedDB instead; else they are lost on a reload. */
  largeKept: boolean;
  onChange(text: string): void;
}

/** Where a text too large for sessionStorage is kept, in words (large-texts.ts). */
export const LARGE_KEPT_WHERE =
  'it is kept in this browser’s IndexedDB storage, on this computer only, until you start over (for a day at most)';

/**
 * The labelled text box with its hint, error and notes. Text too large to lay out without
 * freezing the page is replaced by a short note (LargeTextPanel) unless asked to show it.
 */
export function BounceField(props: BounceFieldProps) {
  const { ref, value, error, loadedFrom, lostOnReload, keepLimit, largeKept, onChange } = props;
  const id = useId();
  const [showLarge, setShowLarge] = useState(false);
  const [largeFromTyping, setLargeFromTyping] = useState(false);
  const large = value.length > LARGE_TEXT_CHARS && !showLarge;
  // Set when "Clear it" brings the text box back: the user goes on typing there.
  const focusTextbox = useRef(false);
  useEffect(() => {
    if (large || !focusTextbox.current) return;
    focusTextbox.current = false;
    ref.current?.focus();
  }, [large, ref]);

  const notKept = value.length > keepLimit;
  const describedBy = [`${id}-hint`, error && `${id}-error`, notKept && !large && `${id}-size`]
    .filter(Boolean)
    .join(' ');

  return (
    <>
      {large ? (
        <p className="paste__label" id={`${id}-label`}>
          Your bounce
        </p>
      ) : (
        <label className="paste__label" htmlFor={`${id}-text`}>
          Your bounce
        </label>
      )}
      <p className="hint" id={`${id}-hint`}>
        One mail server line (like <code>550 5.1.1 …</code>), the text of a “delivery failed”
        message, or a whole message source.
      </p>
      {lostOnReload ? (
        <p className="notice notice--info">
          The text you had here was too large to keep across a reload. Paste it or choose the file
          again.
        </p>
      ) : null}
      {large ? (
        <LargeTextPanel
          labelledBy={`${id}-label`}
          describedBy={`${id}-hint`}
          size={value.length}
          kept={!notKept || largeKept}
          keptWhere={notKept && largeKept ? LARGE_KEPT_WHERE : undefined}
          takeFocus={largeFromTyping}
          onShow={() => setShowLarge(true)}
          onClear={() => {
            focusTextbox.current = true;
            setLargeFromTyping(false);
            onChange('');
          }}
        />
      ) : (
        <textarea
          ref={ref}
          id={`${id}-text`}
          className="paste__text"
          value={value}
          onChange={(event) => {
            setLargeFromTyping(event.target.value.length > LARGE_TEXT_CHARS);
            onChange(event.target.value);
          }}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          rows={10}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
        />
      )}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {notKept && !large ? (
        <p className="hint" id={`${id}-size`}>
          {largeKept
            ? `This text is large (${formatBytes(value.length)}), too large for the page’s session storage: ${LARGE_KEPT_WHERE}.`
            : `This text is large (${formatBytes(value.length)}); it will be read, but not kept if you reload the page.`}
        </p>
      ) : null}
      {loadedFrom?.kind === 'file' ? (
        <p className="hint">
          Loaded from {loadedFrom.name} ({formatBytes(loadedFrom.size)}
          {loadedFrom.note ? `, ${loadedFrom.note}` : ''}).
        </p>
      ) : null}
    </>
  );
}
