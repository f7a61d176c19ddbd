/** The customer note in English. */
import type { Cause, CustomerWords } from './types.ts';

const LATER: Cause['canDo'] =
  'nothing for now: it will be tried again; if it still fails, send it again later.';
const SETUP: Cause['canDo'] =
  'nothing yet: this needs a change to how the mail is sent, which we are looking into.';
const NEW_ADDRESS =
  'check the spelling of the address, or ask the person for their current address.';
const SMALLER = 'send it again without large attachments, for example with a link to the files.';

export const CUSTOMER_EN: CustomerWords = {
  language: 'en',
  name: 'English',
  failed: {
    named:
      'Your message to {address} could not be delivered because {because}; what you can do: {canDo}',
    unnamed: 'Your message could not be delivered because {because}; what you can do: {canDo}',
  },
  delayed: {
    named:
      'Your message to {address} has not been delivered yet: the sending server is still trying, so there is nothing to resend now. If it fails for good, you will get a final notice.',
    unnamed:
      'Your message has not been delivered yet: the sending server is still trying, so there is nothing to resend now. If it fails for good, you will get a final notice.',
  },
  reports: {
    delivered: {
      named: 'Your message to {address} was delivered.',
      unnamed: 'Your message was delivered.',
    },
    vacation: {
      named:
        'Your message to {address} was delivered; the reply you got is automatic (for example an out-of-office note).',
      unnamed:
        'Your message was delivered; the reply you got is automatic (for example an out-of-office note).',
    },
    feedback: {
      named:
        'Your message to {address} was delivered, but the recipient marked it as spam; what you can do: send them this kind of email only if they ask for it again.',
      unnamed:
        'Your message was delivered, but the recipient marked it as spam; what you can do: send them this kind of email only if they ask for it again.',
    },
  },
  reasons: {
    userunknown: {
      because: 'the address does not exist at the recipient’s email provider',
      canDo: NEW_ADDRESS,
    },
    hostunknown: {
      because: 'the part of the address after the @ does not receive email',
      canDo:
        'check the address for typos after the @, or ask the person for their current address.',
    },
    hasmoved: {
      because: 'the person no longer uses this address',
      canDo: 'ask them for their new address.',
    },
    suspend: {
      because: 'the mailbox has been closed or switched off',
      canDo: 'reach the person another way and ask for an address that works.',
    },
    mailboxfull: {
      because: 'the recipient’s mailbox is full',
      canDo: 'wait a day or two and send it again, or let the person know their mailbox is full.',
    },
    exceedlimit: {
      because: 'the message is bigger than the recipient’s mailbox accepts',
      canDo: SMALLER,
    },
    mesgtoobig: {
      because: 'the message is too big for the recipient’s email system',
      canDo: SMALLER,
    },
    filtered: {
      because: 'a filter on the recipient’s side refused it',
      canDo:
        'ask the person to add your address to their safe senders, or to ask their IT team to let your mail through.',
    },
    rejected: { because: 'the recipient’s system refused the sender', canDo: SETUP },
    blocked: {
      because: 'the recipient’s system does not accept mail from the server that sent it',
      canDo: SETUP,
    },
    badreputation: {
      because: 'the recipient’s system is holding back mail from the sending server for now',
      canDo: SETUP,
    },
    requireptr: {
      because: 'the sending server lacks a setting the recipient’s system requires',
      canDo: SETUP,
    },
    authfailure: {
      because:
        'the recipient’s system could not confirm that the message really came from your domain',
      canDo: SETUP,
    },
    securityerror: {
      because: 'the recipient’s system requires a security step the sending side did not take',
      canDo: SETUP,
    },
    failedstarttls: {
      because:
        'the recipient’s system requires an encrypted connection, and it could not be set up',
      canDo: SETUP,
    },
    policyviolation: {
      because: 'the message breaks a rule of the recipient’s system, for example about attachments',
      canDo: 'send it again without the attachment, or ask the person which files they accept.',
    },
    spamdetected: {
      because: 'the recipient’s system took it for spam',
      canDo:
        'avoid link shorteners and text that reads like an advert, then send it again; if it happens again, ask the person to add your address to their safe senders.',
    },
    virusdetected: {
      because: 'the recipient’s system found a virus in it',
      canDo: 'scan your computer and the attachment, then send it again without the infected file.',
    },
    contenterror: {
      because: 'the message was not built in a form the recipient’s system accepts',
      canDo: SETUP,
    },
    notcompliantrfc: {
      because: 'the message breaks an email standard the recipient’s system checks',
      canDo: SETUP,
    },
    norelaying: {
      because: 'the server it reached does not take mail for that address',
      canDo:
        'check the address; if it is right, the recipient’s email provider has to fix its settings.',
    },
    notaccept: {
      because: 'the recipient’s domain does not accept email at all',
      canDo: 'ask the person for another address.',
    },
    toomanyconn: { because: 'the recipient’s system was too busy to take it', canDo: LATER },
    speeding: { because: 'the recipient’s system got too many messages too quickly', canDo: LATER },
    expired: {
      because: 'the recipient’s system could not be reached for a long time',
      canDo: 'check the address, then send it again later.',
    },
    networkerror: { because: 'the recipient’s system could not be reached', canDo: LATER },
    systemerror: {
      because: 'the recipient’s email system had a problem',
      canDo: 'send it again later.',
    },
    systemfull: {
      because: 'the recipient’s email system is out of space',
      canDo: 'send it again later.',
    },
    mailererror: {
      because: 'a program on the recipient’s side failed while delivering it',
      canDo: 'send it again later; if it fails again, let the person know.',
    },
    syntaxerror: {
      because: 'the sending and receiving systems could not understand each other',
      canDo: SETUP,
    },
    onhold: {
      because: 'delivery is on hold for now',
      canDo: 'wait; if it has not arrived by tomorrow, send it again.',
    },
    undefined: {
      because: 'the recipient’s system refused it without saying why',
      canDo:
        'check the address and send it again later; if it fails again, send us the whole bounce message.',
    },
    suppressed: {
      because:
        'the sending system did not try: the address is on its list of addresses not to send to, after earlier failures',
      canDo: 'check that the address is right; if it is, ask us to take it off that list.',
    },
  },
  forwarded: {
    because:
      'the address forwards your email to another mailbox, and that mailbox’s provider refused the forwarded copy',
    canDo:
      'ask the person to have email delivered to them directly, or for the address of the mailbox they really use.',
  },
  movedTo:
    'the server gave their new address, {newAddress}: check it with them, then send your message there.',
};
