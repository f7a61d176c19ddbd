/**
 * The share link: the wizard state (optionally with addresses redacted), compressed into the
 * URL fragment. The fragment is never sent to a server; opening the link restores the wizard
 * at the same step.
 */
import { decodeShare, encodeShare } from '../../engine/report/share-codec.ts';
import { redactDeep } from '../../engine/report/redact.ts';
import { validateOptions } from '../options/validate-options.ts';
import { fingerprint } from '../wizard/fingerprint.ts';
import { fromStored, toStored, type StoredWizard } from '../wizard/wizard-storage.ts';
import type { WizardState } from '../wizard/wizard-state.ts';

export const SHARE_STEPS = ['diagnosis', 'sender', 'checks', 'checklist'] as const;
export type ShareStep = (typeof SHARE_STEPS)[number];

interface SharePayload {
  step: ShareStep;
  state: StoredWizard;
}

export async function shareLink(
  base: string,
  state: WizardState,
  step: ShareStep,
  redact: boolean,
): Promise<string> {
  // Whether the sharer's own checks were held is theirs: opening the link holds them anew.
  const { held: _held, ...stored } = toStored(state);
  const payload: SharePayload = {
    step,
    state: redact ? withWalkRebased(redactDeep(stored), state.bounce?.key) : stored,
  };
  const url = new URL(base);
  url.hash = `/open?s=${await encodeShare(payload)}`;
  return url.href;
}

/**
 * The walk through the questions is kept for the bounce it was started for, by the text's key.
 * Redacting changes the text and so its key: the walk is moved to the redacted text's key, or
 * the link would open on the first question again with every answer lost.
 */
function withWalkRebased(redacted: StoredWizard, key: string | undefined): StoredWizard {
  const { tree } = redacted;
  const text = redacted.bounce === 'draft' ? redacted.draft : redacted.bounce;
  if (!key || !tree || text === null || !tree.basis.startsWith(`${key}:`)) return redacted;
  return {
    ...redacted,
    tree: { ...tree, basis: fingerprint(text) + tree.basis.slice(key.length) },
  };
}

/** The state and step a link carries, or null when it is damaged or not ours. */
export async function readShareLink(
  url: string,
): Promise<{ state: WizardState; step: ShareStep } | null> {
  const text = new URL(url).searchParams.get('s');
  if (!text) return null;
  const payload = (await decodeShare(text)) as Partial<SharePayload> | undefined;
  if (!payload || typeof payload !== 'object') return null;
  const state = fromStored(payload.state);
  // The bounce and the step pass the rules every option from outside passes, as a link's.
  const { options } = validateOptions(
    { bounce: state.bounce?.text, 'start-step': payload.step },
    'link',
  );
  if (!state.bounce) return null;
  const step = SHARE_STEPS.find((name) => name === options.startStep) ?? 'diagnosis';
  // The opener did not start these checks: they wait for a go-ahead before asking a resolver.
  return { state: { ...state, lookupsHeld: true }, step };
}
