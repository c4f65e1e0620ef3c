// Names shared with the Rust code (src/contract.rs), and the one WASM
// loader. tests/contract.rs fails when this file and the Rust side disagree,
// and when sida.js or embed.js spell one of these names themselves.
export const ROOT_ID = 'strategi';
export const DATA_ID = 'strategi-data';
export const ATTR_BASE = 'data-bas';
export const ATTR_ROUTE = 'data-rutt';
export const ATTR_PAGE = 'data-sida';
export const PAGE_FRAME = 'iframe';
export const FRAME_DIR = 'inbaddad/';
export const FRAGMENT_FILE = 'vy.html';
export const FRAGMENT_FILTERED = 'vy-';
export const ATTR_FILTER = 'data-aktor';
export const EMBED_NOT_FOUND = 'saknas/';
export const HASH_PREFIX = 'strategi-';
export const ATTR_ASSETS = 'data-filbas';
export const FRAME_HEADING_HIDDEN_DIR = 'utan-rubrik/';
export const FRAME_MAP_ID = 'strategi-ram';
export const ATTR_STATUS = 'data-status';
export const STATUS_WAITING = 'vilar';
export const STATUS_STARTING = 'startar';
export const STATUS_RUNNING = 'igang';
export const STATUS_FAILED = 'fel';
export const ATTR_ISLAND = 'data-o';
export const ISLAND_GOAL_TIPS = 'mal-tips';
export const ISLAND_TIPS = 'tips';
export const ISLAND_EMBED_PANEL = 'inbaddning';
export const ISLAND_PLAN = 'handlingsplan';
export const WASM_APP = 'strategi';
export const WASM_ISLANDS = 'strategi-sida';
export const WASM_PLAN = 'strategi-plan';
export const META_CONTENT = 'strategi-innehall';
export const ELEMENT = 'strategi-mal';
export const ATTR_GOAL = 'mal';
export const ATTR_ACTORS = 'aktor';
export const ATTR_VIEW = 'vy';
export const VIEW_TIPS = 'tips';
export const ATTR_HEADING = 'rubrik';
export const HEADING_HIDDEN = 'nej';
export const CLASS_HEADING_HIDDEN = 'utan-rubrik';
export const ATTR_ADDRESS = 'adress';
export const ADDRESS_HASH = 'hash';
export const ATTR_CONTENT = 'innehall';
export const EMBED_CSS = 'strategi-inbaddad.css';
export const MESSAGE_HEIGHT = 'strategi-mal:hojd';
export const CLASS_QUICK_EXIT = 'snabbutgang';
export const TEXT_START_FAILED = 'Sidan kunde inte starta helt. Innehållet nedan går att läsa men filtren fungerar inte.';
export const TEXT_PLAN_FAILED = 'Guiden för handlingsplanen kunde inte starta. Arbetsgången och checklistan nedan går att läsa och skriva ut ändå.';
export const TEXT_EMBED_FAILED = 'Innehållet kunde inte visas här.';
export const TEXT_EMBED_FAILED_LINK = 'Öppna strategins mål på en egen sida';
export const ELEMENT_ATTRS = [ATTR_GOAL, ATTR_ACTORS, ATTR_VIEW, ATTR_HEADING, ATTR_ADDRESS, ATTR_CONTENT];

// The views a widget's `vy` names, by their fragment's folder (as
// route::from_embed_attrs reads them; tests/contract.rs holds the two to
// the same table).
export const EMBED_VIEWS = { kort: '', start: '', tips: 'tips/', handlingsplan: 'handlingsplan/', om: 'om/' };

// The folder (under FRAME_DIR) of the view a widget's attributes ask for:
// a named view first, then a goal (1–8), `vy="mal"` alone for goal 1, and
// the overview when nothing is asked for. A goal that does not exist gives
// the not-found view.
export const embedPath = (attrs) => {
  const view = attrs[ATTR_VIEW]?.trim();
  if (view !== undefined && Object.hasOwn(EMBED_VIEWS, view)) return EMBED_VIEWS[view];
  const goal = attrs[ATTR_GOAL]?.trim();
  if (goal !== undefined) return /^[1-8]$/.test(goal) ? `${ATTR_GOAL}/${goal}/` : EMBED_NOT_FOUND;
  return view === ATTR_GOAL ? `${ATTR_GOAL}/1/` : '';
};

// The elements the islands' bundle (WASM_ISLANDS) starts: every island but
// the plan's guide, which runs a bundle of its own (WASM_PLAN).
export const ISLANDS_SELECTOR = `[${ATTR_ISLAND}]:not([${ATTR_ISLAND}="${ISLAND_PLAN}"])`;

// Loads one of our WASM bundles (WASM_APP, WASM_ISLANDS or WASM_PLAN) from the folder
// `base` and runs its start; resolves to the module (for its exports).
export const loadWasm = (name, base) => import(new URL(`${name}.js`, base).href)
  .then(async (m) => {
    await m.default({ module_or_path: new URL(`${name}_bg.wasm`, base) });
    return m;
  });

// Calls `begin` (which starts the islands) when a view needs them: an
// island comes near the screen, gets focus, is opened or pressed, or a link
// to another view (under `viewBase`) is pointed at, focused or pressed.
// A click on `hold` (a selector) before the islands run is held and carried
// out once they do (`running()` says whether they do).
export const whenNeeded = (root, begin, running, viewBase, hold) => {
  const island = ISLANDS_SELECTOR;
  if ('IntersectionObserver' in window) {
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        seen.disconnect();
        begin();
      }
    }, { rootMargin: '50% 0px' });
    // The embed panel is closed until opened; it starts on use.
    root.querySelectorAll(island).forEach((el) => { if (el.getAttribute(ATTR_ISLAND) !== ISLAND_EMBED_PANEL) seen.observe(el); });
  } else {
    begin();
  }
  const inIsland = (ev) => ev.target instanceof Element && ev.target.closest(island);
  const towardView = (ev) => {
    const link = ev.target instanceof Element && ev.target.closest('a[href]');
    if (!link || !link.href.startsWith(viewBase) || link.href.split('#')[0] === location.href.split('#')[0]) return false;
    return !/\.[^/]*$/.test(new URL(link.href).pathname);
  };
  ['pointerover', 'focusin', 'pointerdown'].forEach((type) => root.addEventListener(type, (ev) => {
    if (inIsland(ev) || towardView(ev)) begin();
  }));
  root.addEventListener('toggle', (ev) => { if (inIsland(ev)) begin(); }, true);
  root.addEventListener('click', (ev) => {
    if (running() || !(ev.target instanceof Element)) return;
    // A new tab or window is the browser's to open.
    if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
    const held = ev.target.closest(hold);
    if (!held || !root.contains(held)) return;
    ev.preventDefault();
    ev.stopPropagation();
    begin().then(() => { if (running()) held.click(); });
  }, true);
};
