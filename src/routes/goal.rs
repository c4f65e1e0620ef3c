use leptos::either::Either;
use leptos::prelude::*;

use crate::components::actor_chips::{ActorChips, ChipCounts};
use crate::components::indicator::{indicator_anchor, IndicatorView};
use crate::components::layout::HelpLines;
use crate::components::link::{AppLink, InPageLink};
use crate::components::tip_list::TipList;
use crate::content::{CommitmentKind, Goal, HelpLine, Tip};
use crate::contract::ISLAND_GOAL_TIPS;
use crate::filter::{ids_of, join_names, names_of, result_summary, tip_matches, Shown};
use crate::islands::GoalTipsData;
use crate::route::{Route, ViewState};
use crate::shell::{AppState, Shell, SiteContent};

#[component]
pub fn GoalView(number: u8) -> impl IntoView {
    let content = expect_context::<SiteContent>();
    let b = content.bundle.get_untracked();
    match b.goal(number) {
        Some(goal) => view! { <GoalPage goal=goal.clone()/> }.into_any(),
        None => view! { <crate::routes::not_found::NotFound/> }.into_any(),
    }
}

#[component]
fn GoalPage(goal: Goal) -> impl IntoView {
    let content = expect_context::<SiteContent>();
    let shell = expect_context::<Shell>();
    let b = content.bundle.get_untracked();
    let rule = b.strategy.status_rule.clone();
    let n = goal.number;
    let prev = b
        .goals
        .iter()
        .rev()
        .find(|g| g.number < n)
        .map(|g| (g.number, g.title()));
    let next = b
        .goals
        .iter()
        .find(|g| g.number > n)
        .map(|g| (g.number, g.title()));

    let prerequisites = goal
        .prerequisites
        .iter()
        .map(|p| view! { <li>{p.clone()}</li> })
        .collect_view();
    let indicator_nav = (goal.indicators.len() > 1).then(|| {
        let links = goal
            .indicators
            .iter()
            .map(|i| {
                let name = i.name.clone();
                view! { <li><InPageLink target=indicator_anchor(n, &i.id)>{name}</InPageLink></li> }
            })
            .collect_view();
        view! {
            <nav class="indikator-val" aria-labelledby=format!("mal-{n}-valj")>
                <p id=format!("mal-{n}-valj") class="indikator-val-rubrik">{format!("Välj indikator ({} st)", goal.indicators.len())}</p>
                <ol>{links}</ol>
            </nav>
        }
    });
    let indicators = goal
        .indicators
        .iter()
        .map(|i| view! { <IndicatorView goal=n indicator=i.clone() rule=rule.clone()/> })
        .collect_view();
    let indicators_note =
        (!goal.indicators_note.is_empty()).then(|| view! { <p>{goal.indicators_note.clone()}</p> });

    // Focus areas of a plan and commitments with named responsible parties
    // are different things: each says which it is.
    let commitments = goal
        .commitments
        .iter()
        .map(|c| {
            let (kind, who) = match c.kind {
                CommitmentKind::FocusArea => ("Inriktning", String::new()),
                _ if c.responsible.is_empty() => (
                    "Åtagande",
                    " Ansvariga anges inte i handlingsplanen.".to_string(),
                ),
                _ => {
                    let names: Vec<&str> = c.responsible.iter().map(String::as_str).collect();
                    ("Åtagande", format!(" Ansvariga: {}.", join_names(&names)))
                }
            };
            view! {
                <li>
                    <p>{c.text.clone()}</p>
                    <p class="ansvariga">
                        <span class="etikett">{kind}</span>" "{c.plan.clone()}"."{who}
                    </p>
                </li>
            }
        })
        .collect_view();
    let commitments_note = if goal.commitments_note.is_empty() && goal.commitments.is_empty() {
        Some("Handlingsplanerna har inga åtaganden för just det här målet.".to_string())
    } else if goal.commitments_note.is_empty() {
        None
    } else {
        Some(goal.commitments_note.clone())
    };
    let recommended = (!goal.recommended_indicators.is_empty()).then(|| {
        let items = goal
            .recommended_indicators
            .iter()
            .map(|r| view! { <li>{r.clone()}</li> })
            .collect_view();
        view! {
            <section class="utvecklingsindikatorer" aria-labelledby=format!("mal-{n}-utveckling")>
                <h3 id=format!("mal-{n}-utveckling")>"Rekommenderade utvecklingsindikatorer"</h3>
                <p>"Strategin rekommenderar också att de här måtten följs upp. Siffror för dem redovisas inte ännu."</p>
                <ul class="punkter">{items}</ul>
            </section>
        }
    });
    let help_lines: Vec<HelpLine> = goal
        .help_lines
        .iter()
        .filter_map(|name| {
            b.strategy
                .help_lines
                .iter()
                .find(|h| &h.name == name)
                .cloned()
        })
        .collect();
    let help = (!help_lines.is_empty()).then(|| {
        view! {
            <aside class="mal-stod" aria-labelledby=format!("mal-{n}-stod")>
                <h2 id=format!("mal-{n}-stod")>"Stöd för att sluta använda våld"</h2>
                <HelpLines lines=help_lines/>
            </aside>
        }
    });

    let sources = goal
        .sources
        .iter()
        .map(|l| view! { <li><a href=l.url.clone()>{l.title.clone()}</a></li> })
        .collect_view();
    let data_href = shell.asset("data/indikatorer.csv");
    view! {
        <div class="ram vy vy-mal" data-mal=n>
            <nav class="brodsmulor" aria-label="Du är här">
                <ol>
                    <li><AppLink to=Route::Overview>"Alla mål"</AppLink></li>
                    <li aria-current="page">{goal.title()}</li>
                </ol>
            </nav>
            <h1 tabindex="-1"><span class="mal-nummer">{format!("Mål {n}")}</span>": "{goal.short_name.clone()}</h1>
            <p class="malformulering"><span class="etikett">"Målet"</span>" "{goal.statement.clone()}</p>
            <p class="ingress">{goal.summary.clone()}</p>

            <nav class="pa-sidan" aria-label="På den här sidan">
                <ul>
                    <li><InPageLink target=format!("mal-{n}-forutsattningar")>"Förutsättningar"</InPageLink></li>
                    <li><InPageLink target=format!("mal-{n}-hur-gar-det")>"Hur går det?"</InPageLink></li>
                    <li><InPageLink target=format!("mal-{n}-ataganden")>"Åtaganden"</InPageLink></li>
                    <li><InPageLink target=format!("mal-{n}-tips")>"Vad kan ni göra?"</InPageLink></li>
                </ul>
            </nav>

            <section aria-labelledby=format!("mal-{n}-forutsattningar")>
                <h2 id=format!("mal-{n}-forutsattningar") tabindex="-1">"Förutsättningar för att nå målet"</h2>
                <ul class="punkter">{prerequisites}</ul>
            </section>

            <section aria-labelledby=format!("mal-{n}-hur-gar-det")>
                <h2 id=format!("mal-{n}-hur-gar-det") tabindex="-1">"Hur går det?"</h2>
                {indicators_note}
                <p class="regel-notis">
                    "Statusen räknas fram med samma regel för alla indikatorer. "
                    <AppLink to=Route::About>"Så räknas status"</AppLink>
                    " · "
                    <a href=data_href download="">"Ladda ner data (CSV)"</a>
                </p>
                {indicator_nav}
                {indicators}
                {recommended}
            </section>

            <section aria-labelledby=format!("mal-{n}-ataganden")>
                <h2 id=format!("mal-{n}-ataganden") tabindex="-1">"Åtaganden i handlingsplanerna"</h2>
                {commitments_note.map(|t| view! { <p>{t}</p> })}
                <ul class="ataganden">{commitments}</ul>
            </section>

            <section aria-labelledby=format!("mal-{n}-tips")>
                <h2 id=format!("mal-{n}-tips") tabindex="-1">"Vad kan ni göra?"</h2>
                <p>"Förslagen bygger på målets förutsättningar, indikatorer och åtaganden. De som kommer från strategins egen målsida är märkta \"Från strategin\"; de andra är förslag på hur en organisation kan arbeta. Välj vilken sorts organisation du arbetar i."</p>
                <div class="o" data-o=ISLAND_GOAL_TIPS>
                    <GoalTips props=GoalTipsData { number: n, tips: goal.tips.clone() }/>
                </div>
            </section>

            {help}

            <section aria-labelledby=format!("mal-{n}-kallor")>
                <h2 id=format!("mal-{n}-kallor")>"Källor"</h2>
                <ul class="kallor">{sources}</ul>
            </section>

            <nav class="bladdra" aria-label="Föregående och nästa mål">
                {prev.map(|(p, title)| view! { <AppLink to=Route::Goal(p) class="bladdra-foreg">{format!("Föregående: {title}")}</AppLink> })}
                {next.map(|(p, title)| view! { <AppLink to=Route::Goal(p) class="bladdra-nasta">{format!("Nästa: {title}")}</AppLink> })}
            </nav>
        </div>
    }
}

/// The chips, live summary and tip list of one goal. On the prerendered site
/// this is an island: the only part of a goal page the browser runs.
#[component]
pub fn GoalTips(props: GoalTipsData) -> impl IntoView {
    let app = expect_context::<AppState>();
    let shell = expect_context::<Shell>();
    let GoalTipsData { number: n, tips } = props;
    let chip_counts = Signal::derive({
        let tips = tips.clone();
        move || app.actors.with(|a| ChipCounts::of(tips.iter(), &ids_of(a)))
    });
    let total = tips.len();
    let tips_for_count = tips.clone();

    // The tips the chosen actor types keep: read where they are drawn (a
    // list of a few dozen; a memo of them weighs more in the WASM).
    let shown = move || {
        app.view.with(|v| {
            tips.iter()
                .filter(|t| tip_matches(t, &v.actors))
                .cloned()
                .collect::<Vec<Tip>>()
        })
    };
    let chosen_names = move || {
        app.view.with(|v| {
            app.actors.with(|a| {
                names_of(a, &v.actors)
                    .into_iter()
                    .map(String::from)
                    .collect::<Vec<String>>()
            })
        })
    };
    let summary = move || {
        let names = chosen_names();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let shown = Shown::OfGoal {
            shown: app.view.with(|v| {
                tips_for_count
                    .iter()
                    .filter(|t| tip_matches(t, &v.actors))
                    .count()
            }),
            total,
        };
        result_summary(&shown, &refs)
    };
    let navigate = shell.navigate;
    let clear = move |_| {
        let mut next: ViewState = app.view.get_untracked();
        next.actors.clear();
        navigate.run(next);
    };
    let tip_list = move || {
        let tips = shown();
        if tips.is_empty() {
            let names = chosen_names();
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            Either::Left(view! {
                <div class="tomt">
                    <p>{format!("Det finns inga förslag för {} under det här målet.", join_names(&refs))}</p>
                    <button type="button" class="knapp knapp-sekundar" on:click=clear>"Visa alla tips"</button>
                </div>
            })
        } else {
            Either::Right(view! { <TipList tips=tips/> })
        }
    };

    let tips_label = format!("mal-{n}-filter");
    view! {
        <p id=tips_label.clone() class="chips-rubrik">"Visa förslag för"</p>
        <ActorChips counts=chip_counts label_id=tips_label/>
        <p class="resultat" role="status" aria-live="polite">{summary}</p>
        {tip_list}
        <p>
            <AppLink to=Route::Tips>"Se förslag från alla åtta mål"</AppLink>
        </p>
    }
}
