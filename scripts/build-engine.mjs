#!/usr/bin/env node
// npm run build:engine — the pure engine as a package entry (package.json "exports"): one ES
// module for Node and Workers in dist-engine/index.js, its dependencies left as imports, and the
// type declarations in dist-engine/types (tsc -p tsconfig.engine.json, run by the npm script).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const ENGINE_ENTRY = join(root, 'src', 'engine', 'index.ts');

export async function buildEngine(outfile = join(root, 'dist-engine', 'index.js')) {
  await build({
    entryPoints: [ENGINE_ENTRY],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildEngine();
