import { describe, expect, it } from 'vitest';
import { MAIL_PROVIDERS, recogniseMailProvider } from './recognise-provider.ts';

describe('recogniseMailProvider', () => {
  it.each([
    ['contoso-com.mail.protection.outlook.com', 'microsoft-365', 'microsoft'],
    ['contoso-com.o-v1.mx.microsoft', 'microsoft-365', 'microsoft'],
    ['hotmail-com.olc.protection.outlook.com', 'outlook-com', 'microsoft'],
    ['aspmx.l.google.com', 'google', 'google'],
    ['alt1.aspmx.l.google.com', 'google', 'google'],
    ['smtp.google.com', 'google', 'google'],
    ['aspmx2.googlemail.com', 'google', 'google'],
    ['gmail-smtp-in.l.google.com', 'google', 'google'],
    ['mx1.smtp.goog', 'google', 'google'],
    ['mta5.am0.yahoodns.net', 'yahoo', 'yahoo'],
    ['mx-att.mail.am0.yahoodns.net', 'yahoo', 'yahoo'],
    ['mx01.mail.icloud.com', 'icloud', 'apple'],
    ['mx0a-00123456.pphosted.com', 'proofpoint', 'proofpoint'],
    ['mx1-us1.ppe-hosted.com', 'proofpoint', 'proofpoint'],
    ['eu-smtp-inbound-1.mimecast.com', 'mimecast', 'mimecast'],
    ['d123456a.ess.barracudanetworks.com', 'barracuda', 'barracuda'],
    ['mx1.hc1234-56.iphmx.com', 'cisco', 'cisco'],
    ['example-com.in.tmes.trendmicro.com', 'trendmicro', 'trendmicro'],
    ['mx.zoho.com', 'zoho', 'zoho'],
    ['mx.zoho.eu', 'zoho', 'zoho'],
    ['mx.yandex.net', 'yandex', 'yandex'],
    ['mxs.mail.ru', 'mailru', 'mailru'],
    ['mx00.gmx.net', 'united-internet', 'gmx'],
    ['mx-ha03.web.de', 'united-internet', 'gmx'],
    ['smtp-in.orange.fr', 'orange', 'orange'],
    ['in1-smtp.messagingengine.com', 'fastmail', 'fastmail'],
    ['mail.protonmail.ch', 'proton', 'proton'],
    ['inbound-smtp.eu-west-1.amazonaws.com', 'amazon', 'amazon'],
    ['mx00.t-online.de', 't-online', 't-online'],
  ])('%s is %s', (host, key, family) => {
    expect(recogniseMailProvider([host])).toMatchObject({ key, family, host });
  });

  it('matches whole labels only, case- and trailing-dot-insensitively', () => {
    expect(recogniseMailProvider(['mx.notgoogle.com'])).toBeUndefined();
    expect(recogniseMailProvider(['ec2-1-2-3-4.compute-1.amazonaws.com'])).toBeUndefined();
    expect(recogniseMailProvider(['ASPMX.L.GOOGLE.COM.'])?.key).toBe('google');
  });
  it('takes the first recognisable host in the order given (preference order)', () => {
    expect(
      recogniseMailProvider([
        'mx.example.net',
        'eu-smtp-inbound-1.mimecast.com',
        'aspmx.l.google.com',
      ])?.key,
    ).toBe('mimecast');
  });
  it('returns nothing for unknown hosts and looks at no more than 100 of them', () => {
    expect(recogniseMailProvider(['mail.example.com'])).toBeUndefined();
    const many = [
      ...Array.from({ length: 5000 }, (_, i) => `mx${i}.example.com`),
      'aspmx.l.google.com',
    ];
    expect(recogniseMailProvider(many)).toBeUndefined();
  });
  it('has unique keys and a source for every row', () => {
    const keys = MAIL_PROVIDERS.map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of MAIL_PROVIDERS) expect(row.source).toMatch(/^https?:\/\//);
  });
});
