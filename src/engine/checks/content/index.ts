/** The content check's public surface. */
export { run, type ContentDetails } from './run.ts';
export {
  inspectMessage,
  type ContentItem,
  type Inspection,
  type InspectOptions,
} from './inspect.ts';
export { originalMessageIn } from './original.ts';
export { linkHosts, type LinkHost } from './links.ts';
