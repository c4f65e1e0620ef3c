//! The whole app in the browser: our pages that fetch newer content, the
//! iframe embed and the custom element. Hydrates prerendered markup, or
//! mounts fresh where there is none.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{document, log_error, log_warning, show_start_failure};
use super::start::{start, Change, Navigation, Page, Session};
use crate::app::{page_title, App};
use crate::content::{self, Bundle};
use crate::contract::{CLASS_HEADING_HIDDEN, META_CONTENT, TEXT_START_FAILED};
use crate::route::{self, EmbedAttrs};

/// A running app, for what changes after the start (a widget's attributes).
pub struct AppHandle {
    session: Session,
    bundle: RwSignal<Arc<Bundle>>,
    notice: RwSignal<Option<String>>,
    root: web_sys::Element,
    _mount: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
}

impl AppHandle {
    /// Shows the view the embed attributes now ask for.
    pub fn show(&self, attrs: &EmbedAttrs) {
        let next = self
            .bundle
            .with_untracked(|b| route::from_embed_attrs(attrs, &b.actor_ids()));
        self.session.go(next, Change::Replace);
    }

    /// Hides or shows the widget's own heading (`rubrik="nej"`).
    pub fn hide_heading(&self, hide: bool) {
        hide_heading(&self.root, hide);
    }

    /// Fetches newer content from `url` and swaps it in if it is valid.
    pub fn load_content(&self, url: &str) {
        load_remote(url.to_string(), self.bundle, self.notice);
    }

    /// Removes the app's content (the widget left the page).
    pub fn unmount(&mut self) {
        self._mount = None;
    }

    /// Keeps the app running for the life of the page (dropping the handle
    /// would unmount it).
    pub fn keep(self) {
        if let Some(mount) = self._mount {
            mount.forget();
        }
    }
}

pub(super) fn hide_heading(root: &web_sys::Element, hide: bool) {
    let list = root.class_list();
    if hide {
        list.add_1(CLASS_HEADING_HIDDEN).ok();
    } else {
        list.remove_1(CLASS_HEADING_HIDDEN).ok();
    }
}

/// Starts the whole app on `page`. `attrs` are a widget's or frame's embed
/// attributes (ignored on our own pages); `content_url` is newer content to
/// fetch (the widget's `innehall`, or the page's `<meta name="strategi-innehall">`).
pub fn run_app(
    page: Page,
    attrs: &EmbedAttrs,
    heading_hidden: bool,
    content_url: Option<String>,
) -> Result<AppHandle, String> {
    let bundle = match content::bundled() {
        Ok(b) => Arc::new(b),
        Err(problems) => {
            let first = problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default();
            log_error(&format!("det inbyggda innehållet är trasigt: {first}"));
            show_start_failure(&page.root);
            return Err(TEXT_START_FAILED.to_string());
        }
    };
    // Our pages and frame pages carry their heading's state in the markup
    // (a frame folder without our heading); only a widget sets it.
    if matches!(page.navigation, Navigation::HostElement { .. }) {
        hide_heading(&page.root, heading_hidden);
    }
    let requested = page.requested_state(attrs, &bundle.actor_ids());
    let actor_ids = bundle.actor_ids().into_iter().map(String::from).collect();
    let bundle = RwSignal::new(bundle);
    let notice = RwSignal::new(None::<String>);
    let prerendered = page.prerendered_state().is_some();
    let element: web_sys::HtmlElement = page.root.clone().unchecked_into();
    let mut mounted = None;
    let navigation = page.navigation;
    let session = start(&page, requested, actor_ids, |view, shell| {
        let app = move || {
            view! { <App bundle=bundle.into() view=view shell=shell.clone() notice=notice/> }
                .into_any()
        };
        mounted = Some(if prerendered {
            leptos::mount::hydrate_from(element, app)
        } else {
            page.root.set_text_content(None);
            leptos::mount::mount_to(element, app)
        });
    });
    match navigation {
        Navigation::History => session.keep_title(move |r| bundle.with(|b| page_title(b, r))),
        Navigation::Prerendered | Navigation::Frame | Navigation::HostElement { .. } => {}
    }
    if let Some(url) = content_url.filter(|u| !u.trim().is_empty()) {
        load_remote(url, bundle, notice);
    }
    Ok(AppHandle {
        session,
        bundle,
        notice,
        root: page.root,
        _mount: mounted,
    })
}

/// The deployer's remote content URL, from `<meta name="strategi-innehall">`,
/// resolved against the page.
pub(crate) fn remote_url_of_page() -> Option<String> {
    let meta = document()
        .query_selector(&format!("meta[name='{META_CONTENT}']"))
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
fn load_remote(url: String, bundle: RwSignal<Arc<Bundle>>, notice: RwSignal<Option<String>>) {
    leptos::task::spawn_local(async move {
        let bundled = bundle.get_untracked();
        match crate::remote::fetch_bundle(&url, &bundled).await {
            Ok(newer) => bundle.set(Arc::new(newer)),
            Err(reason) => {
                log_warning(&format!(
                    "nyare innehåll från {url} användes inte: {reason}"
                ));
                notice.set(Some(crate::remote::fallback_notice(&bundled)));
            }
        }
    });
}
