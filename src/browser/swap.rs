//! Moving between our prerendered views in place. A click on a link to
//! another view fetches that view's page (our own build output, from our
//! own origin), parses it inertly, swaps its markup into the root, starts
//! the islands it needs, sets the title, writes history and moves focus to
//! the new heading. Back and forward do the same and restore the scroll.
//! Links that are pointed at, focused or pressed are fetched ahead.
//! Whatever fails, the link loads the page as a plain link would.
//!
//! Only markup of our own build is ever parsed: the pages are fetched from
//! the app's base on the page's own origin, and nothing from remote content
//! or the address reaches the parser.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::dom::{document, log_warning};
use super::start::{state_from_location, Change, Page, Session};
use crate::contract::{ATTR_ROUTE, DATA_ID, ROOT_ID};
use crate::route::{self, Route, ViewState};

/// A view whose islands are running: everything it owns goes when the
/// next view is swapped in.
pub(crate) struct Mounted {
    /// The session's signals and the view's effects.
    pub owner: Owner,
    /// The islands, each hydrated with a root owner of its own.
    pub islands: Vec<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
    pub session: Session,
    /// The actor types the view's data knows, for reading addresses.
    pub actor_ids: Vec<String>,
}

impl Mounted {
    fn leave(self) {
        drop(self.islands);
        self.owner.cleanup();
    }
}

/// Starts the islands of a view: the page's markup is in the root and its
/// data beside it. `None` when the view cannot run (it says so itself).
pub(crate) type Mount = fn(&Page) -> Option<Mounted>;

/// The in-place navigation of one page.
pub(crate) struct Swap {
    page: Page,
    mount: Mount,
    /// Our pages as fetched, by path: promises of their text. (A handful
    /// per visit; a list is smaller in the WASM than a map.)
    pages: RefCell<Vec<(String, js_sys::Promise)>>,
    current: RefCell<Option<Mounted>>,
    /// Numbers the navigations, so only the latest one is shown.
    latest: Cell<u32>,
}

/// How a view is reached, which decides history, scroll and focus.
#[derive(Clone, Copy, PartialEq)]
enum Arrival {
    /// A link: a new history entry, the top of the new view.
    Link,
    /// Back or forward: the entry is already there; its scroll comes back.
    History { scroll_y: f64 },
}

impl Swap {
    /// Runs `page` with in-place navigation: its own view starts now, the
    /// next ones when a visitor goes there.
    pub(crate) fn run(page: Page, mount: Mount) {
        let swap = Rc::new_cyclic(|weak: &Weak<Swap>| {
            let mut page = page;
            let weak = weak.clone();
            page.leave = Some(Rc::new(move |next: ViewState| {
                if let Some(swap) = weak.upgrade() {
                    swap.follow_link(next);
                }
            }));
            Swap {
                page,
                mount,
                pages: RefCell::new(Vec::new()),
                current: RefCell::new(None),
                latest: Cell::new(0),
            }
        });
        swap.mount_current();
        swap.listen();
        // The listeners hold it weakly; it lives as long as the document.
        std::mem::forget(swap);
    }

    fn mount_current(&self) {
        let mounted = (self.mount)(&self.page);
        *self.current.borrow_mut() = mounted;
    }

    fn listen(self: &Rc<Self>) {
        if let Ok(history) = window().history() {
            // Scroll is ours to restore while views are swapped in place;
            // the browser's own comes back when the page is left, so a
            // reload or a return from another site lands where it was.
            history
                .set_scroll_restoration(web_sys::ScrollRestoration::Manual)
                .ok();
        }
        let on_hide = window_event_listener_untyped("pagehide", |_| {
            if let Ok(history) = window().history() {
                remember_scroll(&history);
                history
                    .set_scroll_restoration(web_sys::ScrollRestoration::Auto)
                    .ok();
            }
        });
        let on_show = window_event_listener_untyped("pageshow", |_| {
            if let Ok(history) = window().history() {
                history
                    .set_scroll_restoration(web_sys::ScrollRestoration::Manual)
                    .ok();
            }
        });

        let swap = Rc::downgrade(self);
        let on_pop = window_event_listener_untyped("popstate", move |_| {
            if let Some(swap) = swap.upgrade() {
                swap.follow_history();
            }
        });
        let swap = Rc::downgrade(self);
        let on_click = window_event_listener_untyped("click", move |ev| {
            let Some(swap) = swap.upgrade() else { return };
            let Ok(ev) = ev.dyn_into::<web_sys::MouseEvent>() else {
                return;
            };
            if !is_plain_click(&ev) {
                return;
            }
            let Some((url, next)) = swap.view_link(ev.target()) else {
                return;
            };
            ev.prevent_default();
            swap.go(url, next);
        });
        // A link pointed at, focused or pressed is likely to be followed.
        let mut ahead = Vec::new();
        for event in ["pointerover", "focusin", "pointerdown"] {
            let swap = Rc::downgrade(self);
            ahead.push(window_event_listener_untyped(event, move |ev| {
                let Some(swap) = swap.upgrade() else { return };
                if let Some((url, _)) = swap.view_link(ev.target()) {
                    let _ = swap.fetch(&path_of(&url));
                }
            }));
        }
        // The page lives as long as its document.
        std::mem::forget((on_hide, on_show, on_pop, on_click, ahead));
    }

    /// The address and state a link inside our root leads to, if it is a
    /// link to another of our views that we can swap in.
    fn view_link(&self, target: Option<web_sys::EventTarget>) -> Option<(String, ViewState)> {
        let el = target?.dyn_into::<web_sys::Element>().ok()?;
        let a = el.closest("a[href]").ok()??;
        if !self.page.root.contains(Some(&a))
            || a.has_attribute("download")
            || a.get_attribute("target").is_some_and(|t| t != "_self")
        {
            return None;
        }
        let here = window().location();
        let url =
            web_sys::Url::new_with_base(&a.get_attribute("href")?, &here.href().ok()?).ok()?;
        if url.origin() != here.origin().ok()? {
            return None;
        }
        let path = route::decode(&url.pathname().replace('+', "%2B"));
        let relative = path.strip_prefix(&self.page.base)?;
        // Files (data/indikatorer.csv, embed.html) are not views.
        if relative
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.'))
        {
            return None;
        }
        // A place on this view is the browser's to scroll to.
        if !url.hash().is_empty() && url.pathname() == here.pathname().ok()? {
            return None;
        }
        let current = self.current.borrow();
        let ids: Vec<&str> = current
            .as_ref()?
            .actor_ids
            .iter()
            .map(String::as_str)
            .collect();
        let next = route::parse(relative, &url.search(), &ids);
        if next.route == Route::NotFound {
            return None;
        }
        Some((url.href(), next))
    }

    /// A link was followed: the same view takes the new state itself;
    /// another view is swapped in.
    fn go(self: &Rc<Self>, url: String, next: ViewState) {
        let session = self.current.borrow().as_ref().map(|m| m.session);
        let Some(session) = session else {
            load(&url);
            return;
        };
        if session.view().with_untracked(|v| v.route == next.route) {
            session.go(next, Change::Push);
        } else {
            self.show(url, Arrival::Link);
        }
    }

    /// A view asked for another view (a link drawn by an island).
    fn follow_link(self: &Rc<Self>, next: ViewState) {
        let url = format!("{}{}", self.page.base, route::to_relative_url(&next));
        self.show(url, Arrival::Link);
    }

    /// Back or forward: the address has changed already.
    fn follow_history(self: &Rc<Self>) {
        let current = self.current.borrow();
        let Some(mounted) = current.as_ref() else {
            drop(current);
            window().location().reload().ok();
            return;
        };
        let ids: Vec<&str> = mounted.actor_ids.iter().map(String::as_str).collect();
        let state = state_from_location(&self.page.base, &ids);
        let session = mounted.session;
        drop(current);
        if session.view().with_untracked(|v| v.route == state.route) {
            session.go(state, Change::Follow);
            return;
        }
        let scroll_y = window()
            .history()
            .ok()
            .and_then(|h| h.state().ok())
            .and_then(|s| s.as_f64())
            .unwrap_or(0.0);
        let url = window().location().href().unwrap_or_default();
        self.show(url, Arrival::History { scroll_y });
    }

    /// Fetches the page of `url` (or takes it from what was fetched ahead)
    /// and swaps it in; loads the page if anything fails.
    fn show(self: &Rc<Self>, url: String, arrival: Arrival) {
        let number = self.latest.get().wrapping_add(1);
        self.latest.set(number);
        let path = path_of(&url);
        let pending = self.fetch(&path);
        let swap = Rc::clone(self);
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(pending).await;
            if swap.latest.get() != number {
                return; // a later navigation took over
            }
            let swapped = text
                .ok()
                .and_then(|t| t.as_string())
                .is_some_and(|text| swap.swap_in(&text, &url, arrival));
            if !swapped {
                swap.pages.borrow_mut().retain(|(p, _)| *p != path);
                log_warning(&format!("vyn {path} laddas som en ny sida"));
                match arrival {
                    Arrival::Link => load(&url),
                    Arrival::History { .. } => {
                        window().location().reload().ok();
                    }
                }
            }
        });
    }

    /// Puts the view of `text` (one of our pages) in place of the current
    /// one. False, with nothing changed, if it is not a page of ours.
    fn swap_in(&self, text: &str, url: &str, arrival: Arrival) -> bool {
        let Some(next) = ParsedPage::read(text) else {
            return false;
        };
        let doc = document();
        let Some(data) = doc.get_element_by_id(DATA_ID) else {
            return false;
        };
        let Ok(imported) = doc.import_node_with_deep(&next.root, true) else {
            return false;
        };
        let history = window().history().ok();
        if let (Arrival::Link, Some(history)) = (arrival, &history) {
            remember_scroll(history);
        }
        if let Some(mounted) = self.current.borrow_mut().take() {
            mounted.leave();
        }
        let root = &self.page.root;
        root.set_text_content(None);
        while let Some(child) = imported.first_child() {
            root.append_child(&child).ok();
        }
        root.set_attribute(ATTR_ROUTE, &next.route).ok();
        data.set_text_content(Some(&next.data));
        doc.set_title(&next.title);
        if let (Arrival::Link, Some(history)) = (arrival, &history) {
            history
                .push_state_with_url(&JsValue::from_f64(0.0), "", Some(url))
                .ok();
        }
        self.mount_current();
        let scroll_y = match arrival {
            Arrival::Link => 0.0,
            Arrival::History { scroll_y } => scroll_y,
        };
        window().scroll_to_with_x_and_y(0.0, scroll_y);
        focus_heading_in_place(root);
        true
    }

    /// Starts fetching our page at `path`, once; its text is kept. The
    /// promise gives the text, or `undefined` if it could not be had (it
    /// never rejects: a page fetched ahead and never used is no error).
    fn fetch(&self, path: &str) -> js_sys::Promise {
        if let Some((_, p)) = self.pages.borrow().iter().find(|(p, _)| p == path) {
            return p.clone();
        }
        let request = window().fetch_with_str(path);
        let promise = wasm_bindgen_futures::future_to_promise(async move {
            let text = async {
                let response: web_sys::Response = JsFuture::from(request).await?.dyn_into()?;
                if !response.ok() {
                    return Err(JsValue::from_f64(response.status().into()));
                }
                JsFuture::from(response.text()?).await
            };
            Ok(text.await.unwrap_or(JsValue::UNDEFINED))
        });
        self.pages
            .borrow_mut()
            .push((path.to_string(), promise.clone()));
        promise
    }
}

/// What a fetched page gives the swap: its root, route, data and title.
struct ParsedPage {
    root: web_sys::Element,
    route: String,
    data: String,
    title: String,
}

impl ParsedPage {
    /// Parses `text` inertly (no script runs, nothing loads) and finds our
    /// page's parts in it.
    fn read(text: &str) -> Option<ParsedPage> {
        let parser = web_sys::DomParser::new().ok()?;
        let doc = parser
            .parse_from_string(text, web_sys::SupportedType::TextHtml)
            .ok()?;
        let root = doc.get_element_by_id(ROOT_ID)?;
        let route = root.get_attribute(ATTR_ROUTE)?;
        let data = doc.get_element_by_id(DATA_ID)?.text_content()?;
        Some(ParsedPage {
            root,
            route,
            data,
            title: doc.title(),
        })
    }
}

/// Keeps the current scroll position with the current history entry.
fn remember_scroll(history: &web_sys::History) {
    let url = window().location().href().unwrap_or_default();
    history
        .replace_state_with_url(
            &JsValue::from_f64(window().scroll_y().unwrap_or(0.0)),
            "",
            Some(&url),
        )
        .ok();
}

/// Moves focus to the new view's heading without scrolling, so a screen
/// reader announces the view and the scroll stays where it was put.
fn focus_heading_in_place(root: &web_sys::Element) {
    let Ok(Some(h1)) = root.query_selector("h1") else {
        return;
    };
    if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        h1.focus_with_options(&options).ok();
    }
}

fn is_plain_click(ev: &web_sys::MouseEvent) -> bool {
    !(ev.default_prevented()
        || ev.button() != 0
        || ev.ctrl_key()
        || ev.meta_key()
        || ev.shift_key()
        || ev.alt_key())
}

/// The path of a URL: what identifies one of our pages.
fn path_of(url: &str) -> String {
    web_sys::Url::new(url)
        .map(|u| u.pathname())
        .unwrap_or_else(|_| url.split(['?', '#']).next().unwrap_or_default().to_string())
}

fn load(url: &str) {
    window().location().assign(url).ok();
}
