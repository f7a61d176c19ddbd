/** Forwarding, lists and relays: seeing them in a bounce, and what they mean for the fix. */
export {
  forwardingIn,
  forwardingByMx,
  srsOrigin,
  type Forwarding,
  type ForwardingKind,
  type ForwardingSign,
} from './detect.ts';
export { forwardingAdvice, type ForwardingAdvice } from './advice.ts';
export {
  FORWARDING_SERVICES,
  forwardingServiceOf,
  type ForwardingService,
} from './forwarding-services.ts';
