#!/usr/bin/env node
// node scripts/run-bundled.mjs ENTRY.ts [args...]
// Runs a TypeScript entry point (the CLI, the benchmarks) from an esbuild bundle, the way the
// engine runs in production, so that a call costs a Node start-up rather than a TypeScript
// compile. The bundle lives in node_modules/.cache and is rebuilt whenever a source is newer.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-bundled.mjs ENTRY.ts [args...]\n');
  process.exit(2);
}
const source = resolve(root, entry);
const out = join(
  root,
  'node_modules',
  '.cache',
  'bounce-doctor',
  basename(entry).replace(/\.ts$/, '.mjs'),
);

function newest(dir) {
  let latest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) latest = Math.max(latest, newest(path));
    else if (/\.(?:ts|json)$/.test(item.name)) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

// The CLI reaches into src/features/paste for the .msg reader.
const sources = Math.max(
  newest(join(root, 'src', 'engine')),
  newest(join(root, 'src', 'features', 'paste')),
  newest(join(root, 'scripts')),
);
if (!existsSync(out) || statSync(out).mtimeMs < sources) {
  const { build } = await import('esbuild');
  mkdirSync(dirname(out), { recursive: true });
  await build({
    entryPoints: [source],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // The .msg reader (with iconv-lite's code-page tables, ~670 KB) is loaded from node_modules
    // on the first .msg only, instead of being parsed at every start.
    external: ['@kenjiuno/msgreader'],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
}
// A batch run meets each regular expression many times: compile them to machine code at once
// rather than interpreting the first runs (V8's regexp tier-up suits one-off web pages). The npm
// scripts give node the flag; it is set here only for a run without it, since Node warns that a
// flag changed after start may behave unpredictably.
if (!process.execArgv.includes('--no-regexp-tier-up')) setFlagsFromString('--no-regexp-tier-up');
process.argv = [process.argv[0], source, ...args];
await import(pathToFileURL(out).href);
