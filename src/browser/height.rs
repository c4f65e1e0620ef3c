//! The iframe embed reports its height to the host page.

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

use super::dom::document;
use crate::contract::MESSAGE_HEIGHT;

/// Posts the page height to the parent on every change, in our own message
/// and in AMP's `embed-size` format (understood by many host scripts).
pub(crate) fn report_height() {
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
            format!("{{\"type\":\"{MESSAGE_HEIGHT}\",\"height\":{height}}}"),
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
