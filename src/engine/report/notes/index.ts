/** The two notes of a checklist: for the administrator, and for the customer in their language. */
export { adminNote, type AdminNoteFacts } from './admin-note.ts';
export {
  customerNote,
  customerNotes,
  CUSTOMER_WORDS,
  type CustomerFacts,
} from './customer-note.ts';
export { NOTE_LANGUAGES, type NoteLanguage, type CustomerWords } from './types.ts';
