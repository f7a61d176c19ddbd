// frame.html's script: puts <bounce-doctor> in the page with the options of the URL's fragment,
// tells the framing page its height and events, and takes options from it (frame-protocol.ts).
// It imports nothing the embed script has: frame.html loads that script itself.
import {
  acceptOptions,
  isOptionsMessage,
  readFrameConfig,
  type FrameMessage,
} from './frame-protocol.ts';

const TAG = 'bounce-doctor';
const EVENTS = ['step', 'diagnosis', 'checklist'] as const;

async function start(): Promise<void> {
  await customElements.whenDefined(TAG);
  const { observedAttributes: names } = customElements.get(TAG) as CustomElementConstructor & {
    observedAttributes: readonly string[];
  };
  // Opened as a page of its own, the address is a link anyone could have sent.
  const parent = window.parent === window ? null : window.parent;
  const config = readFrameConfig(location.hash, names, parent ? 'page' : 'link');
  for (const problem of config.problems) console.warn(`Bounce Doctor frame: ${problem}`);

  const post = (message: FrameMessage) => {
    if (parent && config.origin) parent.postMessage(message, config.origin);
  };

  const doctor = document.createElement(TAG);
  // The text comes from the frame's options, not from a help site's attribute.
  doctor.dataset.bounceSource = 'option';
  for (const [name, value] of config.attributes) doctor.setAttribute(name, value);
  for (const type of EVENTS) {
    doctor.addEventListener(type, (event) =>
      post({ type: `bounce-doctor:${type}`, detail: (event as CustomEvent).detail }),
    );
  }
  document.body.style.margin = '0';
  document.body.append(doctor);

  watchHeight(doctor, (height) => post({ type: 'bounce-doctor:height', height }));

  window.addEventListener('message', (event) => {
    const changes = acceptOptions(event, config, parent, names);
    if (changes === null) {
      if (isOptionsMessage(event.data)) {
        console.warn(
          `Bounce Doctor frame: ignored options from ${event.origin}: this frame takes them ` +
            `only from the page that frames it, at ${config.origin ?? '(no origin= in the URL)'}.`,
        );
      }
      return;
    }
    for (const [name, value] of changes) {
      if (value === null) doctor.removeAttribute(name);
      else doctor.setAttribute(name, value);
    }
  });
  post({ type: 'bounce-doctor:ready' });
}

/**
 * Reports the element's height whenever it changes, so the page can size the frame to it and
 * the frame never scrolls inside the page. A resize (a narrower page) shows in ResizeObserver;
 * a new step also shows in the DOM, which is watched as well because Chrome does not render a
 * cross-origin frame below the fold, so ResizeObserver stays silent until the reader scrolls
 * there, and the frame would then jump in size under them.
 */
function watchHeight(element: HTMLElement, report: (height: number) => void): void {
  let height = -1;
  const measure = () => {
    const next = Math.ceil(element.getBoundingClientRect().height);
    // 0 before the app's first render: no reason to collapse the frame meanwhile.
    if (next === height || next === 0) return;
    height = next;
    report(height);
  };
  new ResizeObserver(measure).observe(element);
  const changes = { childList: true, subtree: true, characterData: true, attributes: true };
  new MutationObserver(measure).observe(element.shadowRoot ?? element, changes);
  measure();
}

void start();
