import { toShadowCss } from './shadow-css.ts';

/**
 * Every stylesheet of the embed, in load order, shared by all the embeds on a page. In the embed
 * build each `import './x.css'` of the app becomes `addStyles(<its text>)` (scripts/embed-build.ts),
 * so a feature's styles arrive with its lazily loaded code, into every shadow root at once, and
 * none reaches the host page's document.
 */
const sheets: CSSStyleSheet[] = [];
const roots = new Set<ShadowRoot>();

export function addStyles(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(toShadowCss(css));
  sheets.push(sheet);
  for (const root of roots) root.adoptedStyleSheets = [...sheets];
}

/** Gives `root` every stylesheet, now and as more load; returns a function that stops that. */
export function adoptStyles(root: ShadowRoot): () => void {
  root.adoptedStyleSheets = [...sheets];
  roots.add(root);
  return () => roots.delete(root);
}
