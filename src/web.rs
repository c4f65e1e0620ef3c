//! The browser edge of the standalone app: reads the URL, keeps history in
//! step with the view state, moves focus on navigation and mounts the app
//! over the prerendered page. Everything below it is plain Leptos views.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

use crate::app::{page_title, App, Mode, Shell};
use crate::content::{self, Bundle};
use crate::route::{self, Route, ViewState};

/// Id of the element the standalone page mounts into.
pub const ROOT_ID: &str = "strategi";

pub(crate) fn document() -> web_sys::Document {
    window().document().expect("a page has a document")
}

/// What the page says when its scripts cannot start; the prerendered
/// content stays readable.
pub(crate) const START_FAILED: &str =
    "Sidan kunde inte starta helt. Innehållet nedan går att läsa men filtren fungerar inte.";

/// Shows a plain message in the root without markup injection, used when the
/// app cannot start. Prerendered content stays readable below it.
pub fn show_error(root: &web_sys::Element, text: &str) {
    let doc = document();
    if let Ok(p) = doc.create_element("p") {
        p.set_class_name("notis notis-fel");
        p.set_attribute("role", "alert").ok();
        p.set_text_content(Some(text));
        root.prepend_with_node_1(&p).ok();
    }
}

/// Installs a panic hook that replaces a frozen page with a polite message
/// and a reload link.
pub fn install_panic_message() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("strategi: {info}").into());
        let doc = document();
        let Ok(box_) = doc.create_element("div") else {
            return;
        };
        box_.set_class_name("notis notis-fel krasch");
        box_.set_attribute("role", "alert").ok();
        let p = doc.create_element("p").ok();
        let a = doc.create_element("a").ok();
        if let (Some(p), Some(a)) = (p, a) {
            p.set_text_content(Some(
                "Något gick fel på sidan. Innehållet kan vara ofullständigt. ",
            ));
            a.set_text_content(Some("Ladda om sidan"));
            a.set_attribute("href", &window().location().href().unwrap_or_default())
                .ok();
            p.append_child(&a).ok();
            box_.append_child(&p).ok();
        }
        if let Some(body) = doc.body() {
            body.prepend_with_node_1(&box_).ok();
        }
    }));
}

/// Base path of the app, from the root's `data-bas` (written at build time).
pub(crate) fn base_of(root: &web_sys::Element) -> String {
    let mut base = root
        .get_attribute("data-bas")
        .unwrap_or_else(|| "/".to_string());
    if !base.ends_with('/') {
        base.push('/');
    }
    base
}

/// Reads the view state from the current location.
pub(crate) fn state_from_location(base: &str, bundle: &Bundle) -> ViewState {
    let loc = window().location();
    let path = loc.pathname().unwrap_or_default();
    let path = decode_path(&path);
    let relative = path
        .strip_prefix(base)
        .or_else(|| path.strip_prefix(base.trim_end_matches('/')))
        .unwrap_or("\u{0}");
    let refs = bundle.actor_ids();
    let search = loc.search().unwrap_or_default();
    route::parse(relative, &search, &refs)
}

fn decode_path(path: &str) -> String {
    route::decode(&path.replace('+', "%2B"))
}

/// Moves focus to the view's heading and scrolls to the top, after the
/// view has been drawn.
/// `to_top` scrolls the page to the top (the app owns the page); otherwise
/// the heading is only brought into view if it is above it (an embed on a
/// host page must not jump the host around).
pub fn focus_heading(root: web_sys::Element, to_top: bool) {
    request_animation_frame(move || {
        if let Ok(Some(h1)) = root.query_selector("h1") {
            if to_top {
                window().scroll_to_with_x_and_y(0.0, 0.0);
            } else if h1.get_bounding_client_rect().top() < 0.0 {
                h1.scroll_into_view();
            }
            if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
                h1.focus().ok();
            }
        }
    });
}

/// Focuses an element by id inside `root` and brings it into view.
pub fn focus_in(root: &web_sys::Element, id: &str) {
    let selector = format!("[id=\"{}\"]", id.replace(['"', '\\'], ""));
    if let Ok(Some(el)) = root.query_selector(&selector) {
        el.scroll_into_view();
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            if el.get_attribute("tabindex").is_none() {
                el.set_attribute("tabindex", "-1").ok();
            }
            el.focus().ok();
        }
    }
}

/// Starts the standalone site, if this page has its root element.
pub fn start_standalone() {
    let Some(root) = document().get_element_by_id(ROOT_ID) else {
        return;
    };
    let bundle = match content::bundled() {
        Ok(b) => Arc::new(b),
        Err(problems) => {
            let first = problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default();
            web_sys::console::error_1(
                &format!("strategi: det inbyggda innehållet är trasigt: {first}").into(),
            );
            show_error(&root, START_FAILED);
            return;
        }
    };
    let base = base_of(&root);
    if root.get_attribute("data-vy").as_deref() == Some("ram") {
        start_frame(root, bundle, base);
        return;
    }
    let view = RwSignal::new(state_from_location(&base, &bundle));
    let bundle_signal = RwSignal::new(bundle);
    let notice = RwSignal::new(None::<String>);

    let go = {
        let base = base.clone();
        move |next: ViewState, replace: bool| {
            write_history(&format!("{base}{}", route::to_relative_url(&next)), replace);
            view.set(next);
        }
    };
    let go_push = go.clone();
    let origin = RwSignal::new(String::new());
    let shell = Shell {
        base: base.clone(),
        origin: origin.into(),
        mode: Mode::Standalone,
        navigate: Callback::new(move |s| go_push(s, false)),
        replace: Callback::new(move |s| go(s, true)),
        focus_id: {
            let root = root.clone();
            Callback::new(move |id: String| focus_in(&root, &id))
        },
    };

    {
        let base = base.clone();
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            let next = bundle_signal.with_untracked(|b| state_from_location(&base, b));
            view.set(next);
        });
        std::mem::forget(handle);
    }

    // Take over the prerendered markup in place (hydrate): first as exactly
    // the state it was rendered in, then move to what the URL asks for.
    let target = view.get_untracked();
    view.set(prerendered_state(&root));
    let handle = start_app(&root, bundle_signal, view, shell, notice);
    handle.forget();
    origin.set(window().location().origin().unwrap_or_default());
    if view.get_untracked() != target {
        view.set(target);
    }

    if let Some(url) = remote_url() {
        load_remote(url, bundle_signal, notice);
    }

    // Title, focus and scroll follow route changes (not the first load).
    {
        let root = root.clone();
        let route = Memo::new(move |_| view.with(|v| v.route));
        Effect::new(move |previous: Option<Route>| {
            let r = route.get();
            let title = bundle_signal.with(|b| page_title(b, r));
            document().set_title(&title);
            if previous.is_some_and(|p| p != r) {
                focus_heading(root.clone(), true);
            }
            r
        });
    }
}

/// Puts `url` in the address bar: a new history entry, or in place of the
/// current one (`replace`, e.g. while typing a search).
pub(crate) fn write_history(url: &str, replace: bool) {
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

/// The deployer's remote content URL, from `<meta name="strategi-innehall">`,
/// resolved against the page.
pub(crate) fn remote_url() -> Option<String> {
    let meta = document()
        .query_selector("meta[name='strategi-innehall']")
        .ok()??;
    let value = meta.get_attribute("content")?;
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let base = window().location().href().ok()?;
    web_sys::Url::new_with_base(value, &base)
        .ok()
        .map(|u| u.href())
}

/// Fetches newer content in the background. The bundled content is already
/// on screen; it is replaced whole, or not at all.
pub fn load_remote(url: String, bundle: RwSignal<Arc<Bundle>>, notice: RwSignal<Option<String>>) {
    leptos::task::spawn_local(async move {
        let bundled = bundle.get_untracked();
        match crate::remote::fetch_bundle(&url, &bundled).await {
            Ok(newer) => bundle.set(Arc::new(newer)),
            Err(reason) => {
                web_sys::console::warn_1(
                    &format!("strategi: nyare innehåll från {url} användes inte: {reason}").into(),
                );
                notice.set(Some(crate::remote::fallback_notice(&bundled)));
            }
        }
    });
}

/// The view the prerendered markup in `root` shows (its `data-rutt`).
pub(crate) fn prerendered_state(root: &web_sys::Element) -> ViewState {
    let path = root.get_attribute("data-rutt").unwrap_or_default();
    ViewState::new(route::parse_path(&path))
}

/// Hydrates the prerendered markup in `root`, or mounts fresh when the
/// root is empty (e.g. a page served without prerendering).
fn start_app(
    root: &web_sys::Element,
    bundle: RwSignal<Arc<Bundle>>,
    view: RwSignal<ViewState>,
    shell: Shell,
    notice: RwSignal<Option<String>>,
) -> leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState> {
    let el: web_sys::HtmlElement = root.clone().unchecked_into();
    let app = move || {
        view! { <App bundle=bundle.into() view=view shell=shell.clone() notice=notice/> }.into_any()
    };
    if root.has_attribute("data-rutt") && root.first_element_child().is_some() {
        leptos::mount::hydrate_from(el, app)
    } else {
        root.set_text_content(None);
        leptos::mount::mount_to(el, app)
    }
}

/// `embed.html` in an iframe: the embed view, state from the iframe's query
/// (`?mal=3&aktor=kommun&vy=tips&rubrik=nej`), navigation kept inside the
/// frame, and the content height posted to the parent whenever it changes.
fn start_frame(root: web_sys::Element, bundle: Arc<Bundle>, base: String) {
    let params =
        web_sys::UrlSearchParams::new_with_str(&window().location().search().unwrap_or_default())
            .ok();
    let get = |k: &str| params.as_ref().and_then(|p| p.get(k));
    let refs = bundle.actor_ids();
    let (mal, aktor, vy) = (get("mal"), get("aktor"), get("vy"));
    let view = RwSignal::new(route::embed_state(
        mal.as_deref(),
        aktor.as_deref(),
        vy.as_deref(),
        &refs,
    ));
    if get("rubrik").as_deref() == Some("nej") {
        root.class_list().add_1("utan-rubrik").ok();
    }
    let bundle_signal = RwSignal::new(bundle);
    let notice = RwSignal::new(None::<String>);
    let focus_root = root.clone();
    let heading_root = root.clone();
    let origin = RwSignal::new(String::new());
    let shell = Shell {
        base,
        origin: origin.into(),
        mode: Mode::Frame,
        navigate: Callback::new(move |next: ViewState| {
            let changed = view.with_untracked(|v| v.route != next.route);
            view.set(next);
            if changed {
                focus_heading(heading_root.clone(), true);
            }
        }),
        replace: Callback::new(move |s| view.set(s)),
        focus_id: Callback::new(move |id: String| focus_in(&focus_root, &id)),
    };
    let target = view.get_untracked();
    view.set(prerendered_state(&root));
    start_app(&root, bundle_signal, view, shell, notice).forget();
    origin.set(window().location().origin().unwrap_or_default());
    if view.get_untracked() != target {
        view.set(target);
    }
    if let Some(url) = remote_url() {
        load_remote(url, bundle_signal, notice);
    }
    report_height();
}

/// Posts the page height to the parent on every change, in our own message
/// and in AMP's `embed-size` format (understood by many host scripts).
fn report_height() {
    let Some(body) = document().body() else {
        return;
    };
    let last = std::cell::Cell::new(-1.0f64);
    let post = move || {
        // The body's own height: the document's scrollHeight never drops
        // below the iframe's current height, so it could only ever grow.
        let height = document()
            .body()
            .map(|b| b.get_bounding_client_rect().height())
            .unwrap_or(0.0)
            .ceil();
        if height == last.get() {
            return;
        }
        last.set(height);
        let Ok(Some(parent)) = window().parent() else {
            return;
        };
        for message in [
            format!("{{\"type\":\"strategi-mal:hojd\",\"height\":{height}}}"),
            format!("{{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":{height}}}"),
        ] {
            if let Ok(value) = js_sys::JSON::parse(&message) {
                parent.post_message(&value, "*").ok();
            }
        }
    };
    post();
    let callback = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        std::mem::forget(observer);
    }
    callback.forget();
}
