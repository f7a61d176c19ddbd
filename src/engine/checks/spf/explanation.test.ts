import { describe, expect, it } from 'vitest';
import type { Zone } from '../../dns/zone.ts';
import { spf } from '../../test-support/spf.ts';
import { zoneResolver } from '../../dns/zone.ts';
import { checkHost } from './check-host.ts';

describe('s6.2 exp', () => {
  const zone: Zone = {
    'example.com': { TXT: ['v=spf1 mx -all exp=explain._spf.%{d}'], MX: [[0, 'mx.example.com']] },
    'explain._spf.example.com': { TXT: ["%{i} is not one of %{d}'s designated mail servers."] },
    'exp-inc.example.com': { TXT: ['v=spf1 include:example.com -all exp=outer.example.com'] },
    'outer.example.com': { TXT: ['Outer says no to %{c} (%{v}) at %{t} via %{r}'] },
    'two.example.com': { TXT: ['v=spf1 -all exp=twoexp.example.com'] },
    'twoexp.example.com': { TXT: ['one', 'two'] },
    'redir.example.com': { TXT: ['v=spf1 exp=outer.example.com redirect=example.com'] },
    'badexp.example.com': { TXT: ['v=spf1 -all exp=bad.example.com'] },
    'bad.example.com': { TXT: ['The %{x}-files.'] },
    'slowexp.example.com': { TXT: ['v=spf1 -all exp=slow.example.com'] },
    'slow.example.com': { timeout: '*' },
  };
  it('s6.2: the exp= text is fetched on fail and macro-expanded', async () => {
    expect((await spf(zone, '192.0.2.3', 'a@example.com')).explanation).toBe(
      "192.0.2.3 is not one of example.com's designated mail servers.",
    );
  });

  it('s6.2: c, r and t work in explanation text', async () => {
    const out = await spf(zone, '2001:db8::1', 'a@exp-inc.example.com');
    expect(out.explanation).toBe(
      'Outer says no to 2001:db8::1 (ip6) at 1704067200 via mx.receiver.example',
    );
  });

  it("s6.2: an include target's exp= is never used; a redirect target's is", async () => {
    expect((await spf(zone, '192.0.2.3', 'a@redir.example.com')).explanation).toBe(
      "192.0.2.3 is not one of example.com's designated mail servers.",
    );
  });

  it.each([
    ['two.example.com', 'two TXT records'],
    ['badexp.example.com', 'a bad macro'],
    ['slowexp.example.com', 'a DNS error'],
  ])('s6.2: %s (%s): as if there were no exp=, so no explanation', async (domain) => {
    const out = await spf(zone, '192.0.2.3', `a@${domain}`);
    expect(out.result).toBe('fail');
    expect(out.explanation).toBe('');
  });

  it('s6.2: the exp= lookup is made only for fail', async () => {
    const asked: string[] = [];
    const base = zoneResolver(zone);
    const out = await checkHost({
      ip: '192.0.2.3',
      domain: 'example.com',
      sender: 'a@example.com',
      resolver: (name, type, options) => {
        asked.push(`${type} ${name}`);
        return base(name, type, options);
      },
    });
    expect(out.result).toBe('fail');
    expect(asked.filter((q) => q.startsWith('TXT explain'))).toHaveLength(1);
    const neutral = await checkHost({
      ip: '1.2.3.4',
      domain: 'x.example',
      sender: 'a@x.example',
      resolver: zoneResolver({ 'x.example': { TXT: ['v=spf1 ?all exp=e.x.example'] } }),
    });
    expect(neutral.explanation).toBe('');
  });
});
