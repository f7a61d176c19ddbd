/**
 * Failed-recipient precision and recall: over the project's own written bounces
 * (src/engine/parse/fixtures, each naming its failed addresses) and over the corpus. The corpus
 * lists its expected recipients by index, not by address, so a file is scored by address where
 * its own delivery-status report names them (Final-Recipient, or Original-Recipient when the
 * final one is an internal Exchange address) and by count elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, parseBounce } from '../../src/engine/index.ts';
import { RECIPIENT_FIXTURES } from '../../src/engine/parse/fixtures/index.ts';
import { fixtureBytes } from '../../src/engine/parse/fixtures/load.ts';
import type { CorpusFile } from './corpus.ts';
import { fnv1a } from '../../src/engine/fnv.ts';

export interface Tally {
  found: number;
  wrong: number;
  missed: number;
  misses: string[];
}

export const emptyTally = (): Tally => ({ found: 0, wrong: 0, missed: 0, misses: [] });

export const precision = (t: Tally) =>
  t.found + t.wrong ? (100 * t.found) / (t.found + t.wrong) : 100;
export const recall = (t: Tally) =>
  t.found + t.missed ? (100 * t.found) / (t.found + t.missed) : 100;

/** Recipients that are not failures: a delivery the report mentions, the auto-replier itself. */
const NOT_FAILED = new Set(['delivered', 'vacation']);

/** The addresses a reading takes as failed, lower-cased. */
export function failedAddresses(input: Uint8Array | string): string[] {
  const parsed = parseBounce(input);
  if (!parsed.isBounce) return [];
  return classify(parsed)
    .filter((c) => !NOT_FAILED.has(c.reason) && c.recipient)
    .map((c) => c.recipient.toLowerCase());
}

/** Addresses compared as a multiset: an mbox may fail the same address twice. */
function score(into: Tally, where: string, expected: string[], got: string[]): void {
  const want = new Map<string, number>();
  for (const address of expected)
    want.set(address.toLowerCase(), (want.get(address.toLowerCase()) ?? 0) + 1);
  // A recipient read without an address claims none: neither found nor wrong.
  for (const address of got.filter(Boolean)) {
    const left = want.get(address) ?? 0;
    if (left > 0) {
      into.found++;
      want.set(address, left - 1);
    } else {
      into.wrong++;
      into.misses.push(`${where}: took ${address || '(no address)'}`);
    }
  }
  for (const [address, left] of want) {
    into.missed += left;
    if (left > 0) into.misses.push(`${where}: missed ${address}`);
  }
}

const FIXTURES = join('src', 'engine', 'parse', 'fixtures');
/** Next to this file when run with tsx or Vitest; from the project root when bundled. */
const fixtureDir = [
  join(import.meta.dirname, '..', '..', FIXTURES),
  join(process.cwd(), FIXTURES),
].find((dir) => existsSync(join(dir, 'index.ts')))!;

export function scoreFixtures(): Tally {
  const tally = emptyTally();
  for (const fixture of RECIPIENT_FIXTURES) {
    const got = failedAddresses(fixtureBytes(fixtureDir, fixture.file, fixture.ending));
    score(tally, fixture.file, fixture.failed, got);
  }
  return tally;
}

/** Formats kept aside while the readers are written: scored apart, their misses never shown. */
export const keptAside = (format: string) => fnv1a(format) % 5 === 0;

/** What a file's own report names as its recipients, when it names one per expected recipient. */
function reportRecipients(text: string): string[] {
  const found: string[] = [];
  for (const block of text.split(/\r?\n[ \t]*\r?\n/)) {
    const final = /^final-recipient:\s*(?:[\w-]+;)?\s*<?([^\r\n>]*[^\s>])>?/im.exec(block)?.[1];
    if (!final) continue;
    const original = /^original-recipient:\s*(?:[\w-]+;)?\s*<?([^\s>]+)>?/im.exec(block)?.[1];
    const internal = /^(?:imceaex-|\/o=)/i.test(final) || !final.includes('@');
    found.push((internal && original ? original : final).toLowerCase());
  }
  return found;
}

export function scoreCorpus(dir: string, files: CorpusFile[], aside: boolean): Tally {
  const tally = emptyTally();
  for (const file of files) {
    if (keptAside(file.format) !== aside) continue;
    const bytes = new Uint8Array(readFileSync(join(dir, file.file)));
    const parsed = parseBounce(bytes);
    const got = parsed.isBounce ? parsed.recipients.map((r) => r.address.toLowerCase()) : [];
    const named = reportRecipients(new TextDecoder('latin1').decode(bytes));
    if (named.length === file.expected.length && named.length > 0) {
      score(tally, file.file, named, got);
      continue;
    }
    // By count: each expected recipient matched by one address read; the rest are misses.
    const claimed = got.filter(Boolean);
    const addresses = claimed.filter((address) => address.includes('@'));
    const matched = Math.min(addresses.length, file.expected.length);
    tally.found += matched;
    tally.wrong += claimed.length - matched;
    tally.missed += file.expected.length - matched;
    if (got.length !== matched || matched < file.expected.length)
      tally.misses.push(
        `${file.file}: expected ${file.expected.length}, read ${JSON.stringify(got)}`,
      );
  }
  return tally;
}
