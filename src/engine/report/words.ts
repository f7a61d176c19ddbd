/** Names in a sentence: "A", "A and B", "A, B and C"; nothing for none. */
export function inSentence(parts: readonly string[]): string {
  return parts.length < 2
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
