/**
 * The triage of a batch, built row by row in one pass (so it can follow a stream): the summary
 * counts, and the groups by cause → provider → recipient domain, each with its count, one
 * representative diagnostic and the one action that follows.
 */
import type { ProviderId } from '../providers/ids.ts';
import type { Reason } from '../classify/types.ts';
import { refusingProvider } from '../classify/refusing-provider.ts';
import { reasonWords } from '../rules/reason-info.ts';
import { domainOf } from '../sender/prefill.ts';
import type { SenderDetails } from '../checks/types.ts';
import { ownCode } from './rows.ts';
import { TRIAGE_ACTIONS, type BatchItem, type TriageAction, type TriageRow } from './types.ts';

export interface DomainCount {
  domain: string;
  count: number;
}

export interface ProviderCount {
  /** The provider family's id; "" for recipients at no provider we recognise. */
  id: string;
  name: string;
  count: number;
  /** Largest first. */
  domains: DomainCount[];
}

export interface TriageGroup {
  /** The rows' `cause`. */
  key: string;
  reason: Reason;
  action: TriageAction;
  /** "The address does not exist", or "Blocked by Outlook.com S3150" when a provider code fired. */
  title: string;
  /** The provider's own code, when the group is one provider's cause. */
  code?: { provider: ProviderId; name: string; code: string };
  count: number;
  permanent: number;
  /** What to do, in plain words. */
  todo: string;
  /** One diagnostic of the group, as the server wrote it. */
  example: string;
  /** The id of the row the example is from. */
  exampleRow: number;
  providers: ProviderCount[];
  /** The distinct senders the group's rows name (for the DNS checks), at most MAX_SENDERS. */
  senders: SenderDetails[];
}

export interface TriageSummary {
  /** Recipients read (rows), failures or not. */
  recipients: number;
  /** Rows that are delivery failures (permanent or temporary). */
  failed: number;
  permanent: number;
  temporary: number;
  /** Rows that are reports but not failures: deliveries, auto-replies, complaints. */
  otherReports: number;
  /** Failed rows where the sender's side has to act, and where the recipient's side has to. */
  senderSide: number;
  recipientSide: number;
  byAction: Record<TriageAction, number>;
  /** Items (messages, events, rows, log lines) that were read but report no failure. */
  notBounces: number;
}

export interface Triage {
  add(item: BatchItem): void;
  summary(): TriageSummary;
  /** Largest first. */
  groups(): TriageGroup[];
}

const MAX_SENDERS = 20;
const MAX_DOMAINS = 50;

const OTHER_PROVIDERS = 'Other or unknown providers';

interface GroupState {
  group: Omit<TriageGroup, 'providers' | 'senders'>;
  providers: Map<string, { id: string; name: string; count: number; domains: Map<string, number> }>;
  senders: Map<string, SenderDetails>;
}

/** The sender details a row names, for the checks: the From domain, envelope and IP. */
export function senderOf(row: Pick<TriageRow, 'sender'>): SenderDetails | undefined {
  const sender = row.sender;
  if (!sender) return undefined;
  const fromDomain = domainOf(sender.fromAddress);
  const details: SenderDetails = {
    ...(sender.fromAddress ? { fromAddress: sender.fromAddress } : {}),
    ...(fromDomain ? { fromDomain } : {}),
    ...(sender.envelopeDomain ? { envelopeDomain: sender.envelopeDomain } : {}),
    ...(sender.sendingIp ? { sendingIp: sender.sendingIp } : {}),
  };
  return Object.keys(details).length > 0 ? details : undefined;
}

/** One sender is one From domain, envelope domain and IP: the checks' inputs. */
export const senderKey = (s: SenderDetails) =>
  `${s.fromDomain ?? ''}|${s.envelopeDomain ?? ''}|${s.sendingIp ?? ''}`;

function titleOf(row: TriageRow): string {
  const { title } = reasonWords(row.reason, row.stillTrying === true);
  const code = ownCode(row.provider);
  return code ? `${title}: ${row.provider!.name} ${code}` : title;
}

export function createTriage(): Triage {
  const groups = new Map<string, GroupState>();
  const byAction = Object.fromEntries(TRIAGE_ACTIONS.map((a) => [a, 0])) as Record<
    TriageAction,
    number
  >;
  const counts = {
    recipients: 0,
    failed: 0,
    permanent: 0,
    temporary: 0,
    otherReports: 0,
    senderSide: 0,
    recipientSide: 0,
    notBounces: 0,
  };

  const addRow = (row: TriageRow) => {
    counts.recipients++;
    byAction[row.action]++;
    if (row.permanent === null) counts.otherReports++;
    else {
      counts.failed++;
      if (row.permanent) counts.permanent++;
      else counts.temporary++;
      if (row.actor === 'sender' || row.actor === 'sender-esp') counts.senderSide++;
      else if (row.actor === 'recipient' || row.actor === 'recipient-admin') counts.recipientSide++;
    }
    let state = groups.get(row.cause);
    if (!state) {
      const code = ownCode(row.provider);
      state = {
        group: {
          key: row.cause,
          reason: row.reason,
          action: row.action,
          title: titleOf(row),
          ...(code ? { code: { provider: row.provider!.id, name: row.provider!.name, code } } : {}),
          count: 0,
          permanent: 0,
          todo: reasonWords(row.reason, row.stillTrying === true).todo,
          example: row.diagnostic,
          exampleRow: row.id,
        },
        providers: new Map(),
        senders: new Map(),
      };
      groups.set(row.cause, state);
    }
    const group = state.group;
    group.count++;
    if (row.permanent) group.permanent++;
    // A diagnostic with the server's codes says more than a service's one-word summary.
    if (!/\d/.test(group.example) && /\d/.test(row.diagnostic)) {
      group.example = row.diagnostic;
      group.exampleRow = row.id;
    }
    // The recipients are "at" the provider that refused them, not at one that only reported it.
    const at = refusingProvider(row);
    const providerId = at?.id ?? '';
    let provider = state.providers.get(providerId);
    if (!provider) {
      provider = {
        id: providerId,
        name: at?.name ?? OTHER_PROVIDERS,
        count: 0,
        domains: new Map(),
      };
      state.providers.set(providerId, provider);
    }
    provider.count++;
    const domain = row.domain || '(no recipient named)';
    provider.domains.set(domain, (provider.domains.get(domain) ?? 0) + 1);
    if (row.sender && state.senders.size < MAX_SENDERS) {
      const sender = senderOf(row);
      if (sender) state.senders.set(senderKey(sender), sender);
    }
  };

  return {
    add(item) {
      if (item.notBounce) counts.notBounces++;
      for (const row of item.rows) addRow(row);
    },
    summary: () => ({ ...counts, byAction: { ...byAction } }),
    groups() {
      return [...groups.values()]
        .map(({ group, providers, senders }) => ({
          ...group,
          providers: [...providers.values()]
            .map((p) => ({
              id: p.id,
              name: p.name,
              count: p.count,
              domains: [...p.domains]
                .map(([domain, count]) => ({ domain, count }))
                .sort((a, b) => b.count - a.count || a.domain.localeCompare(b.domain))
                .slice(0, MAX_DOMAINS),
            }))
            .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
          senders: [...senders.values()],
        }))
        .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
    },
  };
}
