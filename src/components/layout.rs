//! Page chrome of the standalone site: header, help box, footer.

use leptos::prelude::*;

use crate::components::link::AppLink;
use crate::content::HelpLine;
use crate::contract::CLASS_QUICK_EXIT;
use crate::route::Route;
use crate::shell::{AppState, Shell, SiteContent};

#[component]
pub fn Header() -> impl IntoView {
    let app = expect_context::<AppState>();
    let route = Memo::new(move |_| app.view.with(|v| v.route));
    let link = move |to: Route, text: &'static str| {
        let is_current = move || {
            let r = route.get();
            r == to || (to == Route::Overview && matches!(r, Route::Goal(_)))
        };
        view! {
            <li>{move || view! { <AppLink to=to current=is_current()>{text}</AppLink> }}</li>
        }
    };
    let content = expect_context::<SiteContent>();
    let title = move || content.bundle.with(|b| b.strategy.short_name.clone());
    view! {
        <header class="sidhuvud">
            <div class="ram sidhuvud-rad">
                <p class="webbplats">
                    <AppLink to=Route::Overview class="webbplatsnamn">{title}</AppLink>
                    <span class="webbplats-under">"Regional strategi 2020–2026"</span>
                </p>
                <nav aria-label="Huvudmeny">
                    <ul class="meny">
                        {link(Route::Overview, "Målen")}
                        {link(Route::Tips, "Vad kan vi göra?")}
                        {link(Route::Plan, "Vår handlingsplan")}
                        {link(Route::About, "Om strategin")}
                    </ul>
                </nav>
            </div>
        </header>
    }
}

/// Where "Lämna sidan snabbt" goes: a neutral, everyday site. The link
/// works without JavaScript; `public/sida.js` makes a click (or Esc twice)
/// replace this page in history, so Back does not return here.
pub const QUICK_EXIT_URL: &str = "https://www.smhi.se/";

/// Help lines, always within reach. `exit` adds the quick-exit button (only
/// on the standalone site: an embed must not navigate its host away).
#[component]
pub fn HelpBox(exit: bool) -> impl IntoView {
    let content = expect_context::<SiteContent>();
    let lines = move || {
        content.bundle.with(|b| {
            b.strategy
                .help_lines
                .iter()
                .filter(|h| h.in_help_box)
                .map(|h| {
                    let tel = h.tel_uri();
                    let label = format!("Ring {} på {}", h.name, h.phone);
                    view! {
                        <li>
                            <span class="hjalp-namn">{h.name.clone()}</span>" "
                            <a href=tel aria-label=label class="hjalp-nummer">{h.phone.clone()}</a>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <aside class="hjalp" aria-label="Stöd och hjälp">
            <div class="ram hjalp-rad">
                <p class="hjalp-rubrik">"Behöver du stöd?"</p>
                <ul class="hjalp-lista">{lines}</ul>
                {exit.then(|| view! {
                    <a class=CLASS_QUICK_EXIT href=QUICK_EXIT_URL>
                        "Lämna sidan snabbt"
                        <span class="snabbutgang-tips">" (eller Esc två gånger)"</span>
                    </a>
                })}
            </div>
        </aside>
    }
}

/// Help lines in full: who each is for, the number, what it offers and its
/// site. For a goal's own lines and the about page's help section.
#[component]
pub fn HelpLines(lines: Vec<HelpLine>) -> impl IntoView {
    let items = lines
        .into_iter()
        .map(|h| {
            let tel = h.tel_uri();
            let label = format!("Ring {} på {}", h.name, h.phone);
            let link = h
                .link
                .map(|l| view! { " " <a href=l.url>{format!("Mer om {}", l.title)}</a> });
            view! {
                <li>
                    <p class="stodlinje-namn"><strong>{h.name.clone()}</strong>" "
                        <a href=tel aria-label=label class="hjalp-nummer">{h.phone.clone()}</a>
                    </p>
                    <p class="stodlinje-for">{format!("För: {}", h.audience)}</p>
                    <p>{h.text}{link}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="stodlinjer">{items}</ul> }
}

#[component]
pub fn Footer() -> impl IntoView {
    let content = expect_context::<SiteContent>();
    let shell = expect_context::<Shell>();
    let compiled = move || content.bundle.with(|b| b.strategy.about.compiled.clone());
    view! {
        <footer class="sidfot">
            <div class="ram">
                <nav aria-label="Om webbplatsen">
                    <ul class="sidfot-lankar">
                        <li><AppLink to=Route::About>"Om strategin och innehållet"</AppLink></li>
                        <li><AppLink to=Route::Accessibility>"Tillgänglighetsredogörelse"</AppLink></li>
                        <li><a href=shell.asset("data/indikatorer.csv")>"Ladda ner alla indikatorvärden (CSV)"</a></li>
                        <li><a href=shell.asset("data/innehall.json")>"Ladda ner allt innehåll (JSON)"</a></li>
                    </ul>
                </nav>
                <p>"Uppgifterna sammanställdes " {compiled} " ur källorna som anges under Om strategin. Webbplatsen använder inga kakor och samlar inga uppgifter om besökare."</p>
            </div>
        </footer>
    }
}
