import { describe, expect, it } from 'vitest';
import { buildTestMsg } from '../../../e2e/fixtures/outlook-msg.ts';
import { readMsg } from './msg-reader.ts';
import { fieldsOf, msgToText, type MsgAttachmentFields } from './msg-to-text.ts';

const STATUS =
  'Reporting-MTA: dns; mx.example.net\r\n\r\nFinal-Recipient: rfc822; jane@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n';
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('msgToText', () => {
  it('keeps transport headers but not the stale MIME fields, then the body', () => {
    const text = msgToText(
      {
        headers:
          'From: Mail Delivery System <MAILER-DAEMON@example.net>\r\nSubject: Undeliverable\r\nContent-Type: multipart/mixed;\r\n\tboundary="old"\r\nMIME-Version: 1.0\r\n\r\n',
        body: '550 5.1.1 User unknown',
      },
      () => null,
    );
    expect(text).toBe(
      'From: Mail Delivery System <MAILER-DAEMON@example.net>\r\nSubject: Undeliverable\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n550 5.1.1 User unknown',
    );
  });

  it('makes up From and Subject when Outlook kept no headers', () => {
    const text = msgToText(
      {
        senderName: 'Postmaster',
        senderEmail: 'postmaster@example.net',
        subject: 'Undeliverable: hi',
        body: 'x',
      },
      () => null,
    );
    expect(text).toMatch(
      /^From: Postmaster <postmaster@example.net>\r\nSubject: Undeliverable: hi\r\n/,
    );
  });

  it('builds a multipart/report from delivery-status and message attachments only', () => {
    const attachments: MsgAttachmentFields[] = [
      { fileName: 'details.txt', attachMimeTag: 'message/delivery-status' },
      { fileName: 'photo.jpg', attachMimeTag: 'image/jpeg' },
      { fileName: 'original.eml', attachMimeTag: 'application/octet-stream' },
    ];
    const contents: Record<string, string> = {
      'details.txt': STATUS,
      'original.eml': 'Subject: hello\r\n\r\nhi',
    };
    const read = (a: MsgAttachmentFields) =>
      contents[a.fileName ?? ''] ? bytesOf(contents[a.fileName ?? ''] ?? '') : null;
    const text = msgToText({ body: 'Delivery has failed.', attachments }, read);
    expect(text).toContain(
      'Content-Type: multipart/report; report-type=delivery-status; boundary="bounce-doctor-msg-0"',
    );
    expect(text).toContain(
      'Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.net',
    );
    expect(text).toContain('Content-Type: message/rfc822\r\n\r\nSubject: hello');
    expect(text).not.toContain('photo.jpg');
    expect(text.trimEnd().endsWith('--bounce-doctor-msg-0--')).toBe(true);
  });

  it('keeps a plain text attachment only when it is a delivery status', () => {
    const read = (a: MsgAttachmentFields) =>
      bytesOf(a.fileName === 'status.txt' ? STATUS : 'holiday photos list');
    const text = msgToText(
      { body: 'b', attachments: [{ fileName: 'status.txt' }, { fileName: 'notes.txt' }] },
      read,
    );
    expect(text).toContain('message/delivery-status');
    expect(text).not.toContain('holiday photos');
  });

  it('turns an embedded Outlook item into message/rfc822', () => {
    const text = msgToText(
      {
        body: 'b',
        attachments: [
          {
            innerMsgContent: true,
            innerMsgContentFields: { headers: 'Subject: original\r\n', body: 'hello' },
          },
        ],
      },
      () => null,
    );
    expect(text).toContain('Content-Type: multipart/mixed');
    expect(text).toContain('Content-Type: message/rfc822\r\n\r\nSubject: original');
  });

  it('falls back to the HTML body as text', () => {
    const text = msgToText(
      { bodyHtml: '<p>550 5.1.1 &lt;jane@example.org&gt;</p><script>x()</script>' },
      () => null,
    );
    expect(text.endsWith('550 5.1.1 <jane@example.org>')).toBe(true);
  });
});

describe('readMsg', () => {
  it('reads a real .msg file through @kenjiuno/msgreader', async () => {
    const msg = buildTestMsg({
      headers: 'From: MAILER-DAEMON@example.net\r\nSubject: Undelivered Mail\r\n\r\n',
      body: 'Your message could not be delivered.\r\n',
      attachments: [
        { fileName: 'status.txt', mimeTag: 'message/delivery-status', content: STATUS },
      ],
    });
    const text = await readMsg(msg);
    expect(text).toContain('Subject: Undelivered Mail');
    expect(text).toContain('Your message could not be delivered.');
    expect(text).toContain('Final-Recipient: rfc822; jane@example.org');
  });
});

describe('fieldsOf (what a damaged file gives the reader)', () => {
  it('keeps strings where strings belong and drops everything else', () => {
    const raw = {
      headers: 42,
      body: ['not', 'text'],
      subject: 'Undeliverable',
      senderEmail: { toString: () => 'x' },
      attachments: [null, 7, { fileName: 3, attachMimeTag: 'message/delivery-status' }],
    };
    const fields = fieldsOf(raw);
    expect(fields).toEqual({
      subject: 'Undeliverable',
      attachments: [{ attachMimeTag: 'message/delivery-status' }],
    });
    expect(() => msgToText(fields, () => null)).not.toThrow();
  });

  it('reads nothing from what is not an object, and stops nesting after eight messages', () => {
    expect(fieldsOf('text')).toEqual({});
    expect(fieldsOf({ attachments: 'none' })).toEqual({});
    let nested: Record<string, unknown> = { body: 'innermost' };
    for (let i = 0; i < 20; i++)
      nested = { attachments: [{ innerMsgContent: true, innerMsgContentFields: nested }] };
    expect(JSON.stringify(fieldsOf(nested)).match(/innerMsgContentFields/g)).toHaveLength(8);
  });
});
