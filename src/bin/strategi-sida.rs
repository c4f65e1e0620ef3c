//! Entry point of the prerendered pages: starts their islands only (see
//! `islands.rs`). The whole app is `main.rs`.
//!
//! The islands also run `<strategi-mal>` widgets: `embed.js` calls
//! `mount_widget`. It is exported here, not from the library, so that the
//! other bundles (the whole app, the plan's guide) do not carry the islands.

fn main() {
    #[cfg(target_arch = "wasm32")]
    strategi::browser::start_page(strategi::browser::Entry::Islands);
}

#[cfg(target_arch = "wasm32")]
mod widget {
    use strategi::browser::widget::{self, Widget};
    use wasm_bindgen::prelude::*;

    /// A running widget, handed back to `embed.js` for attribute changes.
    #[wasm_bindgen]
    pub struct WidgetHandle(Widget);

    #[wasm_bindgen]
    impl WidgetHandle {
        /// Applies a changed attribute (`mal`, `aktor`, `vy`, `rubrik`).
        pub fn set(&mut self, name: &str, value: Option<String>) {
            self.0.set(name, value);
        }

        /// Stops the widget (the element left the page).
        pub fn unmount(&mut self) {
            self.0.unmount();
        }
    }

    /// Starts the islands of the view `embed.js` put into `root`.
    #[wasm_bindgen]
    pub fn mount_widget(
        root: web_sys::HtmlElement,
        base: String,
        attrs: js_sys::Object,
    ) -> Result<WidgetHandle, JsValue> {
        widget::mount_widget(root, base, attrs).map(WidgetHandle)
    }
}
