// The embed's build, from the app's own vite.config.ts: `vite build --mode embed` writes
// dist/embed/bounce-doctor.js (the <bounce-doctor> script), frame.js and frame.html (the page to
// put in an iframe) and their lazily loaded chunks. See docs/decisions/050-embed-build.md.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Plugin, Rolldown, UserConfig } from 'vite';
import { cspPlugin } from './csp.ts';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** The bar for the embed script itself, React included (issue 5). */
export const EMBED_BUDGET_BYTES = 160 * 1024;

const source = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export function embedBuild(): UserConfig {
  return {
    publicDir: source('src/embed/public'),
    plugins: [shadowStyles(), embedSize(), cspPlugin({ 'frame.html': 'frame' })],
    build: {
      outDir: 'dist/embed',
      emptyOutDir: true,
      // Preload links would go into the host page's <head>, which is not ours to change.
      modulePreload: false,
      rolldownOptions: {
        input: {
          'bounce-doctor': source('src/embed/bounce-doctor.ts'),
          frame: source('src/embed/frame/frame-main.ts'),
        },
        output: {
          // Stable names for the two scripts pages link to; hashed names for everything else.
          entryFileNames: '[name].js',
          chunkFileNames: 'assets/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
}

const STYLE_PREFIX = '\0bounce-doctor-style:';

/**
 * Turns each `import './x.css'` into `addStyles(<x.css as text>)` (src/embed/style-registry.ts):
 * in the embed, styles go into shadow roots, never into the host page's document.
 */
function shadowStyles(): Plugin {
  const registry = source('src/embed/style-registry.ts');
  return {
    name: 'bounce-doctor:shadow-styles',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!importer || !id.endsWith('.css')) return null;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      // Not ending in .css, so that Vite's own CSS plugins leave the module alone.
      return resolved ? `${STYLE_PREFIX}${resolved.id}.js` : null;
    },
    load(id) {
      if (!id.startsWith(STYLE_PREFIX)) return null;
      const file = id.slice(STYLE_PREFIX.length, -'.js'.length);
      return [
        `import css from ${JSON.stringify(`${file}?inline`)};`,
        `import { addStyles } from ${JSON.stringify(registry)};`,
        'addStyles(css);',
      ].join('\n');
    },
  };
}

/** Prints the gzip size of the embed script, and fails the build above the budget. */
function embedSize(): Plugin {
  let report: string | undefined;
  return {
    name: 'bounce-doctor:embed-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find(
        (file): file is OutputChunk => file.type === 'chunk' && file.name === 'bounce-doctor',
      );
      if (!entry) return;
      const own = staticClosure(bundle, entry).reduce((sum, chunk) => sum + gzipped(chunk.code), 0);
      const all = Object.values(bundle)
        .filter((file) => file.fileName.endsWith('.js'))
        .reduce((sum, file) => sum + gzipped(file.type === 'chunk' ? file.code : file.source), 0);
      report =
        `embed: ${entry.fileName} is ${kb(own)} gzip, React included (budget ${kb(EMBED_BUDGET_BYTES)}); ` +
        `${kb(all)} with every lazily loaded step, the engine and the worker.`;
      if (own > EMBED_BUDGET_BYTES) this.error(report);
    },
    closeBundle() {
      if (report) console.log(`\n${report}`);
    },
  };
}

/** The chunk and every chunk it imports statically: what loading it costs before any step. */
function staticClosure(bundle: OutputBundle, entry: OutputChunk): OutputChunk[] {
  const seen = new Map<string, OutputChunk>([[entry.fileName, entry]]);
  for (const chunk of seen.values()) {
    for (const name of chunk.imports) {
      const imported = bundle[name];
      if (imported?.type === 'chunk' && !seen.has(name)) seen.set(name, imported);
    }
  }
  return [...seen.values()];
}

function gzipped(code: string | Uint8Array): number {
  // Level 6, zlib's default and most servers': the size a reader's browser downloads.
  return gzipSync(code).length;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
