//! The root component and what it shares with every view.
//!
//! The app does not know where it runs: the web shell (`web.rs`) or the
//! prerenderer (`bin/prerender.rs`) hands it the content, the view state and
//! how to navigate. That keeps every view renderable natively, to HTML.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::embed_panel::EmbedPanel;
use crate::components::layout::{Footer, Header, HelpBox};
use crate::content::Bundle;
use crate::route::{to_relative_url, Route, ViewState};
use crate::routes::{
    about::About, accessibility::Accessibility, goal::GoalView, not_found::NotFound,
    overview::Overview, tips::TipsView,
};

/// Where the app is running; decides the page chrome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The full site: header, navigation, help box with quick exit, footer.
    Standalone,
    /// Inside `<strategi-mal>` on a host page, or in `embed.html` in an
    /// iframe: no site chrome, the host owns the page. (Hiding our heading,
    /// `rubrik="nej"`, is a class on the element the app is mounted in.)
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

/// The reactive state every view reads.
#[derive(Clone, Copy)]
pub struct AppState {
    pub bundle: Signal<Arc<Bundle>>,
    pub view: RwSignal<ViewState>,
    /// A notice about the content shown (e.g. that newer figures could not be loaded).
    pub notice: Signal<Option<String>>,
}

/// The document title for a view: "Mål 3: Upptäcka tidigt – Våld i Stockholms län".
pub fn page_title(bundle: &Bundle, route: Route) -> String {
    let site = &bundle.strategy.short_name;
    let page = match route {
        Route::Overview => return format!("Mål och uppföljning – {site}"),
        Route::Goal(n) => match bundle.goal(n) {
            Some(goal) => goal.title(),
            None => "Sidan finns inte".to_string(),
        },
        Route::Tips => "Vad kan vi göra?".to_string(),
        Route::About => "Om strategin".to_string(),
        Route::Accessibility => "Tillgänglighetsredogörelse".to_string(),
        Route::NotFound => "Sidan finns inte".to_string(),
    };
    format!("{page} – {site}")
}

#[component]
pub fn App(
    bundle: Signal<Arc<Bundle>>,
    view: RwSignal<ViewState>,
    shell: Shell,
    #[prop(optional, into)] notice: Signal<Option<String>>,
) -> impl IntoView {
    let mode = shell.mode;
    provide_context(shell);
    provide_context(AppState {
        bundle,
        view,
        notice,
    });
    let route = Memo::new(move |_| view.with(|v| v.route));

    let page = move || {
        // Re-rendered only when the route or the whole content changes;
        // filters and search update inside the views.
        let _ = bundle.get();
        match route.get() {
            Route::Overview => view! { <Overview/> }.into_any(),
            Route::Goal(n) => view! { <GoalView number=n/> }.into_any(),
            Route::Tips => view! { <TipsView/> }.into_any(),
            Route::About => view! { <About/> }.into_any(),
            Route::Accessibility => view! { <Accessibility/> }.into_any(),
            Route::NotFound => view! { <NotFound/> }.into_any(),
        }
    };

    let notice_view = move || {
        notice.get().map(|text| {
            view! { <p class="notis" role="status">{text}</p> }
        })
    };

    match mode {
        Mode::Standalone => view! {
            <div class="sida">
                <a class="hoppa" href="#innehall">"Hoppa till innehållet"</a>
                <Header/>
                <HelpBox exit=true/>
                <main id="innehall" tabindex="-1">
                    {notice_view}
                    {page}
                    <div class="o" data-o=crate::islands::EMBED_PANEL><EmbedPanel/></div>
                </main>
                <Footer/>
            </div>
        }
        .into_any(),
        Mode::Embed => view! {
            <div class="sida inbaddad">
                <section class="innehall" aria-label="Strategin mot våld i Stockholms län">
                    {notice_view}
                    {page}
                </section>
                <HelpBox exit=false/>
            </div>
        }
        .into_any(),
        Mode::Frame => view! {
            <div class="sida inbaddad">
                <main class="innehall">
                    {notice_view}
                    {page}
                </main>
                <HelpBox exit=false/>
            </div>
        }
        .into_any(),
    }
}
