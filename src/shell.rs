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
    /// `embed.html` in an iframe: like `Embed`, but the frame is a document
    /// of its own, so the content is its `main` landmark.
    Frame,
}

/// What every view may use to link and navigate. Views never touch the URL
/// or history themselves.
#[derive(Clone)]
pub struct Shell {
    /// Absolute base of the app, always ending in "/": "/" or "/strategi/",
    /// or a full URL when embedded on another site.
    pub base: String,
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
    /// A shell that does nothing: for prerendering and tests.
    pub fn inert(base: &str, mode: Mode) -> Self {
        Shell {
            base: base.to_string(),
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
        format!("{}{path}", self.base)
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
