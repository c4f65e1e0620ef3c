//! Embedding: the `<strategi-mal>` custom element (mounted by `embed.js` into
//! a shadow root) and `embed.html` in an iframe. The widget keeps its state
//! to itself; it never touches the host's path or query, and writes the
//! host's hash only when the host asks for it (`adress="hash"`).

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use strategi::app::{App, Mode, Shell};
use strategi::content::{self, Bundle};
use strategi::route::{self, ViewState};

/// A mounted widget, handed back to `embed.js` so attribute changes reach it.
#[wasm_bindgen]
pub struct EmbedHandle {
    view: RwSignal<ViewState>,
    bundle: RwSignal<Arc<Bundle>>,
    notice: RwSignal<Option<String>>,
    container: web_sys::Element,
    hash: bool,
    attrs: std::collections::HashMap<String, String>,
    _mount: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
}

#[wasm_bindgen]
impl EmbedHandle {
    /// Applies a changed attribute (`mal`, `aktor`, `vy`, `rubrik`, `innehall`).
    pub fn set(&mut self, name: &str, value: Option<String>) {
        match value {
            Some(v) => self.attrs.insert(name.to_string(), v),
            None => self.attrs.remove(name),
        };
        match name {
            "mal" | "aktor" | "vy" => {
                let next = self.state_from_attrs();
                if self.hash {
                    write_hash(&next);
                }
                self.view.set(next);
            }
            "rubrik" => self.apply_heading(),
            "innehall" => {
                if let Some(url) = self
                    .attrs
                    .get("innehall")
                    .cloned()
                    .filter(|u| !u.trim().is_empty())
                {
                    strategi::web::load_remote(url, self.bundle, self.notice);
                }
            }
            _ => {}
        }
    }

    /// Removes the widget's content (the element left the page).
    pub fn unmount(&mut self) {
        self._mount = None;
    }
}

impl EmbedHandle {
    fn state_from_attrs(&self) -> ViewState {
        let get = |k: &str| self.attrs.get(k).map(String::as_str);
        self.bundle.with_untracked(|b| {
            route::embed_state(get("mal"), get("aktor"), get("vy"), &b.actor_ids())
        })
    }

    fn apply_heading(&self) {
        let hide = self.attrs.get("rubrik").is_some_and(|v| v.trim() == "nej");
        let list = self.container.class_list();
        if hide {
            list.add_1("utan-rubrik").ok()
        } else {
            list.remove_1("utan-rubrik").ok()
        };
    }
}

fn write_hash(state: &ViewState) {
    if let Some(w) = web_sys::window() {
        let hash = route::to_hash(state);
        // replaceState keeps the host's history clean and fires no hashchange.
        let url = format!(
            "{}{}{}",
            w.location().pathname().unwrap_or_default(),
            w.location().search().unwrap_or_default(),
            hash
        );
        w.history()
            .ok()
            .map(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(&url)));
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
    let bundle = content::bundled()
        .map_err(|p| JsValue::from_str(&format!("strategi: innehållet är trasigt: {}", p[0])))?;
    let mut map = std::collections::HashMap::new();
    for entry in js_sys::Object::entries(&attrs).iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            map.insert(k, v);
        }
    }
    let hash = map.get("adress").is_some_and(|v| v == "hash");
    let bundle_signal = RwSignal::new(Arc::new(bundle));
    let notice = RwSignal::new(None);
    let mut handle = EmbedHandle {
        view: RwSignal::new(ViewState::new(route::Route::Overview)),
        bundle: bundle_signal,
        notice,
        container: container.clone().into(),
        hash,
        attrs: map,
        _mount: None,
    };
    let mut initial = handle.state_from_attrs();
    if hash {
        let current = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        if let Some(restored) =
            bundle_signal.with_untracked(|b| route::from_hash(&current, &b.actor_ids()))
        {
            initial = restored;
        }
    }
    handle.view.set(initial);
    handle.apply_heading();

    let view = handle.view;
    let root: web_sys::Element = container.clone().into();
    let go = move |next: ViewState| {
        let route_changed = view.with_untracked(|v| v.route != next.route);
        if hash {
            write_hash(&next);
        }
        view.set(next);
        if route_changed {
            strategi::web::focus_heading(root.clone(), false);
        }
    };
    let focus_root: web_sys::Element = container.clone().into();
    let shell = Shell {
        base: if base.ends_with('/') {
            base
        } else {
            format!("{base}/")
        },
        origin: Signal::stored(String::new()),
        mode: Mode::Embed,
        navigate: Callback::new(go.clone()),
        replace: Callback::new(move |s| view.set(s)),
        focus_id: Callback::new(move |id: String| strategi::web::focus_in(&focus_root, &id)),
    };
    let mount = leptos::mount::mount_to(container, move || {
        view! { <App bundle=bundle_signal.into() view=view shell=shell.clone() notice=notice/> }
            .into_any()
    });
    handle._mount = Some(mount);
    if let Some(url) = handle
        .attrs
        .get("innehall")
        .cloned()
        .filter(|u| !u.trim().is_empty())
    {
        strategi::web::load_remote(url, bundle_signal, notice);
    }
    Ok(handle)
}
