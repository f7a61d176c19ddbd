/** Shadow roots (embeds) the reader has put focus in at least once. */
const engaged = new WeakSet<ShadowRoot>();

/** Call once per embed: from the reader's first focus inside it on, the app may move focus. */
export function trackEngagement(root: ShadowRoot): () => void {
  const engage = () => engaged.add(root);
  root.addEventListener('focusin', engage);
  return () => root.removeEventListener('focusin', engage);
}

/**
 * Moves focus to `target`, as the app does when a result or a new step shows. Inside an embed it
 * does so only when the focus is in the embed, or was until the element holding it went away
 * (a step changed): a help page that opens with the wizard pre-filled must not have its reader's
 * focus, and scroll position, pulled into the wizard when the diagnosis arrives.
 */
export function moveFocus(target: HTMLElement | null | undefined): void {
  if (!target) return;
  const root = target.getRootNode();
  if (root instanceof ShadowRoot && root.activeElement === null) {
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (!(focusLost && engaged.has(root))) return;
  }
  target.focus();
}
