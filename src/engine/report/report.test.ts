import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../checks/types.ts';
import { serviceById } from '../senders/registry.ts';
import { checklistInputFor } from '../test-support/checklist-input.ts';
import { buildChecklist } from './build.ts';
import { escapeMarkdown, toJson, toMarkdown } from './markdown.ts';

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
  it('Markdown has each item with its status in words, records in code blocks, ticks', async () => {
    const input = await inputFor('550 5.7.26 unauthenticated sender', ['no', 'no']);
    const checklist = buildChecklist({ ...input, results: { spf: spfFail } });
    const md = toMarkdown(checklist, ['check:spf']);
    expect(md).toContain('- [x] **FAIL** SPF for example.com');
    expect(md).toContain('  ```\n  example.com TXT "v=spf1 include:_spf.google.com ~all"\n  ```');
    expect(md).toContain('**NOT CHECKED YET** DKIM');
    // Text from outside never becomes markup in the ticket: outside code blocks (whose text is
    // literal, like the notes') it is escaped.
    const outsideFences = md.replace(/^( *)(`{3,})\n[\s\S]*?\n\1\2$/gm, '');
    expect(outsideFences).not.toContain('<b>');
    expect(md).toContain('\\<b\\>permerror\\</b\\>');
  });

  it('escapes Markdown and HTML', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) <img> *a*')).toBe(
      '\\[x\\]\\(javascript:alert\\(1\\)\\) \\<img\\> \\*a\\*',
    );
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
