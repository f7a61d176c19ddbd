/**
 * Copy-ready corrected records, derived from the published text. Edits work on the terms as
 * written (RFC 7208 s4.6.1: terms separated by spaces) so that everything else stays as the
 * domain owner wrote it.
 */
import type { IpAddress } from '../ip.ts';
import { SPF_LIMITS } from './limits.ts';

function termsOf(text: string): string[] {
  return text
    .slice(6)
    .split(' ')
    .filter((term) => term !== '');
}

function render(terms: readonly string[]): string {
  return ['v=spf1', ...terms].join(' ');
}

const isAll = (term: string) => /^[+\-~?]?all$/i.test(term);
const isModifier = (term: string) => /^[a-z][a-z0-9\-_.]*=/i.test(term);
const isRedirect = (term: string) => /^redirect=/i.test(term);
const isPtr = (term: string) => /^[+\-~?]?ptr(?::|$)/i.test(term);

/**
 * s4.5: several v=spf1 records are a permerror. One record with the mechanisms of all of them:
 * the first "all" found is kept and put last, redirect only when there is no "all" (s6.1),
 * modifiers after the mechanisms.
 */
export function mergeRecords(texts: readonly string[]): string {
  const seen = new Set<string>();
  const mechanisms: string[] = [];
  const modifiers: string[] = [];
  let all: string | undefined;
  for (const text of texts) {
    for (const term of termsOf(text)) {
      const key = term.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      if (isAll(term)) all ??= term;
      else if (isModifier(term)) {
        const name = key.slice(0, key.indexOf('='));
        if (!modifiers.some((m) => m.toLowerCase().startsWith(`${name}=`))) modifiers.push(term);
      } else mechanisms.push(term);
    }
  }
  const kept = all ? modifiers.filter((m) => !isRedirect(m)) : modifiers;
  return render([...mechanisms, ...(all ? [all] : []), ...kept]);
}

/** Replace every "all" with `all` (e.g. "~all"), or add it after the mechanisms. */
export function withAll(text: string, all = '~all'): string {
  const terms = termsOf(text);
  if (terms.some(isAll)) return render(terms.map((term) => (isAll(term) ? all : term)));
  const mechanisms = terms.filter((term) => !isModifier(term));
  const modifiers = terms.filter((term) => isModifier(term) && !isRedirect(term));
  return render([...mechanisms, all, ...modifiers]);
}

/** s5.5 discourages ptr: swap each ptr term for an explicit replacement (ip4:/a:). */
export function withoutPtr(text: string, replacement: (term: string) => string): string {
  const out: string[] = [];
  for (const term of termsOf(text)) {
    const next = isPtr(term) ? replacement(term) : term;
    if (!out.includes(next)) out.push(next);
  }
  return render(out);
}

/** Authorise one address first, so no earlier "-" term can shadow it (s4.6.2: first match). */
/** s5.6: the ip4: or ip6: term that authorises exactly this address. */
export const ipTerm = (ip: IpAddress): string => `${ip.version === 4 ? 'ip4' : 'ip6'}:${ip.text}`;

export function authorizing(text: string, ip: IpAddress): string {
  const term = ipTerm(ip);
  const terms = termsOf(text).filter((existing) => existing.toLowerCase() !== term.toLowerCase());
  return render([term, ...terms]);
}

/** s3.3: a TXT record is made of strings of at most 255 octets; zone-file form. */
export function asTxtStrings(text: string): string {
  const chunks: string[] = [];
  for (let index = 0; index < text.length; index += SPF_LIMITS.txtStringLength) {
    chunks.push(text.slice(index, index + SPF_LIMITS.txtStringLength));
  }
  return chunks.map((chunk) => `"${chunk.replace(/(["\\])/g, '\\$1')}"`).join(' ');
}
