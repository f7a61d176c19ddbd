import { useEffect } from 'react';

/** Each step names itself in the tab title, which screen readers also read on navigation. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Bounce Doctor`;
  }, [title]);
}
