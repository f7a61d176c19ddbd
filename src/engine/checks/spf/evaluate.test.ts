import { describe, expect, it } from 'vitest';
import type { Zone } from '../../dns/zone.ts';
import { one, result } from '../../test-support/spf.ts';

describe('s5.2 include', () => {
  const zone: Zone = {
    'pass.example.net': { TXT: ['v=spf1 +all'] },
    'fail.example.net': { TXT: ['v=spf1 -all'] },
    'softfail.example.net': { TXT: ['v=spf1 ~all'] },
    'neutral.example.net': { TXT: ['v=spf1 ?all'] },
    'temperror.example.net': { timeout: '*' },
    'permerror.example.net': { TXT: ['v=spf1 bogus'] },
    'none.example.net': { TXT: ['not spf'] },
    'nx.example.net': { CNAME: [] },
  };
  it.each([
    ['pass', 'fail'],
    ['fail', 'pass'],
    ['softfail', 'pass'],
    ['neutral', 'pass'],
    ['temperror', 'temperror'],
    ['permerror', 'permerror'],
    ['none', 'permerror'],
  ] as const)('s5.2 table: included %s -> %s for "-include:... +all"', async (inner, expected) => {
    const z = { ...zone, 'example.com': { TXT: [`v=spf1 -include:${inner}.example.net +all`] } };
    expect(await result(z, '1.2.3.4', 'a@example.com')).toBe(expected);
  });

  it('s5.2: an include target that does not exist is a permerror', async () => {
    expect(
      await result(one('v=spf1 include:nowhere.example.net ~all'), '1.2.3.4', 'a@example.com'),
    ).toBe('permerror');
  });

  it('s5.2: %{d} inside the included record is the included domain', async () => {
    const z = one('v=spf1 include:inc.example.net -all', {
      'inc.example.net': { TXT: ['v=spf1 exists:%{d}.ok.example.org'] },
      'inc.example.net.ok.example.org': { A: ['127.0.0.2'] },
    });
    expect(await result(z, '1.2.3.4', 'a@example.com')).toBe('pass');
  });

  it('s5.2: including the same domain twice is fine', async () => {
    const z = one('v=spf1 include:a.example.net include:a.example.net -all', {
      'a.example.net': { TXT: ['v=spf1 ~all'] },
    });
    expect(await result(z, '1.2.3.4', 'a@example.com')).toBe('fail');
  });
});

describe('s6.1 redirect', () => {
  it("s6.1: the result is the target record's result", async () => {
    const zone = one('v=spf1 ip4:1.1.1.1 redirect=_spf.example.net', {
      '_spf.example.net': { TXT: ['v=spf1 a -all'], A: ['192.0.2.2'] },
    });
    expect(await result(zone, '192.0.2.2', 'a@example.com')).toBe('pass');
    expect(await result(zone, '192.0.2.3', 'a@example.com')).toBe('fail');
  });

  it('s6.1: ignored when the record has "all" anywhere', async () => {
    expect(await result(one('v=spf1 redirect=example.com ~all'), '1.2.3.4', 'a@example.com')).toBe(
      'softfail',
    );
  });

  it('s6.1: a target without a record is a permerror, not none', async () => {
    expect(
      await result(one('v=spf1 redirect=nowhere.example.net'), '1.2.3.4', 'a@example.com'),
    ).toBe('permerror');
  });

  it('s6.1: macros in redirect, and a trailing dot, work', async () => {
    const zone: Zone = {
      'example.com': { TXT: ['v=spf1 redirect=%{d}.d.spf.example.com.'] },
      'example.com.d.spf.example.com': { TXT: ['v=spf1 ip4:192.168.218.40'] },
    };
    expect(await result(zone, '192.168.218.40', 'test@example.com')).toBe('pass');
  });
});
