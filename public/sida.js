// Start-up of the prerendered pages. Every page is complete HTML; this file
// only makes it interactive, and fetches the WASM for that when it is needed:
//
// - "Lämna sidan snabbt" and Esc twice leave the site at once, from the
//   first moment (no WASM needed).
// - The islands (elements with ATTR_ISLAND: a goal's tips, the tips view,
//   the embed panel) are started when one comes near the screen, gets focus
//   or is clicked; a click that came before the start is carried out after
//   it.
// - They also start when a link to another view is pointed at, focused or
//   pressed: from then on views are swapped in place (src/browser/swap.rs).
//   A link followed before that simply loads its page. An address with a filter or search (?aktor=…, ?q=…) starts them at
//   once.
// - A page that asks for newer content (<meta name=META_CONTENT>) starts
//   the whole app at once (WASM_APP), which hydrates the whole page and can
//   swap figures anywhere on it.
// - The plan's page (/handlingsplan/, with the island ISLAND_PLAN) starts
//   the plan's guide at once, from its own bundle (WASM_PLAN): the plan is
//   in the address, and the guide is what the page is for. Its status is
//   on the guide's element, as the islands' is on the root.
import {
  ROOT_ID, ATTR_BASE, ATTR_PAGE, PAGE_FRAME, MESSAGE_HEIGHT, ATTR_STATUS, STATUS_WAITING, STATUS_STARTING, STATUS_RUNNING, STATUS_FAILED,
  ATTR_ISLAND, ISLAND_PLAN, WASM_APP, WASM_ISLANDS, WASM_PLAN, META_CONTENT, CLASS_QUICK_EXIT,
  TEXT_START_FAILED, TEXT_PLAN_FAILED, ISLANDS_SELECTOR, loadWasm, whenNeeded,
} from './kontrakt.js';

const here = new URL('./', import.meta.url);
const root = document.getElementById(ROOT_ID);
const island = ISLANDS_SELECTOR;

// The target is the link's own (QUICK_EXIT_URL in src/components/layout.rs).
const leave = () => {
  const link = document.querySelector(`a.${CLASS_QUICK_EXIT}`);
  if (link) location.replace(link.href);
};
let lastEscape = 0;
addEventListener('keydown', (ev) => {
  if (ev.key !== 'Escape') return;
  const now = Date.now();
  if (now - lastEscape < 1000) leave();
  lastEscape = now;
});
document.addEventListener('click', (ev) => {
  const link = ev.target instanceof Element && ev.target.closest(`a.${CLASS_QUICK_EXIT}`);
  if (!link || ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
  ev.preventDefault();
  leave();
});

let started = null;
let running = false;
const start = (name) => (started ??= loadWasm(name, here)
  .then(() => {
    if (root?.getAttribute(ATTR_STATUS) === STATUS_FAILED) return; // the islands said why
    running = true;
    root?.setAttribute(ATTR_STATUS, STATUS_RUNNING);
    // Text typed into a search field before the start: let the island read it.
    root?.querySelectorAll(`${island} input[type="search"]`).forEach((input) => {
      if (input.value) input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  })
  .catch((err) => {
    console.error('strategi: sidans skript kunde inte starta', err);
    root?.setAttribute(ATTR_STATUS, STATUS_FAILED);
    if (!root || root.querySelector('.notis-start')) return;
    failed(root, TEXT_START_FAILED, 'notis-start');
  }));

// Says in `el` that something could not start; the page stays readable.
const failed = (el, text, extra = '') => {
  const p = document.createElement('p');
  p.className = `notis notis-fel ${extra}`.trim();
  p.setAttribute('role', 'alert');
  p.textContent = text;
  el.prepend(p);
};

// A frame page tells the page around it how tall it is, from the first
// moment and on every change (in our message and in AMP's `embed-size`,
// which many host scripts understand); embed-resize.js sizes the iframe.
if (root?.getAttribute(ATTR_PAGE) === PAGE_FRAME && window.parent !== window && 'ResizeObserver' in window) {
  let last = -1;
  const post = () => {
    // The body's own height: the document's never drops below the frame's.
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: MESSAGE_HEIGHT, height }, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
}

const meta = document.querySelector(`meta[name="${META_CONTENT}"]`);

// The plan's guide: its own bundle, started at once on its own page (the
// whole app, with newer content, shows the page without it).
const guide = root?.querySelector(`[${ATTR_ISLAND}="${ISLAND_PLAN}"]`);
if (guide && !(meta && meta.content.trim())) {
  guide.setAttribute(ATTR_STATUS, STATUS_STARTING);
  loadWasm(WASM_PLAN, here)
    .then(() => {
      if (guide.getAttribute(ATTR_STATUS) !== STATUS_FAILED) guide.setAttribute(ATTR_STATUS, STATUS_RUNNING);
    })
    .catch((err) => {
      console.error('strategi: guiden kunde inte starta', err);
      guide.setAttribute(ATTR_STATUS, STATUS_FAILED);
      failed(guide, TEXT_PLAN_FAILED);
    });
}

// ATTR_STATUS on the root says how far the start has come: waiting for a
// reason to start, starting, running or failed.
root?.setAttribute(ATTR_STATUS, STATUS_WAITING);
const begin = (name = WASM_ISLANDS) => {
  if (!started) root?.setAttribute(ATTR_STATUS, STATUS_STARTING);
  return start(name);
};
if (root && meta && meta.content.trim()) {
  begin(WASM_APP);
} else if (root && location.search) {
  // A shared link with a filter or a search: the islands draw that state.
  begin();
} else if (root) {
  const base = new URL(root.getAttribute(ATTR_BASE) || '/', location.href).href;
  // Clicks on the islands' buttons are held until they run; a link to
  // another view followed before that loads its page.
  whenNeeded(root, begin, () => running, base, `${island} button`);
}
