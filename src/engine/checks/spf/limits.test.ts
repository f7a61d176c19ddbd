import { describe, expect, it } from 'vitest';
import type { Resolver } from '../../dns/types.ts';
import { zoneResolver, type Zone } from '../../dns/zone.ts';
import { checkHost } from './check-host.ts';

function counted(zone: Zone): { resolver: Resolver; asked: string[] } {
  const base = zoneResolver(zone);
  const asked: string[] = [];
  return {
    asked,
    resolver: (name, type, options) => {
      asked.push(`${type} ${name}`);
      return base(name, type, options);
    },
  };
}

async function run(zone: Zone, ip: string, domain = 'example.com', prefetch = true) {
  const { resolver, asked } = counted(zone);
  const out = await checkHost({ ip, domain, sender: `a@${domain}`, resolver, prefetch });
  return { ...out, asked };
}

const a8 = 'v=spf1 a a a a a a a a';

describe('s4.6.4 DNS-querying terms: at most 10', () => {
  const zone: Zone = {
    'mail.example.com': { A: ['1.2.3.4'] },
    'e6.example.com': {
      A: ['1.2.3.8'],
      MX: [[10, 'e6.example.com']],
      TXT: ['v=spf1 a mx a mx a mx a mx a ptr ip4:1.2.3.4 -all'],
    },
    'e7.example.com': {
      A: ['1.2.3.20'],
      MX: [[10, 'e7.example.com']],
      TXT: ['v=spf1 a mx a mx a mx a mx a ptr a ip4:1.2.3.4 -all'],
    },
    'e8.example.com': {
      A: ['1.2.3.4'],
      TXT: ['v=spf1 a include:inc.example.com ip4:1.2.3.4 mx -all'],
    },
    'e9.example.com': {
      A: ['1.2.3.21'],
      TXT: ['v=spf1 a include:inc.example.com a ip4:1.2.3.4 -all'],
    },
    'inc.example.com': { A: ['1.2.3.10'], TXT: [a8] },
    'e10.example.com': {
      A: Array.from({ length: 12 }, (_, i) => `1.2.3.${i + 1}`),
      TXT: ['v=spf1 a -all'],
    },
  };
  it('s4.6.4: exactly 10 is fine', async () => {
    const out = await run(zone, '1.2.3.4', 'e6.example.com');
    expect(out.result).toBe('pass');
    expect(out.trace.lookups).toBe(10);
  });

  it('s4.6.4: the 11th is a permerror', async () => {
    const out = await run(zone, '1.2.3.4', 'e7.example.com');
    expect(out.result).toBe('permerror');
    expect(out.reason).toMatch(/more than 10 DNS-querying terms/);
  });

  it('s4.6.4: counted across includes, and only for terms actually evaluated', async () => {
    expect((await run(zone, '1.2.3.4', 'e8.example.com')).result).toBe('pass');
    expect((await run(zone, '1.2.3.4', 'e9.example.com')).result).toBe('permerror');
  });

  it('s4.6.4: there is no limit on the addresses one A lookup returns', async () => {
    expect((await run(zone, '1.2.3.12', 'e10.example.com')).result).toBe('pass');
  });

  it('s4.6.4: an include loop and a redirect loop end as permerror', async () => {
    const loops: Zone = {
      'a.example.com': { TXT: ['v=spf1 include:b.example.com'] },
      'b.example.com': { TXT: ['v=spf1 include:a.example.com'] },
      'r.example.com': { TXT: ['v=spf1 ip4:1.1.1.1 redirect=r.example.com'] },
      'self.example.com': { TXT: ['v=spf1 include:SELF.example.com. +all'] },
    };
    for (const domain of ['a.example.com', 'r.example.com', 'self.example.com']) {
      const out = await run(loops, '1.2.3.4', domain);
      expect(out.result, domain).toBe('permerror');
      expect(out.trace.lookups).toBe(11);
      expect(out.asked.length, domain).toBeLessThanOrEqual(3);
    }
  });
});

describe('s4.6.4 per-term limits', () => {
  it('s4.6.4: more than 10 MX names is a permerror', async () => {
    const zone: Zone = {
      'example.com': {
        TXT: ['v=spf1 mx'],
        MX: [
          ...Array.from({ length: 10 }, (_, i): [number, string] => [i, 'mail.example.com']),
          [10, 'example.com'],
        ],
        A: ['1.2.3.5'],
      },
      'mail.example.com': { A: ['1.2.3.4'] },
    };
    expect((await run(zone, '1.2.3.5')).result).toBe('permerror');
    expect((await run(zone, '1.2.3.4')).result).toBe('permerror');
  });

  it('s4.6.4: only the first 10 PTR names are looked at', async () => {
    const names = ['e1', 'e2', 'e3', 'e4', 'e6', 'e7', 'e8', 'e9', 'e10', 'e11', 'e5'].map(
      (l) => `${l}.example.com.`,
    );
    const zone: Zone = {
      'e5.example.com': { A: ['1.2.3.5'], TXT: ['v=spf1 ptr'] },
      'e1.example.com': { A: ['1.2.3.5'], TXT: ['v=spf1 ptr'] },
      '5.3.2.1.in-addr.arpa': { PTR: names },
    };
    expect((await run(zone, '1.2.3.5', 'e5.example.com')).result).toBe('neutral');
    expect((await run(zone, '1.2.3.5', 'e1.example.com')).result).toBe('pass');
  });
});

describe('s4.6.4 void lookups: at most 2', () => {
  it('s4.6.4: two are fine, the third is a permerror', async () => {
    expect(
      (
        await run(
          { 'example.com': { TXT: ['v=spf1 a:err.example.com a:err1.example.com ?all'] } },
          '1.2.3.4',
        )
      ).result,
    ).toBe('neutral');
    const over = await run(
      {
        'example.com': {
          TXT: ['v=spf1 a:err.example.com mx:err1.example.com exists:err2.example.com ?all'],
        },
      },
      '1.2.3.4',
    );
    expect(over.result).toBe('permerror');
    expect(over.trace.voids).toBe(3);
  });

  it('s4.6.4 / s6.2: the exp= lookup does not count', async () => {
    const zone: Zone = {
      'example.com': { TXT: ['v=spf1 a:erehwon.example.com a:foobar.com exp=nxdomain.com -all'] },
    };
    expect((await run(zone, '1.2.3.4')).result).toBe('fail');
  });

  it('s4.6.4: NODATA counts like NXDOMAIN', async () => {
    const zone: Zone = {
      'example.com': { TXT: ['v=spf1 a:v6.example.com a:v6.example.com a:v6.example.com -all'] },
      'v6.example.com': { AAAA: ['2001:db8::1'] },
    };
    expect((await run(zone, '1.2.3.4')).result).toBe('permerror');
  });
});

describe('hostile records end quickly with the RFC answer', () => {
  it('a record with 500 includes: permerror after 10, a bounded number of queries', async () => {
    const zone: Zone = {
      'example.com': {
        TXT: [
          `v=spf1 ${Array.from({ length: 500 }, (_, i) => `include:i${i}.example.net`).join(' ')} -all`,
        ],
      },
    };
    for (let i = 0; i < 500; i++)
      zone[`i${i}.example.net`] = { TXT: ['v=spf1 ip4:203.0.113.1 ~all'] };
    const out = await run(zone, '192.0.2.1');
    expect(out.result).toBe('permerror');
    expect(out.asked.length).toBeLessThanOrEqual(12);
  });

  it('500 a: terms: permerror, speculation stays within the budget', async () => {
    const zone: Zone = {
      'example.com': {
        TXT: [
          `v=spf1 ${Array.from({ length: 500 }, (_, i) => `a:h${i}.example.net`).join(' ')} -all`,
        ],
      },
    };
    for (let i = 0; i < 500; i++) zone[`h${i}.example.net`] = { A: ['203.0.113.1'] };
    const out = await run(zone, '192.0.2.1');
    expect(out.result).toBe('permerror');
    expect(out.asked.length).toBeLessThanOrEqual(11);
  });

  it('an include chain 300 deep: permerror, few queries', async () => {
    const zone: Zone = {};
    for (let i = 0; i < 300; i++)
      zone[`n${i}.example.net`] = { TXT: [`v=spf1 include:n${i + 1}.example.net -all`] };
    const out = await run(zone, '192.0.2.1', 'n0.example.net');
    expect(out.result).toBe('permerror');
    expect(out.asked.length).toBeLessThanOrEqual(12);
  });

  it('a fan-out bomb (each record includes ten others) stays bounded', async () => {
    const zone: Zone = {};
    for (let i = 0; i < 2000; i++) {
      const kids = Array.from(
        { length: 10 },
        (_, k) => `include:f${(i * 10 + k + 1) % 2000}.example.net`,
      ).join(' ');
      zone[`f${i}.example.net`] = { TXT: [`v=spf1 ${kids} -all`] };
    }
    const out = await run(zone, '192.0.2.1', 'f0.example.net');
    expect(out.result).toBe('permerror');
    expect(out.asked.length).toBeLessThanOrEqual(22);
  });

  it('CNAME loops: temperror at once', async () => {
    const zone: Zone = {
      'example.com': { TXT: ['v=spf1 include:loop1.example.net -all'] },
      'loop1.example.net': { CNAME: ['loop2.example.net'] },
      'loop2.example.net': { CNAME: ['loop1.example.net'] },
    };
    const out = await run(zone, '192.0.2.1');
    expect(out.result).toBe('temperror');
    expect(out.reason).toMatch(/CNAME loop/);
  });

  it('a giant TXT record (20,000 ip4 terms, ~400 kB) is one query and the RFC answer', async () => {
    const terms = Array.from({ length: 20000 }, (_, i) => `ip4:10.${(i >> 8) & 255}.${i & 255}.1`);
    const zone: Zone = { 'example.com': { TXT: [`v=spf1 ${terms.join(' ')} -all`] } };
    const hit = await run(zone, '10.78.31.1');
    expect(hit.result).toBe('pass');
    expect(hit.asked).toEqual(['TXT example.com']);
    const miss = await run(zone, '192.0.2.1');
    expect(miss.result).toBe('fail');
    expect(miss.asked).toEqual(['TXT example.com']);
  });

  it('thousands of MX names: permerror without a single address lookup', async () => {
    const zone: Zone = {
      'example.com': {
        TXT: ['v=spf1 mx -all'],
        MX: Array.from({ length: 5000 }, (_, i): [number, string] => [i, `mx${i}.example.net`]),
      },
    };
    const out = await run(zone, '192.0.2.1');
    expect(out.result).toBe('permerror');
    expect(out.asked).toEqual(['TXT example.com', 'MX example.com']);
  });
});
