// <strategi-mal> – the goal cards inside any web page, isolated in a shadow root.
//   <script type="module" src="https://HOST/PATH/embed.js"></script>
//   <strategi-mal mal="3" aktor="kommun"></strategi-mal>
// Attributes: mal (1–8), aktor (kommun,region,…), vy (kort|mal|tips|handlingsplan|om), rubrik="nej",
// adress="hash" (mirror the state in the page's #hash), innehall (URL to a newer bundle).
// Every file is loaded relative to this script, whatever page it is used on.
//
// The widget shows the prerendered view for its attributes at once (our own
// build output, fetched from our origin and parsed inertly), then starts its
// islands (WASM_ISLANDS) when they are needed, as our pages do; from then on
// the islands swap views in place. Only `innehall` (newer content) needs the
// whole app (WASM_APP), which is also the way back if the view cannot be had.
import {
  ELEMENT, ELEMENT_ATTRS, EMBED_CSS, WASM_APP, WASM_ISLANDS, TEXT_EMBED_FAILED, TEXT_EMBED_FAILED_LINK,
  ATTR_GOAL, ATTR_VIEW, ATTR_CONTENT, ATTR_ACTORS, ATTR_ADDRESS, ADDRESS_HASH, HASH_PREFIX, VIEW_TIPS,
  ATTR_HEADING, HEADING_HIDDEN, CLASS_HEADING_HIDDEN, FRAME_DIR, FRAGMENT_FILE, FRAGMENT_FILTERED, ATTR_FILTER, ROOT_ID, DATA_ID, ATTR_ROUTE, ATTR_ISLAND, embedPath, loadWasm, whenNeeded,
} from './kontrakt.js';

const base = new URL('./', import.meta.url);
const loaded = {};
const load = (name) => (loaded[name] ??= loadWasm(name, base));

// The prerendered view for `attrs`, as nodes of this document, with its
// island data; rejects if it is not one of our views. With one actor type
// chosen, the view comes drawn with that filter (FRAGMENT_FILTERED) where
// the view has one; otherwise as it starts, and the islands draw the filter.
const actorsOf = (attrs) => (attrs[ATTR_ACTORS] ?? '').split(',').map((a) => a.trim()).filter(Boolean);
const fetchText = (file) => fetch(new URL(`${FRAME_DIR}${file}`, base))
  .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))));
const fetchView = (attrs) => {
  const folder = embedPath(attrs);
  const actors = actorsOf(attrs);
  const one = actors.length === 1 && /^[a-z-]+$/.test(actors[0]) ? actors[0] : null;
  const text = one
    ? fetchText(`${folder}${FRAGMENT_FILTERED}${one}.html`).catch(() => fetchText(`${folder}${FRAGMENT_FILE}`))
    : fetchText(`${folder}${FRAGMENT_FILE}`);
  return text.then((t) => {
    const doc = new DOMParser().parseFromString(t, 'text/html');
    const root = doc.getElementById(ROOT_ID);
    const data = doc.getElementById(DATA_ID);
    if (!root || !data) throw new Error('ingen vy');
    const view = document.importNode(root, true);
    // Prerendered links are paths on our site; here they must say so in full.
    view.querySelectorAll('a[href]').forEach((a) => {
      const href = a.getAttribute('href');
      if (!href.startsWith('#')) a.setAttribute('href', new URL(href, base).href);
    });
    return { view, route: root.getAttribute(ATTR_ROUTE), filter: root.getAttribute(ATTR_FILTER), data: data.textContent };
  });
};

class StrategiMal extends HTMLElement {
  static get observedAttributes() { return ELEMENT_ATTRS; }

  // Mounts the widget; runs again when the element is inserted anew after
  // it was removed (its shadow root is kept, its content is not).
  connectedCallback() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = new URL(EMBED_CSS, base).href;
    // The view goes in once it can be drawn styled, so nothing moves after.
    const styled = new Promise((resolve) => { css.onload = resolve; css.onerror = resolve; });
    const mount = document.createElement('div');
    mount.className = 'strategi-rot';
    // Reserve room before the view arrives, so the host page does not jump.
    if (!this.style.minHeight) {
      this.style.minHeight = this.getAttribute(ATTR_VIEW) === VIEW_TIPS || this.hasAttribute(ATTR_GOAL) ? '60rem' : '40rem';
    }
    this.style.display = 'block';
    shadow.replaceChildren(css, mount);
    const attrs = Object.fromEntries(ELEMENT_ATTRS.filter((a) => this.hasAttribute(a)).map((a) => [a, this.getAttribute(a)]));
    const mounting = (this.mounting = {});
    this.app = false;
    const current = () => this.mounting === mounting && this.isConnected;
    if (attrs[ATTR_CONTENT]) {
      this.mountApp(mount, attrs, current);
      return;
    }
    Promise.all([fetchView(attrs), styled]).then(([{ view, route, filter, data }]) => {
      if (!current()) return;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.id = DATA_ID;
      script.textContent = data;
      mount.setAttribute(ATTR_ROUTE, route);
      mount.classList.toggle(CLASS_HEADING_HIDDEN, attrs[ATTR_HEADING]?.trim() === HEADING_HIDDEN);
      if (filter) mount.setAttribute(ATTR_FILTER, filter);
      mount.replaceChildren(...view.childNodes);
      shadow.append(script);
      this.style.minHeight = '';
      let running = false;
      let started;
      const begin = () => (started ??= load(WASM_ISLANDS).then((m) => {
        if (!current()) return;
        this.handle = m.mount_widget(mount, base.href, attrs);
        running = true;
      }).catch((e) => console.error(`${ELEMENT}:`, e)));
      // A filter the view was not drawn with, or a state kept in the host's
      // hash, is drawn by the islands at once.
      const hashed = attrs[ATTR_ADDRESS] === ADDRESS_HASH && location.hash.startsWith(`#${HASH_PREFIX}`);
      const drawn = actorsOf(attrs).length === (filter ? 1 : 0);
      if (!drawn || hashed) begin();
      // Links and the islands' buttons pressed before the start are carried
      // out after it: the widget never sends its host to another page.
      whenNeeded(mount, begin, () => running, base.href, `a[href], [${ATTR_ISLAND}] button`);
    }).catch((e) => {
      console.warn(`${ELEMENT}: vyn kunde inte hämtas, hela appen startas`, e);
      if (current()) this.mountApp(mount, attrs, current);
    });
  }

  // The whole app: newer content (innehall), or the way back.
  mountApp(mount, attrs, current) {
    this.app = true;
    load(WASM_APP).then((m) => {
      // Removed (or removed and inserted again) while the app was loading.
      if (!current()) return;
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

  // A change before the islands run (or newer content for a widget that
  // runs them) starts the widget anew; otherwise the running code takes it.
  attributeChangedCallback(name, _old, value) {
    if (!this.mounting || !this.isConnected) return; // connectedCallback reads it
    if (this.handle && (this.app || name !== ATTR_CONTENT)) {
      this.handle.set(name, value ?? undefined);
      return;
    }
    this.disconnectedCallback();
    this.connectedCallback();
  }

  disconnectedCallback() {
    this.mounting = null;
    this.handle?.unmount();
    this.handle?.free();
    this.handle = null;
  }
}

if (!customElements.get(ELEMENT)) customElements.define(ELEMENT, StrategiMal);
