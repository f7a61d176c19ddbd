import { Link, useRouteError } from 'react-router';
import { PageMain } from './page-main.tsx';

/** Shown when a route fails to load or render (for example a chunk gone after a deploy). */
export function RouteError() {
  const error = useRouteError();
  return (
    <PageMain id="main" className="site-main">
      <h1>Something went wrong</h1>
      <p>{error instanceof Error ? error.message : 'The page could not be shown.'}</p>
      <p>
        <Link to="/">Back to the start</Link> or reload the page. What you typed is kept.
      </p>
    </PageMain>
  );
}
