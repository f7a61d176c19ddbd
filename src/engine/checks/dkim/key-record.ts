/**
 * Parse a DKIM key record (RFC 6376 s3.6.1) into its tags. This only reads the record; what
 * is wrong with it is decided in assess-key.ts.
 */
import { parseTagList, tagValue, type Tag } from './tag-list.ts';

export interface DkimKeyRecord {
  /** All tags as published, in order (unknown tags included; receivers ignore them). */
  tags: Tag[];
  version?: string;
  /** k=, default "rsa". */
  keyType: string;
  /** p= with whitespace removed; "" means revoked. Undefined when p= is missing. */
  publicKey?: string;
  /** h=, undefined when absent (all hashes allowed). */
  hashes?: string[];
  /** s=, default ["*"]. */
  services: string[];
  /** t= flags. */
  flags: string[];
  notes?: string;
}

export type KeyRecordParse =
  { ok: true; record: DkimKeyRecord } | { ok: false; reason: string; tags?: Tag[] };

const list = (value: string | undefined): string[] | undefined =>
  value
    ?.split(':')
    .map((v) => v.trim())
    .filter((v) => v !== '');

export function parseKeyRecord(text: string): KeyRecordParse {
  const parsed = parseTagList(text);
  if (!parsed.ok) return { ok: false, reason: `not a valid tag list: ${parsed.error}` };
  const { tags, duplicates } = parsed;
  // RFC 6376 s3.2: "if a tag name does occur more than once, the entire tag-list is invalid".
  if (duplicates.length > 0) {
    return { ok: false, reason: `the tag ${duplicates[0]}= appears more than once`, tags };
  }
  const version = tagValue(tags, 'v');
  // RFC 6376 s3.6.1 v=: if present it MUST be first and MUST be "DKIM1"; otherwise discard.
  if (version !== undefined && tags[0]?.name !== 'v') {
    return { ok: false, reason: 'v= is present but is not the first tag', tags };
  }
  if (version !== undefined && version !== 'DKIM1') {
    return { ok: false, reason: `v=${version} is not DKIM1`, tags };
  }
  const p = tagValue(tags, 'p');
  return {
    ok: true,
    record: {
      tags,
      version,
      keyType: tagValue(tags, 'k') ?? 'rsa',
      publicKey: p?.replace(/\s+/g, ''),
      hashes: list(tagValue(tags, 'h')),
      services: list(tagValue(tags, 's')) ?? ['*'],
      flags: list(tagValue(tags, 't')) ?? [],
      notes: tagValue(tags, 'n'),
    },
  };
}
