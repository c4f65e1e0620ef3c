//! What every view reads from where it runs, below the views and never
//! importing them: the shell (base, mode, how to navigate) and the state.
//!
//! Views get the view state read-only and ask the shell to change it; only
//! the start-up code in `browser/` (or a test) writes it. The prerenderer
//! hands the same types fixed values, so every view renders natively to HTML.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::Bundle;
use crate::filter::Actor;
use crate::route::{to_relative_url, ViewState};

/// Where the app is running; decides the page chrome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The full site: header, navigation, help box with quick exit, footer.
    Standalone,
    /// Inside `<strategi-mal>` on a host page: no site chrome, the host owns
    /// the page. (Hiding our heading, `rubrik="nej"`, is a class on the
    /// element the app is mounted in.)
    Embed,
    /// A frame page (`inbaddad/…`) in an iframe: like `Embed`, but the frame
    /// is a document of its own, so the content is its `main` landmark.
    Frame,
}

/// What every view may use to link and navigate. Views never touch the URL
/// or history themselves.
#[derive(Clone)]
pub struct Shell {
    /// Absolute base of the views' links, always ending in "/": "/" or
    /// "/strategi/", a full URL when embedded on another site, or the frame
    /// pages' folder ("/strategi/inbaddad/") on a frame page.
    pub base: String,
    /// Absolute base of the site's files (data/, the embed scripts), ending
    /// in "/". The same as `base` everywhere but on frame pages, whose views
    /// link to each other inside the frame folder.
    pub assets: String,
    /// Scheme and host of the app ("https://example.se"), for the embed
    /// snippets; empty when prerendering, where only paths are known (and
    /// set after hydration, so the markup matches).
    pub origin: Signal<String>,
    pub mode: Mode,
    /// Asks the shell to show another state (it updates URL and history).
    pub navigate: Callback<ViewState>,
    /// Like `navigate`, but replaces the current history entry (search typing).
    pub replace: Callback<ViewState>,
    /// Moves focus to the element with this id inside the app, for in-page links.
    pub focus_id: Callback<String>,
}

impl Shell {
    /// A shell that does nothing: for prerendering and tests. Views and
    /// files share `base`.
    pub fn inert(base: &str, mode: Mode) -> Self {
        Shell::inert_in(base, base, mode)
    }

    /// An inert shell for a frame page: its views link under `views` (the
    /// site's base and a frame folder, see [`crate::route::frame_folder`]), its files stay
    /// under the site's `base`.
    pub fn inert_frame(base: &str, views: &str) -> Self {
        Shell::inert_in(views, base, Mode::Frame)
    }

    fn inert_in(views: &str, assets: &str, mode: Mode) -> Self {
        Shell {
            base: views.to_string(),
            assets: assets.to_string(),
            origin: Signal::stored(String::new()),
            mode,
            navigate: Callback::new(|_| {}),
            replace: Callback::new(|_| {}),
            focus_id: Callback::new(|_| {}),
        }
    }

    pub fn href(&self, state: &ViewState) -> String {
        format!("{}{}", self.base, to_relative_url(state))
    }

    /// URL of a file in dist/, e.g. "data/innehall.json".
    pub fn asset(&self, path: &str) -> String {
        format!("{}{path}", self.assets)
    }
}

/// The state every view and island reads: what is shown, and the actor
/// types (ids and names) its chips and labels use. Read-only.
#[derive(Clone, Copy)]
pub struct AppState {
    pub view: ReadSignal<ViewState>,
    pub actors: Signal<Arc<Vec<Actor>>>,
}

/// The whole content, for the views the app renders (islands get only
/// their own props instead).
#[derive(Clone, Copy)]
pub struct SiteContent {
    pub bundle: Signal<Arc<Bundle>>,
    /// A notice about the content shown (e.g. that newer figures could not be loaded).
    pub notice: Signal<Option<String>>,
}

impl SiteContent {
    /// The actor types of the content, as the chips and labels read them.
    pub fn actors(&self) -> Signal<Arc<Vec<Actor>>> {
        let bundle = self.bundle;
        Signal::derive(move || bundle.with(|b| Arc::new(Actor::all_of(b))))
    }
}
