import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createApp } from '../app/app.tsx';
import { observeAppEvents, type AppEvent } from '../app/app-events.ts';
import { trackEngagement } from '../features/focus/move-focus.ts';
import { createSettingsStore, DEFAULT_SETTINGS } from '../features/settings/settings.ts';
import { createWizardStore, sessionStorageOrNull } from '../features/wizard/wizard-store.ts';
import type { EmbedOptions } from './embed-options.ts';
import { embedSettings } from './embed-settings.ts';
import { namespacedStorage } from './namespaced-storage.ts';
import { printOnly } from './print-only.ts';
import { scriptAppUrl } from './script-url.ts';
import { startLocation } from './start-location.ts';
import { APP_ROOT_CLASS } from './shadow-css.ts';
import { adoptStyles } from './style-registry.ts';

export interface MountedEmbed {
  /** The host page changed an attribute after the start. */
  update(options: EmbedOptions, changed: 'bounce' | 'settings'): void;
  unmount(): void;
}

/**
 * Runs the whole app in `element`'s shadow root: its own wizard store (in memory, or in
 * sessionStorage under its own name), settings (from the attributes, kept for the page's life
 * only), QueryClient and memory router, so the host page's URL, history, storage and styles are
 * never touched. What happens is told as DOM events on `element`.
 */
export function mountEmbed(element: HTMLElement, options: EmbedOptions): MountedEmbed {
  // The frame marks its element: there the text is one of the frame's options.
  const via = element.dataset.bounceSource === 'option' ? 'option' : 'attribute';
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const stopStyles = adoptStyles(shadow);
  const stopEngagement = trackEngagement(shadow);
  const container = document.createElement('div');
  container.className = APP_ROOT_CLASS;
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', 'Bounce Doctor');
  // The app is in English whatever the help site's language.
  container.lang = 'en';
  container.dir = 'ltr';
  shadow.replaceChildren(container);

  const storage = options.persist
    ? namespacedStorage(sessionStorageOrNull(), options.persist)
    : null;
  const store = createWizardStore(storage);
  const start = startLocation(options, via);
  if (start.action) store.dispatch(start.action);

  const settings = createSettingsStore(null);
  settings.set(embedSettings(DEFAULT_SETTINGS, options));

  const parts = createApp({
    store,
    settings,
    memory: { initialEntries: [start.path] },
    embedded: true,
    appUrl: options.appUrl ?? scriptAppUrl(),
    print: () => printOnly(element),
  });
  const emit = (event: AppEvent) =>
    element.dispatchEvent(new CustomEvent(event.type, { detail: event.detail, bubbles: true }));
  const stopEvents = observeAppEvents(parts, emit);

  const root = createRoot(container);
  root.render(
    <StrictMode>
      <App {...parts} />
    </StrictMode>,
  );

  return {
    update(next, changed) {
      if (changed === 'settings') {
        settings.set(embedSettings(settings.get(), next));
        return;
      }
      const again = startLocation(next, via);
      if (!again.action) return;
      store.dispatch(again.action);
      void parts.router.navigate(again.path);
    },
    unmount() {
      stopEvents();
      stopEngagement();
      stopStyles();
      root.unmount();
      parts.router.dispose();
      parts.queryClient.clear();
      shadow.replaceChildren();
    },
  };
}
