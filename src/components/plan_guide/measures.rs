//! Step 3: the tips for the organisation's actor type, goal by goal
//! (prioritised goals first), each to add to the plan or take out again,
//! the organisation's own measures, and the fields every measure has.

use leptos::prelude::*;

use super::fields::{month_field, text_field, Text};
use super::state::measures_text;
use super::{step_section, Guide};
use crate::components::tip_list::origin_label;
use crate::content::{Bundle, Tip};
use crate::plan::{lower, Change, FollowUp, Measure, Ref, Status, What};

/// What a tip the content no longer has is called wherever it is shown.
pub const TIP_GONE: &str = "Förslag som inte längre finns i strategin";
/// What an own measure without a title is called.
pub const UNTITLED: &str = "Egen åtgärd utan namn";
/// Said when the plan holds as many measures as it can.
const FULL: &str = "Planen är full. Ta bort en åtgärd först.";

/// The title to show for a measure.
pub fn measure_title(m: &Measure, content: &Bundle) -> String {
    match (&m.what, m.title(content)) {
        (What::Own { .. }, Some("")) => UNTITLED.to_string(),
        (_, Some(title)) => title.to_string(),
        (_, None) => TIP_GONE.to_string(),
    }
}

pub fn choose_step() -> impl IntoView {
    let guide = expect_context::<Guide>();
    let content = guide.content.clone();
    let draft = guide.state.draft;
    // What the step lists is fixed while it is shown: the goals in the
    // order the priorities give, each with its tips for the actor type and
    // the tips the plan already has.
    let (actor, prioritised, in_plan, gone) = draft.with_untracked(|d| {
        let plan = &d.plan;
        let in_plan: Vec<String> = plan
            .measures
            .iter()
            .filter_map(|m| m.tip_id().map(str::to_string))
            .collect();
        let gone = plan
            .measures
            .iter()
            .any(|m| m.goal(&content.bundle).is_none());
        let prioritised: Vec<u8> = (1..=8)
            .filter(|&n| plan.goal(n).is_some_and(|g| g.prioritised))
            .collect();
        (plan.organisation.actor.clone(), prioritised, in_plan, gone)
    });
    let actor_name = content.actor_name(&actor).map(lower);
    let intro = match &actor_name {
        Some(name) => format!("Här är strategins förslag för {name}, mål för mål."),
        None => "Här är alla strategins förslag, mål för mål.".to_string(),
    };
    let no_actor = actor_name.is_none().then(|| {
        view! {
            <p class="notis">"Ni har inte valt aktörstyp, så alla förslag visas. "
                <button type="button" class="knapp-lank" on:click=move |_| guide.state.go(1)>"Välj aktörstyp i steg 1"</button>
            </p>
        }
    });
    // Prioritised goals first, each half in number order.
    let (first, rest): (Vec<u8>, Vec<u8>) = content
        .goals
        .iter()
        .map(|g| g.number)
        .partition(|n| prioritised.contains(n));
    let goals = first
        .into_iter()
        .chain(rest)
        .filter_map(|n| {
            let g = content.goal(n)?;
            let tips: Vec<Tip> = g
                .tips
                .iter()
                .filter(|t| {
                    actor_name.is_none() || t.actors.contains(&actor) || in_plan.contains(&t.id)
                })
                .cloned()
                .collect();
            Some(goal_measures(n, prioritised.contains(&n), tips))
        })
        .collect_view();
    let gone = gone.then(gone_measures);
    let count = move || draft.with(|d| measures_text(d.plan.measures.len()));
    step_section(
        3,
        view! {
            <p>{intro}" Lägg till de förslag ni vill genomföra och skriv in egna åtgärder. Fyll sedan i vem som ansvarar, när åtgärden ska göras och hur ni följer upp den."</p>
            {no_actor}
            <p class="guide-antal-i-plan">{count}"."</p>
            {goals}
            {gone}
        },
    )
}

/// One goal in step 3: context, the tips to choose from, and the goal's
/// measures in the plan (chosen tips and own measures) with their fields.
fn goal_measures(n: u8, prioritised: bool, tips: Vec<Tip>) -> impl IntoView {
    let guide = expect_context::<Guide>();
    let state = guide.state;
    let draft = state.draft;
    let goal = guide.content.goal(n);
    let context = goal.filter(|g| !g.commitments.is_empty()).map(|g| {
        let items = g
            .commitments
            .iter()
            .map(|c| {
                view! {
                    <li>
                        <p>{c.text.clone()}</p>
                        <p class="ansvariga"><span class="etikett">{c.kind.clone()}</span>" "{c.plan.clone()}"."</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="guide-sammanhang">
                <summary>{format!("Strategins åtaganden och inriktningar för målet ({})", g.commitments.len())}</summary>
                <ul class="ataganden">{items}</ul>
            </details>
        }
    });
    let tip_items = tips.into_iter().map(tip_choice).collect_view();
    let add_own = move |_| match draft.try_update(|d| d.add_own(n)).flatten() {
        Some(key) => {
            state.announce(format!(
                "Lagt till en egen åtgärd under mål {n}. {}.",
                state.count_text()
            ));
            guide.edges.focus.run(format!("guide-{key}-titel"));
        }
        None => state.announce(FULL.to_string()),
    };
    let heading = format!("guide-val-{n}");
    let labelled = heading.clone();
    view! {
        <section class="guide-mal" data-mal=n aria-labelledby=labelled>
            <h4 id=heading tabindex="-1">{guide.content.goal_title(n)}{prioritised.then(|| view! { " "<span class="etikett">"Prioriterat"</span> })}</h4>
            {context}
            <h5>"Förslag att välja bland"</h5>
            <ul class="guide-forslag">{tip_items}</ul>
            <h5>"Era åtgärder för målet"</h5>
            {measure_list(Some(n))}
            <p><button type="button" class="knapp knapp-sekundar" on:click=add_own>
                "Lägg till egen åtgärd"<span class="osynlig">{format!(" under mål {n}")}</span>
            </button></p>
        </section>
    }
}

/// The measures in the plan under goal `goal` (`None`: tips the strategy no
/// longer has), each with its fields. Measures come and go; each keeps its
/// fields (and the visitor's focus) while others do.
fn measure_list(goal: Option<u8>) -> impl IntoView {
    let guide = expect_context::<Guide>();
    let content = guide.content.clone();
    let draft = guide.state.draft;
    let keys = move || {
        draft.with(|d| {
            (0..d.plan.measures.len())
                .filter(|&i| d.plan.measures[i].goal(&content.bundle) == goal)
                .filter_map(|i| d.key(i))
                .collect::<Vec<u32>>()
        })
    };
    view! {
        <ul class="guide-atgarder">
            <For each=keys key=|k| *k children=move |k| view! { <li>{measure_fields(k, goal)}</li> }/>
        </ul>
    }
}

/// A tip: what it says, where it comes from, and a button to add it to the
/// plan or take it out (its fields are then under the goal's measures).
fn tip_choice(tip: Tip) -> impl IntoView {
    let state = expect_context::<Guide>().state;
    let draft = state.draft;
    let Tip {
        id,
        title,
        text,
        origin,
        ..
    } = tip;
    let in_plan = {
        let id = id.clone();
        move || draft.with(|d| d.plan.has_tip(&id))
    };
    let named = format!(": {title}");
    let toggle = {
        let (id, title) = (id.clone(), title.clone());
        move |_| {
            let add = !draft.with_untracked(|d| d.plan.has_tip(&id));
            let done = draft
                .try_update(|d| {
                    if add {
                        d.add_tip(&id).is_some()
                    } else {
                        d.remove_tip(&id)
                    }
                })
                .unwrap_or(false);
            state.announce(match (done, add) {
                (true, true) => format!(
                    "Lagt till: {title}. {}. Fyll i uppgifterna under Era åtgärder för målet.",
                    state.count_text()
                ),
                (true, false) => format!("Borttaget: {title}. {}.", state.count_text()),
                (false, _) => FULL.to_string(),
            });
        }
    };
    view! {
        <li class="guide-tips" data-forslag=id>
            <p class="guide-tips-rubrik">{title}</p>
            <p>{text}</p>
            <p class="tips-for">{origin_label(&origin)}</p>
            <p>
                <button type="button" class="knapp" on:click=toggle>
                    {move || if in_plan() { "Ta bort ur planen" } else { "Lägg till i planen" }}
                    <span class="osynlig">{named}</span>
                </button>
            </p>
        </li>
    }
}

/// The measures whose tips the strategy no longer has: kept in the plan
/// until the organisation takes them out.
fn gone_measures() -> impl IntoView {
    view! {
        <section class="guide-mal" aria-labelledby="guide-borta">
            <h4 id="guide-borta" tabindex="-1">{TIP_GONE}</h4>
            <p>"Planen har förslag som inte finns i strategin längre, till exempel för att strategin har ändrats sedan planen gjordes. De står kvar i planen med det ni har skrivit, tills ni tar bort dem."</p>
            {measure_list(None)}
        </section>
    }
}

/// The fields of one measure (by its key): its title (an own measure), who
/// is responsible, start and end month, follow-up, status and a note.
/// `goal` is set for own measures (where focus goes when one is removed).
fn measure_fields(key: u32, goal: Option<u8>) -> Option<impl IntoView> {
    let guide = expect_context::<Guide>();
    let content = guide.content.clone();
    let state = guide.state;
    let draft = state.draft;
    let m = draft.with_untracked(|d| d.index(key).map(|i| d.plan.measures[i].clone()))?;
    let change = move |c: Change| {
        draft.update(|d| {
            d.update(key, c);
        })
    };
    let on = move |f: fn(String) -> Change| Callback::new(move |t: String| change(f(t)));
    let id = move |field: &str| format!("guide-{key}-{field}");
    let gone = m.goal(&content.bundle).is_none();
    let legend = {
        let content = content.clone();
        move || {
            draft.with(|d| {
                d.index(key)
                    .map(|i| measure_title(&d.plan.measures[i], &content.bundle))
                    .unwrap_or_default()
            })
        }
    };
    let title_field = match &m.what {
        What::Own { title, .. } => Some(text_field(
            Text::new(id("titel"), "Åtgärd", title.clone()),
            on(Change::Title),
        )),
        What::Tip(_) => None,
    };
    let gone_id = match (&m.what, gone) {
        (What::Tip(r), true) => Some(view! {
            <p class="hjalptext">{format!("Förslagets id i planen: {}", r.to_text())}</p>
        }),
        _ => None,
    };

    // Follow-up: none, one of the goal's indicators, or own words.
    let indicators: Vec<(String, String)> = m
        .goal(&content.bundle)
        .and_then(|n| content.goal(n))
        .map(|g| {
            g.indicators
                .iter()
                .map(|i| (format!("i:{}", i.id), i.name.clone()))
                .collect()
        })
        .unwrap_or_default();
    let (chosen, own_text) = match &m.follow_up {
        FollowUp::None => (String::new(), String::new()),
        FollowUp::Indicator(r) => (format!("i:{}", r.to_text()), String::new()),
        FollowUp::Own(t) => ("egen".to_string(), t.clone()),
    };
    let stray = (chosen.starts_with("i:") && !indicators.iter().any(|(v, _)| *v == chosen))
        .then(|| view! { <option value=chosen.clone() selected=true>"En indikator som inte finns under målet"</option> });
    let indicator_options = indicators
        .into_iter()
        .map(|(value, name)| {
            let selected = value == chosen;
            view! { <option value=value selected=selected>{format!("Indikator: {name}")}</option> }
        })
        .collect_view();
    let own_follow_up = RwSignal::new(chosen == "egen");
    let own_text_now = RwSignal::new(own_text);
    let follow_up_changed = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        own_follow_up.set(value == "egen");
        change(Change::FollowUp(match value.strip_prefix("i:") {
            Some(r) => FollowUp::Indicator(Ref::from_text(r)),
            None if value == "egen" => FollowUp::Own(own_text_now.get_untracked()),
            None => FollowUp::None,
        }));
    };
    let own = Callback::new(move |text: String| {
        own_text_now.set(text.clone());
        change(Change::FollowUp(FollowUp::Own(text)));
    });
    let status_options = Status::ALL
        .into_iter()
        .map(|s| view! { <option value=s.label() selected=s == m.status>{s.label()}</option> })
        .collect_view();

    let removable = matches!(m.what, What::Own { .. }) || gone;
    let remove = removable.then(|| {
        let content = content.clone();
        let remove = move |_| {
            let title = draft
                .with_untracked(|d| d.index(key).map(|i| measure_title(&d.plan.measures[i], &content.bundle)))
                .unwrap_or_default();
            if draft.try_update(|d| d.remove(key)).unwrap_or(false) {
                state.announce(format!("Borttaget: {title}. {}.", state.count_text()));
                guide.edges.focus.run(match goal {
                    Some(n) => format!("guide-val-{n}"),
                    None => "guide-borta".to_string(),
                });
            }
        };
        view! { <p><button type="button" class="knapp knapp-sekundar" on:click=remove>"Ta bort åtgärden"</button></p> }
    });

    Some(view! {
        <fieldset class="guide-atgard">
            <legend>{legend}</legend>
            {gone_id}
            {title_field}
            {text_field(Text::new(id("ansvarig"), "Vem ansvarar? Roll eller enhet", m.responsible.clone()), on(Change::Responsible))}
            <div class="guide-period">
                {month_field(id("start"), "Start", m.start, Callback::new(move |v| change(Change::Start(v))))}
                {month_field(id("slut"), "Slut", m.end, Callback::new(move |v| change(Change::End(v))))}
            </div>
            <p class="guide-falt">
                <label for=id("uppfoljning")>"Hur följer ni upp åtgärden?"</label>
                <select id=id("uppfoljning") on:change=follow_up_changed>
                    <option value="" selected=chosen.is_empty()>"Inte bestämt ännu"</option>
                    {indicator_options}
                    {stray}
                    <option value="egen" selected=chosen == "egen">"Med egna ord"</option>
                </select>
            </p>
            <div hidden=move || !own_follow_up.get()>
                {text_field(Text { long: true, ..Text::new(id("egen-uppfoljning"), "Uppföljning med egna ord", own_text_now.get_untracked()) }, own)}
            </div>
            <p class="guide-falt">
                <label for=id("status")>"Status"</label>
                <select id=id("status") on:change=move |ev| {
                    if let Some(s) = Status::from_label(&event_target_value(&ev)) {
                        change(Change::Status(s));
                    }
                }>{status_options}</select>
            </p>
            {text_field(Text { long: true, ..Text::new(id("anteckning"), "Anteckning", m.note.clone()) }, on(Change::Note))}
            {remove}
        </fieldset>
    })
}
