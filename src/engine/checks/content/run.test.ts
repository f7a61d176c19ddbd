import { describe, expect, it } from 'vitest';
import { withQueryLog } from '../../dns/with-query-log.ts';
import { zoneResolver, type Zone } from '../../dns/zone.ts';
import { runCheck } from '../run-checks.ts';
import { run } from './run.ts';

const message = (link: string) =>
  [
    'From: a@example.com',
    'Date: Tue, 02 Jan 2024 10:00:00 +0000',
    'Message-ID: <1@example.com>',
    '',
    `Visit ${link}`,
  ].join('\r\n');

/** Domain lists answering their RFC 5782 self-tests, with `listed` on Spamhaus DBL. */
const zone: Zone = {
  'dbltest.com.dbl.spamhaus.org': { A: ['127.0.1.2'] },
  'bad.example.dbl.spamhaus.org': { A: ['127.0.1.2'] },
  'test.multi.surbl.org': { A: ['127.0.0.2'] },
  'test.multi.uribl.com': { A: ['127.0.0.2'] },
};

describe('the content check', () => {
  it('says unknown, and how to check by hand, without a message', async () => {
    const result = await run({ resolver: zoneResolver({}), sender: {} });
    expect(result.verdict).toBe('unknown');
    expect(result.manualCheck).toMatch(/Paste the whole message/);
  });

  it('looks link domains up on the domain blocklists and fails on a listing', async () => {
    const log = withQueryLog(zoneResolver(zone));
    const result = await run({
      resolver: log.resolver,
      sender: {},
      message: message('https://www.bad.example/x'),
    });
    expect(result.verdict).toBe('fail');
    expect(result.finding).toContain('bad.example');
    expect(result.queries.some((q) => q.name === 'bad.example.dbl.spamhaus.org')).toBe(true);
  });

  it('passes clean links, and runs through the check runner like every check', async () => {
    const result = await runCheck('content', {
      resolver: zoneResolver(zone),
      sender: {},
      message: message('https://good.example/'),
    });
    expect(result.details).toBeDefined();
    expect(result.verdict).not.toBe('fail');
  });
});
