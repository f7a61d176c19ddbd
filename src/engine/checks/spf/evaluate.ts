/**
 * check_host() proper (RFC 7208 s4): fetch and select the record (s4.4, s4.5), parse it whole
 * (s4.6), evaluate the mechanisms strictly in order (s4.6.2), then redirect (s6.1) or the
 * default result neutral (s4.7). Speculative lookups may already be running (prefetch.ts), but
 * everything here awaits answers in record order, so results, counts and trace are those of a
 * sequential evaluation.
 */
import type { EvalState } from './context.ts';
import { expandTarget, matchSimple } from './mechanisms.ts';
import type { MacroString } from './macro.ts';
import { selectRecord, type Mechanism, type SpfRecord } from './record.ts';
import { countLookup, countVoid, SpfStop, temperror } from './stop.ts';
import type { Qualifier, SpfNodeTrace, SpfResult, SpfTermTrace } from './types.ts';

export type DecidedResult = Exclude<SpfResult, 'permerror' | 'temperror'>;

/** Where the explanation comes from, if the result is fail (s6.2). */
export interface ExpSource {
  spec: MacroString;
  domain: string;
}

/** The term that decided, the record it is in, and the include/redirect terms that led there. */
export interface MatchedTerm {
  domain: string;
  term: string;
  via: string[];
}

export interface NodeOutcome {
  result: DecidedResult;
  exp?: ExpSource;
  matched?: MatchedTerm;
}

/** s4.6.2 qualifiers. */
const RESULT_OF: Record<Qualifier, DecidedResult> = {
  '+': 'pass',
  '-': 'fail',
  '~': 'softfail',
  '?': 'neutral',
};

export function newNode(domain: string, via: SpfNodeTrace['via']): SpfNodeTrace {
  return { domain, via, result: 'neutral', terms: [], lookups: 0, voids: 0 };
}

/** s4.4/s4.5: the one SPF record of `domain`, or undefined for "none". */
async function fetchRecord(
  state: EvalState,
  domain: string,
  node: SpfNodeTrace,
): Promise<SpfRecord | undefined> {
  const answer = await state.dns.lookup(domain, 'TXT');
  if (answer.kind === 'error') throw temperror(answer.error);
  if (answer.kind !== 'ok') {
    // The TXT lookup of an include or redirect target is that term's lookup (s4.6.4).
    if (node.via !== 'check') countVoid(state);
    node.reason =
      answer.kind === 'nxdomain'
        ? `${domain} does not exist (NXDOMAIN, s4.3)`
        : `${domain} has no TXT records (s4.5)`;
    return undefined;
  }
  const selection = selectRecord(answer.records);
  if (selection.kind === 'none') {
    node.reason = `none of the ${selection.txtCount} TXT record(s) of ${domain} begins with "v=spf1" (s4.5)`;
    return undefined;
  }
  if (selection.kind === 'many') {
    node.record = selection.texts.join('\n');
    throw new SpfStop(
      'permerror',
      `${domain} publishes ${selection.texts.length} SPF records; exactly one is allowed (s4.5)`,
    );
  }
  node.record = selection.text;
  const parsed = state.parse(selection.text);
  if (!parsed.ok)
    throw new SpfStop('permerror', `syntax error in the record of ${domain}: ${parsed.error}`);
  return parsed.value;
}

function startTerm(node: SpfNodeTrace, term: string, name: string, qualifier?: Qualifier) {
  const trace: SpfTermTrace = { term, name, qualifier, outcome: 'no-match', lookups: 0, voids: 0 };
  node.terms.push(trace);
  return trace;
}

/** Run one term, keeping its trace entry up to date whatever happens. */
async function traced<T>(state: EvalState, term: SpfTermTrace, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SpfStop) {
      term.outcome = 'error';
      term.result = error.result;
      term.detail = error.reason;
    }
    throw error;
  } finally {
    term.lookups = state.lookups;
    term.voids = state.voids;
  }
}

/** Evaluate a nested record: an include target (s5.2) or a redirect target (s6.1). */
async function recurse(
  state: EvalState,
  spec: MacroString,
  domain: string,
  via: 'include' | 'redirect',
  term: SpfTermTrace,
): Promise<NodeOutcome> {
  countLookup(state);
  const { expanded, name } = await expandTarget(state, spec, domain);
  term.target = name ?? expanded;
  if (!name) {
    throw new SpfStop(
      'permerror',
      `${via} target "${expanded}" is not a valid domain name (${via === 'include' ? 's5.2' : 's6.1'})`,
    );
  }
  const child = newNode(name, via);
  term.child = child;
  const outcome = await evaluateNode(state, name, child);
  if (outcome.result === 'none') {
    throw new SpfStop(
      'permerror',
      `${via} target ${name} has no SPF record (${child.reason ?? 'none'}; ${via === 'include' ? 's5.2' : 's6.1'})`,
    );
  }
  return outcome;
}

/**
 * s5.2: include matches on the target's pass; fail, softfail and neutral do not match;
 * temperror and permerror propagate; none is a permerror. The target's exp= is never used.
 */
async function matchInclude(
  state: EvalState,
  m: Mechanism & { name: 'include' },
  domain: string,
  term: SpfTermTrace,
): Promise<MatchedTerm | undefined> {
  const outcome = await recurse(state, m.domain, domain, 'include', term);
  term.detail = `${term.target} returned ${outcome.result}`;
  if (outcome.result !== 'pass') return undefined;
  const inner = outcome.matched;
  return inner ? { ...inner, via: [m.text, ...inner.via] } : { domain, term: m.text, via: [] };
}

async function evaluateRecord(
  state: EvalState,
  domain: string,
  node: SpfNodeTrace,
): Promise<NodeOutcome> {
  const record = await fetchRecord(state, domain, node);
  if (!record) return { result: 'none' };
  state.planner?.plan(record, domain, state.lookups);
  for (const mechanism of record.mechanisms) {
    const term = startTerm(node, mechanism.text, mechanism.name, mechanism.qualifier);
    const matched = await traced(state, term, async (): Promise<MatchedTerm | undefined> => {
      if (mechanism.name === 'include') return matchInclude(state, mechanism, domain, term);
      const hit = await matchSimple(state, mechanism, domain, term);
      return hit ? { domain, term: mechanism.text, via: [] } : undefined;
    });
    if (!matched) continue;
    const result = RESULT_OF[mechanism.qualifier];
    term.outcome = 'match';
    term.result = result;
    const exp = result === 'fail' && record.exp ? { spec: record.exp.domain, domain } : undefined;
    return { result, exp, matched };
  }
  if (record.redirect && !record.hasAll) {
    const redirect = record.redirect;
    const term = startTerm(node, redirect.text, 'redirect');
    // s6.1: the result is the target's, explanation included (s6.2: not this record's exp=).
    const outcome = await traced(state, term, () =>
      recurse(state, redirect.domain, domain, 'redirect', term),
    );
    term.outcome = 'match';
    term.result = outcome.result;
    const matched = outcome.matched && {
      ...outcome.matched,
      via: [redirect.text, ...outcome.matched.via],
    };
    return { ...outcome, matched };
  }
  return { result: 'neutral' }; // s4.7: nothing matched and no redirect
}

/** Evaluate `domain`'s record into `node`; permerror/temperror are thrown as SpfStop. */
export async function evaluateNode(
  state: EvalState,
  domain: string,
  node: SpfNodeTrace,
): Promise<NodeOutcome> {
  try {
    const outcome = await evaluateRecord(state, domain, node);
    node.result = outcome.result;
    return outcome;
  } catch (error) {
    if (error instanceof SpfStop) {
      node.result = error.result;
      node.reason ??= error.reason;
    }
    throw error;
  } finally {
    node.lookups = state.lookups;
    node.voids = state.voids;
  }
}

export { SpfStop };
