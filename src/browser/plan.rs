//! Starts the plan's guide on `/handlingsplan/` (bundle `strategi-plan`,
//! loaded by `public/sida.js` only there), and gives it the live page: the
//! address that holds the plan, the clipboard, files, printing and focus.
//!
//! The plan is read from the address's fragment once, when the page loads,
//! and again when the fragment changes under it (Back after opening a file,
//! a plan link pasted into the same tab). Every change is written back with
//! `history.replaceState`, so typing adds no history entries; opening a file
//! adds one, so Back brings the plan before it. Nothing is stored anywhere
//! else: no cookies, no storage.

use std::sync::Arc;

use js_sys::{Array, Uint8Array};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::dom::{data_script, document, install_panic_message, log_error};
use crate::components::plan_guide::state::{is_plan_fragment, GuideState, Source};
use crate::components::plan_guide::{plan_guide, GuideContent, GuideEdges};
use crate::contract::ATTR_ACTORS;
use crate::contract::{
    ATTR_ISLAND, ATTR_STATUS, ISLAND_PLAN, ROOT_ID, STATUS_FAILED, TEXT_PLAN_FAILED,
};
use crate::filter::ids_of;
use crate::islands::PlanData;
use crate::plan::{from_fragment, MAX_FILE_BYTES};

/// Mounts the guide in its place on the page, with the plan in the address.
pub fn start_plan() {
    install_panic_message();
    let doc = document();
    let Some(root) = doc.get_element_by_id(ROOT_ID) else {
        return;
    };
    let Ok(Some(place)) = root.query_selector(&format!("[{ATTR_ISLAND}=\"{ISLAND_PLAN}\"]")) else {
        return;
    };
    let data = data_script(&root)
        .ok_or_else(|| "sidans data saknas".to_string())
        .and_then(|el| PlanData::read_page(&el.text_content().unwrap_or_default()));
    let (actors, data) = match data {
        Ok(d) => d,
        Err(reason) => {
            log_error(&format!("guidens data gick inte att läsa: {reason}"));
            fail(&place);
            return;
        }
    };
    let Ok(place) = place.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };

    let loc = window().location();
    let hash = loc.hash().unwrap_or_default();
    let search = loc.search().unwrap_or_default();
    let bundle = data.content(&actors);
    let mut loaded = from_fragment(&hash, &bundle);
    // From a tip's "Lägg till i handlingsplanen" with one actor type chosen:
    // a new plan starts with that actor type.
    if loaded.plan.is_empty() {
        if let Some(actor) = one_actor(&search, &ids_of(&actors)) {
            loaded.plan.set_actor(actor);
        }
    }
    let content = Arc::new(GuideContent {
        goals: data.goals,
        actors,
        bundle,
        page_url: format!(
            "{}{}{search}",
            loc.origin().unwrap_or_default(),
            loc.pathname().unwrap_or_default()
        ),
        today: today(),
    });

    let handle = leptos::mount::mount_to(place, move || {
        let state = GuideState::new(loaded, None);
        follow_address(state, content.clone());
        plan_guide(state, edges(), content)
    });
    handle.forget();
}

/// The one actor type the query names (`?aktor=kommun`), if it names one
/// the content has. (Read here rather than by `route::parse`, whose tables
/// the guide would otherwise carry.)
fn one_actor<'a>(search: &str, ids: &[&'a str]) -> Option<&'a str> {
    let value = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix(ATTR_ACTORS)?.strip_prefix('='))?;
    match value.split(',').collect::<Vec<_>>().as_slice() {
        [one] => ids.iter().find(|id| *id == one).copied(),
        _ => None,
    }
}

/// The guide could not start: it says so in its place; the page stays.
fn fail(place: &web_sys::Element) {
    place.set_attribute(ATTR_STATUS, STATUS_FAILED).ok();
    if let Ok(p) = document().create_element("p") {
        p.set_class_name("notis notis-fel");
        p.set_attribute("role", "alert").ok();
        p.set_text_content(Some(TEXT_PLAN_FAILED));
        place.prepend_with_node_1(&p).ok();
    }
}

/// A fragment changed under the guide: another plan is read in (Back after
/// opening a file, a plan link pasted into this tab); a place on the page
/// (the skip link's `#innehall`) gets the plan's fragment back, so the
/// address keeps holding the plan.
fn follow_address(state: GuideState, content: Arc<GuideContent>) {
    let handle = window_event_listener_untyped("hashchange", move |_| {
        let hash = window().location().hash().unwrap_or_default();
        let fragment = hash.trim_start_matches('#');
        let written = state.written.get_value();
        if fragment == written {
            return;
        }
        if is_plan_fragment(fragment) {
            state.take(from_fragment(fragment, &content.bundle), Source::Link, None);
        } else {
            write_link(&written, false);
        }
    });
    std::mem::forget(handle);
}

fn edges() -> GuideEdges {
    GuideEdges {
        write_link: Callback::new(|(fragment, push): (String, bool)| write_link(&fragment, push)),
        copy: Callback::new(|(text, done): (String, Callback<bool>)| copy(text, done)),
        download: Callback::new(|(name, mime, text): (String, &'static str, String)| {
            download(&name, mime, &text)
        }),
        read: Callback::new(|(file, done): (web_sys::File, Callback<Option<Vec<u8>>>)| {
            read(file, done)
        }),
        print: Callback::new(|()| {
            window().print().ok();
        }),
        focus: Callback::new(|id: String| {
            if let Some(el) = document()
                .get_element_by_id(&id)
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                el.focus().ok();
            }
        }),
    }
}

/// The address with the plan's fragment ("" for none), keeping the path,
/// the query and the history entry's state (the swap keeps its scroll
/// place there).
fn write_link(fragment: &str, push: bool) {
    let loc = window().location();
    let url = format!(
        "{}{}{}",
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default(),
        if fragment.is_empty() {
            String::new()
        } else {
            format!("#{fragment}")
        }
    );
    let Ok(history) = window().history() else {
        return;
    };
    let result = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        let state = history.state().unwrap_or(JsValue::NULL);
        history.replace_state_with_url(&state, "", Some(&url))
    };
    if let Err(e) = result {
        web_sys::console::error_1(&e);
    }
}

fn copy(text: String, done: Callback<bool>) {
    let navigator = window().navigator();
    // Without a clipboard (an old browser, a page not served securely) the
    // guide shows the link to copy by hand.
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined());
    if !has_clipboard {
        done.run(false);
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done.run(JsFuture::from(promise).await.is_ok());
    });
}

/// Offers `text` as a file to save, through a link to a Blob URL.
fn download(name: &str, mime: &str, text: &str) {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let doc = document();
    if let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.set_hidden(true);
        if let Some(body) = doc.body() {
            body.append_child(&a).ok();
            a.click();
            a.remove();
        }
    }
    // Let the download take the file first.
    let later = wasm_bindgen::closure::Closure::once_into_js(move || {
        web_sys::Url::revoke_object_url(&url).ok();
    });
    window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 10_000)
        .ok();
}

/// Reads a chosen file: no more than the plan's limit and one byte, so a
/// large file is refused without being read whole.
fn read(file: web_sys::File, done: Callback<Option<Vec<u8>>>) {
    let limit = (MAX_FILE_BYTES + 1) as f64;
    let blob: web_sys::Blob = if file.size() > limit {
        match file.slice_with_f64_and_f64(0.0, limit) {
            Ok(b) => b,
            Err(_) => {
                done.run(None);
                return;
            }
        }
    } else {
        file.into()
    };
    let promise = blob.array_buffer();
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = JsFuture::from(promise)
            .await
            .ok()
            .map(|buffer| Uint8Array::new(&buffer).to_vec());
        done.run(bytes);
    });
}

/// Today in the visitor's time zone, "2026-12-01".
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
