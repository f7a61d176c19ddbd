/**
 * The engine's public surface: what the app, the CLI and the worker use.
 */
export type * from './parse/types.ts';
export type * from './classify/types.ts';
export type * from './dns/types.ts';
export type * from './checks/types.ts';
export { REASONS } from './classify/types.ts';
export { DnsError } from './dns/types.ts';
export { zoneResolver, type Zone } from './dns/zone.ts';
export { parseBounce } from './parse/parse-bounce.ts';
export { classify } from './classify/classify.ts';
export { diagnose, type Diagnosis } from './diagnose.ts';
