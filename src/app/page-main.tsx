import type { ComponentProps } from 'react';
import { useAppHost } from './app-host.tsx';

/**
 * The page's main landmark. In an embed it is a plain <div>: the help site's page has its own
 * <main>, and a second one inside it is an accessibility error (axe: landmark-main-is-top-level).
 */
export function PageMain(props: ComponentProps<'main'>) {
  const { embedded } = useAppHost();
  return embedded ? <div {...(props as ComponentProps<'div'>)} /> : <main {...props} />;
}
