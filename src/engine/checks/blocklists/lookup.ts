/**
 * One list, one key: the real query and the list's self-test (RFC 5782 s5) run side by side,
 * and the row says listed, clear or unknown. Only a list that answered its own test entries
 * correctly through this resolver can make a key "clear"; refusals and error codes are unknown.
 */
import type { Delist, KeyType, Severity, Blocklist } from './types.ts';
import { decodeAnswer } from './decode.ts';
import { explainDnsError } from '../../dns/failure-words.ts';
import type { Lookups, Settled } from '../../dns/settle.ts';
import { keyLabels, keyText, selfTestKeys, type LookupKey } from './query-names.ts';

export type SelfTestResult = 'passed' | 'failed' | 'error' | 'not-run';

export interface SelfTest {
  result: SelfTestResult;
  why?: string;
}

export interface BlocklistRow {
  listId: string;
  list: string;
  /** The zone asked (a DQS key shows as <dqs-key>). */
  zone: string;
  keyType: KeyType;
  /** What was looked up: the IP or the domain. */
  key: string;
  /** The full DNS name asked, absent when the list was not queried. */
  queriedName?: string;
  /** The A records that came back. */
  answer: string[];
  /** What each answer means. */
  meanings: string[];
  status: 'listed' | 'clear' | 'unknown';
  severity?: Severity;
  /** This row counts towards a failure: a major list, or one the bouncing provider uses. */
  matters: boolean;
  why: string;
  lookupUrl: string;
  delist: Delist[];
  selfTest: SelfTestResult;
}

export function runSelfTest(
  list: Blocklist,
  type: KeyType,
  zone: string,
  log: Lookups,
): Promise<SelfTest> {
  const keys = selfTestKeys(list, type);
  return Promise.all([
    log.lookup(`${keyLabels(keys.listed)}.${zone}`, 'A'),
    log.lookup(`${keyLabels(keys.notListed)}.${zone}`, 'A'),
  ]).then(([listed, notListed]) =>
    judgeSelfTest(list, keyText(keys.listed), listed, keyText(keys.notListed), notListed),
  );
}

function judgeSelfTest(
  list: Blocklist,
  listedKey: string,
  listed: Settled<'A'>,
  cleanKey: string,
  clean: Settled<'A'>,
): SelfTest {
  for (const answer of [listed, clean]) {
    if (answer.kind === 'error')
      return { result: 'error', why: `its test query failed: ${explainDnsError(answer.error)}` };
  }
  const decoded = listed.kind === 'ok' ? decodeAnswer(list, listed.records) : undefined;
  if (!decoded || (decoded.status !== 'listed' && decoded.status !== 'clear')) {
    const got = decoded ? decoded.meanings.join('; ') : listed.kind.toUpperCase();
    return { result: 'failed', why: `it did not list its test entry ${listedKey} (got ${got})` };
  }
  if (clean.kind === 'ok') {
    return {
      result: 'failed',
      why: `it "listed" ${cleanKey}, which no list may (got ${clean.records.join(', ')}): answers through this resolver are not trustworthy`,
    };
  }
  return { result: 'passed' };
}

export interface RowInput {
  list: Blocklist;
  key: LookupKey;
  zone: string;
  shownZone: string;
  providerLists: readonly string[];
}

export async function lookupRow(
  input: RowInput,
  selfTest: Promise<SelfTest>,
  log: Lookups,
  redact: (s: string) => string,
): Promise<BlocklistRow> {
  const { list, key, zone, shownZone, providerLists } = input;
  const name = `${keyLabels(key)}.${zone}`;
  const [answer, test] = await Promise.all([log.lookup(name, 'A'), selfTest]);
  const row = baseRow(list, key, shownZone, providerLists);
  row.queriedName = redact(name);
  row.selfTest = test.result;
  if (answer.kind === 'error')
    return { ...row, why: `Could not ask ${list.name}: ${explainDnsError(answer.error, redact)}.` };
  row.answer = answer.kind === 'ok' ? answer.records : [];
  const decoded = answer.kind === 'ok' ? decodeAnswer(list, answer.records) : undefined;
  row.meanings = decoded?.meanings ?? [];
  if (decoded && decoded.status !== 'listed' && decoded.status !== 'clear') {
    const extra = decoded.status === 'unexpected' ? '' : ` ${list.publicResolver}`;
    return {
      ...row,
      why: `${list.name} gave no usable answer: ${decoded.meanings[0] ?? decoded.status}.${extra}`,
    };
  }
  if (test.result !== 'passed') {
    return {
      ...row,
      why: `${list.name} is not answering correctly through this resolver: ${test.why ?? 'its self-test did not run'}.`,
    };
  }
  if (decoded?.status === 'listed') {
    const severity = decoded.severity ?? list.severity;
    return {
      ...row,
      status: 'listed',
      severity,
      delist: decoded.delist,
      matters: severity === 'major' || providerLists.includes(list.id),
      why: `${keyText(key)} is listed: ${decoded.meanings.join('; ')}.`,
    };
  }
  const how = answer.kind === 'ok' ? row.meanings.join('; ') : 'no entry (NXDOMAIN)';
  return {
    ...row,
    status: 'clear',
    why: `${keyText(key)} is not listed (${how}); the list passed its self-test.`,
  };
}

/** A row for a list that was not asked (registered-only list, bad key): unknown, with why. */
export function unaskedRow(input: RowInput, why: string): BlocklistRow {
  return {
    ...baseRow(input.list, input.key, input.shownZone, input.providerLists),
    selfTest: 'not-run',
    why,
  };
}

function baseRow(
  list: Blocklist,
  key: LookupKey,
  zone: string,
  providerLists: readonly string[],
): BlocklistRow {
  return {
    listId: list.id,
    list: list.name,
    zone,
    keyType: key.type,
    key: keyText(key),
    answer: [],
    meanings: [],
    status: 'unknown',
    matters: list.severity === 'major' || providerLists.includes(list.id),
    why: '',
    lookupUrl: list.lookupUrl,
    delist: [],
    selfTest: 'not-run',
  };
}
