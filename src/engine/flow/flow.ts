/**
 * Everything steps 3 to 5 derive from the diagnosis and the wizard's state, as one pure
 * function: the reason (diagnosed or corrected), the walk through the tree and its plan, the
 * sender details (pre-filled, then as typed), and the original message for the content check.
 * The walk's open questions take their assumed answers, so there is always a checklist; the
 * person changes them beside it (decision 067). The UI's hook (features/flow/use-flow.ts) only
 * reads the state and saves the walk.
 */
import type { SenderDetails } from '../checks/types.ts';
import type { Classification, Reason } from '../classify/types.ts';
import type { Diagnosis } from '../diagnose.ts';
import { toSenderDetails, type SenderValues } from '../sender/details.ts';
import { fieldsFor, SENDER_FIELDS, type SenderField } from '../sender/fields.ts';
import { chosenServices, type ChosenServices } from '../sender/services.ts';
import { forwardingIn, type Forwarding } from '../forwarding/detect.ts';
import { recogniseService, type Recognition } from '../senders/recognise.ts';
import { prefillSender, type Prefill } from '../sender/prefill.ts';
import { assume, checksReachable, plan as planOf, start, TREE } from '../tree/index.ts';
import type { Plan, TreeInput, TreeState } from '../tree/types.ts';

/** The part of the wizard's state the flow reads. */
export interface FlowState {
  /** The bounce's fingerprint: a walk saved for another bounce does not apply. */
  bounceKey: string;
  correction: Reason | null;
  /** The saved walk, and what it was started for. */
  tree: { basis: string; state: TreeState } | null;
  /** Sender details as typed; a field absent here takes its pre-filled value. */
  sender: SenderValues;
  /** The original message the diagnose worker found inside the bounce. */
  originalInBounce?: string;
}

export interface FlowView {
  classification: Classification;
  reason: Reason;
  corrected: boolean;
  /** What the walk is for: a saved walk with another basis starts over. */
  basis: string;
  tree: TreeState;
  plan: Plan;
  prefill: Prefill;
  values: SenderValues;
  /** The fields the checks this diagnosis may call for need. */
  fields: SenderField[];
  /**
   * The fields the planned checks need that neither the bounce nor the person filled in: the
   * sender step is worth a stop only for these (empty: it is passed through).
   */
  asks: SenderField[];
  sender: SenderDetails;
  /**
   * The sending services as chosen (pre-filled with the recognised one): the message's, and the
   * others the domain sends through, whose SPF includes go into the same one record.
   */
  services: ChosenServices;
  /** The sending service the bounce shows, if any (pre-filled, the person may change it). */
  recognition?: Recognition;
  /** A forward, list or relay the bounce shows. */
  forwarding?: Forwarding;
  /** The raw original message: pasted on step 3, or found in the bounce. */
  original?: string;
}

/** What the walk starts from: the first failed recipient's diagnosis, or its correction. */
export function treeInput(
  results: readonly Classification[],
  correction: Reason | null,
): TreeInput | null {
  const c = results[0];
  if (!c) return null;
  // Several failed recipients in one bounce answer "one or many?" by themselves.
  const known = results.length > 1 ? { recipients: 'many' } : {};
  if (correction && correction !== c.reason) {
    // A corrected reason starts from the reason rows: the provider's code no longer applies.
    return { reason: correction, known };
  }
  return {
    reason: c.reason,
    providerId: c.provider?.id ?? null,
    codes: [c.provider?.code, c.status],
    known,
    settleBy: c.alternatives.map((alt) => alt.settleBy),
  };
}

export const basisOf = (bounceKey: string, reason: Reason) => `${bounceKey}:${reason}`;

/**
 * Fields a check does well without, which never hold the sender step: DKIM tries the common
 * selectors when none is given (checks/dkim), and the service only adds its own records to the
 * advice.
 */
const OPTIONAL_FIELDS: readonly SenderField[] = ['dkimSelector', 'esp'];

/** The flow for this diagnosis and state; null when the bounce names no failed recipient. */
export function flowOf(diagnosis: Diagnosis, state: FlowState): FlowView | null {
  const input = treeInput(diagnosis.results, state.correction);
  const classification = diagnosis.results[0];
  if (!input || !classification) return null;
  const basis = basisOf(state.bounceKey, input.reason);
  const saved = state.tree && state.tree.basis === basis ? state.tree.state : start(TREE, input);
  const tree = assume(TREE, saved);
  const plan = planOf(TREE, tree);
  const prefill = prefillSender(diagnosis.parsed, classification);
  const values: SenderValues = {};
  for (const [field, value] of Object.entries(prefill)) {
    if (field !== 'original') values[field as SenderField] = value.value;
  }
  Object.assign(values, state.sender);
  const original = state.sender.original?.trim() || state.originalInBounce;
  const reachable = [...checksReachable(TREE, tree.entry), ...tree.extraChecks];
  const recognition = recogniseService(diagnosis.parsed, classification);
  const forwarding = forwardingIn(diagnosis.parsed, classification);
  // A service the bounce shows is always offered for confirming, whatever the checks need.
  const needed = fieldsFor(reachable);
  const fields = recognition
    ? SENDER_FIELDS.filter((field) => field === 'esp' || needed.includes(field))
    : needed;
  const filled = (field: SenderField) =>
    field === 'original' ? original !== undefined : !!values[field]?.trim();
  const asks = fieldsFor(plan.checks).filter(
    (field) => !OPTIONAL_FIELDS.includes(field) && !filled(field),
  );
  return {
    classification,
    reason: input.reason,
    corrected: input.reason !== classification.reason,
    basis,
    tree,
    plan,
    prefill,
    values,
    fields,
    asks,
    sender: toSenderDetails(values, diagnosis.parsed.original),
    services: chosenServices(values.esp),
    ...(recognition ? { recognition } : {}),
    ...(forwarding ? { forwarding } : {}),
    ...(original ? { original } : {}),
  };
}
