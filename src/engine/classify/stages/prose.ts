/**
 * Stage 7, the report's own prose around the recipient, consulted last and only when the
 * server's words, the status and the reply code said nothing. Templates, disclaimers and advice
 * are taken out first: "scanned for viruses" in a footer is not a virus, "set up SPF" in advice
 * is not an SPF failure.
 */
import { withoutTemplates } from '../../parse/boilerplate.ts';
import { matchWordings } from '../../rules/wordings/match.ts';
import { meaningOf } from '../meaning.ts';
import { mailboxName, meaningFinding } from './meaning.ts';
import { wordingFinding } from './reply.ts';
import type { Stage } from './types.ts';

export const proseStage: Stage = {
  id: 'prose',
  run({ r, prose }, sofar) {
    if (sofar || !r.context) return undefined;
    const text = withoutTemplates(prose());
    const cause = matchWordings(text).cause;
    if (cause) return { ...wordingFinding(cause, 'the report’s text'), tier: 'hint' };
    const meaning = meaningOf(text, mailboxName(r.address));
    return meaning ? meaningFinding(meaning, 'what the report’s text means', 'hint') : undefined;
  },
};
