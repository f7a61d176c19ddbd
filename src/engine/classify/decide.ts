/**
 * From evidence to a reason: the stages (stages/index.ts) each look at the recipient and say
 * what they saw; a short fold keeps the strongest finding, earlier stages winning ties, and
 * records for every finding whether it won, agreed or lost. See docs/decisions/003.
 */
import { withoutTemplates } from '../parse/boilerplate.ts';
import { SETTLED_BY } from '../rules/reason-info.ts';
import { matchWordings, type WordingMatches } from '../rules/wordings/match.ts';
import { STAGES, type Finding, type StageInput } from './stages/index.ts';
import { TIER_RANK } from './stages/types.ts';
import type { FiredRule, RecognisedProvider } from './provider.ts';
import type { InputKind, ParsedRecipient } from '../parse/types.ts';
import type { Reason } from '../vocabulary/reasons.ts';
import type { Alternative, Evidence } from './types.ts';

export interface Decision {
  reason: Reason;
  evidence: Evidence[];
  alternatives: Alternative[];
  confidence: 'high' | 'medium' | 'low';
  /** The finding that decided, when one did. */
  winner?: Finding;
}

const collapse = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/**
 * The wordings of the server's text, read first from where it names this recipient: a notice
 * that quotes several replies ("501 <a@x>... no access ... 550 <b@y>... User unknown") says what
 * happened to this address after the address. Failing a cause there, the whole text speaks.
 */
function ownWordings(text: string, r: ParsedRecipient): WordingMatches {
  const at = r.address ? text.indexOf(r.address.toLowerCase()) : -1;
  const start = at > 0 ? replyStartBefore(text, at) : 0;
  if (start > 0) {
    const own = matchWordings(text.slice(start), r.command);
    if (own.cause) return own;
  }
  return matchWordings(text, r.command);
}

/** Where the reply that names the address begins: its reply code, or the sentence it is in. */
function replyStartBefore(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(/(?:^|\s|<<< )[245]\d\d[ -]|[.;!?] /g))
    start = m.index;
  return start;
}

export function decide(
  r: ParsedRecipient,
  text: string,
  provider: RecognisedProvider | undefined,
  fired: FiredRule | undefined,
  kind?: InputKind,
): Decision {
  let prose: string | undefined;
  let wordings: WordingMatches | undefined;
  const input: StageInput = {
    r,
    text,
    provider,
    fired,
    kind,
    prose: () => (prose ??= collapse(r.context ?? '')),
    wordings: () => (wordings ??= ownWordings(text, r)),
  };
  const findings: Finding[] = [];
  let winner: Finding | undefined;
  for (const stage of STAGES) {
    const found = stage.run(input, winner);
    if (!found) continue;
    const finding = { ...found, stage: stage.id };
    findings.push(finding);
    if (!winner || finding.corrects || TIER_RANK[finding.tier] > TIER_RANK[winner.tier])
      winner = finding;
  }
  const reason = winner?.reason ?? nothingToGoOn(r);
  return {
    reason,
    evidence: findings.map((f) => evidenceOf(f, f === winner, reason)),
    alternatives: alternativesOf(findings, winner),
    confidence: confidenceOf(winner, findings),
    winner,
  };
}

function evidenceOf(f: Finding, won: boolean, reason: Reason): Evidence {
  return {
    rule: f.rule,
    text: f.text,
    source: f.source,
    reason: f.reason,
    stage: f.stage!,
    tier: f.tier,
    outcome: won ? 'decided' : f.reason === reason ? 'agrees' : 'outranked',
  };
}

/** The readings the evidence leaves open: the source's own, then every outranked finding. */
function alternativesOf(findings: Finding[], winner: Finding | undefined): Alternative[] {
  const alternatives: Alternative[] = [...(winner?.alternatives ?? [])];
  for (const f of findings) {
    if (f === winner || f.reason === winner?.reason) continue;
    // A provider that said what its code means is not second-guessed by the registry's meaning.
    if (winner?.stage === 'provider' && f.stage === 'status') continue;
    if (alternatives.some((a) => a.reason === f.reason)) continue;
    alternatives.push({ reason: f.reason, why: whyAlternative(f), settleBy: SETTLED_BY[f.reason] });
  }
  return alternatives;
}

function whyAlternative(f: Finding): string {
  if (f.stage === 'status') return `${f.rule.replace(/^status /, 'Status ')} on its own.`;
  if (f.stage === 'reply' || f.stage === 'prose') return `The text also says “${f.text}”.`;
  return `${f.rule[0]!.toUpperCase()}${f.rule.slice(1)}.`;
}

function confidenceOf(winner: Finding | undefined, findings: Finding[]): Decision['confidence'] {
  if (!winner) return 'low';
  if (winner.tier === 'declared' || winner.stage === 'provider') return 'high';
  const agreed = findings.some(
    (f) => f !== winner && f.reason === winner.reason && f.tier !== 'fallback',
  );
  const disputed = findings.some(
    (f) => f.reason !== winner.reason && TIER_RANK[f.tier] >= TIER_RANK.class,
  );
  if (winner.tier === 'cause') return agreed && !disputed ? 'high' : 'medium';
  if (winner.tier === 'class') return agreed ? 'high' : disputed ? 'low' : 'medium';
  return 'low';
}

/**
 * No stage found anything. `onhold` when the server said something we cannot place, `undefined`
 * when there is nothing to read: no text, or only a template's sentences and tokens.
 */
/**
 * Addresses, links, host names, bracketed literals and numbers: tokens, not words. Each starts
 * only where a token can start ((?<!…)), so a long run of dashes or letters is read once rather
 * than retried from every character in it.
 */
const TOKENS =
  /(?<![^\s<("'])[^\s@]{1,64}@[^\s@]{1,255}|https?:\/\/\S{1,2000}|(?<![\w-])[\w-]{1,63}(?:\.[\w-]{1,63}){2,}\b|\[[^\]]{0,200}\]|(?<![\d.:-])\d[\d.:-]{0,40}/g;

function nothingToGoOn(r: ParsedRecipient): Reason {
  const words = withoutTemplates(r.diagnostic.slice(0, 4000).toLowerCase())
    .replace(TOKENS, ' ')
    .match(/[a-z]{3,}|[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/gu);
  return words ? 'onhold' : 'undefined';
}
