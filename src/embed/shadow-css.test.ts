import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssBlocks, splitTopLevel } from './css-blocks.ts';
import { PUBLIC_PROPERTIES } from './custom-properties.ts';
import { toShadowCss } from './shadow-css.ts';

const globalCss = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');

/** The body of the first block whose prelude is exactly `prelude`. */
function bodyOf(css: string, prelude: string): string | undefined {
  return cssBlocks(css).find((block) => block.prelude === prelude)?.body ?? undefined;
}

describe('toShadowCss', () => {
  const shadow = toShadowCss(globalCss);

  it('puts the page rules on the embed root, and nothing on :root or body', () => {
    expect(shadow).not.toMatch(/:root|(^|[\s,}])body\s*[,{]/);
    expect(bodyOf(shadow, '.bd-app')).toContain('color-scheme: light dark');
  });

  it('lets the host page set every public property, keeping the default', () => {
    const root = bodyOf(shadow, '.bd-app') ?? '';
    expect(root).toContain('--bg:var(--bd-color-background,#ffffff)');
    expect(root).toMatch(/font-family:var\(--bd-font,\s*system-ui/);
    for (const [open, internal] of PUBLIC_PROPERTIES) {
      // A renamed property in global.css would silently cut a documented option off.
      expect(root, `${internal} in global.css :root`).toContain(`${internal}:var(${open},`);
    }
  });

  it('follows the system scheme unless the theme attribute says otherwise', () => {
    const media = bodyOf(shadow, '@media screen and (prefers-color-scheme: dark)') ?? '';
    expect(bodyOf(media, ":host(:not([theme='light'])) .bd-app")).toContain(
      '--bg:var(--bd-color-background,#111418)',
    );
    expect(toShadowCss('@media screen and (prefers-color-scheme:dark){.a{color:red}}')).toBe(
      "@media screen and (prefers-color-scheme:dark){:host(:not([theme='light'])) .a{color:red}}\n" +
        "@media screen{:host([theme='dark']) .a{color:red}}",
    );
    // theme="dark" holds on screens; paper is light.
    expect(
      bodyOf(bodyOf(shadow, '@media screen') ?? '', ":host([theme='dark']) .bd-app"),
    ).toContain('--bg:var(--bd-color-background,#111418)');
  });

  it('prints light whatever the theme or the host page: print rules on the root are important', () => {
    const print = bodyOf(bodyOf(shadow, '@media print') ?? '', '.bd-app') ?? '';
    expect(print).toContain('--bg: #fff !important');
    expect(print).toContain('color-scheme: light !important');
    expect(print).not.toContain('var(--bd-');
    expect(toShadowCss('@media print{:root{--bg:#fff;--text:#000!important}.a{color:red}}')).toBe(
      '@media print{.bd-app{--bg:#fff !important;--text:#000!important}.a{color:red}}',
    );
  });

  it('keeps plain rules as they are', () => {
    expect(bodyOf(shadow, '.button--primary')).toContain('background: var(--primary)');
    expect(bodyOf(shadow, '*,*::before,*::after')).toContain('box-sizing: border-box');
  });

  it('drops heights in viewport units: an embed is as tall as its content', () => {
    expect(
      toShadowCss('.main{flex:1;min-height:100vh;max-height:50vh;height:calc(100dvh - 2rem)}'),
    ).toBe('.main{flex:1;max-height:50vh}');
    expect(toShadowCss('.a{min-height:10rem;line-height:1.5}')).toBe(
      '.a{min-height:10rem;line-height:1.5}',
    );
  });

  it('reads minified CSS as a build makes it', () => {
    const minified =
      ':root{--bg:#fff;--text:#000!important}@media (prefers-color-scheme:light){.a,html{color:red}}' +
      'a[href^="x;{"]::after{content:"}"}@font-face{font-family:x;src:url(a.woff)}@import "b.css";';
    expect(toShadowCss(minified).split('\n')).toEqual([
      '.bd-app{--bg:var(--bd-color-background,#fff);--text:var(--bd-color-text,#000)!important}',
      "@media (prefers-color-scheme:light){:host(:not([theme='dark'])) .a,:host(:not([theme='dark'])) .bd-app{color:red}}",
      ":host([theme='light']) .a,:host([theme='light']) .bd-app{color:red}",
      'a[href^="x;{"]::after{content:"}"}',
      '@font-face{font-family:x;src:url(a.woff)}',
      '@import "b.css";',
    ]);
  });
});

describe('splitTopLevel', () => {
  it('splits outside brackets and strings only', () => {
    expect(splitTopLevel(':is(a, b), c[x=","], d', ',')).toEqual([':is(a, b)', 'c[x=","]', 'd']);
    expect(splitTopLevel('a: url(x;y); b: "1;2";', ';')).toEqual(['a: url(x;y)', 'b: "1;2"']);
  });
});
