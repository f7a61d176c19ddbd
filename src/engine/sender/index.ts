/** Sender details: which checks need what, pre-filling from the bounce, the services we know. */
export { FIELD_LABELS, SENDER_FIELDS, fieldsFor, type SenderField } from './fields.ts';
export { prefillSender, addressIn, domainOf, type Prefill, type Prefilled } from './prefill.ts';
export { toSenderDetails, type SenderValues } from './details.ts';
export {
  chosenServices,
  choicesAt,
  serviceIds,
  withServiceAdded,
  withServiceAt,
  withoutServiceAt,
  type ChosenServices,
} from './services.ts';
