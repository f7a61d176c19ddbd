/**
 * npm run bench:bundle [-- --dir dist] [--budget-kb 150]
 *
 * The JavaScript a visitor downloads before the first page can paint, gzip-compressed, from
 * the built app (run `npm run build` first): the entry script and the modulepreload links of
 * dist/index.html with everything they import statically. It also prints the first step's own
 * route chunk (loaded right after, on demand) and, when dist/embed exists, the embed's entry.
 * Exits 1 when the first-paint figure is over the budget (issue 4: 150 KB).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    'budget-kb': { type: 'string', default: '150' },
  },
});
const dist = values.dir ?? 'dist';
const budget = Number(values['budget-kb']) * 1024;

const gzipped = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Static imports of a built chunk ("./x.js" specifiers), resolved against its folder. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found = [
    ...code.matchAll(/(?:import|export)\s*(?:[\w*${}\s,]*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g),
  ];
  return found.map((match) => join(dirname(file), match[1] ?? ''));
}

function closure(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  entries.forEach(visit);
  return [...seen];
}

function report(label: string, files: string[]): number {
  const total = files.reduce((sum, file) => sum + gzipped(file), 0);
  console.log(`${label}: ${kb(total)} gzip in ${files.length} file(s)`);
  for (const file of files)
    console.log(`  ${posix.relative(dist, file.split('\\').join('/'))}  ${kb(gzipped(file))}`);
  return total;
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = [
  ...[...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]),
  ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]),
].filter((ref): ref is string => !!ref && !/^https?:/.test(ref));
const firstPaint = closure(refs.map((ref) => join(dist, ref)));
const total = report('First paint (index.html entry + modulepreload, static closure)', firstPaint);

const assets = join(dist, 'assets');
const route = readdirSync(assets).find((name) => /^bounce-route-.*\.js$/.test(name));
if (route) {
  const own = closure([join(assets, route)]).filter((file) => !firstPaint.includes(file));
  report('Step 1 route chunk, loaded on demand after the shell', own);
}
const embedDir = join(dist, 'embed');
if (existsSync(embedDir)) {
  const entry = readdirSync(embedDir).find((name) => name === 'bounce-doctor.js');
  if (entry) report('Embed entry (static closure)', closure([join(embedDir, entry)]));
}
console.log(`budget ${kb(budget)}: ${total <= budget ? 'within' : 'OVER'}`);
process.exitCode = total <= budget ? 0 : 1;
