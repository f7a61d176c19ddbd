import { describe, expect, it } from 'vitest';
import type { Zone } from '../../dns/zone.ts';
import { one, result, spf } from '../../test-support/spf.ts';

describe('s2.3/s2.4 identities', () => {
  it('s2.4: MAIL FROM is checked at its domain', async () => {
    expect(await result(one('v=spf1 ip4:192.0.2.1 -all'), '192.0.2.1', 'user@example.com')).toBe(
      'pass',
    );
  });

  it('s2.3/s2.4: an empty MAIL FROM checks HELO, with sender postmaster@<helo>', async () => {
    const zone: Zone = {
      'helo.example.com': { TXT: ['v=spf1 exists:%{l}.%{o}._check.example.com -all'] },
      'postmaster.helo.example.com._check.example.com': { A: ['127.0.0.2'] },
    };
    const out = await spf(zone, '192.0.2.9', '', 'helo.example.com');
    expect(out.result).toBe('pass');
    expect(out.trace.identity).toBe('helo');
    expect(out.trace.sender).toBe('postmaster@helo.example.com');
  });

  it('s2.3: a HELO that is not a multi-label name gives none', async () => {
    expect(await result({}, '192.0.2.9', '', 'OEMCOMPUTER')).toBe('none');
    expect(await result({}, '192.0.2.9', '<>', '[192.0.2.9]')).toBe('none');
  });
});

describe('s2.6 / s8 results', () => {
  const zone: Zone = one(
    'v=spf1 ip4:192.0.2.1 -ip4:192.0.2.2 ~ip4:192.0.2.3 ?ip4:192.0.2.4 include:slow.example.com',
    {
      'slow.example.com': { timeout: '*' },
    },
  );
  it.each([
    ['192.0.2.1', 'pass'],
    ['192.0.2.2', 'fail'],
    ['192.0.2.3', 'softfail'],
    ['192.0.2.4', 'neutral'],
    ['192.0.2.5', 'temperror'],
  ] as const)('s2.6: %s gives %s', async (ip, expected) => {
    expect(await result(zone, ip, 'a@example.com')).toBe(expected);
  });

  it('s2.6.1/s8.1: no record gives none; s2.6.7/s8.7: a broken record gives permerror', async () => {
    expect(await result({}, '192.0.2.1', 'a@example.com')).toBe('none');
    expect(await result(one('v=spf1 bogus'), '192.0.2.1', 'a@example.com')).toBe('permerror');
  });

  it('s8.4/s6.2: only fail carries an explanation, empty when there is no exp=', async () => {
    const why = { 'why.example.com': { TXT: ['not from %{i}'] } };
    expect(
      (await spf(one('v=spf1 -all exp=why.example.com', why), '192.0.2.1', 'a@example.com'))
        .explanation,
    ).toBe('not from 192.0.2.1');
    expect(
      (await spf(one('v=spf1 ~all exp=why.example.com', why), '192.0.2.1', 'a@example.com'))
        .explanation,
    ).toBe('');
    expect((await spf(one('v=spf1 -all'), '192.0.2.1', 'a@example.com')).explanation).toBe('');
  });

  it('s2.6.7: permerror and temperror say why', async () => {
    expect((await spf(one('v=spf1 bogus'), '192.0.2.1', 'a@example.com')).reason).toMatch(
      /unknown mechanism "bogus"/,
    );
    expect(
      (await spf({ 'example.com': { timeout: '*' } }, '192.0.2.1', 'a@example.com')).reason,
    ).toMatch(/TXT example.com: timed out/);
  });
});

describe('s4.3 initial processing', () => {
  it('s4.3: a malformed <domain> gives none without any lookup', async () => {
    const zone: Zone = { 'example.com': { timeout: '*' } };
    expect(await result(zone, '1.2.3.5', `x@A${'1'.repeat(63)}.example.com`)).toBe('none');
    expect(await result(zone, '1.2.3.5', 'x@A...example.com')).toBe('none');
    expect(await result(zone, '1.2.3.5', 'foo@[1.2.3.5]')).toBe('none');
  });

  it('s4.3: NXDOMAIN gives none', async () => {
    expect(await result({}, '192.0.2.1', 'a@nowhere.example')).toBe('none');
  });

  it('s4.3: an empty local-part becomes "postmaster"', async () => {
    const zone = one('v=spf1 -all exp=why.example.com', {
      'why.example.com': { TXT: ['%{l} / %{s}'] },
    });
    expect((await spf(zone, '1.2.3.4', '@example.com')).explanation).toBe(
      'postmaster / postmaster@example.com',
    );
  });

  it('s4.3: the local-part may hold spaces', async () => {
    const zone = one('v=spf1 -all exp=why.example.com', {
      'why.example.com': { TXT: ['%{l} in implementation'] },
    });
    expect((await spf(zone, '1.2.3.4', 'Macro Error@example.com')).explanation).toBe(
      'Macro Error in implementation',
    );
  });
});

describe('s4.4 record lookup', () => {
  it('s4.4: TXT only: an SPF-type record is never asked for (s3.1)', async () => {
    expect(await result({ 'example.com': {} }, '1.2.3.4', 'a@example.com')).toBe('none');
  });

  it('s4.4: a TXT timeout gives temperror, even when other types answer', async () => {
    expect(
      await result(
        { 'example.com': { A: ['1.2.3.4'], timeout: ['TXT'] } },
        '1.2.3.4',
        'a@example.com',
      ),
    ).toBe('temperror');
    expect(
      await result(
        { 'example.com': { TXT: ['v=spf1 -all'], timeout: '*' } },
        '1.2.3.4',
        'a@example.com',
      ),
    ).toBe('fail');
  });

  it('s4.4: a CNAME loop at the domain is a DNS error: temperror', async () => {
    const zone: Zone = {
      'example.com': { CNAME: ['loop.example.com'] },
      'loop.example.com': { CNAME: ['example.com'] },
    };
    expect(await result(zone, '1.2.3.4', 'a@example.com')).toBe('temperror');
  });

  it('s4.4: a CNAME to a record is followed', async () => {
    const zone: Zone = {
      'example.com': { CNAME: ['spf.example.net'] },
      'spf.example.net': { TXT: ['v=spf1 +all'] },
    };
    expect(await result(zone, '1.2.3.4', 'a@example.com')).toBe('pass');
  });
});

describe('s4.5 selecting records', () => {
  it('s4.5: other TXT records are ignored, including non-ASCII ones', async () => {
    expect(
      await result(
        { 'example.com': { TXT: ['google-site-verification=abc', '\u0096', 'v=spf1 -all'] } },
        '1.2.3.4',
        'a@example.com',
      ),
    ).toBe('fail');
  });

  it('s4.5: no v=spf1 record gives none; "v=spf10" is not one', async () => {
    expect(await result(one('v=spf10 +all'), '1.2.3.4', 'a@example.com')).toBe('none');
    expect(
      await result({ 'example.com': { TXT: [['v=spf1', 'mx']] } }, '1.2.3.4', 'a@example.com'),
    ).toBe('none');
  });

  it('s4.5: two SPF records give permerror, even identical ones', async () => {
    expect(
      await result(
        { 'example.com': { TXT: ['v=spf1 -all', 'V=sPf1 +all'] } },
        '1.2.3.4',
        'a@example.com',
      ),
    ).toBe('permerror');
    expect(
      await result(
        { 'example.com': { TXT: ['v=spf1 -all', 'v=spf1 -all'] } },
        '1.2.3.4',
        'a@example.com',
      ),
    ).toBe('permerror');
  });

  it('s3.3: the strings of one TXT record are joined with nothing between', async () => {
    const zone: Zone = { 'example.com': { TXT: [['v=spf1 ip4:', '192.0.2.5 -all'], []] } };
    expect(await result(zone, '192.0.2.5', 'a@example.com')).toBe('pass');
  });

  it('s4.5: "v=spf1" alone is an empty record: neutral', async () => {
    expect(await result(one('v=SPF1'), '1.2.3.4', 'a@example.com')).toBe('neutral');
  });
});

describe('s4.6 record evaluation', () => {
  it('s4.6: a syntax error anywhere is a permerror, even after a match', async () => {
    expect(await result(one('v=spf1 ip4:1.2.3.4 -all moo'), '1.2.3.4', 'a@example.com')).toBe(
      'permerror',
    );
  });

  it('s4.6.2: the first matching mechanism decides', async () => {
    expect(await result(one('v=spf1 -ip4:1.2.3.4 +ip4:1.2.3.4'), '1.2.3.4', 'a@example.com')).toBe(
      'fail',
    );
    expect(await result(one('v=spf1 all -all'), '1.2.3.4', 'a@example.com')).toBe('pass');
  });

  it('s4.6.3 / s6: unknown modifiers are ignored, known ones act after the mechanisms', async () => {
    expect(
      await result(
        one('v=spf1 moo.cow-far_out=man:dog/cat ip4:1.2.3.4 -all'),
        '1.2.3.4',
        'a@example.com',
      ),
    ).toBe('pass');
    const zone = one('v=spf1 redirect=other.example.com ip4:1.2.3.4', {
      'other.example.com': { TXT: ['v=spf1 -all'] },
    });
    expect(await result(zone, '1.2.3.4', 'a@example.com')).toBe('pass');
    expect(await result(zone, '1.2.3.5', 'a@example.com')).toBe('fail');
  });
});

describe('s4.7 default result', () => {
  it('s4.7: nothing matched and no redirect gives neutral', async () => {
    expect(await result(one('v=spf1 ip4:1.2.3.4'), '1.2.3.5', 'a@example.com')).toBe('neutral');
    expect(await result(one('v=spf1 default=pass'), '1.2.3.5', 'a@example.com')).toBe('neutral');
  });
});

describe('trace (for the UI)', () => {
  it('records each evaluated term with counts, the include subtree and the deciding term', async () => {
    const zone: Zone = {
      'example.com': { TXT: ['v=spf1 a include:_spf.example.net -all'] },
      '_spf.example.net': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
    };
    const { trace } = await spf(zone, '192.0.2.9', 'a@example.com');
    expect(trace.result).toBe('pass');
    expect(trace.matched).toEqual({
      domain: '_spf.example.net',
      term: 'ip4:192.0.2.0/24',
      via: ['include:_spf.example.net'],
    });
    expect(trace.lookups).toBe(2);
    expect(trace.voids).toBe(1);
    expect(trace.root.record).toBe('v=spf1 a include:_spf.example.net -all');
    expect(trace.root.terms.map((t) => [t.term, t.outcome, t.lookups, t.voids])).toEqual([
      ['a', 'no-match', 1, 1],
      ['include:_spf.example.net', 'match', 2, 1],
    ]);
    expect(trace.root.terms[1]?.child?.terms[0]).toMatchObject({
      term: 'ip4:192.0.2.0/24',
      outcome: 'match',
      result: 'pass',
    });
  });
});
