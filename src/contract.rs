//! Names that Rust and the JavaScript in `public/` must spell alike: the
//! root element, data attributes, island names, start states, messages to a
//! host page, embed attributes and the texts shown when a start fails.
//!
//! `public/kontrakt.js` repeats them for the scripts; a native test
//! (`tests/contract.rs`) fails when the two disagree, and checks that the
//! scripts use the names only through that file.

/// Id of the element the app lives in on our own pages.
pub const ROOT_ID: &str = "strategi";
/// Id of the `<script type="application/json">` with the islands' data.
pub const DATA_ID: &str = "strategi-data";

/// On the root: the app's base path ("/", "/strategi/"), written at build time.
pub const ATTR_BASE: &str = "data-bas";
/// On the root: the route slug of the prerendered markup inside it.
pub const ATTR_ROUTE: &str = "data-rutt";
/// On the root: how the page was built to run (see [`PAGE_FRAME`]).
pub const ATTR_PAGE: &str = "data-sida";
/// The root of a frame page (`inbaddad/…`), the iframe embed.
pub const PAGE_FRAME: &str = "iframe";
/// The folder of the embeds' prerendered views: a frame page per view
/// (`inbaddad/mal/3/`), and in it each view's fragment for widgets.
pub const FRAME_DIR: &str = "inbaddad/";
/// A view's fragment for `<strategi-mal>`: its markup and island data only.
pub const FRAGMENT_FILE: &str = "vy.html";
/// A view's fragment with one actor type chosen: `vy-kommun.html`, beside
/// [`FRAGMENT_FILE`] (this prefix, the actor type's id, ".html").
pub const FRAGMENT_FILTERED: &str = "vy-";
/// On a fragment's root: the actor type its markup is filtered by.
pub const ATTR_FILTER: &str = "data-aktor";
/// The folder (under [`FRAME_DIR`]) of the not-found view's fragment, which
/// a widget shows for attributes that name no view.
pub const EMBED_NOT_FOUND: &str = "saknas/";
/// Prefix of the host-page hash a widget may mirror its state into
/// (`#strategi-mal-3~kommun`).
pub const HASH_PREFIX: &str = "strategi-";
/// On a frame page's root: the base of the site's files (data/, CSS), since
/// its [`ATTR_BASE`] is the base of the frame pages' views.
pub const ATTR_ASSETS: &str = "data-filbas";
/// The folder under the base with one frame page per embeddable view.
/// The folder under [`FRAME_DIR`] with the same frame pages without our
/// heading (the old `rubrik=nej`), hidden in the markup itself.
pub const FRAME_HEADING_HIDDEN_DIR: &str = "utan-rubrik/";
/// Id of the `<script type="application/json">` in `embed.html` that maps
/// the old query (`?mal=3&vy=tips`) to frame pages, read by `ram.js`.
pub const FRAME_MAP_ID: &str = "strategi-ram";
/// On the root: how far the start has come (the `STATUS_*` values).
pub const ATTR_STATUS: &str = "data-status";
pub const STATUS_WAITING: &str = "vilar";
pub const STATUS_STARTING: &str = "startar";
pub const STATUS_RUNNING: &str = "igang";
pub const STATUS_FAILED: &str = "fel";

/// On an island's element: which island it is (the `ISLAND_*` values).
pub const ATTR_ISLAND: &str = "data-o";
/// A goal's chips, live summary and tips.
pub const ISLAND_GOAL_TIPS: &str = "mal-tips";
/// The whole "Vad kan vi göra?" view (search and chips).
pub const ISLAND_TIPS: &str = "tips";
/// The "Bädda in" panel.
pub const ISLAND_EMBED_PANEL: &str = "inbaddning";
/// The plan's guide on `/handlingsplan/`: run by its own bundle
/// ([`WASM_PLAN`]), never by the islands'.
pub const ISLAND_PLAN: &str = "handlingsplan";

/// The WASM bundles, by file name stem: the whole app, the islands, and
/// the plan's guide.
pub const WASM_APP: &str = "strategi";
pub const WASM_ISLANDS: &str = "strategi-sida";
pub const WASM_PLAN: &str = "strategi-plan";

/// `<meta name="…" content="URL">`: newer content to fetch at start.
pub const META_CONTENT: &str = "strategi-innehall";

/// The custom element, and its attributes.
pub const ELEMENT: &str = "strategi-mal";
pub const ATTR_GOAL: &str = "mal";
pub const ATTR_ACTORS: &str = "aktor";
pub const ATTR_VIEW: &str = "vy";
/// The `vy` value (and route slug) of the tips view.
pub const VIEW_TIPS: &str = "tips";
/// `rubrik="nej"` hides the widget's own heading visually.
pub const ATTR_HEADING: &str = "rubrik";
pub const HEADING_HIDDEN: &str = "nej";
/// The class on a widget's root (or a frame page's) that hides its heading.
pub const CLASS_HEADING_HIDDEN: &str = "utan-rubrik";
/// `adress="hash"` mirrors the widget's state in the host page's hash.
pub const ATTR_ADDRESS: &str = "adress";
pub const ADDRESS_HASH: &str = "hash";
/// `innehall="URL"`: newer content for the widget.
pub const ATTR_CONTENT: &str = "innehall";
/// Every attribute the custom element observes, in the order it documents them.
pub const ELEMENT_ATTRS: [&str; 6] = [
    ATTR_GOAL,
    ATTR_ACTORS,
    ATTR_VIEW,
    ATTR_HEADING,
    ATTR_ADDRESS,
    ATTR_CONTENT,
];

/// The stylesheet a widget loads into its shadow root (fixed pixel sizes).
pub const EMBED_CSS: &str = "strategi-inbaddad.css";

/// Message type an iframe embed posts to its host with its height.
pub const MESSAGE_HEIGHT: &str = "strategi-mal:hojd";

/// The class of the quick-exit link (its `href` is where it goes).
pub const CLASS_QUICK_EXIT: &str = "snabbutgang";

/// Shown above a page whose scripts could not start; the content stays.
pub const TEXT_START_FAILED: &str =
    "Sidan kunde inte starta helt. Innehållet nedan går att läsa men filtren fungerar inte.";
/// Shown in the guide's place when the plan's guide could not start.
pub const TEXT_PLAN_FAILED: &str =
    "Guiden för handlingsplanen kunde inte starta. Arbetsgången och checklistan nedan går att läsa och skriva ut ändå.";
/// Shown in a widget that could not start; a link to our site follows.
pub const TEXT_EMBED_FAILED: &str = "Innehållet kunde inte visas här.";
/// The link text after [`TEXT_EMBED_FAILED`].
pub const TEXT_EMBED_FAILED_LINK: &str = "Öppna strategins mål på en egen sida";

/// Every name above with the key `public/kontrakt.js` gives it, for the test
/// that keeps the two in step.
pub const ALL: &[(&str, &str)] = &[
    ("ROOT_ID", ROOT_ID),
    ("DATA_ID", DATA_ID),
    ("ATTR_BASE", ATTR_BASE),
    ("ATTR_ROUTE", ATTR_ROUTE),
    ("ATTR_PAGE", ATTR_PAGE),
    ("PAGE_FRAME", PAGE_FRAME),
    ("FRAME_DIR", FRAME_DIR),
    ("FRAGMENT_FILE", FRAGMENT_FILE),
    ("FRAGMENT_FILTERED", FRAGMENT_FILTERED),
    ("ATTR_FILTER", ATTR_FILTER),
    ("EMBED_NOT_FOUND", EMBED_NOT_FOUND),
    ("HASH_PREFIX", HASH_PREFIX),
    ("ATTR_ASSETS", ATTR_ASSETS),
    ("FRAME_HEADING_HIDDEN_DIR", FRAME_HEADING_HIDDEN_DIR),
    ("FRAME_MAP_ID", FRAME_MAP_ID),
    ("ATTR_STATUS", ATTR_STATUS),
    ("STATUS_WAITING", STATUS_WAITING),
    ("STATUS_STARTING", STATUS_STARTING),
    ("STATUS_RUNNING", STATUS_RUNNING),
    ("STATUS_FAILED", STATUS_FAILED),
    ("ATTR_ISLAND", ATTR_ISLAND),
    ("ISLAND_GOAL_TIPS", ISLAND_GOAL_TIPS),
    ("ISLAND_TIPS", ISLAND_TIPS),
    ("ISLAND_EMBED_PANEL", ISLAND_EMBED_PANEL),
    ("ISLAND_PLAN", ISLAND_PLAN),
    ("WASM_APP", WASM_APP),
    ("WASM_ISLANDS", WASM_ISLANDS),
    ("WASM_PLAN", WASM_PLAN),
    ("META_CONTENT", META_CONTENT),
    ("ELEMENT", ELEMENT),
    ("ATTR_GOAL", ATTR_GOAL),
    ("ATTR_ACTORS", ATTR_ACTORS),
    ("ATTR_VIEW", ATTR_VIEW),
    ("VIEW_TIPS", VIEW_TIPS),
    ("ATTR_HEADING", ATTR_HEADING),
    ("HEADING_HIDDEN", HEADING_HIDDEN),
    ("CLASS_HEADING_HIDDEN", CLASS_HEADING_HIDDEN),
    ("ATTR_ADDRESS", ATTR_ADDRESS),
    ("ADDRESS_HASH", ADDRESS_HASH),
    ("ATTR_CONTENT", ATTR_CONTENT),
    ("EMBED_CSS", EMBED_CSS),
    ("MESSAGE_HEIGHT", MESSAGE_HEIGHT),
    ("CLASS_QUICK_EXIT", CLASS_QUICK_EXIT),
    ("TEXT_START_FAILED", TEXT_START_FAILED),
    ("TEXT_PLAN_FAILED", TEXT_PLAN_FAILED),
    ("TEXT_EMBED_FAILED", TEXT_EMBED_FAILED),
    ("TEXT_EMBED_FAILED_LINK", TEXT_EMBED_FAILED_LINK),
];
