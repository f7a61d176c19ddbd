import type { RouteObject } from 'react-router';

/** The first step, "Bounce", is the index route; every other step is named by its path. */
export const FIRST_STEP = 'bounce';

/**
 * The app's pages in route order, the wizard's steps first, read from the route objects (so new
 * steps count themselves). Routes that only redirect (a catch-all, a share link) are no page.
 */
export function stepNames(routes: readonly RouteObject[]): string[] {
  const children = routes.find((route) => route.path === '/')?.children ?? [];
  return children.flatMap((route) => {
    if (!route.lazy && !route.Component && !route.element) return [];
    if (route.index) return [FIRST_STEP];
    if (!route.path || route.path.includes(':')) return [];
    return [route.path];
  });
}

/** The step a location shows: "/" is "bounce", "/diagnosis" is "diagnosis". */
export function stepOf(pathname: string): string {
  return pathname.split('/').find(Boolean) ?? FIRST_STEP;
}

/** Where a step lives. */
export function stepPath(step: string): string {
  return step === FIRST_STEP ? '/' : `/${encodeURIComponent(step)}`;
}
