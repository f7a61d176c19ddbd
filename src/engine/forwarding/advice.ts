/**
 * What a forward means for this bounce, in words, and who must act: the final server judged a
 * message the forwarder re-sent, so an authentication failure there is the forwarder's to fix
 * (SRS, ARC, or forwarding to a provider that honours ARC). The sender's part is a DKIM signature
 * that survives forwarding.
 */
import type { Fix } from '../checks/types.ts';
import { reasonFamily, type Reason } from '../vocabulary/reasons.ts';
import type { Forwarding } from './detect.ts';

const ARC = {
  label: 'RFC 8617: Authenticated Received Chain (ARC)',
  url: 'https://www.rfc-editor.org/rfc/rfc8617',
};
const SRS = {
  label: 'The Sender Rewriting Scheme (SRS)',
  url: 'https://www.libsrs2.org/srs/srs.pdf',
};
const GMAIL = {
  label: 'Google: best practices for forwarding email to Gmail',
  url: 'https://support.google.com/mail/answer/175365',
};
const MAILMAN = { label: 'Mailman: DMARC mitigations', url: 'https://wiki.list.org/DEV/DMARC' };

export interface ForwardingAdvice {
  /** What happened, for the diagnosis and the checklist. */
  summary: string;
  /** Who to ask, in words ("the administrator of forwarder.example"). */
  who: string;
  /** What they should change, and what the sender can do meanwhile. */
  fixes: Fix[];
}

function howForwarded(f: Forwarding): string {
  if (f.by === 'list')
    return `It went through ${f.list ? `the ${f.list} list` : 'a mailing list'}${f.forwarder !== f.list ? ` ${f.forwarder}` : ''}, which re-sent it to its members.`;
  if (f.by === 'service')
    return `The recipient domain’s MX is ${f.forwarder}, a forwarding service: it re-sends every message to another mailbox.`;
  if (f.by === 'mailbox')
    return `The mailbox ${f.forwarder === 'the forwarding mailbox' ? 'it was sent to' : f.forwarder} forwards its mail (X-Forwarded-To).`;
  const first = f.signs[0];
  if (first?.kind === 'alias')
    return `${f.forwardedFrom ?? 'The address'} is forwarded by ${f.forwarder} to another address (${first.text}).`;
  if (first?.kind === 'srs')
    return `${f.forwarder} forwarded it and rewrote the envelope sender (${first.text}).`;
  return `${f.forwarder} relayed it on the way (${first?.text ?? 'ARC'}).`;
}

function whoOf(f: Forwarding): string {
  if (f.by === 'list') return `the owner of the list ${f.forwarder}`;
  if (f.by === 'service') return `the recipient, who set up forwarding at ${f.forwarder}`;
  if (f.by === 'mailbox')
    return f.forwarder === 'the forwarding mailbox'
      ? 'the owner of the forwarding mailbox'
      : `the owner of ${f.forwarder}`;
  return `the administrator of ${f.forwarder}`;
}

const isAuth = (reason: Reason) =>
  reason === 'authfailure' || reasonFamily(reason) === 'authentication';

export function forwardingAdvice(f: Forwarding, reason: Reason): ForwardingAdvice {
  const who = whoOf(f);
  const how = howForwarded(f);
  if (!isAuth(reason)) {
    return {
      summary: `${how} The refusal came from the server it was forwarded to, so the recipient or ${who} has to settle it there.`,
      who,
      fixes: [
        {
          text: `Ask ${who} whether the forwarding address still works, or for an address that receives mail directly.`,
        },
      ],
    };
  }
  const spf = f.srs
    ? `Because ${f.forwarder} rewrites the envelope sender (SRS), the final server checked SPF for ${f.forwarder}, not for your domain, so SPF cannot align with your From address; DMARC passes there only if your DKIM signature survives the forward, or the final server trusts ${f.forwarder}’s ARC seal.`
    : `Unless ${f.forwarder} rewrites the envelope sender (SRS), the final server checks your SPF against ${f.forwarder}’s server, not yours, so SPF fails there whatever your record says.`;
  const fixes: Fix[] = [
    {
      text: `Ask ${who} to rewrite the envelope sender with SRS and to seal forwarded mail with ARC, or to forward to a provider that honours ARC (or to deliver to a mailbox there instead of forwarding).`,
      links: [SRS, ARC, GMAIL],
    },
  ];
  if (f.list === 'Mailman')
    fixes.push({
      text: `Ask ${who} to turn on the list’s DMARC mitigation (replace the From address with the list’s for senders whose domain has a strict DMARC policy).`,
      links: [MAILMAN],
    });
  fixes.push({
    text: 'On your side: sign your mail with DKIM for your own domain. A signature survives a forward that does not change the message, and DMARC then passes without SPF. Do not add the forwarder’s servers to your SPF record.',
  });
  return { summary: `${how} ${spf} The fix belongs to ${who}.`, who, fixes };
}
