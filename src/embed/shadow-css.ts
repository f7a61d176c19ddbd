import { cssBlocks, splitTopLevel, type CssBlock } from './css-blocks.ts';
import { PUBLIC_PROPERTIES } from './custom-properties.ts';

/** The element at the top of the embed's shadow root: what :root, html and body are to the app. */
export const APP_ROOT_CLASS = 'bd-app';

const PAGE_SELECTORS = new Set([':root', 'html', 'body']);
const OPEN_NAME = new Map(PUBLIC_PROPERTIES.map(([open, internal]) => [internal, open]));
const COLOR_SCHEME_MEDIA =
  /^@media\s*(screen\s+and\s*)?\(\s*prefers-color-scheme\s*:\s*(dark|light)\s*\)$/i;
const GROUPING_RULE = /^@(media|supports|layer|container)\b/i;
const PRINT_MEDIA = /^@media\s+print\b/i;
const VIEWPORT_HEIGHT = /^(min-)?height\s*:.*\d(s|l|d)?vh\b/i;

/**
 * Rewrites one of the app's stylesheets for the embed's shadow root:
 * - rules for :root, html and body apply to the embed's top element instead;
 * - in them, the properties listed in custom-properties.ts take the host page's value when it
 *   sets one (`--bg: var(--bd-color-background, #fff)`);
 * - `@media (prefers-color-scheme: dark)` rules apply unless the element has theme="light",
 *   and always with theme="dark" (and the same the other way round); `@media screen and
 *   (prefers-color-scheme: dark)` ones likewise, on screens only;
 * - in `@media print`, the page rules' declarations are important and not open to the host:
 *   paper is light, over the theme attribute's rules (more specific) and a host's dark colours;
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

function rewrite({ prelude, body }: CssBlock, scope: string, print = false): string {
  if (body === null) return `${prelude};`;
  const media = COLOR_SCHEME_MEDIA.exec(prelude);
  const scheme = media?.[2]?.toLowerCase();
  if (scheme) {
    const other = scheme === 'dark' ? 'light' : 'dark';
    const inner = cssBlocks(body);
    const followSystem = inner.map((block) => rewrite(block, `:host(:not([theme='${other}']))`));
    const forced = inner.map((block) => rewrite(block, `:host([theme='${scheme}'])`));
    const always = media?.[1] ? [`@media screen{${forced.join('')}}`] : forced;
    return [`${prelude}{${followSystem.join('')}}`, ...always].join('\n');
  }
  if (GROUPING_RULE.test(prelude)) {
    const inPrint = print || PRINT_MEDIA.test(prelude);
    const inner = cssBlocks(body).map((block) => rewrite(block, scope, inPrint));
    return `${prelude}{${inner.join('')}}`;
  }
  // @font-face, @keyframes and the like have no selectors to rewrite.
  if (prelude.startsWith('@')) return `${prelude}{${body}}`;

  const selectors = splitTopLevel(prelude, ',');
  const forPage = selectors.some((selector) => PAGE_SELECTORS.has(selector));
  const rewritten = selectors
    .map((selector) => (PAGE_SELECTORS.has(selector) ? `.${APP_ROOT_CLASS}` : selector))
    .map((selector) => (scope ? `${scope} ${selector}` : selector));
  const page = print ? important(body) : openToHost(body);
  const declarations = withoutViewportHeights(forPage ? page : body);
  return `${[...new Set(rewritten)].join(',')}{${declarations}}`;
}

function withoutViewportHeights(declarations: string): string {
  const kept = splitTopLevel(declarations, ';').filter((line) => !VIEWPORT_HEIGHT.test(line));
  return kept.join(';');
}

/** Every declaration `!important`, as it wins on paper. */
function important(declarations: string): string {
  return splitTopLevel(declarations, ';')
    .map((line) =>
      line.trim() === '' || /!important\s*$/i.test(line) ? line : `${line} !important`,
    )
    .join(';');
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
