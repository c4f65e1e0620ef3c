// Start-up of the prerendered pages. Every page is complete HTML; this file
// only makes it interactive, and fetches the WASM for that when it is needed:
//
// - "Lämna sidan snabbt" and Esc twice leave the site at once, from the
//   first moment (no WASM needed).
// - The islands (elements with data-o: a goal's tips, the tips view, the
//   embed panel) are started when one comes near the screen, gets focus or
//   is clicked; a click that came before the start is carried out after it.
//   An address with a filter or search (?aktor=…, ?q=…) starts them at once.
// - A page that asks for newer content (<meta name="strategi-innehall">)
//   starts the whole app at once (strategi.js), which hydrates the whole page
//   and can swap figures anywhere on it.
const here = new URL('./', import.meta.url);
const root = document.getElementById('strategi');

// The target is the link's own (QUICK_EXIT_URL in src/components/layout.rs).
const leave = () => {
  const link = document.querySelector('a.snabbutgang');
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
  const link = ev.target instanceof Element && ev.target.closest('a.snabbutgang');
  if (!link || ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
  ev.preventDefault();
  leave();
});

let started = null;
let running = false;
const start = (name = 'strategi-sida') => (started ??= import(new URL(`${name}.js`, here).href)
  .then((m) => m.default({ module_or_path: new URL(`${name}_bg.wasm`, here) }))
  .then(() => {
    if (root?.getAttribute('data-status') === 'fel') return; // the islands said why
    running = true;
    root?.setAttribute('data-status', 'igang');
    // Text typed into a search field before the start: let the island read it.
    root?.querySelectorAll('[data-o] input[type="search"]').forEach((input) => {
      if (input.value) input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  })
  .catch((err) => {
    console.error('strategi: sidans skript kunde inte starta', err);
    root?.setAttribute('data-status', 'fel');
    if (!root || root.querySelector('.notis-start')) return;
    const p = document.createElement('p');
    p.className = 'notis notis-fel notis-start';
    p.setAttribute('role', 'alert');
    p.textContent = 'Filtren och sökningen kunde inte starta. Innehållet på sidan går att läsa, och länkarna fungerar.';
    root.prepend(p);
  }));

const meta = document.querySelector('meta[name="strategi-innehall"]');
// data-status on the root says how far the start has come: vilar (waiting
// for a reason to start), startar, igang (running) or fel (failed).
root?.setAttribute('data-status', 'vilar');
const begin = (name) => { if (!started) root?.setAttribute('data-status', 'startar'); return start(name); };
if (root && meta && meta.content.trim()) {
  begin('strategi');
} else if (root && location.search) {
  // A shared link with a filter or a search: the islands draw that state.
  begin();
} else if (root) {
  const islands = root.querySelectorAll('[data-o]');
  if ('IntersectionObserver' in window) {
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        seen.disconnect();
        begin();
      }
    }, { rootMargin: '50% 0px' });
    // The embed panel is closed until opened; it starts on use.
    islands.forEach((el) => { if (el.dataset.o !== 'inbaddning') seen.observe(el); });
  } else {
    begin();
  }
  root.addEventListener('focusin', (ev) => {
    if (ev.target instanceof Element && ev.target.closest('[data-o]')) begin();
  });
  root.addEventListener('toggle', (ev) => {
    if (ev.target instanceof Element && ev.target.closest('[data-o]')) begin();
  }, true);
  root.addEventListener('click', (ev) => {
    if (running || !(ev.target instanceof Element)) return;
    const button = ev.target.closest('[data-o] button');
    if (!button) return;
    ev.preventDefault();
    ev.stopPropagation();
    begin().then(() => { if (running) button.click(); });
  }, true);
}
