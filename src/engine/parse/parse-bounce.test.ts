import { describe, expect, it } from 'vitest';
import { parseBounce } from './parse-bounce.ts';
import {
  ARF_REPORT,
  EXIM_TEXT,
  GMAIL_AUTH_SMTP,
  POSTFIX_DSN,
  SEED,
  withEndings,
} from '../test-support/messages.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseBounce: SMTP reply lines', () => {
  it('reads the seed line', () => {
    const parsed = parseBounce(SEED);
    expect(parsed).toMatchObject({ kind: 'smtp', isBounce: true });
    expect(parsed.recipients).toEqual([
      expect.objectContaining({ replyCode: 550, status: '5.4.1', diagnostic: SEED }),
    ]);
  });

  it('joins a multi-line reply into one diagnostic (RFC 5321 s4.2.1)', () => {
    const [only, ...rest] = parseBounce(GMAIL_AUTH_SMTP).recipients;
    expect(rest).toHaveLength(0);
    expect(only).toMatchObject({ replyCode: 550, status: '5.7.26' });
    expect(only!.diagnostic).toContain('Gmail requires all senders to authenticate');
    expect(only!.diagnostic).not.toMatch(/550-5\.7\.26 Gmail/);
  });

  it('drops replies that only follow from an earlier refusal', () => {
    const parsed = parseBounce(
      '550 5.1.1 <a@example.org>... User unknown\n503 5.0.0 Need RCPT (recipient)',
    );
    expect(parsed.recipients).toHaveLength(1);
    expect(parsed.recipients[0]!.address).toBe('a@example.org');
  });
});

describe('parseBounce: RFC 3464 delivery status notifications', () => {
  it('reads each recipient of the report in order', () => {
    const parsed = parseBounce(POSTFIX_DSN);
    expect(parsed).toMatchObject({ kind: 'message', isBounce: true, format: 'rfc3464' });
    expect(parsed.recipients.map((r) => [r.address, r.action, r.status])).toEqual([
      ['bob@receiver.example', 'failed', '5.1.1'],
      ['carol@receiver.example', 'delayed', '4.2.2'],
    ]);
    const [bob] = parsed.recipients;
    expect(bob).toMatchObject({
      replyCode: 550,
      remoteMta: 'mx1.receiver.example',
      reportingMta: 'mx.sender.example',
      command: 'RCPT',
    });
    expect(bob!.diagnostic).toBe(
      '550 5.1.1 <bob@receiver.example>: Recipient address rejected: User unknown in local recipient table',
    );
  });

  it('reads the returned headers for the wizard', () => {
    const original = parseBounce(POSTFIX_DSN).original!;
    expect(original).toMatchObject({
      from: 'Alice <alice@sender.example>',
      messageId: '<report-1@sender.example>',
      subject: 'Quarterly report ✅',
      headersOnly: true,
      sendingIp: '203.0.113.45',
    });
    expect(original.dkim).toEqual([{ domain: 'sender.example', selector: 'mail2025' }]);
    expect(original.authenticationResults[0]).toContain('spf=pass');
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR only', '\r'],
  ] as const)('reads %s line endings the same way', (_name, ending) => {
    const lf = parseBounce(POSTFIX_DSN).recipients;
    expect(parseBounce(withEndings(POSTFIX_DSN, ending)).recipients).toEqual(lf);
    expect(parseBounce(bytes(withEndings(POSTFIX_DSN, ending))).recipients).toEqual(lf);
  });

  it('decodes base64 and quoted-printable parts', () => {
    const notice =
      'The following address failed:\n\n  frank@receiver.example\n    550 5.2.2 mailbox is over quota\n';
    const base64 = btoa(notice).replace(/.{60}/g, '$&\n');
    const message = `From: MAILER-DAEMON@mx.example\nSubject: Delivery failure\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n${base64}\n--b--\n`;
    expect(parseBounce(message).recipients[0]).toMatchObject({
      address: 'frank@receiver.example',
      status: '5.2.2',
    });
    const qp = message
      .replace('base64', 'quoted-printable')
      .replace(base64, notice.replace('over quota', 'over =\nquota').replace(/=(?!\n)/g, '=3D'));
    expect(parseBounce(qp).recipients[0]!.diagnostic).toContain('over quota');
  });

  it('decodes Japanese ISO-2022-JP notices', () => {
    const jis = new Uint8Array([
      ...bytes(
        'From: MAILER-DAEMON@mx.example.jp\nSubject: Returned mail\nContent-Type: text/plain; charset=ISO-2022-JP\n\n<taro@example.jp>: ',
      ),
      0x1b,
      0x24,
      0x42,
      0x25,
      0x61,
      0x25,
      0x24,
      0x25,
      0x6b,
      0x1b,
      0x28,
      0x42, // "メイル" in JIS
      ...bytes(' 550 5.2.2 mailbox full\n'),
    ]);
    const [taro] = parseBounce(jis).recipients;
    expect(taro!.address).toBe('taro@example.jp');
    expect(taro!.diagnostic).toContain('メイル');
  });

  it('reads Japanese text whose charset label is wrong (EUC-JP labelled ISO-2022-JP)', () => {
    const eucJp = new Uint8Array([0xa5, 0xe1, 0xa1, 0xbc, 0xa5, 0xeb]); // "メール" in EUC-JP
    const message = new Uint8Array([
      ...bytes(
        'From: MAILER-DAEMON@mx.example.jp\nSubject: Mail System Error\nContent-Type: text/plain; charset="ISO-2022-JP"\n\n<hanako@example.jp>: ',
      ),
      ...eucJp,
      ...bytes(' 550 5.1.1 user unknown\n'),
    ]);
    expect(parseBounce(message).recipients[0]!.diagnostic).toContain('メール');
  });

  it('keeps a truncated message readable', () => {
    const cut = POSTFIX_DSN.slice(0, POSTFIX_DSN.indexOf('Final-Recipient: rfc822; carol'));
    const parsed = parseBounce(cut);
    expect(parsed.isBounce).toBe(true);
    expect(parsed.recipients[0]!.status).toBe('5.1.1');
  });
});

describe('parseBounce: report prose', () => {
  it('reads an Exim notice and its SMTP stage', () => {
    const parsed = parseBounce(EXIM_TEXT);
    expect(parsed.recipients).toEqual([
      expect.objectContaining({
        address: 'erin@receiver.example',
        status: '5.7.1',
        command: 'DATA',
        remoteMta: 'mx.receiver.example',
      }),
    ]);
    expect(parsed.original?.subject).toBe('Cheap offers');
  });

  it('reads prose pasted from a mail client without headers', () => {
    const text = EXIM_TEXT.slice(EXIM_TEXT.indexOf('This message was created'));
    const parsed = parseBounce(text);
    expect(parsed.kind).toBe('text');
    expect(parsed.recipients[0]).toMatchObject({
      address: 'erin@receiver.example',
      replyCode: 550,
    });
  });

  it('reads a Sendmail transcript', () => {
    const text = `   ----- The following addresses had permanent fatal errors -----
<gina@receiver.example>
    (reason: 550 5.1.1 <gina@receiver.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mx.receiver.example.:
>>> RCPT To:<gina@receiver.example>
<<< 550 5.1.1 <gina@receiver.example>... User unknown
`;
    expect(parseBounce(text).recipients[0]).toMatchObject({
      address: 'gina@receiver.example',
      status: '5.1.1',
      command: 'RCPT',
      remoteMta: 'mx.receiver.example',
    });
  });
});

describe('parseBounce: other reports', () => {
  it('reads an ARF complaint (RFC 5965)', () => {
    const parsed = parseBounce(ARF_REPORT);
    expect(parsed.format).toBe('arf');
    expect(parsed.feedback).toMatchObject({
      feedbackType: 'abuse',
      sourceIp: '192.0.2.9',
      originalRcptTo: ['reader@mailbox.example'],
    });
    expect(parsed.recipients[0]).toMatchObject({
      address: 'reader@mailbox.example',
      hint: 'feedback',
    });
  });

  it('recognises an auto-reply (RFC 3834)', () => {
    const parsed = parseBounce(
      'From: pat@example.org\nTo: me@example.net\nSubject: Out of office\nAuto-Submitted: auto-replied\n\nI am away until Monday.\n',
    );
    expect(parsed).toMatchObject({ autoReply: true, isBounce: true });
    expect(parsed.recipients[0]!.hint).toBe('vacation');
  });

  it.each([
    'Réponse automatique : Devis',
    'Automatische Antwort: Angebot',
    'Respuesta automática: Presupuesto',
    'Автоматический ответ: Счёт',
    '自动回复: 报价',
  ])('recognises an auto-reply by its subject alone, raw UTF-8 in bytes: %s', (subject) => {
    const message = `From: pat@example.org\nTo: me@example.net\nSubject: ${subject}\n\nBack on Monday.\n`;
    const parsed = parseBounce(new TextEncoder().encode(message));
    expect(parsed).toMatchObject({ autoReply: true, isBounce: true });
    expect(parsed.recipients[0]).toMatchObject({ address: 'pat@example.org', hint: 'vacation' });
  });

  it('reads an Amazon SES bounce notification', () => {
    const json = JSON.stringify({
      notificationType: 'Bounce',
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'General',
        bouncedRecipients: [
          {
            emailAddress: 'x@receiver.example',
            status: '5.1.1',
            action: 'failed',
            diagnosticCode: 'smtp; 550 5.1.1 user unknown',
          },
        ],
      },
    });
    expect(parseBounce(json).recipients[0]).toMatchObject({
      address: 'x@receiver.example',
      status: '5.1.1',
      replyCode: 550,
    });
  });

  it('reads every message of an mbox', () => {
    const mbox = `From MAILER-DAEMON Mon Mar  3 10:00:02 2025\n${POSTFIX_DSN}\nFrom MAILER-DAEMON Mon Mar  3 11:00:00 2025\n${EXIM_TEXT}`;
    expect(parseBounce(mbox).recipients.map((r) => r.address)).toEqual([
      'bob@receiver.example',
      'carol@receiver.example',
      'erin@receiver.example',
    ]);
  });

  it('says so when a message is not a bounce', () => {
    const parsed = parseBounce(
      'From: friend@example.org\nTo: me@example.net\nSubject: Lunch?\n\nTomorrow at noon?\n',
    );
    expect(parsed).toMatchObject({ isBounce: false, recipients: [] });
  });
});

describe('parseBounce: bad input', () => {
  it('explains empty input', () => {
    for (const input of ['', '   \n\t', new Uint8Array()]) {
      expect(parseBounce(input)).toMatchObject({
        kind: 'empty',
        isBounce: false,
        warnings: [expect.stringMatching(/empty/)],
      });
    }
  });

  it('explains binary input', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2,
      3,
    ]);
    expect(parseBounce(png)).toMatchObject({
      kind: 'binary',
      isBounce: false,
      warnings: [expect.stringMatching(/binary/)],
    });
  });

  it('names an Outlook .msg given as bytes', () => {
    const ole = new Uint8Array(64);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(parseBounce(ole)).toMatchObject({
      kind: 'binary',
      warnings: [expect.stringMatching(/Outlook \.msg/)],
    });
  });

  it('does not read chat as a bounce, but gives failure wording the benefit of the doubt', () => {
    for (const text of ['Lunch at noon?', 'Thanks, see you tomorrow!\n']) {
      expect(parseBounce(text)).toMatchObject({
        kind: 'text',
        isBounce: false,
        recipients: [],
        warnings: [expect.stringMatching(/does not read as a bounce/)],
      });
    }
    for (const text of [
      'Over quota',
      'temporary failure',
      'エラー(テストメッセージ)',
      'Write to bob@example.org instead',
    ]) {
      expect(parseBounce(text)).toMatchObject({ isBounce: true, recipients: [expect.anything()] });
    }
  });

  it('reads failure wording of other languages written in plain ASCII as a bounce', () => {
    for (const text of [
      'Utilisateur inconnu',
      'Usuario desconocido',
      'Utente sconosciuto',
      "L'indirizzo email del destinatario non esiste.",
    ]) {
      expect(parseBounce(text), text).toMatchObject({ isBounce: true });
    }
    for (const text of ['Merci beaucoup, bis morgen', 'Ciao, a domani']) {
      expect(parseBounce(text), text).toMatchObject({ isBounce: false });
    }
  });

  it('keeps markup as plain text', () => {
    const parsed = parseBounce('550 5.1.1 <img src=x onerror=alert(1)> unknown user');
    expect(parsed.recipients[0]!.diagnostic).toBe(
      '550 5.1.1 <img src=x onerror=alert(1)> unknown user',
    );
  });
});

describe('parseBounce: pasted text given as bytes', () => {
  it('decodes UTF-8 text that is not a message', () => {
    const text =
      'Die Zustellung an folgende Empfänger ist fehlgeschlagen:\n\nj.becker@reisen.example\nÜberprüfen Sie die E-Mail-Adresse.\n';
    const [only] = parseBounce(bytes(text)).recipients;
    expect(only).toMatchObject({ address: 'j.becker@reisen.example' });
    expect(only!.diagnostic).toContain('Überprüfen Sie die E-Mail-Adresse');
  });
});
