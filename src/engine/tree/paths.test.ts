import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answer, plan, start } from './machine.ts';
import { inputForEntry } from '../test-support/tree-inputs.ts';
import { parsePathLine, pathLines, reviewedLines } from '../test-support/tree-paths.ts';
import { TREE } from './tree.ts';

/** The paths as reviewed (not derived from the walker, so a wrong tree edit fails here). */
const reviewed = reviewedLines(
  readFileSync(new URL('./reviewed-paths.txt', import.meta.url), 'utf8'),
);

describe('every path through the tree', () => {
  it('is in the reviewed list, and every reviewed path is in the tree', () => {
    // After a deliberate tree edit: npx tsx scripts/tree-paths.ts > src/engine/tree/reviewed-paths.txt
    expect(pathLines(TREE)).toEqual(reviewed);
  });

  it('has paths from every entry', () => {
    for (const entry of TREE.entries) {
      expect(
        reviewed.some((line) => parsePathLine(line).entry === entry.id),
        entry.id,
      ).toBe(true);
    }
  });

  for (const line of reviewed) {
    const path = parsePathLine(line);
    it(line, () => {
      let state = start(TREE, inputForEntry(TREE, path.entry));
      expect(state.entry).toBe(path.entry);
      for (const step of path.answers) {
        expect(plan(TREE, state).pending?.question).toBe(step.question);
        state = answer(TREE, state, step.answer);
      }
      const result = plan(TREE, state);
      expect(result.pending).toBeUndefined();
      expect(result.outcome?.id).toBe(path.outcome);
      expect(result.checks).toEqual(path.checks);
      expect(new Set(result.checks).size).toBe(result.checks.length);
      expect(result.outcome?.advice.length).toBeGreaterThan(0);
      // The walk is plain data: it survives JSON (session storage, share links).
      expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    });
  }
});

describe('what the tree decides for the journeys', () => {
  const outcomeOf = (entry: string, answers: string[]) => {
    let state = start(TREE, inputForEntry(TREE, entry));
    for (const value of answers) state = answer(TREE, state, value);
    return plan(TREE, state);
  };

  it('Microsoft 365 AS(201806281), one recipient: the address, and a note to their admin', () => {
    const result = outcomeOf('microsoft-dbeb', ['one']);
    expect(result.checks).toEqual(['address']);
    expect(result.outcome?.message).toBe('recipient-admin');
  });

  it('Gmail 5.7.26: SPF, DKIM and DMARC in that order; bulk adds the bulk-sender rules', () => {
    expect(outcomeOf('gmail-auth', ['no', 'no']).checks).toEqual(['spf', 'dkim', 'dmarc']);
    expect(outcomeOf('gmail-auth', ['no', 'yes']).checks).toEqual([
      'spf',
      'dkim',
      'dmarc',
      'bulk-sender',
    ]);
  });

  it('a full mailbox runs no DNS check and writes to the recipient', () => {
    const result = outcomeOf('mailbox-full', []);
    expect(result.checks).toEqual([]);
    expect(result.outcome?.message).toBe('recipient');
  });

  it('"not sure" takes the branch that checks more', () => {
    expect(outcomeOf('reputation', ['no', 'unsure']).checks).toContain('bulk-sender');
  });
});
