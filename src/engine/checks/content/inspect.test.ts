import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrgDomains, type OrgDomainOf } from '../public-suffix.ts';
import { inspectMessage as inspectWith, type InspectOptions } from './inspect.ts';
import { originalMessageIn } from './original.ts';

const crlf = (lines: string[]) => lines.join('\r\n');

const GOOD = crlf([
  'From: News <news@example.com>',
  'To: jane@example.org',
  'Date: Tue, 02 Jan 2024 10:00:00 +0000',
  'Message-ID: <1@example.com>',
  'Subject: Hello',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Caf=C3=A9 https://www.example.com/offer',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<p>Caf=C3=A9 <a href=3D"https://www.example.com/offer">offer</a></p>',
  '--b1--',
  '',
]);

let orgDomainOf: OrgDomainOf;
beforeAll(async () => {
  orgDomainOf = await loadOrgDomains();
});
const inspectMessage = (raw: string, options: Omit<InspectOptions, 'orgDomainOf'> = {}) =>
  inspectWith(raw, { ...options, orgDomainOf });

const verdicts = (raw: string, options = {}) =>
  Object.fromEntries(inspectMessage(raw, options).items.map((item) => [item.id, item.verdict]));

describe('inspectMessage', () => {
  it('passes a well-built message on every rule', () => {
    const result = inspectMessage(GOOD);
    expect(result.items.filter((item) => item.verdict !== 'pass')).toEqual([]);
    expect(result.links.map((link) => link.domain)).toEqual(['example.com']);
  });

  it('finds bare LF among CRLF lines, and says when pasted text cannot tell', () => {
    expect(verdicts(GOOD.replace('Subject: Hello\r\n', 'Subject: Hello\n'))['bare-lf']).toBe(
      'fail',
    );
    const pasted = inspectMessage(GOOD.replace(/\r\n/g, '\n'));
    expect(pasted.items.some((item) => item.id === 'bare-lf')).toBe(false);
    expect(pasted.notJudged[0]).toMatch(/Line endings/);
  });

  it('finds lines over 998 characters', () => {
    expect(
      verdicts(GOOD.replace('Caf=C3=A9 https', `${'x'.repeat(999)}\r\nCaf=C3=A9 https`))[
        'long-lines'
      ],
    ).toBe('fail');
  });

  it('finds 8-bit text without a transfer encoding, and raw UTF-8 in headers', () => {
    const raw = crlf([
      'From: a@example.com',
      'Date: x',
      'Message-ID: <1@x>',
      'Subject: Café',
      '',
      'Grüße',
    ]);
    const result = verdicts(raw);
    expect(result['body-8bit']).toBe('fail');
    expect(result['header-8bit']).toBe('warn');
    const declared = verdicts(raw.replace('Subject: Café', 'Content-Transfer-Encoding: 8bit'));
    expect(declared['body-8bit']).toBe('warn');
  });

  it('finds missing Date/Message-ID and duplicate headers', () => {
    const raw = crlf(['From: a@example.com', 'From: b@example.com', 'Subject: x', '', 'hi']);
    const result = inspectMessage(raw);
    const required = result.items.find((item) => item.id === 'required-headers');
    expect(required?.verdict).toBe('fail');
    expect(required?.text).toContain('Date, Message-ID');
    expect(result.items.find((item) => item.id === 'duplicate-headers')?.text).toContain('from');
  });

  it('compares the size with the receiving provider’s limit', () => {
    const big = `${GOOD}${'A'.repeat(37 * 1024 * 1024)}`;
    expect(verdicts(big, { provider: 'microsoft' }).size).toBe('fail');
    expect(verdicts(big, { provider: 'google' }).size).toBe('pass');
    expect(verdicts(big).size).toBe('fail');
  });

  it('flags blocked attachment types and archives', () => {
    const withFile = (name: string) =>
      GOOD.replace(
        '--b1--',
        `--b1\r\nContent-Type: application/octet-stream; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\nAAAA\r\n--b1--`,
      );
    expect(verdicts(withFile('invoice.exe')).attachments).toBe('fail');
    expect(verdicts(withFile('photos.zip')).attachments).toBe('warn');
    expect(verdicts(withFile('report.pdf')).attachments).toBe('pass');
  });

  it('flags URL shorteners, raw-IP links and HTML-only messages', () => {
    const raw = crlf([
      'From: a@example.com',
      'Date: x',
      'Message-ID: <1@x>',
      'Content-Type: text/html',
      '',
      '<a href="https://bit.ly/x">a</a> <a href="http://192.0.2.1/y">b</a>',
    ]);
    const result = verdicts(raw);
    expect(result.shorteners).toBe('warn');
    expect(result['ip-links']).toBe('warn');
    expect(result['html-only']).toBe('warn');
  });

  it('requires one-click unsubscribe of bulk mail (RFC 8058)', () => {
    expect(verdicts(GOOD).unsubscribe).toBeUndefined();
    expect(verdicts(GOOD, { bulk: true }).unsubscribe).toBe('fail');
    const listy = GOOD.replace(
      'Subject: Hello',
      'Subject: Hello\r\nList-Id: <news.example.com>\r\nList-Unsubscribe: <mailto:u@example.com>',
    );
    expect(verdicts(listy).unsubscribe).toBe('warn');
    const oneClick = GOOD.replace(
      'Subject: Hello',
      'Subject: Hello\r\nList-Unsubscribe: <https://example.com/u?id=1>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(verdicts(oneClick, { bulk: true }).unsubscribe).toBe('pass');
  });
});

describe('originalMessageIn', () => {
  it('finds the message/rfc822 part of a delivery report', () => {
    const bounce = crlf([
      'From: MAILER-DAEMON@example.net',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="r"',
      '',
      '--r',
      'Content-Type: text/plain',
      '',
      'failed',
      '--r',
      'Content-Type: message/rfc822',
      '',
      'From: a@example.com',
      'Subject: original',
      '',
      'body',
      '--r--',
    ]);
    expect(originalMessageIn(bounce)).toBe(
      crlf(['From: a@example.com', 'Subject: original', '', 'body']),
    );
    expect(originalMessageIn('550 5.1.1 user unknown')).toBeUndefined();
  });
});
