import { useEffect, useEffectEvent, useState, type RefObject } from 'react';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Makes the whole page a drop target for files while the paste step is shown, and stops the
 * browser from opening a dropped file in place of the app (which would lose nothing, since the
 * state is in sessionStorage, but would surprise). Returns whether a file is being dragged.
 * "The page" is the document or shadow root that `inside` is in: in an embed, files dropped on
 * the help site's own page are the help site's.
 */
export function useFileDrop(
  inside: RefObject<HTMLElement | null>,
  onFile: (file: File) => void,
): boolean {
  const [dragging, setDragging] = useState(false);
  const handleFile = useEffectEvent(onFile);

  useEffect(() => {
    const page = inside.current?.getRootNode();
    if (!page) return;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      // relatedTarget is null when the pointer leaves the window, outside the page when it
      // leaves an embed.
      const to = event.relatedTarget;
      if (!(to instanceof Node) || !page.contains(to)) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      handleFile(file);
    };
    // Listeners typed as EventListener: a ShadowRoot's event map has no drag events.
    const listeners: [string, EventListener][] = [
      ['dragover', over as EventListener],
      ['dragleave', leave as EventListener],
      ['drop', drop as EventListener],
    ];
    for (const [type, listener] of listeners) page.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of listeners) page.removeEventListener(type, listener);
    };
  }, [inside]);

  return dragging;
}
