/** Sender details: which checks need what, pre-filling from the bounce, the services we know. */
export { FIELD_LABELS, SENDER_FIELDS, fieldsFor } from './fields.ts';
export { ESPS, espById, type Esp } from './esps.ts';
export { prefillSender, addressIn, domainOf, type Prefill, type Prefilled } from './prefill.ts';
export { toSenderDetails, type SenderValues } from './details.ts';
