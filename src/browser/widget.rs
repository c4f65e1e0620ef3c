//! `<strategi-mal>` without the whole app: `embed.js` puts the prerendered
//! view for the element's attributes into its shadow root, then starts the
//! islands here when they are needed. From then on views are swapped in
//! place (`swap.rs`), attribute changes take effect, and the widget never
//! touches the host's path or query (its hash only with `adress="hash"`).
//! With `innehall` (newer content) `embed.js` runs the whole app instead.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};

use super::app::hide_heading;
use super::islands::{read_data, run_widget};
use super::start::Page;
use super::swap::{Arrival, Swap};
use crate::contract::{
    ADDRESS_HASH, ATTR_ACTORS, ATTR_ADDRESS, ATTR_GOAL, ATTR_HEADING, ATTR_VIEW, HEADING_HIDDEN,
};
use crate::filter::ids_of;
use crate::route::{self, EmbedAttrs};

/// A widget's attributes, by name (a handful: a list is smaller in the
/// WASM than a map).
#[derive(Default)]
pub struct Attrs(Vec<(String, String)>);

impl Attrs {
    pub fn get(&self, name: &str) -> Option<&String> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// Sets `name` to `value`, or removes it with `None`.
    pub fn set(&mut self, name: &str, value: Option<String>) {
        self.0.retain(|(k, _)| k != name);
        if let Some(v) = value {
            self.0.push((name.to_string(), v));
        }
    }
}

/// Reads the attributes `embed.js` hands over as a plain JS object.
pub fn attrs_of(object: &js_sys::Object) -> Attrs {
    let mut attrs = Attrs::default();
    for entry in js_sys::Object::entries(object).iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            attrs.set(&k, Some(v));
        }
    }
    attrs
}

pub fn embed_attrs(attrs: &Attrs) -> EmbedAttrs {
    EmbedAttrs::read(|k| attrs.get(k).cloned())
}

pub fn heading_hidden(attrs: &Attrs) -> bool {
    attrs
        .get(ATTR_HEADING)
        .is_some_and(|v| v.trim() == HEADING_HIDDEN)
}

/// A running widget, handed back to `embed.js` for attribute changes
/// (as `WidgetHandle`: the islands' bundle exports it, see
/// `src/bin/strategi-sida.rs`, so that no other bundle carries the islands).
pub struct Widget {
    swap: Rc<Swap>,
    root: web_sys::Element,
    attrs: Attrs,
    actor_ids: Vec<String>,
}

impl Widget {
    /// Applies a changed attribute (`mal`, `aktor`, `vy`, `rubrik`).
    pub fn set(&mut self, name: &str, value: Option<String>) {
        self.attrs.set(name, value);
        match name {
            ATTR_GOAL | ATTR_ACTORS | ATTR_VIEW => {
                let ids: Vec<&str> = self.actor_ids.iter().map(String::as_str).collect();
                let next = route::from_embed_attrs(&embed_attrs(&self.attrs), &ids);
                self.swap.show_state(next, Arrival::Link);
            }
            ATTR_HEADING => hide_heading(&self.root, heading_hidden(&self.attrs)),
            _ => {}
        }
    }

    /// Stops the widget (the element left the page).
    pub fn unmount(&mut self) {
        self.swap.stop();
    }
}

/// Starts the islands of the view `embed.js` put into `root` (in a shadow
/// root, with its island data beside it). `base` is the app's own URL (the
/// folder of embed.js); `attrs` the element's attributes.
pub fn mount_widget(
    root: web_sys::HtmlElement,
    base: String,
    attrs: js_sys::Object,
) -> Result<Widget, JsValue> {
    let attrs = attrs_of(&attrs);
    let root: web_sys::Element = root.into();
    let data = read_data(&root).map_err(|e| JsValue::from_str(&e))?;
    let actor_ids: Vec<String> = ids_of(&data.actors).into_iter().map(String::from).collect();
    let ids: Vec<&str> = actor_ids.iter().map(String::as_str).collect();
    let hash = attrs.get(ATTR_ADDRESS).is_some_and(|v| v == ADDRESS_HASH);
    let page = Page::host_element(root.clone(), &base, hash);
    hide_heading(&root, heading_hidden(&attrs));
    let requested = page.requested_state(&embed_attrs(&attrs), &ids);
    let swap = run_widget(page, requested);
    Ok(Widget {
        swap,
        root,
        attrs,
        actor_ids,
    })
}
