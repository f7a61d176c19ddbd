/**
 * The tag=value list syntax of DKIM key records (RFC 6376 s3.2), which DMARC records borrow
 * (RFC 9989 s4.7). Tag names are case-sensitive here; callers that want otherwise (DMARC)
 * normalise them. Whitespace around names, "=" and values is folding whitespace and dropped.
 */

export interface Tag {
  name: string;
  value: string;
}

export type TagListResult =
  { ok: true; tags: Tag[]; duplicates: string[] } | { ok: false; error: string };

// tag-name = ALPHA *ALNUMPUNC (RFC 6376 s3.2)
const TAG_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
// tag-value characters: VALCHAR = %x21-3A / %x3C-7E, separated by whitespace (RFC 6376 s3.2)
const TAG_VALUE = /^[\x21-\x3a\x3c-\x7e]+(?:[ \t\r\n]+[\x21-\x3a\x3c-\x7e]+)*$/;

export function parseTagList(text: string): TagListResult {
  const tags: Tag[] = [];
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const raw of text.split(';')) {
    const spec = raw.trim();
    // The grammar allows only a trailing ";"; stray empty specs (";;") are tolerated because
    // receivers tolerate them. A spec without "=" is not.
    if (spec === '') continue;
    const eq = spec.indexOf('=');
    if (eq < 0) return { ok: false, error: `"${spec}" has no "="` };
    const name = spec.slice(0, eq).trim();
    const value = spec.slice(eq + 1).trim();
    if (!TAG_NAME.test(name)) return { ok: false, error: `"${name}" is not a valid tag name` };
    if (value !== '' && !TAG_VALUE.test(value)) {
      return { ok: false, error: `the value of ${name}= has characters not allowed in a tag` };
    }
    if (seen.has(name)) duplicates.push(name);
    else seen.add(name);
    tags.push({ name, value });
  }
  return { ok: true, tags, duplicates };
}

/** The value of the first occurrence of a tag, or undefined. */
export function tagValue(tags: readonly Tag[], name: string): string | undefined {
  return tags.find((t) => t.name === name)?.value;
}

/** Rebuild a record, replacing, adding (at the end) or removing (undefined) tags. */
export function formatTagList(
  tags: readonly Tag[],
  changes: Record<string, string | undefined> = {},
): string {
  const out: string[] = [];
  const done = new Set<string>();
  for (const { name, value } of tags) {
    if (done.has(name)) continue;
    done.add(name);
    const next = name in changes ? changes[name] : value;
    if (next !== undefined) out.push(`${name}=${next}`);
  }
  for (const [name, value] of Object.entries(changes)) {
    if (!done.has(name) && value !== undefined) out.push(`${name}=${value}`);
  }
  return out.join('; ');
}
