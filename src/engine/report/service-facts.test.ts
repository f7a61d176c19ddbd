/**
 * Every fact a service's data holds, rendered for a bounce of the family it is for: each shows
 * up in the checklist as a sentence with the failed address and the From domain filled in, and
 * no template field left over.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';
import type { Classification, Reason } from '../classify/types.ts';
import { parseBounce } from '../parse/parse-bounce.ts';
import { fillTemplate } from '../senders/fill.ts';
import { SENDING_SERVICES } from '../senders/registry.ts';
import { dsnReturning } from '../senders/test-bounces.ts';
import type { SendingService } from '../senders/types.ts';
import type { ChecklistItem } from './types.ts';
import { serviceItems } from './service-items.ts';

const FILL = { address: 'jane@example.org', domain: 'shop.example' };

/** Real-shaped replies, one a family: what each fact of the data is shown for. */
const REPLIES = {
  hard: '550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown',
  soft: '452 4.2.2 <jane@example.org>: Mailbox full, try again later',
  block: '554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org',
  auth: '550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. - gsmtp',
} as const;

function classified(diagnostic: string): Classification {
  const c = classify(parseBounce(dsnReturning([], diagnostic)))[0];
  if (!c) throw new Error('no classification');
  return c;
}

function itemsFor(service: SendingService, reply: keyof typeof REPLIES, reason?: Reason) {
  const c = classified(REPLIES[reply]);
  return serviceItems({
    service,
    classification: c,
    reason: reason ?? c.reason,
    fill: FILL,
    results: {},
  });
}

const texts = (item: ChecklistItem | undefined) =>
  [
    item?.title,
    item?.why,
    ...(item?.fixes ?? []).flatMap((f) => [f.text, f.record?.name, f.record?.value]),
  ].join('\n');

describe('the bounces the facts are shown for', () => {
  it('read as the family each fact is for', () => {
    expect(classified(REPLIES.hard)).toMatchObject({ reason: 'userunknown', hardBounce: true });
    expect(classified(REPLIES.soft)).toMatchObject({ reason: 'mailboxfull', permanent: false });
    expect(classified(REPLIES.block)).toMatchObject({ reason: 'blocked', permanent: true });
  });
});

describe.each(SENDING_SERVICES.map((service) => [service.id, service] as const))(
  'the facts of %s',
  (_id, service) => {
    const s = service.suppression;
    const cases = [
      ['hard', s?.hard, 'hard', undefined],
      ['soft', s?.soft, 'soft', undefined],
      ['block', s?.block, 'block', undefined],
      ['suppressed', s?.suppressed, 'hard', 'suppressed'],
    ] as const;
    for (const [name, text, reply, reason] of cases) {
      if (!text) continue;
      it(`what it does after a ${name} bounce, with the address filled in`, () => {
        const item = itemsFor(service, reply, reason).find((i) => i.id === 'service:suppression');
        expect(item?.title).toBe(fillTemplate(text.title, service, FILL));
        expect(item?.why).toBe(fillTemplate(text.text, service, FILL));
        expect(texts(item)).not.toMatch(/\{\w+\}/);
        if (text.title.includes('{address}') || text.text.includes('{address}'))
          expect(`${item?.title} ${item?.why}`).toContain('jane@example.org');
        const undo = name === 'hard' || name === 'suppressed';
        if (undo) {
          expect(item?.fixes[0]?.text).toContain(fillTemplate(s!.remove, service, FILL));
          expect(item?.fixes[0]?.links).toEqual([s!.link]);
        } else expect(item?.links).toEqual([s!.link]);
      });
    }
    if (s) {
      it('says how to take the address off its list, naming it', () => {
        expect(fillTemplate(s.remove, service, FILL)).toContain('jane@example.org');
        expect(s.link.url).toMatch(/^https:\/\//);
      });
    }

    const returnPath = service.authentication?.returnPath;
    if (returnPath) {
      it('the return-path records, for the From domain', () => {
        const auth = itemsFor(service, 'auth', 'authfailure').find(
          (i) => i.id === 'service:authenticate',
        );
        const names = auth?.fixes.map((fix) => fix.record?.name) ?? [];
        for (const record of returnPath.records) {
          const name = fillTemplate(record.name, service, FILL);
          expect(names).toContain(name);
          expect(name).toContain('shop.example');
        }
        expect(texts(auth)).not.toMatch(/\{\w+\}/);
      });
    }

    const ips = service.ips;
    it(ips ? 'shared or dedicated IPs, for a block' : 'no IP item without the facts', () => {
      const item = itemsFor(service, 'block').find((i) => i.id === 'service:ips');
      if (!ips) return expect(item).toBeUndefined();
      expect(item?.why).toBe(fillTemplate(ips.text, service, FILL));
      expect(item?.why).toMatch(/dedicated/i);
      expect(item?.links).toEqual([ips.support]);
      expect(ips.support.url).toMatch(/^https:\/\//);
      // Not for an address that does not exist: the IP has nothing to do with it.
      expect(itemsFor(service, 'hard').some((i) => i.id === 'service:ips')).toBe(false);
    });
  },
);
