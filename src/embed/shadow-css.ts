import { cssBlocks, splitTopLevel, type CssBlock } from './css-blocks.ts';
import { PUBLIC_PROPERTIES } from './custom-properties.ts';

/** The element at the top of the embed's shadow root: what :root, html and body are to the app. */
export const APP_ROOT_CLASS = 'bd-app';

const PAGE_SELECTORS = new Set([':root', 'html', 'body']);
const OPEN_NAME = new Map(PUBLIC_PROPERTIES.map(([open, internal]) => [internal, open]));
const COLOR_SCHEME_MEDIA = /^@media\s*\(\s*prefers-color-scheme\s*:\s*(dark|light)\s*\)$/i;
const GROUPING_RULE = /^@(media|supports|layer|container)\b/i;
const VIEWPORT_HEIGHT = /^(min-)?height\s*:.*\d(s|l|d)?vh\b/i;

/**
 * Rewrites one of the app's stylesheets for the embed's shadow root:
 * - rules for :root, html and body apply to the embed's top element instead;
 * - in them, the properties listed in custom-properties.ts take the host page's value when it
 *   sets one (`--bg: var(--bd-color-background, #fff)`);
 * - `@media (prefers-color-scheme: dark)` rules apply unless the element has theme="light",
 *   and always with theme="dark" (and the same the other way round);
 * - heights in viewport units are dropped: an embed is as tall as its content. In a help page
 *   `min-height: 100vh` would make it a screen tall; in the frame, whose viewport the page sizes
 *   to the content, it would make the frame grow by its header and footer at every resize.
 * Works on the minified CSS of a build as on the source.
 */
export function toShadowCss(css: string): string {
  return cssBlocks(css)
    .map((block) => rewrite(block, ''))
    .join('\n');
}

function rewrite({ prelude, body }: CssBlock, scope: string): string {
  if (body === null) return `${prelude};`;
  const scheme = COLOR_SCHEME_MEDIA.exec(prelude)?.[1]?.toLowerCase();
  if (scheme) {
    const other = scheme === 'dark' ? 'light' : 'dark';
    const inner = cssBlocks(body);
    const followSystem = inner.map((block) => rewrite(block, `:host(:not([theme='${other}']))`));
    const forced = inner.map((block) => rewrite(block, `:host([theme='${scheme}'])`));
    return [`${prelude}{${followSystem.join('')}}`, ...forced].join('\n');
  }
  if (GROUPING_RULE.test(prelude)) {
    const inner = cssBlocks(body).map((block) => rewrite(block, scope));
    return `${prelude}{${inner.join('')}}`;
  }
  // @font-face, @keyframes and the like have no selectors to rewrite.
  if (prelude.startsWith('@')) return `${prelude}{${body}}`;

  const selectors = splitTopLevel(prelude, ',');
  const forPage = selectors.some((selector) => PAGE_SELECTORS.has(selector));
  const rewritten = selectors
    .map((selector) => (PAGE_SELECTORS.has(selector) ? `.${APP_ROOT_CLASS}` : selector))
    .map((selector) => (scope ? `${scope} ${selector}` : selector));
  const declarations = withoutViewportHeights(forPage ? openToHost(body) : body);
  return `${[...new Set(rewritten)].join(',')}{${declarations}}`;
}

function withoutViewportHeights(declarations: string): string {
  const kept = splitTopLevel(declarations, ';').filter((line) => !VIEWPORT_HEIGHT.test(line));
  return kept.join(';');
}

/** `--bg: #fff` becomes `--bg: var(--bd-color-background, #fff)`. */
function openToHost(declarations: string): string {
  return splitTopLevel(declarations, ';')
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      const name = declaration.slice(0, colon).trim();
      const open = colon > 0 ? OPEN_NAME.get(name) : undefined;
      if (!open) return declaration;
      const value = declaration.slice(colon + 1).trim();
      const important = /\s*!important$/i.exec(value);
      const plain = important ? value.slice(0, important.index) : value;
      return `${name}:var(${open},${plain})${important ? '!important' : ''}`;
    })
    .join(';');
}
