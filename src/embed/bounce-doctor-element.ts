import {
  EMBED_ATTRIBUTES,
  START_ONLY_ATTRIBUTES,
  readEmbedOptions,
  type EmbedAttribute,
  type EmbedOptions,
} from './embed-options.ts';
import { mountEmbed, type MountedEmbed } from './mount-embed.tsx';

/**
 * <bounce-doctor bounce="…" resolver="…" live-lookups="off" theme="dark" start-step="bounce">:
 * the wizard in a shadow root. See README, "Embedding Bounce Doctor".
 */
export class BounceDoctorElement extends HTMLElement {
  static readonly observedAttributes = EMBED_ATTRIBUTES;
  #embed: MountedEmbed | null = null;

  connectedCallback(): void {
    this.#embed ??= mountEmbed(this, this.#options());
  }

  disconnectedCallback(): void {
    // Moving the element (remove, then insert elsewhere) keeps the wizard where it was.
    queueMicrotask(() => {
      if (this.isConnected || !this.#embed) return;
      this.#embed.unmount();
      this.#embed = null;
    });
  }

  attributeChangedCallback(name: EmbedAttribute, before: string | null, after: string | null) {
    // Before the first connection there is nothing to update: the start reads every attribute.
    if (!this.#embed || before === after || START_ONLY_ATTRIBUTES.includes(name)) return;
    // theme is the stylesheet's alone.
    if (name === 'theme') return;
    this.#embed.update(this.#options(), name === 'bounce' ? 'bounce' : 'settings');
  }

  #options(): EmbedOptions {
    const options = readEmbedOptions((name) => this.getAttribute(name));
    for (const problem of options.problems) console.warn(`<bounce-doctor>: ${problem}`);
    return options;
  }
}
