/**
 * The DNS Tree Walk of RFC 9989 s4.10 (DMARCbis), which replaces the Public Suffix List:
 * query _dmarc at the start name; if the name has 8 or more labels jump to its 7 right-most
 * labels, otherwise drop the left-most label; then keep dropping one label until a record with
 * psd=y or psd=n stops the walk or no labels are left. At most 8 queries.
 *
 * Every name is known before the first answer, so all of them are asked at once and the
 * answers read in walk order: the result is that of the step-by-step walk, in one round trip.
 * A psd= stop or an error leaves the answers after it unread (they cost a question, no time).
 */
import type { DmarcLookup, LookupResult } from './lookup.ts';

/** RFC 9989 s4.10 step 4: names of 8+ labels are shortened to their 7 right-most labels. */
const SHORTENED_LABELS = 7;

export interface TreeWalk {
  start: string;
  /** Every name queried, in order, with what it held. */
  steps: LookupResult[];
  /** The step whose lookup failed; the walk stops there. */
  error?: LookupResult;
}

/** The names a full walk would query, before any psd= stop. */
export function walkNames(start: string): string[] {
  const names = [start];
  let labels = start.split('.');
  while (labels.length > 1) {
    labels = labels.length > SHORTENED_LABELS ? labels.slice(-SHORTENED_LABELS) : labels.slice(1);
    names.push(labels.join('.'));
  }
  return names;
}

export async function treeWalk(start: string, lookup: DmarcLookup): Promise<TreeWalk> {
  // Lookups never reject (errors are values), so the ones a stop leaves unread can be left to
  // finish on their own: a slow answer nobody needs does not hold up the verdict.
  const answers = walkNames(start).map((name) => lookup(name));
  const steps: LookupResult[] = [];
  for (const answer of answers) {
    const step = await answer;
    steps.push(step);
    if (step.outcome === 'error') return { start, steps, error: step };
    const psd = step.record?.psd;
    if (step.outcome === 'record' && (psd === 'y' || psd === 'n')) break;
  }
  return { start, steps };
}

/** The domain that has `labels` right-most labels of `name`. */
const rightmost = (name: string, labels: number): string =>
  name.split('.').slice(-labels).join('.');

/**
 * Organizational Domain selection, RFC 9989 s4.10.2: over the records found, longest name
 * first, psd=n marks the Organizational Domain and psd=y (except at the start name) the name
 * one label below it; otherwise the record with the fewest labels; with no records, the start.
 */
export function selectOrgDomain(walk: TreeWalk): string {
  const found = walk.steps.filter((s) => s.outcome === 'record');
  for (const step of found) {
    if (step.record?.psd === 'n') return step.domain;
    if (step.record?.psd === 'y' && step.domain !== walk.start) {
      return rightmost(walk.start, step.domain.split('.').length + 1);
    }
  }
  return found.at(-1)?.domain ?? walk.start;
}
