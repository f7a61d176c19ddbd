/**
 * The embed's Print button prints the wizard alone, not the help article around it: for that
 * one print the element is marked and a sheet on the host page hides, on paper only, all but
 * the element and the elements that hold it. Both go at `afterprint`: an embed leaves nothing on
 * the page (decision 052). The browser's own Print menu prints the page as its site styles it.
 * In the frame, print() prints the frame's document alone anyway; the same sheet is harmless.
 */
export const PRINTING_MARK = 'data-bounce-doctor-printing';

export const PRINT_ONLY_CSS = `@media print {
  body :not([${PRINTING_MARK}], :has([${PRINTING_MARK}])) { display: none !important; }
  [${PRINTING_MARK}] { margin: 0 !important; border: 0 !important; }
}`;

export function printOnly(element: HTMLElement): void {
  const page = element.ownerDocument;
  const view = page.defaultView;
  if (!view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(PRINT_ONLY_CSS);
  element.setAttribute(PRINTING_MARK, '');
  page.adoptedStyleSheets = [...page.adoptedStyleSheets, sheet];
  view.addEventListener(
    'afterprint',
    () => {
      element.removeAttribute(PRINTING_MARK);
      page.adoptedStyleSheets = page.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
    { once: true },
  );
  view.print();
}
