/**
 * Greek: Gmail's and Microsoft's localised help on returned mail, the wording of their Greek
 * notices ("Η διεύθυνση δεν βρέθηκε", "το γραμματοκιβώτιο είναι γεμάτο"). Nouns change their
 * endings by case: stems take `*` ("παραλήπτ*" is "παραλήπτης" and "παραλήπτη"). Forms keep
 * the accent (tonos) as Greek is written; folding drops it, as capitals do ("ΤΟΜΕΑΣ"). It
 * denies with "δεν" before the verb ("δεν υπάρχει"), which the forms spell out whole; no lone
 * negator is listed.
 */
import type { Lexicon } from './types.ts';

const GMAIL = 'https://support.google.com/mail/answer/6596?hl=el';
const GMAIL_CODES = 'https://support.google.com/a/answer/3726730?hl=el';
const MICROSOFT =
  'https://learn.microsoft.com/el-gr/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';

export const EL: Lexicon = {
  language: 'el',
  script: 'greek',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        'γραμματοκιβώτιο (του παραλήπτη )?(είναι )?(γεμάτο|πλήρες)',
        'χώρος αποθήκευσης (του παραλήπτη )?(είναι )?(γεμάτος|πλήρης)',
        'υπέρβαση (του )?ορίου αποθήκευσης',
      ],
      source: GMAIL,
      example: 'Το μήνυμα δεν παραδόθηκε επειδή το γραμματοκιβώτιο του παραλήπτη είναι γεμάτο.',
    },
    {
      reason: 'userunknown',
      forms: [
        '(η )?διεύθυνση (ηλεκτρονικού ταχυδρομείου )?δεν (βρέθηκε|υπάρχει)',
        '(ο )?(χρήστης|παραλήπτης|λογαριασμός) δεν (υπάρχει|βρέθηκε)',
        'άγνωστος (χρήστης|παραλήπτης)',
        'άγνωστη διεύθυνση',
      ],
      source: GMAIL,
      example: 'Η διεύθυνση δεν βρέθηκε.',
    },
    {
      reason: 'hostunknown',
      forms: ['(ο )?τομέας δεν (υπάρχει|βρέθηκε)', 'άγνωστος τομέας'],
      source: GMAIL,
      example: 'Ο τομέας δεν υπάρχει.',
    },
    {
      reason: 'vacation',
      forms: ['αυτόματη απάντηση', 'εκτός γραφείου', 'είμαι σε άδεια'],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Αυτόματη απάντηση: είμαι εκτός γραφείου έως τη Δευτέρα.',
    },
    {
      reason: 'spamdetected',
      forms: [
        '(χαρακτηρίστηκε|επισημάνθηκε|εντοπίστηκε) ως ανεπιθύμητ*',
        'ανεπιθύμητη αλληλογραφία',
      ],
      source: GMAIL,
      example: 'Το μήνυμά σας χαρακτηρίστηκε ως ανεπιθύμητο.',
    },
    {
      reason: 'mesgtoobig',
      forms: ['(το )?μήνυμα είναι πολύ μεγάλο', 'πολύ μεγάλο μήνυμα'],
      source: GMAIL,
      example: 'Το μήνυμα είναι πολύ μεγάλο.',
    },
    {
      reason: 'suspend',
      forms: [
        '(ο )?λογαριασμός (του παραλήπτη )?(έχει απενεργοποιηθεί|απενεργοποιήθηκε|έχει ανασταλεί)',
      ],
      source: GMAIL,
      example: 'Ο λογαριασμός του παραλήπτη έχει απενεργοποιηθεί.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['παραλήπτ*'], source: GMAIL },
    { kind: 'sender', forms: ['αποστολέ*'], source: GMAIL },
    { kind: 'mailbox', forms: ['γραμματοκιβώτι*'], source: GMAIL },
    { kind: 'user', forms: ['χρήστ*'], source: GMAIL },
    { kind: 'address', forms: ['διεύθυνσ*', 'διευθύνσ*'], source: GMAIL },
    { kind: 'account', forms: ['λογαριασμ*'], source: GMAIL },
    { kind: 'domain', forms: ['τομέ*'], source: GMAIL },
    { kind: 'server', forms: ['διακομιστ*'], source: MICROSOFT },
    { kind: 'connection', forms: ['σύνδεσ*'], source: MICROSOFT },
    { kind: 'message', forms: ['μήνυμ*', 'μηνύματ*'], source: GMAIL },
    { kind: 'attachment', forms: ['συνημμέν*'], source: GMAIL },
    { kind: 'size', forms: ['μέγεθ*'], source: GMAIL },
    { kind: 'storage', forms: ['αποθήκευσ*', 'χώρο*'], source: GMAIL },
    { kind: 'spam', forms: ['ανεπιθύμητ*', 'spam'], source: GMAIL },
    { kind: 'virus', forms: ['ιό', 'ιός', 'κακόβουλ*'], source: GMAIL },
    { kind: 'delivery', forms: ['παράδοσ*'], source: MICROSOFT },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: ['δεν υπάρχει', 'δεν βρέθηκε', 'άγνωστ*', 'μη έγκυρ*'],
      source: GMAIL,
    },
    { kind: 'unavailable', forms: ['μη διαθέσιμ*', 'δεν είναι διαθέσιμ*'], source: MICROSOFT },
    { kind: 'full', forms: ['γεμάτ*', 'πλήρ*'], source: GMAIL },
    { kind: 'exceeded', forms: ['υπέρβαση', 'υπερβαίνει', 'ξεπεράστηκε'], source: GMAIL },
    { kind: 'toolarge', forms: ['πολύ μεγάλ*'], source: GMAIL },
    {
      kind: 'disabled',
      forms: ['απενεργοποιήθηκε', 'έχει απενεργοποιηθεί', 'ανεστάλη', 'έχει ανασταλεί'],
      source: GMAIL,
    },
    { kind: 'blocked', forms: ['αποκλείστηκε', 'μπλοκαρίστηκε'], source: MICROSOFT },
    { kind: 'rejected', forms: ['απορρίφθηκε', 'απορρίφθηκαν'], source: MICROSOFT },
    { kind: 'notallowed', forms: ['δεν επιτρέπεται'], source: MICROSOFT },
    { kind: 'detected', forms: ['εντοπίστηκε', 'χαρακτηρίστηκε'], source: GMAIL },
    { kind: 'failed', forms: ['απέτυχε', 'αποτυχία', 'σφάλμα'], source: MICROSOFT },
    { kind: 'expired', forms: ['έληξε'], source: MICROSOFT },
    { kind: 'temporary', forms: ['προσωρινό (σφάλμα|πρόβλημα)'], source: GMAIL_CODES },
  ],
  negators: [],
  boilerplate: [
    {
      forms: [
        'η παράδοση (απέτυχε|σε αυτούς τους παραλήπτες ή τις ομάδες απέτυχε)',
        'αυτό το μήνυμα δημιουργήθηκε αυτόματα',
        'διαγνωστικές πληροφορίες για διαχειριστές',
      ],
      source: MICROSOFT,
    },
    { forms: ['ελέγξτε τη διεύθυνση', 'δοκιμάστε ξανά αργότερα'], source: GMAIL },
  ],
};
