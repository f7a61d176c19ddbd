import type { ParsedBounce } from './types.ts';

// First cut: one SMTP reply per line. Replaced by the full reader in the following commits.
export async function parseBounce(input: string | Uint8Array): Promise<ParsedBounce> {
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty', isBounce: false, format: 'none', recipients: [], warnings: [] };
  const match = /\b([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})?/.exec(trimmed);
  return {
    kind: 'smtp',
    isBounce: true,
    format: 'smtp-lines',
    recipients: [
      {
        address: /[\w.+-]+@[\w.-]+/.exec(trimmed)?.[0] ?? '',
        diagnostic: trimmed,
        replyCode: match?.[1] ? Number(match[1]) : undefined,
        status: match?.[2],
      },
    ],
    warnings: [],
  };
}
