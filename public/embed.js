// <strategi-mal> – the goal cards inside any web page, isolated in a shadow root.
//   <script type="module" src="https://HOST/PATH/embed.js"></script>
//   <strategi-mal mal="3" aktor="kommun"></strategi-mal>
// Attributes: mal (1–8), aktor (kommun,region,…), vy (kort|mal|tips), rubrik="nej",
// adress="hash" (mirror the state in the page's #hash), innehall (URL to a newer bundle).
// Every file is loaded relative to this script, whatever page it is used on.
const base = new URL('./', import.meta.url);
let app;
const loadApp = () => (app ??= import(new URL('strategi.js', base).href).then(async (m) => {
  await m.default({ module_or_path: new URL('strategi_bg.wasm', base) });
  return m;
}));
const ATTRS = ['mal', 'aktor', 'vy', 'rubrik', 'adress', 'innehall'];

class StrategiMal extends HTMLElement {
  static get observedAttributes() { return ATTRS; }

  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = new URL('strategi-inbaddad.css', base).href;
    const mount = document.createElement('div');
    mount.className = 'strategi-rot';
    // Reserve room before the app arrives, so the host page does not jump.
    if (!this.style.minHeight) this.style.minHeight = this.getAttribute('vy') === 'tips' || this.hasAttribute('mal') ? '60rem' : '40rem';
    this.style.display = 'block';
    shadow.append(css, mount);
    const attrs = Object.fromEntries(ATTRS.filter((a) => this.hasAttribute(a)).map((a) => [a, this.getAttribute(a)]));
    loadApp().then((m) => {
      this.handle = m.mount_embed(mount, base.href, attrs);
      this.style.minHeight = '';
    }).catch((e) => {
      mount.textContent = 'Innehållet kunde inte visas här. ';
      const a = document.createElement('a');
      a.href = base.href;
      a.textContent = 'Öppna strategins mål på en egen sida';
      mount.append(a);
      console.error('strategi-mal:', e);
    });
  }

  attributeChangedCallback(name, _old, value) {
    this.handle?.set(name, value ?? undefined);
  }

  disconnectedCallback() {
    this.handle?.unmount();
  }
}

if (!customElements.get('strategi-mal')) customElements.define('strategi-mal', StrategiMal);
