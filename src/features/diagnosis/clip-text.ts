/** Longest text shown in one evidence block; more would only slow the page down. */
export const MAX_SHOWN_CHARS = 20_000;

/** The text, cut at `max` characters with a note saying how much was left out. */
export function clipText(text: string, max = MAX_SHOWN_CHARS): string {
  if (text.length <= max) return text;
  const rest = text.length - max;
  return `${text.slice(0, max)}\n… (${rest.toLocaleString('en')} more characters not shown)`;
}
