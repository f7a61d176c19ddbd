/**
 * Starts a module worker from `url`, also when `url` is on another origin than the page: the
 * case of the embed, whose script is served from Bounce Doctor's site into a help site's page.
 * Browsers start workers only from the page's own origin (new Worker throws a SecurityError),
 * so a foreign script is started from a same-origin blob that imports it; a module import may
 * cross origins when the script is served with CORS, as every module script must be.
 * https://html.spec.whatwg.org/multipage/workers.html#dom-worker (step "same origin")
 */
export function startModuleWorker(url: URL, name: string): Worker {
  const options: WorkerOptions = { type: 'module', name };
  if (url.origin === globalThis.location.origin) return new Worker(url, options);
  const shim = new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' });
  // The blob's URL is not revoked: the worker may be restarted from it after a timeout.
  return new Worker(URL.createObjectURL(shim), options);
}
