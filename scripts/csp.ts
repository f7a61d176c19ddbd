/**
 * The Content-Security-Policy of Bounce Doctor's own pages (issue 13), written into each built
 * page as a <meta> (the app, the embed frame, the embed demo): scripts and styles from the
 * page's own origin only, no inline script, no plugins, no <base>, and connections only to the
 * page itself and DNS-over-HTTPS resolvers. See docs/decisions/061-content-security-policy.md
 * for what a <meta> cannot say (frame-ancestors) and for why connect-src names `https:`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export type Page = 'app' | 'frame' | 'demo';

/**
 * Where the pages may connect: themselves, and any https:// resolver, because Settings (and the
 * embed's `resolver` option) take a DNS-over-HTTPS address the person types, and MTA-STS policy
 * files (off by default) live on every recipient domain's host; http:// only on this machine,
 * as usableResolverUrl allows (settings.ts). CSP has no syntax for an IPv6 host: a resolver at
 * http://[::1] is refused (use localhost).
 */
const CONNECT = ["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*'];

const BASE: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // data: for the frame's empty favicon (no request for /favicon.ico).
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': CONNECT,
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
};

/** What each page adds: the demo frames the frame page, on the same origin. */
const EXTRA: Record<Page, Record<string, string[]>> = {
  app: {},
  frame: {},
  demo: { 'frame-src': ["'self'"] },
};

export function contentSecurityPolicy(page: Page): string {
  const directives = { ...BASE, ...EXTRA[page] };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The <meta> for a page, placed first in <head> so that it covers everything after it. */
export function withPolicy(html: string, page: Page): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page)}" />`;
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('csp: the page has no <head>');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

/**
 * Adds the policy to the built pages: index.html as Vite writes it, and the HTML pages copied
 * from a public folder (`copied`: file name in the output folder -> page). Not in `vite dev`,
 * whose client injects inline scripts and styles the policy forbids.
 */
export function cspPlugin(copied: Record<string, Page> = {}): Plugin {
  let outDir = 'dist';
  return {
    name: 'bounce-doctor:csp',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    transformIndexHtml: (html) => withPolicy(html, 'app'),
    async writeBundle() {
      for (const [file, page] of Object.entries(copied)) {
        const path = join(outDir, file);
        await writeFile(path, withPolicy(await readFile(path, 'utf8'), page));
      }
    },
  };
}
