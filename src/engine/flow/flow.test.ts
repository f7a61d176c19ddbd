import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.ts';
import { answerAt, TREE } from '../tree/index.ts';
import { basisOf, flowOf, type FlowState } from './flow.ts';

const SEED = '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)';
const GMAIL =
  '550-5.7.26 This mail has been blocked because the sender is unauthenticated. SPF [example.com] with ip: [192.0.2.25] = did not pass';
const state = (partial: Partial<FlowState> = {}): FlowState => ({
  bounceKey: 'k1',
  correction: null,
  tree: null,
  sender: {},
  ...partial,
});

describe('flowOf', () => {
  it('starts the walk at the diagnosis, with the checks that settle other readings', async () => {
    const flow = flowOf(await diagnose(SEED), state());
    expect(flow?.reason).toBe('userunknown');
    expect(flow?.corrected).toBe(false);
    expect(flow?.basis).toBe('k1:userunknown');
    expect(flow?.tree.entry).toBe('microsoft-dbeb');
    expect(flow?.tree.extraChecks).toContain('blocklists');
    expect(flow?.fields).toContain('recipient');
  });

  it('takes the assumed answer to every open question, so the walk ends in an outcome', async () => {
    const flow = flowOf(await diagnose(SEED), state());
    expect(flow?.plan.pending).toBeUndefined();
    expect(flow?.plan.outcome?.id).toBe('dbeb-one');
    expect(flow?.plan.answers).toEqual([
      { question: 'recipients', answer: 'one', auto: false, assumed: true },
    ]);
    expect(flow?.plan.checks).toEqual(['address', 'blocklists']);
  });

  it('asks on the sender step only for what the planned checks need and nobody filled in', async () => {
    // The seed names no address and no server: the address and blocklist checks need them.
    expect(flowOf(await diagnose(SEED), state())?.asks).toEqual([
      'recipient',
      'fromAddress',
      'sendingIp',
    ]);
    const typed = { recipient: 'jane@contoso.example', fromAddress: 'a@b.example' };
    expect(
      flowOf(await diagnose(SEED), state({ sender: { ...typed, sendingIp: '192.0.2.1' } }))?.asks,
    ).toEqual([]);
    // Gmail names the IP and the envelope domain; the From address it does not, and the DKIM
    // selector is not asked for (the check tries the common ones).
    expect(flowOf(await diagnose(GMAIL), state())?.asks).toEqual(['fromAddress']);
    // No check, nothing to ask.
    const full = flowOf(await diagnose(SEED), state({ correction: 'mailboxfull' }));
    expect(full?.asks).toEqual([]);
  });

  it('follows a correction: the reason rows, no provider code, and its own basis', async () => {
    const flow = flowOf(await diagnose(SEED), state({ correction: 'mailboxfull' }));
    expect(flow?.reason).toBe('mailboxfull');
    expect(flow?.corrected).toBe(true);
    expect(flow?.basis).toBe('k1:mailboxfull');
    expect(flow?.plan.outcome).toBeDefined();
    expect(flow?.plan.checks).toEqual([]);
  });

  it('keeps a saved walk for the same bounce and reason, and drops it for another', async () => {
    const diagnosis = await diagnose(SEED);
    const first = flowOf(diagnosis, state());
    if (!first) throw new Error('no flow');
    const saved = { basis: first.basis, state: answerAt(TREE, first.tree, 'dbeb-start', 'many') };
    expect(flowOf(diagnosis, state({ tree: saved }))?.plan.outcome?.id).toBe('dbeb-many');
    const other = flowOf(diagnosis, state({ tree: saved, bounceKey: 'k2' }));
    expect(other?.plan.outcome?.id).toBe('dbeb-one');
  });

  it('pre-fills the sender from the bounce, and what was typed wins', async () => {
    const diagnosis = await diagnose(GMAIL);
    const filled = flowOf(diagnosis, state());
    expect(filled?.values.sendingIp).toBe('192.0.2.25');
    expect(filled?.sender.sendingIp).toBe('192.0.2.25');
    const typed = flowOf(diagnosis, state({ sender: { sendingIp: '198.51.100.7' } }));
    expect(typed?.sender.sendingIp).toBe('198.51.100.7');
    expect(typed?.prefill.sendingIp?.value).toBe('192.0.2.25');
  });

  it('takes the pasted original over the one in the bounce', async () => {
    const diagnosis = await diagnose(SEED);
    expect(flowOf(diagnosis, state({ originalInBounce: 'A' }))?.original).toBe('A');
    const pasted = flowOf(diagnosis, state({ originalInBounce: 'A', sender: { original: ' B ' } }));
    expect(pasted?.original).toBe('B');
  });

  it('is null when the text names no failed recipient', async () => {
    expect(flowOf(await diagnose('hello, how are you?'), state())).toBeNull();
    expect(basisOf('k', 'blocked')).toBe('k:blocked');
  });
});
