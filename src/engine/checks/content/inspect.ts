/**
 * What a receiving server would object to in a message, without the DNS: encoding, line
 * endings and length, required and duplicate headers, size, attachment types, links,
 * unsubscribe headers for bulk mail, HTML without text. The rules are in rules-format.ts and
 * rules-message.ts; facts and sources in facts.ts.
 */
import type { OrgDomainOf } from '../public-suffix.ts';
import type { ContentItem } from './item.ts';
import { linkHosts, type LinkHost } from './links.ts';
import { decodedText, leaves, readPart } from './mime.ts';
import { encodingItems, headerItems, lineItems } from './rules-format.ts';
import {
  attachmentItem,
  htmlOnlyItem,
  linkItems,
  sizeItem,
  unsubscribeItem,
} from './rules-message.ts';

export type { ContentItem } from './item.ts';

export interface Inspection {
  items: ContentItem[];
  links: LinkHost[];
  sizeBytes: number;
  /** What could not be judged from this input, and why. */
  notJudged: string[];
}

export interface InspectOptions {
  /** The receiving provider's id ("google", "microsoft"): its size limit applies. */
  provider?: string;
  /** The sender says it sends bulk mail: one-click unsubscribe is required. */
  bulk?: boolean;
  /** Link hosts to the domains blocklists list (public-suffix.ts). */
  orgDomainOf: OrgDomainOf;
}

export function inspectMessage(raw: string, options: InspectOptions): Inspection {
  const notJudged: string[] = [];
  const root = readPart(raw);
  const texts = leaves(root)
    .filter((part) => part.contentType.startsWith('text/') && !part.filename)
    .map(decodedText);
  const links = linkHosts(texts, options.orgDomainOf);
  const items: ContentItem[] = [
    ...lineItems(raw, notJudged),
    ...encodingItems(root),
    ...headerItems(root),
    sizeItem(raw, options.provider),
    attachmentItem(root),
    ...linkItems(links),
    htmlOnlyItem(root),
  ];
  const unsubscribe = unsubscribeItem(root, options.bulk);
  if (unsubscribe) items.push(unsubscribe);
  return { items, links, sizeBytes: new TextEncoder().encode(raw).length, notJudged };
}
