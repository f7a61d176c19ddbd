import { useEffect, useRef, type RefObject } from 'react';
import { Outlet, useLocation } from 'react-router';
import './layout.css';
import { SkipLink } from './skip-link.tsx';
import { StartOverButton } from './start-over-button.tsx';
import { StepNav } from './step-nav.tsx';

export function Layout() {
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef);
  return (
    <>
      <SkipLink target={mainRef} />
      <header className="site-header">
        <p className="brand">Bounce Doctor</p>
        <StepNav />
        <StartOverButton />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          <strong>Your bounce never leaves this browser.</strong> It is read on this device; nothing
          you paste or drop is uploaded.
        </p>
      </footer>
    </>
  );
}

/**
 * After an in-app navigation (not the first load), move focus to the new page's h1 so that
 * keyboard and screen-reader users start at the top of what changed.
 */
function useFocusOnNavigation(mainRef: RefObject<HTMLElement | null>) {
  const { key } = useLocation();
  const firstKey = useRef(key);
  useEffect(() => {
    if (key === firstKey.current) return;
    const main = mainRef.current;
    const heading = main?.querySelector<HTMLElement>('h1[tabindex]');
    (heading ?? main)?.focus();
  }, [key, mainRef]);
}
