/**
 * Every sentence the checklist says must be true for this bounce (issue 11): each test here
 * is one sentence that used to be said when it was not.
 */
import { describe, expect, it } from 'vitest';
import { runBlocklists } from '../checks/blocklists/run.ts';
import { BLOCKLISTS } from '../checks/blocklists/registry.ts';
import type { CheckResult } from '../checks/types.ts';
import { zoneResolver, type Zone } from '../dns/zone.ts';
import { checklistInputFor } from '../test-support/checklist-input.ts';
import { buildChecklist } from './build.ts';
import type { Checklist } from './types.ts';

const SEED = '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)';
const RELAY = '554 5.7.1 <bob@example.org>: Relay access denied';
const GMAIL = '550 5.7.26 unauthenticated sender';
const BLOCKED =
  '554 5.7.1 Service unavailable; Client host [93.184.216.34] blocked using zen.spamhaus.org';

const inputFor = checklistInputFor;

/** Every zone answering its RFC 5782 test entries, with nothing listed. */
function healthyLists(): Zone {
  const zone: Zone = {};
  for (const list of BLOCKLISTS) {
    if (list.keys.includes('ip4')) zone[`2.0.0.127.${list.zone}`] = { A: ['127.0.0.2'] };
    if (list.keys.includes('domain'))
      zone[`${list.domainTest?.listed ?? 'test'}.${list.zone}`] = { A: ['127.0.0.2'] };
  }
  return zone;
}

const text = (checklist: Checklist) =>
  checklist.items
    .flatMap((item) => [item.title, item.finding, item.why, ...item.fixes.map((fix) => fix.text)])
    .join('\n');

const result = (partial: Partial<CheckResult> & Pick<CheckResult, 'id' | 'verdict'>) =>
  ({ title: partial.id, finding: 'found', fixes: [], queries: [], ...partial }) as CheckResult;

/** SPF and DKIM that could not run: no IP, no selector. */
const unknownAuth = () => ({
  spf: result({ id: 'spf', verdict: 'unknown', unknownReason: 'no IP' }),
  dkim: result({ id: 'dkim', verdict: 'unknown', unknownReason: 'no selector' }),
});

describe('the checklist says only what is true for this bounce', () => {
  it('a blocklist check without a sending IP does not settle the blocked-server reading', async () => {
    const input = await inputFor(SEED, ['one']);
    expect(input.checks).toContain('blocklists');
    const blocklists = await runBlocklists({
      resolver: zoneResolver(healthyLists()),
      sender: { fromAddress: 'news@example.com' },
    });
    const checklist = buildChecklist({ ...input, results: { blocklists } });
    const item = checklist.items.find((i) => i.id === 'check:blocklists');
    expect(item?.status).toBe('unknown');
    expect(item?.finding).toContain('no sending IP was checked');
    expect(item?.finding).toContain('example.com');
    expect(item?.why).not.toMatch(/^This settles/);
    expect(item?.whereToFind).toContain('Received:');
  });

  it('a listed domain still fails without an IP, and says the IP was not checked', async () => {
    const input = await inputFor(SEED, ['one']);
    const listed = BLOCKLISTS.find((list) => list.keys.includes('domain') && list.defaultOn);
    if (!listed) throw new Error('no domain list');
    const zone = { ...healthyLists(), [`example.com.${listed.zone}`]: { A: ['127.0.1.2'] } };
    const blocklists = await runBlocklists({
      resolver: zoneResolver(zone),
      sender: { fromAddress: 'news@example.com' },
    });
    const item = buildChecklist({ ...input, results: { blocklists } }).items.find(
      (i) => i.id === 'check:blocklists',
    );
    expect(item?.status).not.toBe('pass');
    expect(item?.finding).toContain('no sending IP was checked');
  });

  it('no green address badge over a bounce that says the mailbox does not exist', async () => {
    const input = await inputFor(SEED, ['one']);
    const address = result({ id: 'address', verdict: 'pass', title: 'Recipient address jane@x' });
    const item = buildChecklist({ ...input, results: { address } }).items.find(
      (i) => i.id === 'check:address',
    );
    expect(item?.status).toBe('unknown');
    expect(item?.unknownReason).toContain('only that the domain takes mail');
  });

  it('the seed: no blame in the message to the administrator, one actor in the admin note', async () => {
    const checklist = buildChecklist({ ...(await inputFor(SEED, ['one'])), results: {} });
    // The address may simply be wrong: asking the administrator to confirm it blames nobody.
    expect(checklist.message?.body).toContain('Could you confirm whether this address exists');
    expect(checklist.message?.body).not.toMatch(/cause is on your side/);
    // A sender who mistyped an address has nothing to fix in DNS.
    expect(checklist.notes.admin.body).toContain('Who has to act: the sender of the message.');
    expect(checklist.notes.admin.body).not.toMatch(/DNS or its mail set-up/);
    // Where the fix is a DNS record, the note says whose.
    const unauthenticated =
      '550 5.7.26 This mail has been blocked because the sender is unauthenticated.';
    const auth = buildChecklist({
      ...(await inputFor(unauthenticated, ['no', 'no'])),
      results: {},
    });
    expect(auth.reason).toBe('authfailure');
    expect(auth.notes.admin.body).toContain(
      'Who has to act: the sender: whoever runs its domain’s DNS.',
    );
  });

  it('TLS the receiver did not offer: no advice to fix the sending server, their admin acts', async () => {
    const notOffered = 'TLS is required, but was not offered by host mx.example.org[192.0.2.25]';
    const checklist = buildChecklist({ ...(await inputFor(notOffered)), results: {} });
    expect(checklist.items.map((i) => i.id)).not.toContain('advice:fix-tls-sending');
    expect(checklist.items.map((i) => i.id)).toContain('advice:ask-recipient-admin-tls');
    expect(checklist.notes.admin.body).toContain(
      'Who has to act: the recipient’s mail administrator.',
    );
    const asked = buildChecklist({
      ...(await inputFor('530 5.7.0 Must issue a STARTTLS command first')),
      results: {},
    });
    expect(asked.items.map((i) => i.id)).toContain('advice:fix-tls-sending');
  });

  it('a recipient who moved: the new address the server names, not "ask for it"', async () => {
    const moved = '551 5.1.6 <bob@example.org>: User not local; please try <bob@example.net>';
    const checklist = buildChecklist({ ...(await inputFor(moved, ['one'])), results: {} });
    expect(checklist.reason).toBe('hasmoved');
    const item = checklist.items.find((i) => i.id === 'advice:write-to-new-address');
    expect(item?.why).toContain('now receives mail at bob@example.net');
    expect(checklist.notes.admin.body).toContain(
      'The server names the new address, bob@example.net',
    );
    expect(checklist.notes.admin.body).not.toContain('Ask the recipient for their new address');
    expect(checklist.notes.customer.en).toContain(
      'the server gave their new address, bob@example.net',
    );
    expect(checklist.notes.customer.de).toContain('bob@example.net');
    // Without a named address, the advice stays "ask them".
    const plain = buildChecklist({
      ...(await inputFor('550 5.1.6 <bob@example.org>: User has moved', ['one'])),
      results: {},
    });
    expect(plain.items.map((i) => i.id)).not.toContain('advice:write-to-new-address');
    expect(plain.notes.customer.en).toContain('ask them for their new address');
  });

  it('an auto-reply: the admin note says the mail was delivered, not refused', async () => {
    const reply = [
      'From: Jane <jane@example.org>',
      'To: sender@example.com',
      'Subject: Automatic reply: Meeting',
      'Auto-Submitted: auto-replied',
      '',
      'I am out of the office until Monday.',
    ].join('\n');
    const checklist = buildChecklist({ ...(await inputFor(reply)), results: {} });
    expect(checklist.reason).toBe('vacation');
    const { subject, body } = checklist.notes.admin;
    expect(subject).toMatch(/^Report: /);
    expect(body).toContain('Mail to jane@example.org was delivered: this is an automatic reply.');
    expect(body).not.toMatch(/refused|Failed recipient|Server reply/);
    expect(body.match(/Nothing to fix/g)).toHaveLength(1);
  });

  it('a timeout: the receiving side is blamed only if the sender reaches other domains', async () => {
    const timeout = 'connect to mx.example.org[192.0.2.10]:25: Connection timed out';
    const checklist = buildChecklist({ ...(await inputFor(timeout)), results: {} });
    const why = (id: string) => checklist.items.find((i) => i.id === `advice:${id}`)?.why;
    expect(why('tell-recipient-admin')).toMatch(/^If your server reaches other domains, /);
    // The other case: a network that blocks outgoing port 25 times out everywhere.
    expect(why('check-outbound-port-25')).toContain('block outgoing connections to port 25');
  });

  it('offers no removal page when no list names the sender', async () => {
    const input = await inputFor(BLOCKED, ['no', 'no']);
    expect(input.outcome.advice).toContain('delist-request');
    const clean = buildChecklist({ ...input, results: {} });
    expect(clean.items.map((i) => i.id)).not.toContain('advice:delist-request');
    expect(text(clean)).not.toContain('removal page');
  });

  it('names no corrected records when there are none, and no broken include', async () => {
    const input = await inputFor(GMAIL, ['no', 'no']);
    const passing = {
      spf: result({ id: 'spf', verdict: 'pass' }),
      dkim: result({ id: 'dkim', verdict: 'pass' }),
      dmarc: result({ id: 'dmarc', verdict: 'pass' }),
    };
    const checklist = buildChecklist({ ...input, results: passing });
    expect(text(checklist)).not.toMatch(/corrected records|broken include|records below/);
    const spf = result({
      id: 'spf',
      verdict: 'fail',
      fixes: [{ text: 'Publish', record: { name: 'example.com', type: 'TXT', value: 'v' } }],
    });
    const withRecord = buildChecklist({ ...input, results: { ...passing, spf } });
    const advice = withRecord.items.find((i) => i.id === 'advice:fix-auth-records');
    // Only SPF shows a record here: the advice names it alone.
    expect(advice?.why).toContain('the corrected record shown with the SPF result,');
    const record = { name: '_dmarc.example.com', type: 'TXT' as const, value: 'v=DMARC1; p=none' };
    const two = buildChecklist({
      ...input,
      results: {
        ...passing,
        spf,
        dmarc: result({ id: 'dmarc', verdict: 'fail', fixes: [{ text: 'Publish', record }] }),
      },
    });
    expect(two.items.find((i) => i.id === 'advice:fix-auth-records')?.why).toContain(
      'the corrected records shown with the SPF and DMARC results,',
    );
  });

  it('relaying denied: one actor (the sender) and the plain fix, no note to the receiver', async () => {
    const input = await inputFor(RELAY);
    const checklist = buildChecklist(input);
    expect(checklist.actor).toBe('sender-esp');
    expect(checklist.message).toBeUndefined();
    const all = text(checklist);
    expect(all).not.toMatch(/cause is on the receiving side|cause is on your side/);
    expect(all).toContain('SMTP authentication');
    expect(all).toContain('port 587');
  });

  it('the decisive failure comes first, then failures, then what could not be checked', async () => {
    const input = await inputFor(GMAIL, ['no', 'no']);
    const checklist = buildChecklist({
      ...input,
      results: {
        ...unknownAuth(),
        dmarc: result({ id: 'dmarc', verdict: 'fail' }),
      },
    });
    const order = checklist.items.map((i) => `${i.id}:${i.status}`);
    expect(order[0]).toBe('check:dmarc:fail');
    const firstUnknown = order.findIndex((id) => id.endsWith(':unknown'));
    const lastTodo = order.findLastIndex((id) => id.endsWith(':todo'));
    expect(lastTodo).toBeLessThan(firstUnknown);
  });

  it('the recipient message says once that it will be sent again', async () => {
    const input = await inputFor(
      '452 4.2.2 <jane@example.org>: Recipient address rejected: Mailbox full, try again later',
    );
    const body = buildChecklist(input).message?.body ?? '';
    expect(body.match(/send it again/g)).toHaveLength(1);
  });

  it('says where to find the IP and the selector when a check could not run without them', async () => {
    const input = await inputFor(GMAIL, ['no', 'no']);
    const checklist = buildChecklist({
      ...input,
      results: unknownAuth(),
    });
    const find = (id: string) => checklist.items.find((i) => i.id === id)?.whereToFind;
    expect(find('check:spf')).toContain('Received:');
    expect(find('check:spf')).toContain('sending service');
    expect(find('check:dkim')).toContain('s= value of the DKIM-Signature');
    const withIp = buildChecklist({
      ...input,
      sender: { ...input.sender, sendingIp: '192.0.2.1' },
      results: { spf: result({ id: 'spf', verdict: 'unknown', unknownReason: 'DNS timeout' }) },
    });
    expect(withIp.items.find((i) => i.id === 'check:spf')?.whereToFind).toBeUndefined();
  });

  it('a provider that only reported another server’s refusal is not said to have refused', async () => {
    // Gmail's server sent the notice; the refusal came from the recipient's own server.
    const dsn = [
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Subject: Delivery Status Notification (Failure)',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Your message to bob@example.org could not be delivered.',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail-sor-f41.google.com',
      '',
      'Final-Recipient: rfc822; bob@example.org',
      'Action: failed',
      'Status: 5.7.1',
      'Remote-MTA: dns; mx.example.org',
      `Diagnostic-Code: smtp; ${BLOCKED}`,
      '--b--',
      '',
    ].join('\n');
    const input = await inputFor(dsn, ['no', 'no']);
    expect(input.classification.provider).toMatchObject({ id: 'google', role: 'reporter' });
    const checklist = buildChecklist({ ...input, results: {} });
    const why = checklist.items.find((i) => i.id === 'check:blocklists')?.why;
    expect(why).toMatch(/^The receiver refused the sending server/);
    expect(text(checklist)).not.toMatch(/Gmail refused/);
  });
});
