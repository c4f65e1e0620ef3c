//! The root component and the page titles.
//!
//! The app does not know where it runs: the start-up code (`browser/`) or
//! the prerenderer hands it the content, the view state and a shell that
//! knows how to navigate. That keeps every view renderable natively, to HTML.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::embed_panel::EmbedPanel;
use crate::components::layout::{Footer, Header, HelpBox};
use crate::content::Bundle;
use crate::contract::ISLAND_EMBED_PANEL;
use crate::islands::frame_title;
use crate::route::{Route, ViewState};
use crate::routes::{
    about::About, accessibility::Accessibility, goal::GoalView, not_found::NotFound,
    overview::Overview, plan::PlanView, tips::TipsView,
};
use crate::shell::{AppState, Mode, Shell, SiteContent};

/// The document title for a view: "Mål 3: Upptäcka tidigt – Våld i Stockholms län".
pub fn page_title(bundle: &Bundle, route: Route) -> String {
    let site = &bundle.strategy.short_name;
    let page = match route {
        Route::Goal(n) => bundle.goal(n).map(|g| g.title()),
        other => other.fixed_title().map(String::from),
    };
    let page = page.unwrap_or_else(|| {
        Route::NotFound
            .fixed_title()
            .unwrap_or_default()
            .to_string()
    });
    format!("{page} – {site}")
}

/// The whole app for a state. `view` is read-only here: the views ask the
/// `shell` to change it.
#[component]
pub fn App(
    bundle: Signal<Arc<Bundle>>,
    #[prop(into)] view: ReadSignal<ViewState>,
    shell: Shell,
    #[prop(optional, into)] notice: Signal<Option<String>>,
) -> impl IntoView {
    let mode = shell.mode;
    provide_context(shell);
    let content = SiteContent { bundle, notice };
    provide_context(content);
    provide_context(AppState {
        view,
        actors: content.actors(),
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
            Route::Plan => view! { <PlanView/> }.into_any(),
            Route::About => view! { <About/> }.into_any(),
            Route::Accessibility => view! { <Accessibility/> }.into_any(),
            Route::NotFound => view! { <NotFound/> }.into_any(),
        }
    };

    let frame = Signal::derive(move || bundle.with(|b| frame_title(b, route.get())));
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
                    <div class="o" data-o=ISLAND_EMBED_PANEL><EmbedPanel frame_title=frame/></div>
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
