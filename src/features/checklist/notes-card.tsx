import { useId } from 'react';
import {
  CUSTOMER_WORDS,
  NOTE_LANGUAGES,
  type Checklist,
  type NoteLanguage,
} from '../../engine/index.ts';
import { CopyButton } from './copy-button.tsx';

/** The two texts support staff need: the administrator's facts, and a plain note to paste to the customer. */
export function NotesCard(props: {
  notes: Checklist['notes'];
  language: NoteLanguage;
  onLanguage: (language: NoteLanguage) => void;
}) {
  const id = useId();
  const { admin, customer } = props.notes;
  return (
    <>
      <section className="message-card notes-card" aria-labelledby={`${id}-admin`}>
        <h2 id={`${id}-admin`}>Note for the administrator</h2>
        <p className="hint">The facts, the codes and what to check.</p>
        <p>
          <strong>Subject:</strong> {admin.subject}
        </p>
        <pre className="message-card__body">{admin.body}</pre>
        <CopyButton
          text={`Subject: ${admin.subject}\n\n${admin.body}`}
          label="Copy the administrator’s note"
        />
      </section>
      <section className="message-card notes-card" aria-labelledby={`${id}-customer`}>
        <h2 id={`${id}-customer`}>Note for the customer</h2>
        <p className="hint">Plain words to paste to the person whose message bounced.</p>
        <label htmlFor={`${id}-language`}>Language of the customer note</label>{' '}
        <select
          id={`${id}-language`}
          value={props.language}
          onChange={(event) => props.onLanguage(event.target.value as NoteLanguage)}
        >
          {NOTE_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {CUSTOMER_WORDS[language].name}
            </option>
          ))}
        </select>
        <p className="message-card__body" lang={props.language}>
          {customer[props.language]}
        </p>
        <CopyButton text={customer[props.language]} label="Copy the customer note" />
      </section>
    </>
  );
}
