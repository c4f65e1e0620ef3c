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

use super::dom::{
    after_next_frame, data_script, document, focus_heading, focus_in, links_in, log_warning, Then,
};
use super::start::{state_from_location, write_hash, Change, Navigation, Page, Session};
use crate::components::link::is_plain_click;
use crate::contract::{ATTR_FILTER, ATTR_ROUTE, DATA_ID, FRAME_DIR, ROOT_ID};
use crate::route::{self, Route, ViewState};

/// On the root, lays out all of a long view at once (style/20-layout.css).
const CLASS_RENDER_ALL: &str = "visa-allt";

/// A hydrated island; dropping it unmounts it and ends its reactive owner.
pub(crate) type Island = Box<dyn std::any::Any>;

/// A view whose islands are running: everything it owns goes when the
/// next view is swapped in.
pub(crate) struct Mounted {
    /// The session's signals and the view's effects.
    pub owner: Owner,
    /// The islands, each hydrated with a root owner of its own.
    pub islands: Vec<Island>,
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

/// Starts the islands of a view: its markup is in the root and its data
/// beside it. The state to show is given in a widget (it has no address of
/// its own); on our pages and in a frame it is read from the address.
/// `None` when the view cannot run (it says so itself).
pub(crate) type Mount = fn(&Page, Option<ViewState>) -> Option<Mounted>;

/// The in-place navigation of one page.
pub(crate) struct Swap {
    page: Page,
    mount: Mount,
    /// Our pages as fetched ahead, by path: promises of their parsed
    /// documents. A page's nodes move into the view when it is shown, so it
    /// is taken out then. (A handful per visit; a list is smaller in the
    /// WASM than a map.)
    pages: RefCell<Vec<(String, js_sys::Promise)>>,
    current: RefCell<Option<Mounted>>,
    /// The number of the navigation whose view is in place but whose
    /// islands have not started yet (they start after the view is painted).
    unmounted: Cell<Option<u32>>,
    /// The state the next mounted view shows, in a widget.
    requested: RefCell<Option<ViewState>>,
    /// Numbers the navigations, so only the latest one is shown.
    latest: Cell<u32>,
    /// Removed when a widget leaves its host page.
    listeners: RefCell<Vec<WindowListenerHandle>>,
}

/// How a view is reached, which decides history, scroll and focus.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Arrival {
    /// A link: a new history entry, the top of the new view.
    Link,
    /// Back or forward: the entry is already there, and so is the place
    /// on the view it was left at.
    History,
}

impl Swap {
    /// Runs `page` with in-place navigation: its own view starts now, the
    /// next ones when a visitor goes there.
    pub(crate) fn run(page: Page, mount: Mount, requested: Option<ViewState>) -> Rc<Swap> {
        // Swaps and effects run on the browser's task queue, also in a view
        // without islands (hydrating one would set it up otherwise). Set up
        // already is fine.
        let _ = any_spawner::Executor::init_wasm_bindgen();
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
                unmounted: Cell::new(None),
                requested: RefCell::new(requested.clone()),
                latest: Cell::new(0),
                listeners: RefCell::new(Vec::new()),
            }
        });
        swap.mount_current();
        swap.listen();
        // A widget may be asked for another view than the one it was given
        // (a state kept in the host's hash): that view is swapped in.
        let shown = swap.shown_route();
        if let (Some(next), Some(shown)) = (requested, shown) {
            if next.route != shown {
                swap.show_state(next, Arrival::Link);
            }
        }
        swap
    }

    /// Shows `next` in a widget: the same view takes it itself, another
    /// view is swapped in (an attribute changed).
    pub(crate) fn show_state(self: &Rc<Self>, next: ViewState, arrival: Arrival) {
        self.mount_pending();
        let session = self.current.borrow().as_ref().map(|m| m.session);
        match session {
            Some(s) if s.view().with_untracked(|v| v.route == next.route) => {
                s.go(next, Change::Replace)
            }
            _ => {
                let url = format!("{}{}", self.page.base, route::to_relative_url(&next));
                *self.requested.borrow_mut() = Some(next);
                self.show(url, arrival);
            }
        }
    }

    fn shown_route(&self) -> Option<Route> {
        self.page
            .root
            .get_attribute(ATTR_ROUTE)
            .map(|p| route::parse_path(&p))
    }

    /// Stops everything: the widget left its host page.
    pub(crate) fn stop(&self) {
        self.latest.set(self.latest.get().wrapping_add(1));
        for handle in self.listeners.borrow_mut().drain(..) {
            handle.remove();
        }
        if let Some(mounted) = self.current.borrow_mut().take() {
            mounted.leave();
        }
    }

    fn mount_current(&self) {
        let requested = self.requested.borrow_mut().take();
        let mounted = (self.mount)(&self.page, requested);
        *self.current.borrow_mut() = mounted;
    }

    /// Starts the islands of the view in place if they wait for the next
    /// frame: anything that needs them (a click, an attribute) cannot wait.
    fn mount_pending(&self) {
        if self.unmounted.take().is_some() {
            self.mount_current();
        }
    }

    /// Starts the islands of navigation `number`'s view once it is on
    /// screen and the browser is idle, so the view is painted first,
    /// however large it is.
    fn mount_after_paint(self: &Rc<Self>, number: u32) {
        self.unmounted.set(Some(number));
        let swap = Rc::downgrade(self);
        let scheduled = after_next_frame(Then::Idle, move || {
            let Some(swap) = swap.upgrade() else { return };
            if swap.unmounted.get() == Some(number) {
                swap.mount_pending();
            }
        });
        if !scheduled {
            self.mount_pending();
        }
    }

    /// Whether this page owns the window's address and scroll: our own
    /// pages do; a frame and a widget do not.
    fn owns_window(&self) -> bool {
        self.page.navigation == Navigation::Prerendered
    }

    fn listen(self: &Rc<Self>) {
        if self.owns_window() {
            self.own_window();
        }
        let swap = Rc::downgrade(self);
        let on_click = window_event_listener_untyped("click", move |ev| {
            let Some(swap) = swap.upgrade() else { return };
            swap.mount_pending();
            let Ok(ev) = ev.dyn_into::<web_sys::MouseEvent>() else {
                return;
            };
            if !is_plain_click(&ev) {
                return;
            }
            if let Some(id) = swap.place_link(&ev) {
                // In a shadow root `#id` would address the host page.
                ev.prevent_default();
                focus_in(&swap.page.root, &id);
                return;
            }
            let Some((url, next)) = swap.view_link(&ev) else {
                return;
            };
            ev.prevent_default();
            swap.go(url, next);
        });
        // A link pointed at, focused or pressed is likely to be followed.
        // Any of these also starts islands that wait for the browser to be
        // idle: they come before the click or key that needs them.
        let mut ahead = Vec::new();
        for event in ["pointerover", "focusin", "pointerdown"] {
            let swap = Rc::downgrade(self);
            ahead.push(window_event_listener_untyped(event, move |ev| {
                let Some(swap) = swap.upgrade() else { return };
                swap.mount_pending();
                if let Some((url, next)) = swap.view_link(&ev) {
                    let _ = swap.fetch(&swap.source_of(&url, Some(&next)));
                }
            }));
        }
        let mut listeners = self.listeners.borrow_mut();
        listeners.push(on_click);
        listeners.extend(ahead);
    }

    /// Scroll restoration and back/forward, on our own pages.
    fn own_window(self: &Rc<Self>) {
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
        self.listeners
            .borrow_mut()
            .extend([on_hide, on_show, on_pop]);
    }

    /// The id a link to a place on a widget's view points at.
    fn place_link(&self, ev: &web_sys::Event) -> Option<String> {
        if !matches!(self.page.navigation, Navigation::HostElement { .. }) {
            return None;
        }
        let el = ev
            .composed_path()
            .get(0)
            .dyn_into::<web_sys::Element>()
            .ok()?;
        let a = el.closest("a[href^='#']").ok()??;
        if !self.page.root.contains(Some(&a)) {
            return None;
        }
        let id = a.get_attribute("href")?.trim_start_matches('#').to_string();
        (!id.is_empty()).then_some(id)
    }

    /// The address and state a link inside our root leads to, if it is a
    /// link to another of our views that we can swap in.
    fn view_link(&self, ev: &web_sys::Event) -> Option<(String, ViewState)> {
        // Inside a widget's shadow root the event is retargeted to the
        // host element; the path still starts at the real target.
        let target = ev.composed_path().get(0);
        let el = target.dyn_into::<web_sys::Element>().ok()?;
        let a = el.closest("a[href]").ok()??;
        if !self.page.root.contains(Some(&a))
            || a.has_attribute("download")
            || a.get_attribute("target").is_some_and(|t| t != "_self")
        {
            return None;
        }
        let here = window().location().href().ok()?;
        let url = web_sys::Url::new_with_base(&a.get_attribute("href")?, &here).ok()?;
        let base = web_sys::Url::new_with_base(&self.page.base, &here).ok()?;
        if url.origin() != base.origin() {
            return None;
        }
        let path = route::decode(&url.pathname().replace('+', "%2B"));
        let relative = path.strip_prefix(&route::decode(&base.pathname()))?;
        // Files (data/indikatorer.csv, embed.html) are not views.
        if relative
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.'))
        {
            return None;
        }
        let current = self.current.borrow();
        let mounted = current.as_ref()?;
        // A place on this view is the browser's (or the view's) to scroll to.
        if !url.hash().is_empty()
            && mounted
                .session
                .view()
                .with_untracked(|v| route::parse_path(relative) == v.route)
        {
            return None;
        }
        let ids: Vec<&str> = mounted.actor_ids.iter().map(String::as_str).collect();
        let next = route::parse(relative, &url.search(), &ids);
        if next.route == Route::NotFound || (next.route.loads_as_page() && self.owns_window()) {
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
            *self.requested.borrow_mut() = Some(next);
            self.show(url, Arrival::Link);
        }
    }

    /// A view asked for another view (a link drawn by an island).
    fn follow_link(self: &Rc<Self>, next: ViewState) {
        let url = format!("{}{}", self.page.base, route::to_relative_url(&next));
        if next.route.loads_as_page() && self.owns_window() {
            load(&url);
            return;
        }
        *self.requested.borrow_mut() = Some(next);
        self.show(url, Arrival::Link);
    }

    /// Back or forward: the address has changed already.
    fn follow_history(self: &Rc<Self>) {
        self.mount_pending();
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
        if state.route.loads_as_page() {
            window().location().reload().ok();
            return;
        }
        let url = window().location().href().unwrap_or_default();
        self.show(url, Arrival::History);
    }

    /// Fetches the page of `url` (or takes it from what was fetched ahead)
    /// and swaps it in; loads the page if anything fails.
    fn show(self: &Rc<Self>, url: String, arrival: Arrival) {
        let number = self.latest.get().wrapping_add(1);
        self.latest.set(number);
        let path = self.source_of(&url, self.requested.borrow().as_ref());
        let pending = self.fetch(&path);
        let swap = Rc::clone(self);
        leptos::task::spawn_local(async move {
            let page = JsFuture::from(pending).await;
            if swap.latest.get() != number {
                return; // a later navigation took over
            }
            // Its nodes are about to move into the view (or it failed).
            swap.pages.borrow_mut().retain(|(p, _)| *p != path);
            let swapped = page
                .ok()
                .and_then(|d| d.dyn_into::<web_sys::Document>().ok())
                .and_then(|doc| ParsedPage::read(&doc))
                .is_some_and(|next| swap.swap_in(next, &url, arrival, number));
            if !swapped {
                log_warning(&format!("vyn {path} kunde inte visas på plats"));
                match arrival {
                    Arrival::Link => load(&url),
                    Arrival::History => {
                        window().location().reload().ok();
                    }
                }
            }
        });
    }

    /// Where the markup of the view at `url` (showing `next`) comes from:
    /// its page on our site and in a frame; in a widget, the view's fragment
    /// (filtered by one actor type where one is chosen).
    fn source_of(&self, url: &str, next: Option<&ViewState>) -> String {
        match (self.page.navigation, next) {
            (Navigation::HostElement { .. }, Some(next)) => {
                format!(
                    "{}{FRAME_DIR}{}",
                    self.page.base,
                    route::fragment_file(next)
                )
            }
            _ => path_of(url),
        }
    }

    /// Puts the view of `next` (one of our pages) in place of the current
    /// one; its islands start after it is painted. False, with nothing
    /// changed, if the page has no place for its data.
    fn swap_in(
        self: &Rc<Self>,
        next: ParsedPage,
        url: &str,
        arrival: Arrival,
        number: u32,
    ) -> bool {
        let doc = document();
        let root = &self.page.root;
        let Some(data) = data_script(root) else {
            return false;
        };
        let widget = matches!(self.page.navigation, Navigation::HostElement { .. });
        if widget {
            absolute_links(&next.root, &self.page.base);
        }
        let history = window().history().ok();
        if let (Arrival::Link, true, Some(history)) = (arrival, self.owns_window(), &history) {
            remember_scroll(history);
        }
        if let Some(mounted) = self.current.borrow_mut().take() {
            mounted.leave();
        }
        root.set_text_content(None);
        // Moved, not copied: appending adopts each node into this document.
        while let Some(child) = next.root.first_child() {
            root.append_child(&child).ok();
        }
        root.set_attribute(ATTR_ROUTE, &next.route).ok();
        match &next.filter {
            Some(actor) => root.set_attribute(ATTR_FILTER, actor).ok(),
            None => root.remove_attribute(ATTR_FILTER).ok(),
        };
        data.set_text_content(Some(&next.data));
        if !widget {
            doc.set_title(&next.title);
        }
        if let (Arrival::Link, Some(history)) = (arrival, &history) {
            let here = JsValue::from_f64(0.0);
            match self.page.navigation {
                Navigation::Prerendered => {
                    history.push_state_with_url(&here, "", Some(url)).ok();
                }
                // The frame's own address follows, without entries in the
                // host page's history.
                Navigation::Frame => {
                    history.replace_state_with_url(&here, "", Some(url)).ok();
                }
                Navigation::HostElement { hash: true } => {
                    if let Some(state) = self.requested.borrow().as_ref() {
                        write_hash(state);
                    }
                }
                Navigation::HostElement { hash: false } | Navigation::History => {}
            }
        }
        self.mount_after_paint(number);
        match (self.page.navigation, arrival) {
            (Navigation::Prerendered, Arrival::Link) => window().scroll_to_with_x_and_y(0.0, 0.0),
            (Navigation::Prerendered, Arrival::History) => {
                if let Some(place) = history.as_ref().and_then(ScrollPlace::of_entry) {
                    place.restore(root);
                }
            }
            _ => {}
        }
        if widget {
            // The host's page is not ours to scroll, unless the heading went
            // out of sight above.
            focus_heading(root.clone(), false);
        } else {
            focus_heading_in_place(root);
        }
        true
    }

    /// Starts fetching our page at `path`, once, and parses it inertly as
    /// soon as it arrives (no script runs, nothing loads), so a click finds
    /// it ready. The promise gives the document, or `undefined` if it could
    /// not be had (it never rejects: a page fetched ahead and never used is
    /// no error).
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
                let text = JsFuture::from(response.text()?).await?;
                let doc = web_sys::DomParser::new()?.parse_from_string(
                    &text.as_string().unwrap_or_default(),
                    web_sys::SupportedType::TextHtml,
                )?;
                Ok::<JsValue, JsValue>(doc.into())
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
    /// The actor type a widget's fragment is filtered by.
    filter: Option<String>,
    data: String,
    title: String,
}

impl ParsedPage {
    /// Finds our page's parts in `doc` (parsed inertly by `fetch`).
    fn read(doc: &web_sys::Document) -> Option<ParsedPage> {
        let root = doc.get_element_by_id(ROOT_ID)?;
        let route = root.get_attribute(ATTR_ROUTE)?;
        let data = doc.get_element_by_id(DATA_ID)?.text_content()?;
        Some(ParsedPage {
            filter: root.get_attribute(ATTR_FILTER),
            root,
            route,
            data,
            title: doc.title(),
        })
    }
}

/// Makes the links of a widget's view absolute on our site (`base`): the
/// prerendered ones are paths, which a host page would resolve against its
/// own address. Links to a place on the view (`#id`) stay as they are.
fn absolute_links(view: &web_sys::Node, base: &str) {
    let Ok(view) = view.clone().dyn_into::<web_sys::Element>() else {
        return;
    };
    for a in links_in(&view) {
        let href = a.get_attribute("href").unwrap_or_default();
        if href.starts_with('#') {
            continue;
        }
        if let Ok(url) = web_sys::Url::new_with_base(&href, base) {
            a.set_attribute("href", &url.href()).ok();
        }
    }
}

/// Keeps the place the visitor is at with the current history entry.
fn remember_scroll(history: &web_sys::History) {
    let url = window().location().href().unwrap_or_default();
    let place = ScrollPlace::here(&document()).encode();
    history
        .replace_state_with_url(&JsValue::from_str(&place), "", Some(&url))
        .ok();
}

/// Where a visitor was on a view. A long view lays out only what is near
/// the screen (style/20-layout.css), so the same scroll position can be
/// another place in the text when the view comes back: the element at the
/// top of the window is kept (as child indexes from the root, the view
/// being the same prerendered page), with how far above the top it began.
/// The plain position is the fallback.
/// Whole pixels: formatting and parsing floats would add more to the WASM
/// than all of this.
#[derive(Debug, PartialEq)]
struct ScrollPlace {
    y: i32,
    /// Child indexes from the root down to the element; empty for none.
    path: Vec<u32>,
    top: i32,
}

impl ScrollPlace {
    fn here(doc: &web_sys::Document) -> ScrollPlace {
        let y = window().scroll_y().unwrap_or(0.0).round() as i32;
        let root = doc.get_element_by_id(ROOT_ID);
        let width = window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .unwrap_or(0.0);
        let at_top = doc.element_from_point((width / 2.0) as f32, 1.0);
        let (mut path, mut top) = (Vec::new(), 0);
        if let (Some(root), Some(el)) = (root, at_top) {
            if root.contains(Some(&el)) && el != root {
                // The point may be in a gap of a long list: go down to the
                // first element that reaches the top, so the place is kept
                // by a small element, not by a tall one's offset.
                let mut el = el;
                while let Some(child) = first_reaching_top(&el) {
                    el = child;
                }
                top = el.get_bounding_client_rect().top().round() as i32;
                let mut node = el;
                while node != root {
                    let Some(parent) = node.parent_element() else {
                        break;
                    };
                    let children = parent.children();
                    let index =
                        (0..children.length()).find(|&i| children.item(i).as_ref() == Some(&node));
                    path.extend(index);
                    node = parent;
                }
                path.reverse();
            }
        }
        ScrollPlace { y, path, top }
    }

    /// "y;top;i.j.k", the history entry's state.
    fn encode(&self) -> String {
        let path: Vec<String> = self.path.iter().map(u32::to_string).collect();
        format!("{};{};{}", self.y, self.top, path.join("."))
    }

    fn decode(text: &str) -> Option<ScrollPlace> {
        let mut parts = text.splitn(3, ';');
        let y = parts.next()?.parse().ok()?;
        let top = parts.next()?.parse().ok()?;
        let path = match parts.next()? {
            "" => Vec::new(),
            p => p
                .split('.')
                .map(|i| i.parse().ok())
                .collect::<Option<_>>()?,
        };
        Some(ScrollPlace { y, path, top })
    }

    fn of_entry(history: &web_sys::History) -> Option<ScrollPlace> {
        ScrollPlace::decode(&history.state().ok()?.as_string()?)
    }

    /// Scrolls so the kept element is where it was; the plain position if
    /// the view has no such element. The view is laid out in full until
    /// the next frame (`CLASS_RENDER_ALL`), so what lies above the element
    /// has its real height, and keeps it after (the sizes are remembered).
    fn restore(&self, root: &web_sys::Element) {
        let mut el = (!self.path.is_empty()).then(|| root.clone());
        for &i in &self.path {
            el = el.and_then(|e| e.children().item(i));
        }
        let Some(el) = el else {
            window().scroll_to_with_x_and_y(0.0, f64::from(self.y));
            return;
        };
        root.class_list().add_1(CLASS_RENDER_ALL).ok();
        el.scroll_into_view_with_bool(true);
        window().scroll_by_with_x_and_y(0.0, -f64::from(self.top));
        let root = root.clone();
        after_next_frame(Then::Task, move || {
            root.class_list().remove_1(CLASS_RENDER_ALL).ok();
        });
    }
}

/// The first child of `el` that is not wholly above the window's top.
fn first_reaching_top(el: &web_sys::Element) -> Option<web_sys::Element> {
    let children = el.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .find(|c| c.get_bounding_client_rect().bottom() > 0.0)
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

/// The path of a URL: what identifies one of our pages.
fn path_of(url: &str) -> String {
    web_sys::Url::new(url)
        .map(|u| u.pathname())
        .unwrap_or_else(|_| url.split(['?', '#']).next().unwrap_or_default().to_string())
}

fn load(url: &str) {
    window().location().assign(url).ok();
}
