/**
 * Rules about what the message carries: its size against the receiver's limit, attachment
 * types, links (shorteners, raw IPs), one-click unsubscribe for bulk mail (RFC 8058), and a
 * plain-text part next to the HTML. Facts and sources: facts.ts and content-facts.md.
 */
import type { Fix } from '../types.ts';
import type { ContentItem } from './item.ts';
import {
  ARCHIVE_EXTENSIONS,
  BLOCKED_EXTENSIONS,
  DEFAULT_SIZE_LIMIT,
  SIZE_LIMITS,
  URL_SHORTENERS,
} from './facts.ts';
import type { LinkHost } from './links.ts';
import { header, leaves, type MimePart } from './mime.ts';

const RFC8058 = { label: 'RFC 8058', url: 'https://www.rfc-editor.org/rfc/rfc8058' };
const GMAIL_ATT = {
  label: 'Gmail blocked file types',
  url: 'https://support.google.com/mail/answer/6590',
};

export function sizeItem(raw: string, provider: string | undefined): ContentItem {
  const bytes = new TextEncoder().encode(raw).length;
  const limit = SIZE_LIMITS.find((row) => row.provider === provider) ?? DEFAULT_SIZE_LIMIT;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const links = [{ label: `${limit.name} limits`, url: limit.source }];
  if (bytes > limit.bytes) {
    return {
      id: 'size',
      verdict: 'fail',
      text: `The message is ${mb(bytes)}, over the ${mb(limit.bytes)} that ${limit.name} accepts.`,
      fixes: [{ text: 'Share large files as links instead of attachments.', links }],
    };
  }
  if (bytes > limit.bytes * 0.8) {
    return {
      id: 'size',
      verdict: 'warn',
      text: `The message is ${mb(bytes)}, close to the ${mb(limit.bytes)} that ${limit.name} accepts.`,
    };
  }
  return {
    id: 'size',
    verdict: 'pass',
    text: `The message is ${mb(bytes)}, under the ${mb(limit.bytes)} that ${limit.name} accepts.`,
  };
}

const extension = (name: string) => name.toLowerCase().split('.').pop() ?? '';

export function attachmentItem(root: MimePart): ContentItem {
  const files = leaves(root)
    .map((part) => part.filename)
    .filter((name): name is string => !!name);
  const blocked = files.filter((name) => BLOCKED_EXTENSIONS.has(extension(name)));
  const archives = files.filter((name) => ARCHIVE_EXTENSIONS.has(extension(name)));
  if (blocked.length > 0) {
    return {
      id: 'attachments',
      verdict: 'fail',
      text: `Attachment type(s) that providers block: ${blocked.join(', ')}.`,
      fixes: [{ text: 'Share these files through a download link instead.', links: [GMAIL_ATT] }],
    };
  }
  if (archives.length > 0) {
    return {
      id: 'attachments',
      verdict: 'warn',
      text: `Archive(s) ${archives.join(', ')}: Gmail looks inside and blocks them if they hold executable files.`,
      fixes: [
        {
          text: 'Make sure archives hold no executable or script files, or share them as links.',
          links: [GMAIL_ATT],
        },
      ],
    };
  }
  return {
    id: 'attachments',
    verdict: 'pass',
    text:
      files.length > 0
        ? `Attachments (${files.length}) are of types providers accept.`
        : 'No attachments.',
  };
}

export function linkItems(links: LinkHost[]): ContentItem[] {
  const shorteners = links.filter((link) => URL_SHORTENERS.has(link.host));
  const ips = links.filter((link) => link.ip);
  const items: ContentItem[] = [];
  items.push(
    shorteners.length > 0
      ? {
          id: 'shorteners',
          verdict: 'warn',
          text: `Links through URL shorteners (${shorteners.map((l) => l.host).join(', ')}): filters distrust them because spammers hide behind them.`,
          fixes: [{ text: 'Link to your own domain directly.' }],
        }
      : { id: 'shorteners', verdict: 'pass', text: 'No URL shorteners.' },
  );
  if (ips.length > 0) {
    items.push({
      id: 'ip-links',
      verdict: 'warn',
      text: `Links to raw IP addresses (${ips.map((l) => l.host).join(', ')}) look like phishing to filters.`,
      fixes: [{ text: 'Link to a domain name instead of an IP address.' }],
    });
  }
  return items;
}

export function unsubscribeItem(
  root: MimePart,
  bulk: boolean | undefined,
): ContentItem | undefined {
  const looksBulk =
    !!header(root.headers, 'list-id') ||
    /bulk|list/i.test(header(root.headers, 'precedence') ?? '');
  if (!bulk && !looksBulk) return undefined;
  const unsubscribe = header(root.headers, 'list-unsubscribe') ?? '';
  const post = header(root.headers, 'list-unsubscribe-post') ?? '';
  const oneClick =
    /<https:\/\/[^>]+>/i.test(unsubscribe) && /^List-Unsubscribe=One-Click$/i.test(post.trim());
  const fixes: Fix[] = [
    {
      text: 'Add both headers to every marketing message (RFC 8058), and a visible unsubscribe link in the body:',
      links: [RFC8058],
    },
    {
      text: 'List-Unsubscribe: <https://your-domain.example/unsubscribe?id=…>  and  List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    },
  ];
  if (oneClick)
    return {
      id: 'unsubscribe',
      verdict: 'pass',
      text: 'One-click unsubscribe (RFC 8058) is offered.',
    };
  return {
    id: 'unsubscribe',
    verdict: bulk ? 'fail' : 'warn',
    text: unsubscribe
      ? 'List-Unsubscribe is there, but not one-click: it needs an https link and "List-Unsubscribe-Post: List-Unsubscribe=One-Click" (RFC 8058), which Gmail and Yahoo require of bulk senders.'
      : 'No List-Unsubscribe header: Gmail and Yahoo require one-click unsubscribe (RFC 8058) of bulk senders.',
    fixes,
  };
}

export function htmlOnlyItem(root: MimePart): ContentItem {
  const types = leaves(root)
    .filter((part) => !part.filename)
    .map((part) => part.contentType);
  const htmlOnly = types.includes('text/html') && !types.includes('text/plain');
  return htmlOnly
    ? {
        id: 'html-only',
        verdict: 'warn',
        text: 'The message is HTML only; spam filters score that up.',
        fixes: [{ text: 'Send multipart/alternative with a plain-text part next to the HTML.' }],
      }
    : { id: 'html-only', verdict: 'pass', text: 'There is a plain-text part.' };
}
