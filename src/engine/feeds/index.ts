/** Readers of sending services' exports and event feeds, and of mail-server logs. */
export type { FeedRecipient, FeedSender } from './types.ts';
export type { EventReader } from './event-reader.ts';
export { EVENT_READERS, eventsIn, readEvent, readerFor } from './events.ts';
export { readPastedEvent } from './pasted-event.ts';
export {
  createCsvReader,
  layoutOf,
  type ColumnChoice,
  type CsvLayout,
  type CsvReaderOptions,
} from './csv.ts';
export { CSV_PROFILES, type CsvProfile, type ColumnRole } from './csv-profiles.ts';
export { createLogReader, logFamilyOf, type LogFamily } from './logs.ts';
