import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../checks/types.ts';
import { serviceById } from '../senders/registry.ts';
import { spfRecordFixes, type Inspected as Node } from './spf-record.ts';

/** An SPF result for example.com as the SPF check reports it: the record and its walk. */
function spfResult(records: string[], total: number, children: Node[] = []): CheckResult {
  return {
    id: 'spf',
    title: 'SPF for example.com',
    verdict: 'fail',
    finding: 'SPF did not pass',
    fixes: [],
    queries: [],
    details: {
      domain: 'example.com',
      ip: '167.89.1.2',
      evaluation: { result: 'softfail' },
      inspection: {
        root: {
          domain: 'example.com',
          via: 'check',
          status: records.length > 1 ? 'many' : 'ok',
          spfRecords: records,
          dnsTerms: total,
          total,
          children,
        },
        totalDnsTerms: total,
        truncated: false,
      },
    },
  };
}

const sendgrid = serviceById('sendgrid')!;
const google = serviceById('google')!;
const ses = serviceById('amazon-ses')!;
const spfRecords = (fixes: ReturnType<typeof spfRecordFixes>) =>
  fixes.filter((fix) => fix.record?.type === 'TXT' && /^v=spf1/.test(fix.record.value));

describe('one SPF record to publish', () => {
  it('merges every named service into the record the domain has, once, with its lookups', () => {
    const fixes = spfRecordFixes(spfResult(['v=spf1 mx -all'], 1), {
      service: sendgrid,
      services: [google, sendgrid],
    });
    const records = spfRecords(fixes);
    expect(records).toHaveLength(1);
    expect(records[0]?.record?.value).toBe(
      'v=spf1 mx include:sendgrid.net include:_spf.google.com -all',
    );
    expect(records[0]?.text).toContain('adds include:sendgrid.net for SendGrid');
    expect(records[0]?.text).toContain('adds include:_spf.google.com for Google Workspace');
    // mx (1) + sendgrid.net (1) + Google's include and the three it holds (4).
    expect(records[0]?.text).toContain('It needs 6 of the 10 DNS lookups SPF allows.');
  });

  it('offers no record when the merge would pass 10 lookups, and says so', () => {
    const fixes = spfRecordFixes(
      spfResult(['v=spf1 a mx include:a.example include:b.example ~all'], 9),
      { service: google },
    );
    expect(spfRecords(fixes)).toEqual([]);
    expect(fixes[0]?.text).toContain('would need 13 DNS lookups');
    expect(fixes[0]?.text).toContain('more than the 10 SPF allows (RFC 7208 s4.6.4)');
  });

  it('says a walk stopped at the limit is already past it', () => {
    const stopped: Node = {
      domain: 'c.example',
      via: 'include',
      status: 'not-fetched',
      spfRecords: [],
      dnsTerms: 0,
      total: 0,
    };
    const fixes = spfRecordFixes(spfResult(['v=spf1 include:c.example ~all'], 10, [stopped]), {
      service: ses,
    });
    expect(spfRecords(fixes)).toEqual([]);
    expect(fixes[0]?.text).toContain('would need more than 10 DNS lookups');
  });

  it('merges two published records into one and says their lookups could not be counted', () => {
    const fixes = spfRecordFixes(
      spfResult(['v=spf1 mx ~all', 'v=spf1 include:sendgrid.net ~all'], 0),
      {
        service: sendgrid,
      },
    );
    const records = spfRecords(fixes);
    expect(records).toHaveLength(1);
    expect(records[0]?.record?.value).toMatch(/^v=spf1 .*mx.*include:sendgrid\.net.*~all$/);
    expect(records[0]?.record?.value.match(/include:sendgrid\.net/g)).toHaveLength(1);
    expect(records[0]?.text).toContain('merges the 2 records into one');
    expect(records[0]?.text).toContain('could not be counted here');
  });

  it('adds nothing for a service whose own envelope domain was checked', () => {
    const result = { ...spfResult(['v=spf1 ip4:167.89.0.0/17 -all'], 0) };
    result.details = { ...(result.details as object), domain: 'em123.sendgrid.net' };
    expect(spfRecords(spfRecordFixes(result, { service: sendgrid }))).toEqual([]);
  });

  it('adds nothing under a forward: the forwarder’s server was checked, not the sender’s', () => {
    const forwarding = {
      by: 'forwarder',
      forwarder: 'forwarder.example',
      signs: [],
      srs: true,
    } as unknown as NonNullable<Parameters<typeof spfRecordFixes>[1]>['forwarding'];
    const fixes = spfRecordFixes(spfResult(['v=spf1 mx -all'], 1), {
      service: sendgrid,
      forwarding,
    });
    expect(spfRecords(fixes)).toEqual([]);
  });
});

describe('a record that would authorise no server', () => {
  const dead: Node = {
    domain: '_spf.broken.example',
    via: 'include',
    status: 'nxdomain',
    spfRecords: [],
    dnsTerms: 0,
    total: 0,
  };
  const broken = (ip: string | undefined): CheckResult => {
    const result = spfResult(['v=spf1 include:_spf.broken.example ~all'], 1, [dead]);
    const details = result.details as { ip?: string; evaluation: { result: string } };
    details.evaluation.result = 'permerror';
    if (ip === undefined) delete details.ip;
    else details.ip = ip;
    return result;
  };

  it('is not offered: removing the only include leaves "v=spf1 ~all", which fails all mail', () => {
    const fixes = spfRecordFixes(broken(undefined));
    expect(spfRecords(fixes)).toEqual([]);
    expect(fixes[0]?.text).toContain('removes include:_spf.broken.example');
    expect(fixes[0]?.text).toContain('it authorises no server');
  });

  it('keeps the sending IP that a permerror let no record pass', () => {
    const records = spfRecords(spfRecordFixes(broken('192.0.2.25')));
    expect(records.map((fix) => fix.record?.value)).toEqual(['v=spf1 ip4:192.0.2.25 ~all']);
    expect(records[0]?.text).toContain('only if that server is yours');
  });

  it('drops the check’s "Fix the record" when the record offered mends what broke it', () => {
    const result = broken('192.0.2.25');
    const fix = (why: string) => ({ text: `Fix the record: ${why}`, links: [] });
    result.fixes = [fix('include target _spf.broken.example has no SPF record')];
    expect(spfRecordFixes(result).map((f) => f.text)).toEqual([
      expect.stringMatching(/^Publish this one SPF record/),
    ]);
    result.fixes = [fix('unknown mechanism "ip5:1.2.3.4"')];
    expect(spfRecordFixes(result)[1]?.text).toBe('Fix the record: unknown mechanism "ip5:1.2.3.4"');
  });

  it('is offered once a service named on the sender step fills it', () => {
    const records = spfRecords(spfRecordFixes(broken(undefined), { service: google }));
    expect(records.map((fix) => fix.record?.value)).toEqual([
      'v=spf1 include:_spf.google.com ~all',
    ]);
  });
});
