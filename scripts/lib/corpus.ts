/**
 * The shared bounce corpus (third-party data, read in place, never copied into the repo):
 * ../shared/corpus next to the checkout, or $BOUNCE_CORPUS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ExpectedRecipient {
  index: number;
  reason: string;
  status: string | null;
  replyCode: string | null;
  hardBounce: number;
}

export interface CorpusFile {
  file: string;
  isBounce: boolean;
  format: string;
  expected: ExpectedRecipient[];
}

export interface CorpusString {
  text: string;
  expected: string[];
}

const here = dirname(fileURLToPath(import.meta.url));

export function corpusDir(): string | undefined {
  const candidates = [
    process.env.BOUNCE_CORPUS,
    resolve(here, '../../../shared/corpus'),
    // npm scripts run from the project root, also when bundled into node_modules/.cache.
    resolve(process.cwd(), '../shared/corpus'),
  ];
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'dev.json')));
}

export function loadCorpus(dir: string): { files: CorpusFile[]; strings: CorpusString[] } {
  const files = (JSON.parse(readFileSync(join(dir, 'dev.json'), 'utf8')) as { files: CorpusFile[] })
    .files;
  const stringsPath = join(dir, 'strings-dev.json');
  const strings = existsSync(stringsPath)
    ? (JSON.parse(readFileSync(stringsPath, 'utf8')) as { strings: CorpusString[] }).strings
    : [];
  return { files, strings };
}

/** Sisimai's own placeholders look like 5.0.9zz: not real DSN codes, so not scored. */
export function isRealStatus(status: string | null): status is string {
  return !!status && /^[245]\.\d{1,3}\.\d{1,3}$/.test(status) && !/^\d\.\d+\.9\d\d$/.test(status);
}
