import { describe, expect, it } from 'vitest';
import { gzipSync, strToU8 } from 'fflate';
import { parseBounce } from '../parse-bounce.ts';
import { classify } from '../../classify/classify.ts';
import {
  DMARC_XML,
  TLS_REPORT_JSON,
  dmarcGzip,
  dmarcReportMail,
  dmarcZip,
  tlsGzip,
  tlsReportMail,
} from '../../test-support/report-samples.ts';
import { inflateReport } from './compressed.ts';
import { readChallengeResponse } from './challenge-response.ts';

describe('DMARC aggregate reports (RFC 7489 appendix C)', () => {
  const expected = {
    kind: 'dmarc-aggregate',
    reporter: 'mailbox.example',
    period: { begin: '2025-03-04T00:00:00Z', end: '2025-03-04T23:59:59Z' },
    total: 129,
    failed: 11,
    failingSources: [
      { ip: '203.0.113.77', count: 9 },
      { ip: '198.51.100.23', count: 2 },
    ],
    domains: ['sender.example'],
  };

  it.each([
    ['as a mail with a .zip attachment', () => dmarcReportMail()],
    ['as pasted XML', () => DMARC_XML],
    ['as a .xml.gz file', () => dmarcGzip()],
    ['as a .zip file', () => dmarcZip()],
  ])('is recognised %s, summarised, and is not a bounce', (_, input) => {
    const parsed = parseBounce(input());
    expect(parsed).toMatchObject({ isBounce: false, recipients: [], report: expected });
    expect(classify(parsed)).toEqual([]);
    expect(parsed.report!.summary).toBe(
      'A DMARC aggregate report from mailbox.example (dmarc-reports@mailbox.example) about sender.example ' +
        'for 2025-03-04: 129 messages counted, 11 messages failed DMARC, from 203.0.113.77 (9) and ' +
        '198.51.100.23 (2). Published policy: p=quarantine.',
    );
  });

  it('counts a row as passing when either aligned result passes (RFC 7489 s6.6.2)', () => {
    const oneSided = DMARC_XML.replace(
      '<dkim>fail</dkim>\n        <spf>fail</spf>\n        <reason>',
      '<dkim>pass</dkim>\n        <spf>fail</spf>\n        <reason>',
    );
    expect(parseBounce(oneSided).report).toMatchObject({ failed: 2 });
  });

  it('reads namespaced elements', () => {
    const namespaced = DMARC_XML.replace(/<(\/?)(\w+)>/g, '<$1dmarc:$2>');
    expect(parseBounce(namespaced).report).toMatchObject({ total: 129, failed: 11 });
  });
});

describe('SMTP TLS reports (RFC 8460)', () => {
  it.each([
    ['as a mail with application/tlsrpt+gzip', () => tlsReportMail()],
    ['as pasted JSON', () => TLS_REPORT_JSON],
    ['as a .json.gz file', () => tlsGzip()],
  ])('is recognised %s, summarised, and is not a bounce', (_, input) => {
    const parsed = parseBounce(input());
    expect(parsed).toMatchObject({
      isBounce: false,
      recipients: [],
      report: {
        kind: 'tls-rpt',
        reporter: 'Sending Corp.',
        total: 4247,
        failed: 37,
        domains: ['receiver.example (sts)'],
        failureTypes: [
          { type: 'certificate-expired', count: 30 },
          { type: 'starttls-not-supported', count: 7 },
        ],
      },
    });
    expect(parsed.report!.summary).toBe(
      'A TLS report (SMTP TLS reporting) from Sending Corp. (tls-reports@sending.example) about ' +
        'receiver.example (sts) for 2025-03-04: 4,210 TLS sessions succeeded, 37 sessions failed: ' +
        'certificate-expired (30) and starttls-not-supported (7), from 192.0.2.25 (30) and 192.0.2.26 (7).',
    );
  });

  it('leaves ordinary JSON alone', () => {
    expect(parseBounce('{"policies": 1}').report).toBeUndefined();
  });
});

describe('compressed attachments', () => {
  it('refuses a gzip whose stated size is over the cap, without inflating it', () => {
    const bomb = gzipSync(strToU8('<feedback>' + ' '.repeat(100_000)));
    const n = bomb.length;
    bomb.set([0xff, 0xff, 0xff, 0x7f], n - 4);
    expect(inflateReport(bomb)).toBeUndefined();
  });

  it('gives nothing for damaged data', () => {
    expect(
      inflateReport(
        new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]),
      ),
    ).toBeUndefined();
    expect(inflateReport(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]))).toBeUndefined();
  });
});

describe('challenge-response requests', () => {
  const requests = [
    [
      'Spam Arrest',
      `Subject: Re: Quarterly report [Spam Arrest verification]\n\nHello,\n\nI apologize for this automatic reply. To control spam, I now accept mail only from senders I have approved.\nTo have your message delivered, please verify that you are a real person by clicking the link below. You will only have to do this once.\n\nhttp://www.spamarrest.example/verify?x=3f9a\n`,
    ],
    [
      'Boxbe',
      `Hello,\n\njane.doe@mailbox.example uses Boxbe to keep her inbox clean. Your message has been placed in her Waiting List. Click the link below to be added to her Guest List so that your messages reach her inbox.\n`,
    ],
    [
      undefined,
      `I use a spam filter that holds mail from people I don't know. Please click the link below and type the word you see to be added to my whitelist. Sorry for the trouble!\n`,
    ],
    [
      'BoxTrapper',
      `The message you sent requires that you verify that you are a real live human being and not a spam source.\n\nTo complete this verification, simply reply to this message and leave the subject line intact.\n\nBoxTrapper\n`,
    ],
    [
      undefined,
      `To control spam, I now allow incoming messages only from senders I have approved beforehand.\n\nIf you would like to be added to my list of approved senders, please fill out the short request form (see link below).\n`,
    ],
  ] as const;

  it.each(requests)('recognises a request (%s) and gives it no bounce reason', (filter, text) => {
    const parsed = parseBounce(text);
    expect(parsed).toMatchObject({ isBounce: false, recipients: [] });
    expect(parsed.report).toMatchObject({ kind: 'challenge-response', reporter: filter });
  });

  it('recognises a request in a whole message too', () => {
    const mail = `From: Jane Doe <jane.doe@mailbox.example>\nTo: news@sender.example\nSubject: Please confirm your message\nAuto-Submitted: auto-replied\n\nPlease confirm that you are human: click the link below and your message will be delivered.\nhttps://confirm.mailbox.example/c/81bd\n`;
    expect(parseBounce(mail)).toMatchObject({
      isBounce: false,
      report: { kind: 'challenge-response' },
    });
  });

  it('leaves a real refusal that mentions a whitelist a bounce', () => {
    const refusal =
      '550 5.7.1 <bob@receiver.example>: Sender address rejected: not on the approved senders list. Ask the recipient to add you to their whitelist and click resend.';
    expect(readChallengeResponse(refusal)).toBeUndefined();
    expect(parseBounce(refusal).isBounce).toBe(true);
  });
});
