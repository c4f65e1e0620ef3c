// Names shared with the Rust code (src/contract.rs), and the one WASM
// loader. tests/contract.rs fails when this file and the Rust side disagree,
// and when sida.js or embed.js spell one of these names themselves.
export const ROOT_ID = 'strategi';
export const DATA_ID = 'strategi-data';
export const ATTR_BASE = 'data-bas';
export const ATTR_ROUTE = 'data-rutt';
export const ATTR_PAGE = 'data-sida';
export const PAGE_FRAME = 'iframe';
export const ATTR_ASSETS = 'data-filbas';
export const FRAME_DIR = 'inbaddad/';
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
export const WASM_APP = 'strategi';
export const WASM_ISLANDS = 'strategi-sida';
export const META_CONTENT = 'strategi-innehall';
export const ELEMENT = 'strategi-mal';
export const ATTR_GOAL = 'mal';
export const ATTR_ACTORS = 'aktor';
export const ATTR_VIEW = 'vy';
export const VIEW_TIPS = 'tips';
export const ATTR_HEADING = 'rubrik';
export const HEADING_HIDDEN = 'nej';
export const ATTR_ADDRESS = 'adress';
export const ADDRESS_HASH = 'hash';
export const ATTR_CONTENT = 'innehall';
export const EMBED_CSS = 'strategi-inbaddad.css';
export const MESSAGE_HEIGHT = 'strategi-mal:hojd';
export const CLASS_QUICK_EXIT = 'snabbutgang';
export const TEXT_START_FAILED = 'Sidan kunde inte starta helt. Innehållet nedan går att läsa men filtren fungerar inte.';
export const TEXT_EMBED_FAILED = 'Innehållet kunde inte visas här.';
export const TEXT_EMBED_FAILED_LINK = 'Öppna strategins mål på en egen sida';
export const ELEMENT_ATTRS = [ATTR_GOAL, ATTR_ACTORS, ATTR_VIEW, ATTR_HEADING, ATTR_ADDRESS, ATTR_CONTENT];

// Loads one of our WASM bundles (WASM_APP or WASM_ISLANDS) from the folder
// `base` and runs its start; resolves to the module (for its exports).
export const loadWasm = (name, base) => import(new URL(`${name}.js`, base).href)
  .then(async (m) => {
    await m.default({ module_or_path: new URL(`${name}_bg.wasm`, base) });
    return m;
  });
