import type { ReadyMessage } from '../../engine/index.ts';
import { CopyButton } from './copy-button.tsx';

/** The ready-to-send message for a cause on the recipient's side. */
export function MessageCard({ message }: { message: ReadyMessage }) {
  const to = message.to === 'recipient' ? 'the recipient' : 'the recipient’s mail administrator';
  const full = `Subject: ${message.subject}\n\n${message.body}`;
  return (
    <section className="message-card" aria-labelledby="ready-message">
      <h2 id="ready-message">A message for {to}</h2>
      <p className="hint">
        Ready to send as it is, or to adapt. It holds only the facts they need.
      </p>
      <p>
        <strong>Subject:</strong> {message.subject}
      </p>
      <pre className="message-card__body">{message.body}</pre>
      <CopyButton text={full} label="Copy the message" />
    </section>
  );
}
