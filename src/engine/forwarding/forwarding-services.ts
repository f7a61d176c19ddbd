/**
 * Services whose MX receives mail only to forward it elsewhere: a recipient domain whose MX is
 * one of these forwards every message, and the final mailbox's server judges the forward.
 * Each row: the MX host suffix the service's setup page asks for, and that page.
 */
export interface ForwardingService {
  name: string;
  /** MX host names it asks for, matched as suffixes. */
  mx: readonly string[];
  /** Its documentation says it rewrites the envelope sender (SRS) when forwarding. */
  srs?: true;
  source: string;
}

export const FORWARDING_SERVICES: readonly ForwardingService[] = [
  { name: 'ImprovMX', mx: ['improvmx.com'], srs: true, source: 'https://improvmx.com/guides/' },
  {
    name: 'Forward Email',
    mx: ['forwardemail.net'],
    srs: true,
    source: 'https://forwardemail.net/en/faq',
  },
  {
    name: 'Cloudflare Email Routing',
    mx: ['mx.cloudflare.net'],
    srs: true,
    source: 'https://developers.cloudflare.com/email-routing/postmaster/',
  },
  {
    name: 'SimpleLogin',
    mx: ['simplelogin.co'],
    source: 'https://simplelogin.io/docs/custom-domain/add-domain/',
  },
  {
    name: 'addy.io',
    mx: ['anonaddy.me', 'addy.io'],
    source: 'https://addy.io/help/adding-a-custom-domain/',
  },
  {
    name: 'Namecheap email forwarding',
    mx: ['registrar-servers.com'],
    source:
      'https://www.namecheap.com/support/knowledgebase/article.aspx/308/2214/how-to-set-up-free-email-forwarding/',
  },
  {
    name: 'Porkbun email forwarding',
    mx: ['fwd1.porkbun.com', 'fwd2.porkbun.com'],
    source: 'https://kb.porkbun.com/article/64-email-forwarding',
  },
];

export function forwardingServiceOf(mxHost: string): ForwardingService | undefined {
  const host = mxHost.toLowerCase().replace(/\.$/, '');
  return FORWARDING_SERVICES.find((service) =>
    service.mx.some((suffix) => host === suffix || host.endsWith(`.${suffix}`)),
  );
}
