// <strategi-mal> – the goal cards inside any web page, isolated in a shadow root.
//   <script type="module" src="https://HOST/PATH/embed.js"></script>
//   <strategi-mal mal="3" aktor="kommun"></strategi-mal>
// Attributes: mal (1–8), aktor (kommun,region,…), vy (kort|mal|tips|om), rubrik="nej",
// adress="hash" (mirror the state in the page's #hash), innehall (URL to a newer bundle).
// Every file is loaded relative to this script, whatever page it is used on.
import {
  ELEMENT, ELEMENT_ATTRS, EMBED_CSS, WASM_APP, TEXT_EMBED_FAILED, TEXT_EMBED_FAILED_LINK,
  ATTR_GOAL, ATTR_VIEW, VIEW_TIPS, loadWasm,
} from './kontrakt.js';

const base = new URL('./', import.meta.url);
let app;
const loadApp = () => (app ??= loadWasm(WASM_APP, base));

class StrategiMal extends HTMLElement {
  static get observedAttributes() { return ELEMENT_ATTRS; }

  // Mounts the widget; runs again when the element is inserted anew after
  // it was removed (its shadow root is kept, its content is not).
  connectedCallback() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = new URL(EMBED_CSS, base).href;
    const mount = document.createElement('div');
    mount.className = 'strategi-rot';
    // Reserve room before the app arrives, so the host page does not jump.
    if (!this.style.minHeight) {
      this.style.minHeight = this.getAttribute(ATTR_VIEW) === VIEW_TIPS || this.hasAttribute(ATTR_GOAL) ? '60rem' : '40rem';
    }
    this.style.display = 'block';
    shadow.replaceChildren(css, mount);
    const attrs = Object.fromEntries(ELEMENT_ATTRS.filter((a) => this.hasAttribute(a)).map((a) => [a, this.getAttribute(a)]));
    const mounting = (this.mounting = {});
    loadApp().then((m) => {
      // Removed (or removed and inserted again) while the app was loading.
      if (this.mounting !== mounting || !this.isConnected) return;
      this.handle = m.mount_embed(mount, base.href, attrs);
      this.style.minHeight = '';
    }).catch((e) => {
      mount.textContent = `${TEXT_EMBED_FAILED} `;
      const a = document.createElement('a');
      a.href = base.href;
      a.textContent = TEXT_EMBED_FAILED_LINK;
      mount.append(a);
      console.error(`${ELEMENT}:`, e);
    });
  }

  attributeChangedCallback(name, _old, value) {
    this.handle?.set(name, value ?? undefined);
  }

  disconnectedCallback() {
    this.mounting = null;
    this.handle?.unmount();
    this.handle?.free();
    this.handle = null;
  }
}

if (!customElements.get(ELEMENT)) customElements.define(ELEMENT, StrategiMal);
