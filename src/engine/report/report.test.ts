import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../checks/types.ts';
import { serviceById } from '../senders/registry.ts';
import { checklistInputFor } from '../test-support/checklist-input.ts';
import { buildChecklist } from './build.ts';
import { toJson, toMarkdown } from './markdown.ts';

const SEED = '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)';
const FULL =
  '452 4.2.2 <jane@example.org>: Recipient address rejected: Mailbox full, try again later';

const inputFor = checklistInputFor;

const spfFail: CheckResult = {
  id: 'spf',
  title: 'SPF for example.com',
  verdict: 'fail',
  finding: 'The include _spf.broken.example does not exist: <b>permerror</b>',
  fixes: [
    {
      text: 'Remove the broken include:',
      record: { name: 'example.com', type: 'TXT', value: 'v=spf1 include:_spf.google.com ~all' },
    },
  ],
  queries: [],
};

describe('buildChecklist', () => {
  it('lists planned checks as pending until their results arrive, then the advice', async () => {
    const input = await inputFor(SEED, ['one']);
    const pending = buildChecklist(input);
    const ids = pending.items.map((i) => `${i.id}:${i.status}`);
    expect(ids.filter((id) => id.startsWith('check:address'))).toEqual(['check:address:pending']);
    // Checks that settle other readings (if the classifier offers any) come after the path's.
    expect(ids.filter((id) => id.startsWith('advice:'))).toEqual([
      'advice:verify-address:todo',
      'advice:ask-recipient-admin-directory:todo',
      'advice:remove-if-persistent:todo',
    ]);
    expect(pending.items.find((i) => i.id === 'check:address')?.why).toContain('Microsoft 365');
    for (const alt of input.classification.alternatives) {
      const item = pending.items.find((i) => i.check === alt.settleBy);
      if (item && !input.pathChecks?.includes(alt.settleBy as never)) {
        expect(item.why).toContain('settles the other reading');
      }
    }
    expect(pending.message?.to).toBe('recipient-admin');
    // The administrator is asked what only they can check, not told what the sender should do.
    expect(pending.message?.body).toContain('exists in your directory');
    expect(pending.message?.body).not.toContain('Check the spelling');
    const done = buildChecklist({
      ...input,
      results: {
        address: {
          id: 'address',
          title: 'Recipient address a@example.org',
          verdict: 'pass',
          finding: 'ok',
          fixes: [],
          queries: [],
        },
      },
    });
    // The domain takes mail; the bounce says the mailbox does not exist: no green badge.
    const address = done.items.find((i) => i.id === 'check:address');
    expect(address?.status).toBe('unknown');
    expect(address?.unknownReason).toContain('the bounce says it does not');
    expect(done.counts.pass).toBe(0);
  });

  it('writes a message to the recipient for a full mailbox, with the facts', async () => {
    const checklist = buildChecklist(await inputFor(FULL));
    expect(checklist.permanence).toBe('temporary');
    expect(checklist.message?.to).toBe('recipient');
    expect(checklist.message?.subject).toContain('jane@example.org');
    expect(checklist.message?.body).toContain('Mailbox full');
    expect(checklist.message?.body).toContain('free up some space');
    expect(checklist.items.every((i) => i.kind === 'advice')).toBe(true);
  });

  it('merges the sending service’s SPF include into the one record to publish', async () => {
    const input = await inputFor('550 5.7.26 unauthenticated sender', ['no', 'no']);
    const checklist = buildChecklist({
      ...input,
      results: {
        spf: {
          ...spfFail,
          details: {
            domain: 'example.com',
            ip: '192.0.2.25',
            evaluation: { result: 'softfail' },
            inspection: {
              root: {
                domain: 'example.com',
                via: 'check',
                status: 'ok',
                spfRecords: ['v=spf1 mx ~all'],
                dnsTerms: 1,
                total: 1,
                children: [],
              },
              totalDnsTerms: 1,
              truncated: false,
            },
          },
        },
      },
      service: serviceById('google'),
    });
    const spf = checklist.items.find((i) => i.id === 'check:spf');
    const records = spf?.fixes.filter((fix) => fix.record) ?? [];
    expect(records.map((fix) => fix.record?.value)).toEqual([
      'v=spf1 mx include:_spf.google.com ~all',
    ]);
    expect(records[0]?.text).toContain('adds include:_spf.google.com for Google Workspace');
    expect(records[0]?.text).toContain('It needs 5 of the 10 DNS lookups');
  });

  it('follows a correction of the reason', async () => {
    const input = await inputFor(SEED, ['one']);
    const checklist = buildChecklist({ ...input, reason: 'mailboxfull' });
    expect(checklist.corrected).toBe(true);
    expect(checklist.reasonTitle).toBe('The mailbox is full');
  });
});

describe('exports', () => {
  const header = {
    checkedAt: new Date('2026-12-07T12:06:10Z'),
    timeZone: 'Europe/Berlin',
    resolver: { label: 'Cloudflare (1.1.1.1)', url: 'https://cloudflare-dns.com/dns-query' },
    bounce: '\n  550 5.7.26 unauthenticated sender\nmore text',
  };
  const dmarcPass: CheckResult = {
    id: 'dmarc',
    title: 'DMARC for example.com',
    verdict: 'pass',
    finding: 'v=DMARC1; p=none',
    fixes: [],
    queries: [],
  };
  const exported = async (done: string[] = []) => {
    const input = await inputFor('550 5.7.26 unauthenticated sender', ['no', 'no']);
    const checklist = buildChecklist({ ...input, results: { spf: spfFail, dmarc: dmarcPass } });
    return toMarkdown(checklist, { ...header, done, language: 'en' });
  };

  it('Markdown has each item with its status in words, records in code blocks, ticks', async () => {
    const md = await exported(['check:spf']);
    expect(md).toContain('- [x] **FAIL** SPF for example.com');
    expect(md).toContain('  ```\n  example.com TXT "v=spf1 include:_spf.google.com ~all"\n  ```');
    expect(md).toContain('- [ ] **NOT CHECKED YET** DKIM');
  });

  it('a passed check is listed as passed, after the things to do, with no box to tick', async () => {
    const md = await exported();
    const [todo, passed] = md.split('\n## Passed\n');
    expect(todo).toContain('## To do');
    expect(todo).not.toContain('DMARC for example.com');
    expect(passed).toMatch(/^\n- \*\*PASS\*\* DMARC for example\.com\n/);
  });

  it('starts with when the checks ran, the resolver and the first line of the bounce', async () => {
    const md = await exported();
    expect(md.split('\n').slice(2, 5)).toEqual([
      '- Checked: 2026-12-07T13:06:10+01:00 (Europe/Berlin) (1 still running)',
      '- Resolver: Cloudflare (1.1.1.1), https://cloudflare-dns.com/dns-query',
      '- Bounce: `550 5.7.26 unauthenticated sender`',
    ]);
    const input = await inputFor(FULL);
    const off = toMarkdown(buildChecklist(input), {
      timeZone: 'UTC',
      resolver: null,
      bounce: FULL,
      done: [],
      language: 'en',
    });
    expect(off).toContain('- Checked: no DNS check was needed for this bounce\n');
    expect(off).toContain('- Resolver: none: live lookups were off\n');
    const held = toMarkdown(buildChecklist(await inputFor(SEED, ['one'])), {
      ...header,
      checkedAt: undefined,
      held: true,
      done: [],
      language: 'en',
    });
    expect(held).toMatch(/^- Checked: not yet \(\d+ waiting to be run\)$/m);
  });

  it('reads as plain text and renders no markup from outside', async () => {
    const md = await exported();
    // Text from the bounce and the DNS is not escaped where it would not be markup…
    expect(md).toContain('include _spf.broken.example does not exist: \\<b>permerror\\</b>');
    expect(md).not.toMatch(/\\[-().#+!]/);
    // …and renders as written: the only tags are the renderer's own, the links are ours.
    const html = new MarkdownIt('commonmark').render(md);
    expect(html).toContain('does not exist: &lt;b&gt;permerror&lt;/b&gt;');
    expect(html).not.toMatch(/<(?!\/?(?:h1|h2|ul|li|p|strong|pre|code|a)\b)[a-z]/);
  });

  it('JSON carries every item with its done flag', async () => {
    const checklist = buildChecklist(await inputFor(FULL));
    const json = JSON.parse(toJson(checklist, ['advice:wait-and-resend'])) as {
      format: string;
      items: { id: string; done: boolean }[];
    };
    expect(json.format).toBe('bounce-doctor-checklist');
    expect(json.items.find((i) => i.id === 'advice:wait-and-resend')?.done).toBe(true);
    expect(json.items.filter((i) => i.done)).toHaveLength(1);
  });
});

describe('a corrected SPF record', () => {
  const broken: CheckResult = {
    ...spfFail,
    details: {
      domain: 'example.com',
      inspection: { root: { spfRecords: ['v=spf1 include:_spf.broken.example ~all'] } },
    },
    queries: [
      { name: 'example.com', type: 'TXT', outcome: 'ok' },
      { name: '_spf.broken.example', type: 'TXT', outcome: 'nxdomain' },
    ],
    fixes: [],
  };

  it('drops includes that point nowhere and adds the sending service’s', async () => {
    const input = await inputFor('550 5.7.26 unauthenticated sender', ['no', 'no']);
    const plain = buildChecklist({ ...input, results: { spf: broken } });
    // Without the include nothing would be authorised: no record, and the text says why.
    expect(plain.items[0]?.fixes[0]?.record).toBeUndefined();
    expect(plain.items[0]?.fixes[0]?.text).toContain('it authorises no server');
    const withEsp = buildChecklist({
      ...input,
      results: { spf: broken },
      service: serviceById('google'),
    });
    expect(withEsp.items[0]?.fixes[0]?.record).toEqual({
      name: 'example.com',
      type: 'TXT',
      value: 'v=spf1 include:_spf.google.com ~all',
    });
  });
});
