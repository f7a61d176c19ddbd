/** Sending services: recognising them in a bounce, their facts, and their names for a bounce. */
export type * from './types.ts';
export { SENDING_SERVICES, OWN_SERVER, serviceById, serviceByFormat } from './registry.ts';
export {
  recogniseService,
  recogniseServices,
  type Recognition,
  type RecognitionSign,
  type SignKind,
} from './recognise.ts';
export { serviceBounceName, type ServiceBounceName } from './bounce-name.ts';
export { fillTemplate, filledRecords } from './fill.ts';
