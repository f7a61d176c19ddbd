/**
 * The engine's package entry works without the app: built as package.json's "exports" says,
 * imported in Node, and run over Node streams (an mbox file, a JSON-lines feed), as the
 * README shows.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MBOX, SES_JSONL } from '../src/engine/test-support/batch-fixtures.ts';
// @ts-expect-error -- a plain .mjs build script without declarations
import { buildEngine } from './build-engine.mjs';

const root = join(import.meta.dirname, '..');

interface Engine {
  triageStream(
    name: string,
    chunks: AsyncIterable<Uint8Array>,
    options?: { onRow?(row: { recipient: string; action: string }): void },
  ): Promise<{
    triage: { summary(): { failed: number }; groups(): { title: string; count: number }[] };
  }>;
  markdownSummary(report: unknown): string;
}

describe('the engine as a package', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, { types: string; default: string }>;
  };

  it('names the build outputs and the declarations in "exports"', () => {
    expect(manifest.exports['.']).toEqual({
      types: './dist-engine/types/index.d.ts',
      default: './dist-engine/index.js',
    });
    const config = JSON.parse(readFileSync(join(root, 'tsconfig.engine.json'), 'utf8')) as {
      compilerOptions: { outDir: string; rootDir: string };
    };
    expect(`./${config.compilerOptions.outDir}/index.d.ts`).toBe(manifest.exports['.']!.types);
  });

  it('triages an mbox and a JSON-lines feed read from Node streams', async () => {
    const dir = join(root, 'node_modules', '.cache', 'bounce-doctor', 'engine-package');
    mkdirSync(dir, { recursive: true });
    const entry = (await buildEngine(join(dir, 'index.js'))) as string;
    const engine = (await import(pathToFileURL(entry).href)) as Engine;
    writeFileSync(join(dir, 'feed.jsonl'), SES_JSONL);

    const mbox = await engine.triageStream('march.mbox', Readable.from([Buffer.from(MBOX)]));
    expect(mbox.triage.summary().failed).toBe(5);
    expect(
      engine.markdownSummary({ summary: mbox.triage.summary(), groups: mbox.triage.groups() }),
    ).toMatch(/3 × The address does not exist/);

    const suppress: string[] = [];
    const { createReadStream } = await import('node:fs');
    await engine.triageStream(
      'feed.jsonl',
      createReadStream(join(dir, 'feed.jsonl'), { highWaterMark: 64 }),
      {
        onRow: (row) => row.action === 'suppress' && suppress.push(row.recipient),
      },
    );
    expect(suppress).toEqual(['ann.lee@gmail.com', 'bo.chen@gmail.com']);
  }, 30_000);
});
