import { useEffect, useRef, type RefObject } from 'react';
import { BatchReturnLink } from '../features/batch/batch-return-link.tsx';
import { Link, Outlet, useLocation } from 'react-router';
import { moveFocus } from '../features/focus/move-focus.ts';
import { useAppHost } from './app-host.tsx';
import './layout.css';
import { PageMain } from './page-main.tsx';
import { SkipLink } from './skip-link.tsx';
import { StartOverButton } from './start-over-button.tsx';
import { StepNav } from './step-nav.tsx';

export function Layout() {
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef);
  // An embed skips nothing: "Skip to main content" is the help site's own link to offer.
  const { embedded } = useAppHost();
  return (
    <>
      {embedded ? null : <SkipLink target={mainRef} />}
      <header className="site-header">
        <p className="brand">Bounce Doctor</p>
        <StepNav />
        <StartOverButton />
      </header>
      <PageMain id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <BatchReturnLink />
        <Outlet />
      </PageMain>
      <footer className="site-footer">
        <p>
          <strong>Your bounce never leaves this browser.</strong> It is read on this device; nothing
          you paste or drop is uploaded.
        </p>
        <nav aria-label="About" className="site-footer__links">
          <Link to="/how-it-decides">How it decides</Link>
          <Link to="/settings">Settings and what left this browser</Link>
        </nav>
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
    moveFocus(heading ?? main);
  }, [key, mainRef]);
}
