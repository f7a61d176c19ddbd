// The embed script: one <script type="module" src=".../embed/bounce-doctor.js"> defines
// <bounce-doctor>. The styles come first so that they precede the components' own.
import './embed-styles.ts';
import { BounceDoctorElement } from './bounce-doctor-element.ts';
import { rememberScriptUrl } from './script-url.ts';

// The built script is dist/embed/bounce-doctor.js: the app it belongs to is one folder up.
rememberScriptUrl(import.meta.url);

// A page that includes the script twice keeps the first definition.
if (!customElements.get('bounce-doctor')) {
  customElements.define('bounce-doctor', BounceDoctorElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'bounce-doctor': BounceDoctorElement;
  }
}
