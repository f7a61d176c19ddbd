#!/usr/bin/env node
// Runs the command line from a bundle so that a call costs a Node start-up, not a TypeScript
// compile: scripts/cli.ts and the engine are bundled with esbuild into node_modules/.cache
// whenever a source file is newer than the bundle (a few tens of milliseconds).
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules', '.cache', 'bounce-doctor', 'cli.mjs');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (/\.(?:ts|json)$/.test(entry.name)) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

const sources = Math.max(newest(join(root, 'src', 'engine')), newest(join(root, 'scripts')));
if (!existsSync(out) || statSync(out).mtimeMs < sources) {
  const { build } = await import('esbuild');
  mkdirSync(dirname(out), { recursive: true });
  await build({
    entryPoints: [join(root, 'scripts', 'cli.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: false,
    packages: 'bundle',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
}
await import(pathToFileURL(out).href);
