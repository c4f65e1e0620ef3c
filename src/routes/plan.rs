//! "Vår handlingsplan": how an organisation turns the strategy's goals into
//! a plan of its own, in four phases, and a printable checklist of every
//! tip by goal (filtered by the chosen actor types). Nothing on the page
//! is stored anywhere.

use leptos::prelude::*;

use crate::components::link::AppLink;
use crate::components::tip_list::origin_label;
use crate::content::Tip;
use crate::contract::ISLAND_PLAN;
use crate::filter::{join_names, names_of, result_summary, tip_matches, Shown};
use crate::route::Route;
use crate::shell::{AppState, Mode, Shell, SiteContent};

/// Where the four phases are described in the strategy's predecessor.
const PHASES_URL: &str = "https://www.operationkvinnofrid.se/strategi-2020/genomforande";

/// The four phases: name and what an organisation does in it.
pub const PHASES: [(&str, &str); 4] = [
    (
        "Fas I: Analysera",
        "Ta reda på hur våldet och behoven ser ut i er verksamhet och där ni finns. Jämför med strategins mål och förslag: vad gör ni redan, och vad saknas?",
    ),
    (
        "Fas II: Välja åtgärder",
        "Gör om det ni har kommit fram till i analysen till konkreta åtgärder, och bestäm vilka ni prioriterar och genomför. Checklistan nedan är ett stöd när ni väljer.",
    ),
    (
        "Fas III: Genomföra",
        "Skriv in åtgärderna i de dokument som styr verksamheten, som budget, verksamhetsplan, handlingsplaner och program. Då blir de en del av det ordinarie arbetet.",
    ),
    (
        "Fas IV: Följa upp",
        "Följ upp åtgärderna och deras indikatorer en gång om året, och använd det ni ser när ni väljer åtgärder för nästa år. Strategins egna indikatorer finns under \"Hur går det?\" på varje målsida.",
    ),
];

#[component]
pub fn PlanView() -> impl IntoView {
    let standalone = expect_context::<Shell>().mode == Mode::Standalone;
    let phases = PHASES
        .iter()
        .map(|(name, text)| {
            view! {
                <li class="fas">
                    <h3>{*name}</h3>
                    <p>{*text}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="ram vy vy-handlingsplan">
            <nav class="brodsmulor" aria-label="Du är här">
                <ol>
                    <li><AppLink to=Route::Overview>"Alla mål"</AppLink></li>
                    <li aria-current="page">"Vår handlingsplan"</li>
                </ol>
            </nav>
            <h1 tabindex="-1">"Vår handlingsplan"</h1>
            <p class="ingress">"Strategin uppmanar alla organisationer i länet att bidra till målen. Det gör ni bäst med en egen handlingsplan, byggd på era egna utmaningar och förutsättningar. Här finns arbetsgången i fyra faser och en checklista med förslagen under varje mål."</p>
            // The interactive guide through the phases mounts here, on our own
            // page (its bundle, WASM_PLAN, reads the plan from the address).
            // Empty, the stylesheet hides it, so the page reads the same
            // without it, and in frames and widgets.
            <div id="plan-guide" class="plan-guide" data-o=standalone.then_some(ISLAND_PLAN)></div>

            <section aria-labelledby="plan-faser">
                <h2 id="plan-faser">"Fyra faser"</h2>
                <p>"Arbetet kan delas upp i fyra faser. Modellen kommer från länets förra strategi och passar lika bra för en enskild organisation. "
                    <a href=PHASES_URL>"Genomförandemodellen i strategin 2016–2020"</a>
                </p>
                <ol class="faser">{phases}</ol>
            </section>

            <section aria-labelledby="plan-checklista">
                <h2 id="plan-checklista">"Checklista"</h2>
                <p>"Här står alla förslag under strategins mål, ordnade efter mål. Skriv ut sidan och kryssa för de förslag ni vill arbeta vidare med i fas II. Förslag märkta \"Från strategin\" kommer från strategins egna målsidor; de andra är exempel på hur en organisation kan arbeta."</p>
                <p class="plan-sparas-inte">"Planen sparas aldrig: ingenting hamnar i kakor eller i webbläsarens lagring. Det är med flit, eftersom en dator eller telefon som andra delar eller kan se in i inte ska bära spår av den. Vill ni behålla planen, skriv ut den eller för över den till era egna dokument."</p>
                <Checklist/>
            </section>
        </div>
    }
}

/// Every tip of the content by goal, for the chosen actor types: a box to
/// tick on paper, the tip's title, where it comes from and for whom.
#[component]
pub fn Checklist() -> impl IntoView {
    let content = expect_context::<SiteContent>();
    let app = expect_context::<AppState>();
    let goals: Vec<(u8, String, Vec<Tip>)> = content.bundle.with_untracked(|b| {
        b.goals
            .iter()
            .map(|g| (g.number, g.title(), g.tips.clone()))
            .collect()
    });
    let total: usize = goals.iter().map(|(_, _, tips)| tips.len()).sum();
    let chosen = Memo::new(move |_| app.view.with(|v| v.actors.clone()));

    let summary = move || {
        let ids = chosen.get();
        let shown = goals_shown(&goals, &ids);
        app.actors.with(|actors| {
            let names = names_of(actors, &ids);
            let count = shown.iter().map(|(_, _, tips)| tips.len()).sum();
            let groups = shown
                .into_iter()
                .map(|(n, title, tips)| {
                    let items = tips
                        .into_iter()
                        .map(|tip| {
                            let for_whom = join_names(&names_of(actors, &tip.actors));
                            view! {
                                <li class="checkpunkt" data-forslag=tip.id.clone()>
                                    <span class="ruta" aria-hidden="true"></span>
                                    <span class="checkpunkt-text">
                                        <span class="checkpunkt-rubrik">{tip.title.clone()}</span>
                                        " "
                                        <span class="tips-for">{origin_label(&tip.origin)}" för "{for_whom}</span>
                                    </span>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="plan-grupp" data-mal=n aria-labelledby=format!("plan-mal-{n}")>
                            <h3 id=format!("plan-mal-{n}")><AppLink to=Route::Goal(n)>{title}</AppLink></h3>
                            <ul class="checklista">{items}</ul>
                        </section>
                    }
                })
                .collect_view();
            view! {
                <p class="resultat">{result_summary(&Shown::OfGoal { shown: count, total }, &names)}</p>
                {groups}
            }
        })
    };
    view! { <div class="plan-checklista">{summary}</div> }
}

/// The goals with at least one tip for the chosen actor types, each with
/// those tips (all of them when none is chosen).
fn goals_shown(goals: &[(u8, String, Vec<Tip>)], chosen: &[String]) -> Vec<(u8, String, Vec<Tip>)> {
    goals
        .iter()
        .filter_map(|(n, title, tips)| {
            let tips: Vec<Tip> = tips
                .iter()
                .filter(|t| tip_matches(t, chosen))
                .cloned()
                .collect();
            (!tips.is_empty()).then(|| (*n, title.clone(), tips))
        })
        .collect()
}
