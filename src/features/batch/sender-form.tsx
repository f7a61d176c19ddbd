import { useId, useState } from 'react';

/** For batches whose rows name no sender (most CSV exports): type it once for all. */
export function SenderForm({
  sender,
  onChange,
}: {
  sender: { from: string; ip: string };
  onChange(sender: { from: string; ip: string }): void;
}) {
  const id = useId();
  const [from, setFrom] = useState(sender.from);
  const [ip, setIp] = useState(sender.ip);
  return (
    <form
      className="sender-once"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ from, ip });
      }}
    >
      <h3>Who sent these?</h3>
      <p>
        Some causes are on our side, but the input does not say who sent the mail. Give the From
        address (or its domain) and the sending IP, and the checks run once for the whole batch.
      </p>
      <label htmlFor={`${id}-from`}>From address or domain</label>
      <input id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)} />
      <label htmlFor={`${id}-ip`}>Sending IP address (optional)</label>
      <input
        id={`${id}-ip`}
        value={ip}
        inputMode="decimal"
        onChange={(e) => setIp(e.target.value)}
      />
      <button type="submit" className="button">
        Check this sender
      </button>
    </form>
  );
}
