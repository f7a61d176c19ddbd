/**
 * Redacting addresses before sharing: every local part becomes "redacted-N", the same address
 * always the same N, so the text still reads (and the checks still run: domains are kept).
 */
const ADDRESS =
  /([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+)@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)/g;

export type RedactionBook = Map<string, string>;

export function redactAddresses(text: string, book: RedactionBook = new Map()): string {
  return text.replace(ADDRESS, (whole, local: string, domain: string) => {
    if (local.startsWith('redacted-')) return whole;
    const key = local.toLowerCase();
    let alias = book.get(key);
    if (!alias) {
      alias = `redacted-${book.size + 1}`;
      book.set(key, alias);
    }
    return `${alias}@${domain}`;
  });
}

/** Redact every string in a plain object (the wizard state), with one book for all of them. */
export function redactDeep<T>(value: T, book: RedactionBook = new Map()): T {
  if (typeof value === 'string') return redactAddresses(value, book) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redactDeep(item, book)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactDeep(item as unknown, book)]),
    ) as T;
  }
  return value;
}
