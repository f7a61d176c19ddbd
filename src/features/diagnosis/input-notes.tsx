/** The parser's remarks about the input itself (cut at some size, odd encoding, ...). */
export function InputNotes({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <aside className="notice notice--info" aria-label="Notes about your input">
      <p className="notice__title">Notes about your input</p>
      <ul>
        {warnings.map((warning, i) => (
          <li key={i}>{warning}</li>
        ))}
      </ul>
    </aside>
  );
}
