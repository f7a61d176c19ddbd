/**
 * What to ask the recipient or their mail administrator, per reason. The reason's own "todo" is
 * written for the sender; these are the same facts turned into a request for the other side.
 */
import type { Reason } from '../classify/types.ts';

export interface Asks {
  recipient?: string;
  admin?: string;
}

const REACHABLE =
  'Could you check that your mail servers are reachable from the internet and accepting mail, and tell us once they are?';

// prettier-ignore
export const ASKS: Partial<Record<Reason, Asks>> = {
  userunknown: { recipient: 'Could you confirm the exact address I should use?', admin: 'Could you confirm whether this address exists in your directory? If it is new or was renamed, it may not have synchronised yet (in Microsoft 365: a mailbox, mail user or contact in the tenant).' },
  hostunknown: { recipient: 'Could you confirm your address, especially the part after the @?', admin: 'Could you check that the domain exists and publishes MX records?' },
  hasmoved: { recipient: 'Could you give me your new address?' },
  suspend: { recipient: 'Is this mailbox still in use? If it was closed or disabled, could you give me an address that works?', admin: 'Could you check whether this account is disabled, suspended or inactive?' },
  mailboxfull: { recipient: 'Could you free up some space in your mailbox?', admin: 'Could you check the quota of this mailbox?' },
  exceedlimit: { recipient: 'Is there a size limit on your mailbox I should stay under?' },
  filtered: { recipient: 'Could you add my address to your safe senders, or ask your IT team to let my mail through?', admin: 'Could you check which rule refused this message and allow mail from our address or domain?' },
  blocked: { admin: 'Could you tell us which block list or rule refuses our sending server, or allow it?' },
  badreputation: { admin: 'Could you tell us which reputation service or rule refuses our server, or allow it?' },
  policyviolation: { admin: 'Could you tell us which policy refused the message, so that we can comply?' },
  spamdetected: { admin: 'Could you tell us which filter classified the message as spam, or release it?' },
  securityerror: { admin: 'Could you tell us what your server requires (authentication, TLS, a connector) to accept our mail?' },
  failedstarttls: { admin: 'Could you check the TLS set-up of your mail servers (certificate, STARTTLS, MTA-STS policy)?' },
  notaccept: { recipient: 'Mail to your domain is refused outright; is there another address I can use?', admin: 'Your domain publishes no mail server that accepts mail (a null MX, or no MX). Could you check its MX records?' },
  expired: { admin: REACHABLE },
  networkerror: { admin: REACHABLE },
  systemerror: { admin: 'Your mail system reported an internal error. Could you look into it?' },
  systemfull: { admin: 'Your mail system reports it is out of space or resources. Could you look into it?' },
  mailererror: { admin: 'The program that delivers mail on your system failed. Could you look into it?' },
};

export const DEFAULT_ASK = 'Could you look into it and tell us what we should change?';
