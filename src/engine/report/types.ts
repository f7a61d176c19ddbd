/** The checklist: what step 5 shows and what the exports write. Plain data. */
import type { CheckId, Fix, Verdict } from '../checks/types.ts';
import type { Actor, Reason } from '../classify/types.ts';
import type { ServiceBounceName } from '../senders/bounce-name.ts';
import type { NoteLanguage } from './notes/types.ts';
import type { MessageTarget } from '../tree/types.ts';

/** A check's verdict, `pending` while it runs, or `todo` for advice no check can settle. */
export type ItemStatus = Verdict | 'pending' | 'todo';

export interface ChecklistItem {
  /** Stable across re-checks: "check:spf", "advice:verify-address". */
  id: string;
  /** A check's result, the tree's advice, the sending service's facts, or a forward's. */
  kind: 'check' | 'advice' | 'service' | 'forwarding';
  check?: CheckId;
  status: ItemStatus;
  title: string;
  /** What the check found, in one line. */
  finding?: string;
  /** Why this item matters for this bounce. */
  why: string;
  fixes: Fix[];
  unknownReason?: string;
  manualCheck?: string;
  /** Where to find the input (the sending IP, the DKIM selector) the check could not run without. */
  whereToFind?: string;
  /** The tree's own path runs this check: its failure explains the bounce. */
  onPath?: boolean;
  links: { label: string; url: string }[];
}

export interface ReadyMessage {
  to: MessageTarget;
  subject: string;
  body: string;
}

export interface Checklist {
  title: string;
  reason: Reason;
  reasonTitle: string;
  /** True when the person corrected the diagnosis. */
  corrected: boolean;
  permanence: 'permanent' | 'temporary' | 'not a failure';
  actor: Actor;
  recipient?: string;
  provider?: { name: string; code?: string };
  outcome: { id: string; title: string };
  items: ChecklistItem[];
  message?: ReadyMessage;
  /** The sending service the checklist is written for, and how it was recognised. */
  service?: {
    id: string;
    name: string;
    /** How the bounce showed it; absent when the person chose it. */
    how?: string;
    strength?: 'strong' | 'weak';
    bounceName?: ServiceBounceName;
  };
  /** Other services the domain sends through, as the person added them on the sender step. */
  otherServices?: { id: string; name: string }[];
  /** The message was forwarded or relayed: who has to act. */
  forwarding?: { forwarder: string; who: string; summary: string };
  /** For every reason: a note for the administrator, and one for the customer per language. */
  notes: { admin: { subject: string; body: string }; customer: Record<NoteLanguage, string> };
  counts: Record<ItemStatus, number>;
}
