//! Small helpers on the live document: messages, focus, the panic hook.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::contract::{DATA_ID, TEXT_START_FAILED};

pub(crate) fn document() -> web_sys::Document {
    window().document().expect("a page has a document")
}

/// Writes a problem to the console, prefixed so it can be told apart from
/// the host page's messages.
pub(crate) fn log_error(text: &str) {
    web_sys::console::error_1(&format!("strategi: {text}").into());
}

pub(crate) fn log_warning(text: &str) {
    web_sys::console::warn_1(&format!("strategi: {text}").into());
}

/// Says above the content of `root` that the page could not start, without
/// markup injection. The prerendered content stays readable below it.
pub(crate) fn show_start_failure(root: &web_sys::Element) {
    let doc = document();
    if let Ok(p) = doc.create_element("p") {
        p.set_class_name("notis notis-fel");
        p.set_attribute("role", "alert").ok();
        p.set_text_content(Some(TEXT_START_FAILED));
        root.prepend_with_node_1(&p).ok();
    }
}

/// Installs a panic hook that replaces a frozen page with a polite message
/// and a reload link.
pub fn install_panic_message() {
    std::panic::set_hook(Box::new(|info| {
        log_error(&info.to_string());
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

/// Moves focus to the view's heading after the view has been drawn.
/// `to_top` scrolls the page to the top (the app owns the page); otherwise
/// the heading is only brought into view if it is above it (an embed on a
/// host page must not jump the host around).
pub(crate) fn focus_heading(root: web_sys::Element, to_top: bool) {
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
pub(crate) fn focus_in(root: &web_sys::Element, id: &str) {
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

/// Every link (`a[href]`) inside `root`.
pub(crate) fn links_in(root: &web_sys::Element) -> impl Iterator<Item = web_sys::Element> {
    let links = root.query_selector_all("a[href]").ok();
    let count = links.as_ref().map_or(0, |l| l.length());
    (0..count)
        .filter_map(move |i| links.as_ref().and_then(|l| l.item(i)))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
}

/// The island data of the view in `root`: the `<script id="strategi-data">`
/// beside it (in the page's body, or in a widget's shadow root).
pub(crate) fn data_script(root: &web_sys::Element) -> Option<web_sys::Element> {
    let parent = root.parent_node()?;
    let children = parent.child_nodes();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .find(|el| el.id() == DATA_ID)
}

/// When `after_next_frame` runs its work once the next frame is drawn.
pub(crate) enum Then {
    /// In the next task.
    Task,
    /// When the browser is idle (in the next task where there is no idle
    /// callback).
    Idle,
}

/// Runs `work` after the next frame is drawn. False if no frame could be
/// asked for (then nothing runs).
pub(crate) fn after_next_frame(then: Then, work: impl FnOnce() + 'static) -> bool {
    let after_frame = Closure::once_into_js(move || {
        let later = Closure::once_into_js(work);
        let w = window();
        if matches!(then, Then::Task) || w.request_idle_callback(later.unchecked_ref()).is_err() {
            w.set_timeout_with_callback(later.unchecked_ref()).ok();
        }
    });
    window()
        .request_animation_frame(after_frame.unchecked_ref())
        .is_ok()
}
