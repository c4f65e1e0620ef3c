//! "Vad kan vi göra?": every tip from all goals for the chosen actor types,
//! with search over the whole strategy.

use leptos::either::Either;
use leptos::ev::{Event, SubmitEvent};
use leptos::prelude::*;

use std::sync::Arc;

use crate::components::actor_chips::{ActorChips, ChipCounts};
use crate::components::highlight::Highlighted;
use crate::components::link::AppLink;
use crate::components::tip_list::TipList;
use crate::content::Tip;
use crate::contract::ISLAND_TIPS;
use crate::filter::{names_of, result_summary, tip_matches, Shown};
use crate::route::{clean_query, Route, ViewState};
use crate::search::{goal_matches, rank_tips, GoalMatch, Query, SearchGoal};
use crate::shell::{AppState, Shell, SiteContent};

/// What the tips view shows for a state: per goal, the goal's number, title
/// and matching tips; and goals whose own texts match the search.
pub struct TipsResult {
    pub groups: Vec<(u8, String, Vec<Tip>)>,
    pub goal_hits: Vec<(u8, String, Vec<GoalMatch>)>,
    /// The chips' counts: tips matching the search, before the actor filter.
    pub counts: ChipCounts,
    pub shown: usize,
}

pub fn tips_result(goals: &[SearchGoal], view: &ViewState, actor_ids: &[&str]) -> TipsResult {
    let query = Query::new(&view.query);
    let mut groups = Vec::new();
    let mut goal_hits = Vec::new();
    let mut searchable: Vec<&Tip> = Vec::new();
    let mut shown = 0;
    for goal in goals {
        // Ranked once; the actor filter keeps the order of what it keeps.
        let all: Vec<&Tip> = goal.tips.iter().collect();
        let matching = rank_tips(goal, &all, &query);
        let ranked: Vec<Tip> = matching
            .iter()
            .filter(|t| tip_matches(t, &view.actors))
            .map(|t| (*t).clone())
            .collect();
        searchable.extend(matching);
        shown += ranked.len();
        if !ranked.is_empty() {
            groups.push((goal.number, goal.title(), ranked));
        }
        let hits = goal_matches(goal, &query);
        if !hits.is_empty() {
            goal_hits.push((goal.number, goal.title(), hits));
        }
    }
    TipsResult {
        groups,
        goal_hits,
        counts: ChipCounts::of(searchable.iter().copied(), actor_ids),
        shown,
    }
}

/// The tips view. All of it is one island: search and chips change most of it.
#[component]
pub fn TipsView() -> impl IntoView {
    // The app draws the view anew when the content changes.
    let content = expect_context::<SiteContent>();
    let goals = content
        .bundle
        .with_untracked(|b| Arc::new(b.goals.iter().map(SearchGoal::of).collect::<Vec<_>>()));
    view! { <div class="o" data-o=ISLAND_TIPS><TipsIsland goals=goals/></div> }
}

/// How many hits are drawn while searching, until "Visa alla".
pub const SEARCH_LIMIT: usize = 50;

/// The cap on drawn tips: only while searching, and not after "Visa alla".
pub fn search_limit(query: &str, show_all: bool) -> Option<usize> {
    (!query.is_empty() && !show_all).then_some(SEARCH_LIMIT)
}

/// The first `cap` tips of the groups, in order.
pub fn capped(
    groups: &[(u8, String, Vec<Tip>)],
    cap: Option<usize>,
) -> Vec<(u8, String, Vec<Tip>)> {
    let mut left = cap.unwrap_or(usize::MAX);
    groups
        .iter()
        .filter_map(|(n, title, tips)| {
            if left == 0 {
                return None;
            }
            let take = tips.len().min(left);
            left -= take;
            Some((*n, title.clone(), tips[..take].to_vec()))
        })
        .collect()
}

/// After "Visa alla" (`button`), focus goes to the first tip that was not
/// shown before (the button itself is gone). Looked up inside the view's
/// own element, found from the button while it is there, so it works
/// inside a widget's shadow root too.
fn focus_tip_after_click(button: Option<web_sys::EventTarget>, index: usize) {
    let view = button
        .and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(b).ok())
        .and_then(|b| b.closest(".vy-tips").ok().flatten());
    let Some(view) = view else {
        return;
    };
    request_animation_frame(move || {
        let Ok(tips) = view.query_selector_all("li.tips") else {
            return;
        };
        if let Some(tip) = tips
            .item(index as u32)
            .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(n).ok())
        {
            tip.set_attribute("tabindex", "-1").ok();
            tip.focus().ok();
        }
    });
}

/// The tips view's interactive whole: search, chips, summary and the
/// matching tips of `goals`.
#[component]
pub fn TipsIsland(goals: Arc<Vec<SearchGoal>>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let shell = expect_context::<Shell>();
    let replace = shell.replace;
    let navigate = shell.navigate;
    // Searched once per change of the state for everything that shows it,
    // and always passed on: comparing two whole results would cost more
    // code in the WASM than the views' own comparison of what they draw.
    let result = Memo::new_with_compare(
        move |_| {
            let v = app.view.get();
            app.actors.with(|a| {
                let ids: Vec<&str> = a.iter().map(|a| a.id.as_str()).collect();
                let r = tips_result(&goals, &v, &ids);
                (r.groups, r.goal_hits, r.counts, r.shown)
            })
        },
        |_, _| true,
    );
    let counts = Signal::derive(move || result.with(|r| r.2.clone()));
    // The search text, read from the state where it is used: whatever reads
    // it reads the result too, and the search field's value is written only
    // when it differs (as the HTML standard has it).
    let query_text = move || app.view.with(|v| v.query.clone());
    // While searching, the first SEARCH_LIMIT hits are drawn, so each
    // keystroke stays quick however large the content; "Visa alla" draws
    // the rest for this search.
    // The search "Visa alla" was pressed for ("" for none: a cap applies
    // only while searching).
    let all_for = RwSignal::new(String::new());
    let limit = move || {
        let q = query_text();
        let all = all_for.with(|a| *a == q);
        search_limit(&q, all)
    };

    let on_input = move |ev: Event| {
        let value = event_target_value(&ev);
        let mut next = app.view.get_untracked();
        next.query = clean_query(&value);
        replace.run(next);
    };
    let on_submit = move |ev: SubmitEvent| ev.prevent_default();

    let summary = move || {
        let (shown, q) = (result.with(|r| r.3), query_text());
        let names: Vec<String> = app.view.with(|v| {
            app.actors.with(|a| {
                names_of(a, &v.actors)
                    .into_iter()
                    .map(String::from)
                    .collect()
            })
        });
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let shown = Shown::Matching {
            shown,
            cap: limit(),
            query: q,
        };
        result_summary(&shown, &refs)
    };

    let goal_hits = move || {
        let q = Query::new(&query_text());
        let hits = result.with(|r| r.1.clone());
        (!hits.is_empty()).then(|| {
            let items = hits
                .into_iter()
                .map(|(n, title, matches)| {
                    let rows = matches
                        .into_iter()
                        .map(|m| view! { <li><span class="etikett">{m.kind}</span>" "<Highlighted text=m.text query=q.clone()/></li> })
                        .collect_view();
                    view! {
                        <li class="traff">
                            <h3><AppLink to=Route::Goal(n)>{title}</AppLink></h3>
                            <ul>{rows}</ul>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section aria-labelledby="traffar-mal">
                    <h2 id="traffar-mal">"Träffar i målen"</h2>
                    <ul class="traffar">{items}</ul>
                </section>
            }
        })
    };

    let groups = move || {
        let q = Query::new(&query_text());
        let cap = limit();
        let (groups, total) = result.with(|r| (capped(&r.0, cap), r.3));
        if groups.is_empty() {
            let clear = move |_| {
                let mut next = app.view.get_untracked();
                next.actors.clear();
                next.query.clear();
                navigate.run(next);
            };
            return Either::Left(view! {
                <div class="tomt">
                    <p>"Inga förslag matchar det du valt. Pröva andra ord eller fler aktörstyper."</p>
                    <button type="button" class="knapp knapp-sekundar" on:click=clear>"Rensa val och sökning"</button>
                </div>
            });
        }
        let lists = groups
            .into_iter()
            .map(|(n, title, tips)| {
                view! {
                    <section class="tipsgrupp" data-mal=n aria-labelledby=format!("tips-mal-{n}")>
                        <h2 id=format!("tips-mal-{n}")><AppLink to=Route::Goal(n)>{title}</AppLink></h2>
                        <TipList tips=tips query=q.clone()/>
                    </section>
                }
            })
            .collect_view();
        let more = cap.filter(|&c| total > c).map(|c| {
            let show_all = move |ev: leptos::ev::MouseEvent| {
                let button = ev.current_target();
                all_for.set(app.view.with_untracked(|v| v.query.clone()));
                focus_tip_after_click(button, c);
            };
            view! {
                <p class="fler">
                    {format!("Visar de första {c} av {total} träffarna. ")}
                    <button type="button" class="knapp knapp-sekundar" on:click=show_all>{format!("Visa alla {total}")}</button>
                </p>
            }
        });
        Either::Right(view! { {lists}{more} })
    };

    let form_action = shell.href(&ViewState::new(Route::Tips));
    view! {
        <div class="ram vy vy-tips">
            <nav class="brodsmulor" aria-label="Du är här">
                <ol>
                    <li><AppLink to=Route::Overview>"Alla mål"</AppLink></li>
                    <li aria-current="page">"Vad kan vi göra?"</li>
                </ol>
            </nav>
            <h1 tabindex="-1">"Vad kan vi göra?"</h1>
            <p class="ingress">"Förslag från strategins alla åtta mål. Välj vilken sorts organisation du arbetar i, eller sök på ett ord."</p>
            <form class="sok" role="search" action=form_action method="get" on:submit=on_submit>
                <label for="sok-falt">"Sök i strategin"</label>
                <p id="sok-hjalp" class="hjalptext">"Söker i mål, förutsättningar, indikatorer, åtaganden och tips. Du kan skriva utan å, ä och ö."</p>
                <div class="sok-rad">
                    <input id="sok-falt" name="q" type="search" autocomplete="off" aria-describedby="sok-hjalp" maxlength="200"
                        prop:value=query_text on:input=on_input/>
                    // The results follow the typing; the button lets the form be
                    // sent with the keyboard too (and without JavaScript).
                    <button type="submit" class="knapp">"Sök"</button>
                </div>
            </form>
            <p id="tips-filter" class="chips-rubrik">"Visa förslag för"</p>
            <ActorChips counts=counts label_id="tips-filter"/>
            <p class="resultat" role="status" aria-live="polite">{summary}</p>
            {goal_hits}
            {groups}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tip(id: &str) -> Tip {
        Tip {
            id: id.to_string(),
            title: String::new(),
            text: String::new(),
            actors: vec!["kommun".into()],
            link: None,
            origin: crate::content::TipOrigin::Suggestion,
        }
    }

    #[test]
    fn searching_draws_the_first_hits_until_asked_for_all() {
        assert_eq!(search_limit("", false), None);
        assert_eq!(search_limit("våld", false), Some(SEARCH_LIMIT));
        assert_eq!(search_limit("våld", true), None);
        let groups = vec![
            (1, "Mål 1".to_string(), vec![tip("a"), tip("b"), tip("c")]),
            (2, "Mål 2".to_string(), vec![tip("d"), tip("e")]),
            (3, "Mål 3".to_string(), vec![tip("f")]),
        ];
        let ids = |g: &[(u8, String, Vec<Tip>)]| -> Vec<String> {
            g.iter()
                .flat_map(|(_, _, t)| t.iter().map(|t| t.id.clone()))
                .collect()
        };
        assert_eq!(ids(&capped(&groups, Some(4))), ["a", "b", "c", "d"]);
        assert_eq!(capped(&groups, Some(4)).len(), 2);
        assert_eq!(ids(&capped(&groups, None)).len(), 6);
        assert_eq!(ids(&capped(&groups, Some(3))), ["a", "b", "c"]);
    }
}
