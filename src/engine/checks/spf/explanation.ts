/**
 * The explanation for a fail (RFC 7208 s6.2): fetched only once the result is known to be fail,
 * from the exp= of the record whose mechanism produced it (never an include target's, s6.2).
 * Any problem (DNS error, no record, several records, bad syntax, non-ASCII) means "as if no
 * exp= were given": the explanation is then empty (s6.2 allows a default or an empty one).
 */
import { macroValues, type EvalState } from './context.ts';
import type { ExpSource } from './evaluate.ts';
import { expandMacros, parseMacroString } from './macro.ts';
import { expandTarget } from './mechanisms.ts';
import { validatedName } from './validated-names.ts';

export async function explain(state: EvalState, source: ExpSource): Promise<string | undefined> {
  const { name } = await expandTarget(state, source.spec, source.domain);
  if (!name) return undefined;
  // s6.2/s4.6.4: this lookup counts neither as a DNS term nor as a void lookup.
  const answer = await state.dns.lookup(name, 'TXT');
  if (answer.kind !== 'ok' || answer.records.length !== 1) return undefined;
  const parsed = parseMacroString(answer.records[0] ?? '', 'explain');
  if (!parsed.ok) return undefined;
  const p = parsed.value.usesP
    ? await validatedName(state.dns, state.connection.ip, source.domain)
    : undefined;
  const text = expandMacros(parsed.value, macroValues(state.connection, source.domain, p));
  return text === '' ? undefined : text;
}
