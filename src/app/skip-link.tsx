import type { RefObject } from 'react';

/**
 * "Skip to main content". A plain href="#main" would change the hash, which the hash router
 * reads as a route, so the link moves focus itself.
 */
export function SkipLink({ target }: { target: RefObject<HTMLElement | null> }) {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        target.current?.focus();
      }}
    >
      Skip to main content
    </a>
  );
}
