import { describe, expect, it } from 'vitest';
import type { Classification, ParsedBounce } from '../../engine/index.ts';
import { announceDiagnosis, describeFindings, plural } from './describe-input.ts';
import { safeHttpUrl } from './safe-url.ts';

const parsed = (over: Partial<ParsedBounce>): ParsedBounce => ({
  kind: 'message',
  isBounce: true,
  format: 'test',
  recipients: [],
  warnings: [],
  ...over,
});

const result = (over: Partial<Classification>): Classification =>
  ({
    reason: 'mailboxfull',
    permanent: false,
    hardBounce: false,
    source: { address: '', diagnostic: '' },
    ...over,
  }) as Classification;

describe('describeFindings', () => {
  it('says what a non-bounce message is', () => {
    const lines = describeFindings(
      parsed({
        isBounce: false,
        autoReply: true,
        bounceHeaders: { from: 'jane@example.org', subject: 'Out of office' },
      }),
    );
    expect(lines).toEqual([
      'We read a whole email message.',
      'It is an automatic reply, such as an out-of-office notice.',
      'It is from jane@example.org.',
      'Its subject is "Out of office".',
      'It names no failed recipient and no mail server error.',
    ]);
  });
});

describe('announceDiagnosis', () => {
  it('names the reason and permanence of a single recipient', () => {
    expect(announceDiagnosis(parsed({}), [result({})])).toBe(
      'Diagnosis ready: The mailbox is full (temporary).',
    );
  });

  it('says a delay warning is one: the sending server is still trying', () => {
    const source = { address: 'a@example.org', diagnostic: '', retrying: true as const };
    expect(announceDiagnosis(parsed({}), [result({ reason: 'expired', source })])).toBe(
      'Diagnosis ready: The sending server is still trying (temporary).',
    );
  });

  it('counts several recipients', () => {
    expect(announceDiagnosis(parsed({}), [result({}), result({})])).toBe(
      'Diagnosis ready for 2 recipients.',
    );
  });

  it('says when the input is empty or not a bounce', () => {
    expect(announceDiagnosis(parsed({ kind: 'empty' }), [])).toMatch(/nothing to read/);
    expect(announceDiagnosis(parsed({ isBounce: false }), [])).toMatch(
      /doesn't look like a bounce/,
    );
  });

  it('names another kind of report', () => {
    const report = { kind: 'tls-rpt' as const, summary: 'A TLS report.' };
    expect(announceDiagnosis(parsed({ isBounce: false, report }), [])).toBe(
      'Diagnosis ready: this is a TLS report, not a bounce.',
    );
  });
});

describe('helpers', () => {
  it('pluralises', () => {
    expect(plural(1, 'recipient')).toBe('1 recipient');
    expect(plural(3, 'recipient')).toBe('3 recipients');
  });

  it('only lets http(s) links through', () => {
    expect(safeHttpUrl('https://learn.microsoft.com/x')).toBe('https://learn.microsoft.com/x');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });
});
