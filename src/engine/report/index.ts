/** The checklist and what leaves it: Markdown, JSON, a message, a redacted share payload. */
export type * from './types.ts';
export { buildChecklist, CHECK_TITLES, type ChecklistInput } from './build.ts';
export { toMarkdown, toJson, STATUS_LABEL, type MarkdownOptions } from './markdown.ts';
export { escapeMarkdown } from './markdown-escape.ts';
export type { MarkdownHeader } from './markdown-header.ts';
export { inContext, whereToFind, WHERE_IP, WHERE_SELECTOR } from './in-context.ts';
export { readyMessage, type MessageFacts } from './message.ts';
export { redactAddresses, redactDeep, type RedactionBook } from './redact.ts';
export { encodeShare, decodeShare } from './share-codec.ts';
export { whyText } from './why.ts';
export { inSentence } from './words.ts';
export { spfRecordFixes, type SpfRecordContext } from './spf-record.ts';
export { serviceItems, type ServiceItemsInput } from './service-items.ts';
export * from './notes/index.ts';
