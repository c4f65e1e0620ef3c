//! The one start-up path every entry takes: read the page, build one shell
//! from the page's way of navigating, let the entry hydrate or mount, then
//! move to the state the page asks for and keep it in step with the address.

use std::rc::Rc;

use leptos::prelude::*;

use super::dom::{document, focus_heading, focus_in};
use crate::contract::{
    ATTR_ASSETS, ATTR_BASE, ATTR_FILTER, ATTR_PAGE, ATTR_ROUTE, PAGE_FRAME, ROOT_ID,
};
use crate::route::{self, normalize_base, EmbedAttrs, Route, ViewState};
use crate::shell::{Mode, Shell};

/// How a page changes views, and where its state lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Navigation {
    /// Our own page running the whole app: the address bar holds the state,
    /// views change in place (history API).
    History,
    /// Our own prerendered page running its islands: a change within the
    /// view updates the address; another view's prerendered markup is
    /// swapped in (`swap.rs`), or its page loads if that cannot be done.
    Prerendered,
    /// `<strategi-mal>` on a host page: the state stays in the widget, or
    /// is mirrored in the host's hash when `hash` is set (`adress="hash"`).
    HostElement { hash: bool },
    /// `embed.html` in an iframe: the state starts from the frame's address
    /// and stays in the frame; the height is reported to the host.
    Frame,
}

/// Which code runs on one of our own pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// The whole app (`strategi`).
    App,
    /// The islands only (`strategi-sida`).
    Islands,
}

/// Shows another view than the current one (see `swap.rs`).
pub type Leave = Rc<dyn Fn(ViewState)>;

/// A page to start on: where the app lives, its base and how it navigates.
#[derive(Clone)]
pub struct Page {
    pub root: web_sys::Element,
    /// Always ending in "/" (a path on our pages, a full URL in a widget).
    pub base: String,
    pub navigation: Navigation,
    /// How a view asks for another view when views are swapped in place;
    /// without it, the other view's page loads.
    pub leave: Option<Leave>,
}

impl Page {
    /// One of our own pages (root `#strategi`), if this is one.
    pub fn ours(entry: Entry) -> Option<Page> {
        let root = document().get_element_by_id(ROOT_ID)?;
        let base = normalize_base(&root.get_attribute(ATTR_BASE).unwrap_or_default());
        let navigation = match entry {
            Entry::Islands if root.get_attribute(ATTR_PAGE).as_deref() == Some(PAGE_FRAME) => {
                Navigation::Frame
            }
            Entry::Islands => Navigation::Prerendered,
            Entry::App if root.get_attribute(ATTR_PAGE).as_deref() == Some(PAGE_FRAME) => {
                Navigation::Frame
            }
            Entry::App => Navigation::History,
        };
        Some(Page {
            root,
            base,
            navigation,
            leave: None,
        })
    }

    /// A widget's element on a host page; `base` is the app's own URL.
    pub fn host_element(root: web_sys::Element, base: &str, hash: bool) -> Page {
        Page {
            root,
            base: normalize_base(base),
            navigation: Navigation::HostElement { hash },
            leave: None,
        }
    }

    pub fn mode(&self) -> Mode {
        match self.navigation {
            Navigation::History | Navigation::Prerendered => Mode::Standalone,
            Navigation::HostElement { .. } => Mode::Embed,
            Navigation::Frame => Mode::Frame,
        }
    }

    /// The state the page asks for: from the address on our pages and
    /// frame pages (whose path names the view), from the embed attributes in
    /// a widget (or the host's hash, when mirrored there).
    pub fn requested_state(&self, attrs: &EmbedAttrs, actor_ids: &[&str]) -> ViewState {
        match self.navigation {
            Navigation::History | Navigation::Prerendered | Navigation::Frame => {
                state_from_location(&self.base, actor_ids)
            }
            Navigation::HostElement { hash } => {
                let from_hash = hash
                    .then(|| window().location().hash().ok())
                    .flatten()
                    .and_then(|h| route::from_hash(&h, actor_ids));
                from_hash.unwrap_or_else(|| route::from_embed_attrs(attrs, actor_ids))
            }
        }
    }

    /// The state in the address bar, on our own pages.
    pub fn location_state(&self, actor_ids: &[&str]) -> ViewState {
        state_from_location(&self.base, actor_ids)
    }

    /// The view the prerendered markup in the root shows, if there is any.
    pub fn prerendered_state(&self) -> Option<ViewState> {
        let path = self.root.get_attribute(ATTR_ROUTE)?;
        self.root.first_element_child()?;
        // A widget's fragment may be drawn filtered by one actor type.
        let actors = self.root.get_attribute(ATTR_FILTER).into_iter().collect();
        Some(ViewState {
            actors,
            ..ViewState::new(route::parse_path(&path))
        })
    }
}

/// How a state change came about, which decides what the address does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// A visitor's step: a new history entry, focus to the new view.
    Push,
    /// Typing: replaces the current entry.
    Replace,
    /// The address or the host changed it (back, forward, an attribute):
    /// nothing to write, no focus to move.
    Follow,
}

/// A started page. Its `go` is the one place that writes the view state.
#[derive(Clone, Copy)]
pub struct Session {
    view: RwSignal<ViewState>,
    /// The page's parts, stored together (one stored type, not three).
    page: StoredValue<Stored, LocalStorage>,
    navigation: Navigation,
}

/// What a session keeps of its page.
struct Stored {
    base: String,
    root: web_sys::Element,
    leave: Option<Leave>,
}

impl Session {
    /// The state, read-only, for the views.
    pub fn view(&self) -> ReadSignal<ViewState> {
        self.view.read_only()
    }

    /// Shows `next`, writing the address as the page's navigation does.
    pub fn go(&self, next: ViewState, change: Change) {
        let (base, leave) = self.page.with_value(|p| (p.base.clone(), p.leave.clone()));
        let route_changed = self.view.with_untracked(|v| v.route != next.route);
        let url = format!("{base}{}", route::to_relative_url(&next));
        if route_changed && change != Change::Follow {
            // Another view: swapped in where views are (`swap.rs`).
            if let Some(leave) = leave {
                leave(next);
                return;
            }
        }
        match (self.navigation, change) {
            (_, Change::Follow) => {}
            (Navigation::Prerendered, _) if route_changed => {
                // Another view is another page.
                window().location().assign(&url).ok();
                return;
            }
            (Navigation::History | Navigation::Prerendered, change) => {
                write_history(&url, change == Change::Replace)
            }
            (Navigation::HostElement { hash: true }, _) => write_hash(&next),
            (Navigation::HostElement { hash: false } | Navigation::Frame, _) => {}
        }
        self.view.set(next);
        // On our own pages an effect follows every route change (also back
        // and forward); in a widget or frame only a visitor's step moves focus.
        if route_changed && change == Change::Push {
            match self.navigation {
                Navigation::HostElement { .. } => focus_heading(self.root(), false),
                Navigation::Frame => focus_heading(self.root(), true),
                Navigation::History | Navigation::Prerendered => {}
            }
        }
    }

    fn root(&self) -> web_sys::Element {
        self.page.with_value(|p| p.root.clone())
    }

    fn shell(&self, mode: Mode, origin: Signal<String>) -> Shell {
        let (push, replace, focus) = (*self, *self, *self);
        // A frame page's views link inside the frame folder; its files stay
        // under the site's base (ATTR_ASSETS on its root).
        let base = self.page.with_value(|p| p.base.clone());
        let assets = self
            .root()
            .get_attribute(ATTR_ASSETS)
            .map(|a| normalize_base(&a))
            .unwrap_or_else(|| base.clone());
        Shell {
            base,
            assets,
            origin,
            mode,
            navigate: Callback::new(move |s| push.go(s, Change::Push)),
            replace: Callback::new(move |s| replace.go(s, Change::Replace)),
            focus_id: Callback::new(move |id: String| focus_in(&focus.root(), &id)),
        }
    }
}

/// Starts `page`: the view state begins as the prerendered markup shows
/// it (so hydration matches), `mount` hydrates or mounts the views with a
/// shell built for the page, then the state moves to `requested` and, on
/// our own pages, follows the address (back and forward) from then on.
pub fn start(
    page: &Page,
    requested: ViewState,
    actor_ids: Vec<String>,
    mount: impl FnOnce(ReadSignal<ViewState>, Shell),
) -> Session {
    let prerendered = page.prerendered_state();
    let session = Session {
        view: RwSignal::new(prerendered.clone().unwrap_or_else(|| requested.clone())),
        page: StoredValue::new_local(Stored {
            base: page.base.clone(),
            root: page.root.clone(),
            leave: page.leave.clone(),
        }),
        navigation: page.navigation,
    };
    // A widget's base is already a full URL; our pages learn their origin
    // after hydrating, so the markup matches the prerendered one.
    let origin = RwSignal::new(String::new());
    mount(session.view(), session.shell(page.mode(), origin.into()));
    if !matches!(page.navigation, Navigation::HostElement { .. }) {
        origin.set(window().location().origin().unwrap_or_default());
    }

    let here = session.view.get_untracked();
    // Where views are swapped in, the islands show the view in the root;
    // another view is the swap's to bring.
    let reachable = page.leave.is_none() || requested.route == here.route;
    if requested != here && reachable {
        session.go(requested, Change::Follow);
    }

    // (Swapped views follow the address through `swap.rs`.)
    if page.navigation == Navigation::History {
        let base = page.base.clone();
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            let ids: Vec<&str> = actor_ids.iter().map(String::as_str).collect();
            session.go(state_from_location(&base, &ids), Change::Follow);
        });
        std::mem::forget(handle);
    }
    session
}

impl Session {
    /// On our own pages with the whole app: the document title, focus and
    /// scroll follow every route change (not the first view), also on back
    /// and forward.
    pub(crate) fn keep_title(&self, title: impl Fn(Route) -> String + 'static) {
        let view = self.view;
        let session = *self;
        let route = Memo::new(move |_| view.with(|v| v.route));
        Effect::new(move |previous: Option<Route>| {
            let r = route.get();
            document().set_title(&title(r));
            if previous.is_some_and(|p| p != r) {
                focus_heading(session.root(), true);
            }
            r
        });
    }
}

/// Reads the view state from the current location.
pub(super) fn state_from_location(base: &str, actor_ids: &[&str]) -> ViewState {
    let loc = window().location();
    let path = route::decode(&loc.pathname().unwrap_or_default().replace('+', "%2B"));
    let relative = path
        .strip_prefix(base)
        .or_else(|| path.strip_prefix(base.trim_end_matches('/')))
        .unwrap_or("\u{0}");
    route::parse(relative, &loc.search().unwrap_or_default(), actor_ids)
}

/// Puts `url` in the address bar: a new history entry, or in place of the
/// current one (`replace`, e.g. while typing a search).
fn write_history(url: &str, replace: bool) {
    let Ok(history) = window().history() else {
        return;
    };
    let null = wasm_bindgen::JsValue::NULL;
    let result = if replace {
        history.replace_state_with_url(&null, "", Some(url))
    } else {
        history.push_state_with_url(&null, "", Some(url))
    };
    if let Err(e) = result {
        web_sys::console::error_1(&e);
    }
}

/// Mirrors a widget's state in the host page's hash. replaceState keeps the
/// host's history clean and fires no hashchange.
pub(super) fn write_hash(state: &ViewState) {
    let loc = window().location();
    let url = format!(
        "{}{}{}",
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default(),
        route::to_hash(state)
    );
    if let Ok(history) = window().history() {
        history
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            .ok();
    }
}
