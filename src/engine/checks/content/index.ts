/** The content check's public surface. */
export { runContent, type ContentDetails, type ContentInput } from './run.ts';
export {
  inspectMessage,
  type ContentItem,
  type Inspection,
  type InspectOptions,
} from './inspect.ts';
export { originalMessageIn } from './original.ts';
export { registerContentCheck, type ContentCheckOptions } from './register.ts';
export { linkHosts, type LinkHost } from './links.ts';
