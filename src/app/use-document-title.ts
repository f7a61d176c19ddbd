import { useEffect } from 'react';
import { useAppHost } from './app-host.tsx';

/**
 * Each step names itself in the tab title, which screen readers also read on navigation.
 * Not in an embed: the tab is the help site's.
 */
export function useDocumentTitle(title: string): void {
  const { embedded } = useAppHost();
  useEffect(() => {
    if (!embedded) document.title = `${title} · Bounce Doctor`;
  }, [title, embedded]);
}
