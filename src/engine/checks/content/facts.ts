/**
 * Facts the content check applies, from ../shared/knowledge/content-facts.md (each with its
 * source). Tables are data; the rules that read them are in inspect.ts.
 */
import { PROVIDERS, type ProviderId } from '../../providers/index.ts';

/** RFC 5322 s2.1.1: a line MUST NOT exceed 998 characters, excluding CRLF. */
export const MAX_LINE = 998;

/** RFC 5322 s3.6: fields that may appear at most once. https://www.rfc-editor.org/rfc/rfc5322#section-3.6 */
export const SINGLE_HEADERS = [
  'date',
  'from',
  'sender',
  'reply-to',
  'to',
  'cc',
  'bcc',
  'message-id',
  'in-reply-to',
  'references',
  'subject',
] as const;

/**
 * Attachment types Gmail blocks, also inside archives. https://support.google.com/mail/answer/6590
 * (the list as captured; the page may list more after .xll).
 */
export const BLOCKED_EXTENSIONS: ReadonlySet<string> = new Set(
  (
    'ade adp apk appx appxbundle bat cab chm cmd com cpl diagcab diagcfg diagpkg dll dmg ex ex_ exe ' +
    'hta img ins iso isp jar jnlp js jse lib lnk mde mjs msc msi msix msixbundle msp mst nsh pif ' +
    'ps1 scr sct shb sys vb vbe vbs vhd vxd wsc wsf wsh xll'
  ).split(' '),
);

/** Archives Gmail opens to look for blocked types inside (same source). */
export const ARCHIVE_EXTENSIONS: ReadonlySet<string> = new Set(
  'zip tgz tar gz bz2 7z rar'.split(' '),
);

/**
 * Public URL shorteners. Spamhaus DBL lists abused redirectors and shorteners under their own
 * code (127.0.1.103, https://docs.spamhaus.com/datasets/docs/source/10-data-type-documentation/datasets/040-zones.html)
 * and Outlook.com asks for reputable, standard URLs (https://substrate.office.com/ip-domain-management-snds/Postmaster/Troubleshooting).
 */
export const URL_SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'tiny.cc',
  'rb.gy',
  'bit.do',
  't.ly',
  'v.gd',
]);

export interface SizeLimit {
  provider: ProviderId | 'any';
  name: string;
  bytes: number;
  source: string;
}

const MB = 1024 * 1024;

/** Receiving limits, from the provider families that document one (src/engine/providers). */
export const SIZE_LIMITS: readonly SizeLimit[] = PROVIDERS.flatMap((family) =>
  family.sizeLimit ? [{ provider: family.id, ...family.sizeLimit }] : [],
);

/** When the receiver is not known: Gmail's 25 MB sending limit is the common floor. */
export const DEFAULT_SIZE_LIMIT: SizeLimit = {
  provider: 'any',
  name: 'most providers',
  bytes: 25 * MB,
  source: 'https://support.google.com/a/answer/9050120',
};
