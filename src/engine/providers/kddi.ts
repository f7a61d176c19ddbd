/** KDDI au (Japanese mobile carrier): recognised by its hosts and domains; no own wording yet. */
import type { ProviderFamily } from './types.ts';

export const KDDI: ProviderFamily<'kddi'> = {
  id: 'kddi',
  name: 'KDDI au (ezweb.ne.jp, au.com)',
  hosts: ['ezweb.ne.jp', 'au.com', 'kddi.com', 'dion.ne.jp'],
  domains: /^(?:ezweb\.ne\.jp|au\.com|[a-z0-9.]*\.dion\.ne\.jp)$/,
  rules: [],
};
