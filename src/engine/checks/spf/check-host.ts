/**
 * The public check_host() (RFC 7208 s4) and the identities it is run for (s2.3, s2.4).
 */
import { memoParser, type Connection, type EvalState } from './context.ts';
import { lookups } from '../../dns/settle.ts';
import { initialDomain } from './domain-name.ts';
import { evaluateNode, newNode, type NodeOutcome } from './evaluate.ts';
import { explain } from './explanation.ts';
import { parseClientIp, type IpAddress } from '../ip.ts';
import { createPlanner } from './prefetch.ts';
import { parseRecord } from './record.ts';
import { SpfStop } from './stop.ts';
import type {
  CheckHostInput,
  CheckHostResult,
  HostArguments,
  SpfIdentity,
  SpfResult,
} from './types.ts';

export interface SpfSubject {
  identity: SpfIdentity;
  domain: string;
  sender: string;
}

/**
 * s2.4: check MAIL FROM; when it is empty (a bounce), s2.3/s2.4 check the HELO identity with
 * <sender> "postmaster@<helo>".
 */
export function spfSubject(mailFrom: string, helo: string): SpfSubject {
  const from = mailFrom.trim().replace(/^<(.*)>$/, '$1');
  if (from === '') {
    const domain = helo.trim();
    return { identity: 'helo', domain, sender: `postmaster@${domain}` };
  }
  const at = from.lastIndexOf('@');
  return { identity: 'mailfrom', domain: at < 0 ? from : from.slice(at + 1), sender: from };
}

/** s4.3: an empty local-part becomes "postmaster". */
function splitSender(sender: string, domain: string): { local: string; senderDomain: string } {
  const at = sender.lastIndexOf('@');
  const local = at < 0 ? '' : sender.slice(0, at);
  const senderDomain = (at < 0 ? sender : sender.slice(at + 1)) || domain;
  return { local: local || 'postmaster', senderDomain };
}

export async function checkHost(input: CheckHostInput): Promise<CheckHostResult> {
  const ip = parseClientIp(input.ip);
  if (!ip) throw new TypeError(`not an IP address: "${input.ip}"`);
  const domain = initialDomain(input.domain);
  if (!domain) {
    const { base, root } = start(input, ip, input.domain.trim());
    root.result = 'none';
    root.reason = `"${input.domain}" is not a valid multi-label domain name, so there is nothing to check (s4.3)`;
    const trace = {
      ...base,
      result: 'none' as const,
      explanation: '',
      reason: root.reason,
      lookups: 0,
      voids: 0,
    };
    return { result: 'none', explanation: '', reason: root.reason, trace };
  }
  return evaluateHost({ ...input, ip, domain });
}

/** The connection (s4.1) and the trace's root for the checked domain. */
function start(input: Omit<CheckHostInput, 'ip'>, ip: IpAddress, domain: string) {
  const { local, senderDomain } = splitSender(input.sender.trim(), domain);
  const connection: Connection = {
    ip,
    sender: `${local}@${senderDomain}`,
    local,
    senderDomain,
    helo: input.helo?.trim() || 'unknown',
    receivingHost: input.receivingHost ?? 'unknown',
    now: input.now ?? (() => new Date()),
  };
  const root = newNode(domain, 'check');
  const base = {
    identity: input.identity ?? 'mailfrom',
    domain: root.domain,
    sender: connection.sender,
    ip: ip.text,
    root,
  };
  return { connection, root, base };
}

/** check_host() for arguments already read: the client IP, and a <domain> that passed s4.3. */
export async function evaluateHost(input: HostArguments): Promise<CheckHostResult> {
  const { connection, root, base } = start(input, input.ip, input.domain);
  const dns = input.dns ?? lookups(input.resolver, { signal: input.signal });
  const state: EvalState = {
    dns,
    connection,
    lookups: 0,
    voids: 0,
    parse: memoParser(parseRecord),
    validatedNames: new Map(),
  };
  if (input.prefetch !== false) state.planner = createPlanner(state);

  let result: SpfResult;
  let outcome: NodeOutcome | undefined;
  let reason: string | undefined;
  let explanation = '';
  try {
    outcome = await evaluateNode(state, input.domain, root);
    result = outcome.result;
    reason = result === 'none' ? root.reason : undefined;
    if (result === 'fail') {
      const source = outcome.exp;
      // s6.2: without a usable exp=, "an empty explanation string" (the UI says it in words).
      explanation = (source && (await explain(state, source))) ?? '';
    }
  } catch (error) {
    if (!(error instanceof SpfStop)) throw error;
    result = error.result;
    reason = error.reason;
  } finally {
    if (!input.dns) dns.close();
  }
  const trace = {
    ...base,
    result,
    explanation,
    reason,
    matched: outcome?.matched,
    lookups: state.lookups,
    voids: state.voids,
  };
  return { result, explanation, reason, trace };
}
