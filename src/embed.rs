//! The `<strategi-mal>` custom element's way in: `embed.js` mounts a widget
//! into its shadow root through `mount_embed` and passes attribute changes
//! to the handle. The widget keeps its state to itself; it never touches the
//! host's path or query, and writes the host's hash only when the host asks
//! for it (`adress="hash"`). Everything else is the one start-up path.

use wasm_bindgen::prelude::*;

use strategi::browser::widget::{attrs_of, embed_attrs, heading_hidden, Attrs};
use strategi::browser::{run_app, AppHandle, Page};
use strategi::contract::{
    ADDRESS_HASH, ATTR_ACTORS, ATTR_ADDRESS, ATTR_CONTENT, ATTR_GOAL, ATTR_HEADING, ATTR_VIEW,
};

/// A mounted widget, handed back to `embed.js` so attribute changes reach it.
#[wasm_bindgen]
pub struct EmbedHandle {
    app: AppHandle,
    attrs: Attrs,
}

#[wasm_bindgen]
impl EmbedHandle {
    /// Applies a changed attribute (`mal`, `aktor`, `vy`, `rubrik`, `innehall`).
    pub fn set(&mut self, name: &str, value: Option<String>) {
        self.attrs.set(name, value);
        match name {
            ATTR_GOAL | ATTR_ACTORS | ATTR_VIEW => self.app.show(&embed_attrs(&self.attrs)),
            ATTR_HEADING => self.app.hide_heading(heading_hidden(&self.attrs)),
            ATTR_CONTENT => {
                if let Some(url) = self.attrs.get(ATTR_CONTENT) {
                    self.app.load_content(url);
                }
            }
            _ => {}
        }
    }

    /// Removes the widget's content (the element left the page).
    pub fn unmount(&mut self) {
        self.app.unmount();
    }
}

/// Mounts a widget into `container` (inside a shadow root). `base` is the
/// app's own URL (the folder of embed.js); `attrs` is a JS object of the
/// element's attributes.
#[wasm_bindgen]
pub fn mount_embed(
    container: web_sys::HtmlElement,
    base: String,
    attrs: js_sys::Object,
) -> Result<EmbedHandle, JsValue> {
    let map = attrs_of(&attrs);
    let hash = map.get(ATTR_ADDRESS).is_some_and(|v| v == ADDRESS_HASH);
    let page = Page::host_element(container.into(), &base, hash);
    let app = run_app(
        page,
        &embed_attrs(&map),
        heading_hidden(&map),
        map.get(ATTR_CONTENT).cloned(),
    )
    .map_err(|e| JsValue::from_str(&e))?;
    Ok(EmbedHandle { app, attrs: map })
}
