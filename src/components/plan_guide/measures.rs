//! Step 3: the tips for the organisation's actor type, goal by goal
//! (prioritised goals first), each to add to the plan or take out again,
//! the organisation's own measures, and the fields every measure has.

use leptos::either::Either;
use leptos::prelude::*;

use super::state::measures_text;
use super::{Guide, StepSection};
use crate::components::tip_list::origin_label;
use crate::content::Tip;
use crate::plan::{
    Change, FollowUp, Measure, Month, Ref, Status, What, MAX_LONG_TEXT, MAX_SHORT_TEXT,
};

/// What a tip the content no longer has is called wherever it is shown.
pub const TIP_GONE: &str = "Förslag som inte längre finns i strategin";
/// What an own measure without a title is called.
pub const UNTITLED: &str = "Egen åtgärd utan namn";

/// The title to show for a measure.
pub fn measure_title(m: &Measure, content: &crate::content::Bundle) -> String {
    match (&m.what, m.title(content)) {
        (What::Own { .. }, Some("")) => UNTITLED.to_string(),
        (_, Some(title)) => title.to_string(),
        (_, None) => TIP_GONE.to_string(),
    }
}

#[component]
pub fn ChooseStep() -> impl IntoView {
    let guide = expect_context::<Guide>();
    let content = guide.content.clone();
    let draft = guide.state.draft;
    // What the step lists is fixed while it is shown: the goals in the
    // order the priorities give, each with its tips for the actor type and
    // the tips the plan already has.
    let (actor, prioritised, in_plan, gone) = draft.with_untracked(|d| {
        let in_plan: Vec<String> = d
            .plan
            .measures
            .iter()
            .filter_map(|m| m.tip_id().map(str::to_string))
            .collect();
        let gone: Vec<u32> = d
            .plan
            .measures
            .iter()
            .enumerate()
            .filter(|(_, m)| m.goal(&content.bundle).is_none())
            .filter_map(|(i, _)| d.key(i))
            .collect();
        let prioritised: Vec<u8> = (1..=8)
            .filter(|&n| d.plan.goal(n).is_some_and(|g| g.prioritised))
            .collect();
        (
            d.plan.organisation.actor.clone(),
            prioritised,
            in_plan,
            gone,
        )
    });
    let actor_name = content.actor_name(&actor).map(str::to_string);
    let mut order: Vec<u8> = content.goals.iter().map(|g| g.number).collect();
    order.sort_by_key(|n| !prioritised.contains(n));

    let intro = match &actor_name {
        Some(name) => Either::Left(view! {
            <p>{format!("Här är strategins förslag för {}, mål för mål. ", name.to_lowercase())}
                "Lägg till de förslag ni vill genomföra och skriv in egna åtgärder. Fyll sedan i vem som ansvarar, när åtgärden ska göras och hur ni följer upp den."</p>
        }),
        None => Either::Right(view! {
            <p>"Här är alla strategins förslag, mål för mål. Lägg till de förslag ni vill genomföra och skriv in egna åtgärder. Fyll sedan i vem som ansvarar, när åtgärden ska göras och hur ni följer upp den."</p>
            <p class="notis">"Ni har inte valt aktörstyp, så alla förslag visas. "
                <button type="button" class="knapp-lank" on:click=move |_| guide.state.go(1)>"Välj aktörstyp i steg 1"</button>
            </p>
        }),
    };
    let count = move || draft.with(|d| measures_text(d.plan.measures.len()));
    let goals = order
        .into_iter()
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
            Some(view! { <GoalMeasures number=n prioritised=prioritised.contains(&n) tips=tips/> })
        })
        .collect_view();
    let gone = (!gone.is_empty()).then(|| view! { <GoneMeasures keys=gone/> });
    view! {
        <StepSection n=3>
            {intro}
            <p class="guide-antal-i-plan">{count}"."</p>
            {goals}
            {gone}
        </StepSection>
    }
}

/// One goal in step 3: context, tips, own measures.
#[component]
fn GoalMeasures(number: u8, prioritised: bool, tips: Vec<Tip>) -> impl IntoView {
    let guide = expect_context::<Guide>();
    let content = guide.content.clone();
    let state = guide.state;
    let draft = state.draft;
    let n = number;
    let goal = content.goal(n);
    let commitments = goal
        .map(|g| {
            g.commitments
                .iter()
                .map(|c| {
                    view! {
                        <li>
                            <p>{c.text.clone()}</p>
                            <p class="ansvariga"><span class="etikett">{c.kind.clone()}</span>" "{c.plan.clone()}"."</p>
                        </li>
                    }
                })
                .collect_view()
        });
    let context_count = goal.map_or(0, |g| g.commitments.len());
    let context = (context_count > 0).then(|| {
        view! {
            <details class="guide-sammanhang">
                <summary>{format!("Strategins åtaganden och inriktningar för målet ({context_count})")}</summary>
                <ul class="ataganden">{commitments}</ul>
            </details>
        }
    });
    let tip_items = tips
        .into_iter()
        .map(|tip| view! { <TipChoice tip=tip/> })
        .collect_view();
    // Own measures come and go; each keeps its fields while others do.
    let own = Memo::new(move |_| {
        draft.with(|d| {
            d.plan
                .measures
                .iter()
                .enumerate()
                .filter(|(_, m)| matches!(m.what, What::Own { goal, .. } if goal == n))
                .filter_map(|(i, _)| d.key(i))
                .collect::<Vec<u32>>()
        })
    });
    let add_own = move |_| {
        let key = draft.try_update(|d| d.add_own(n)).flatten();
        match key {
            Some(key) => {
                state.announce(format!(
                    "Lagt till en egen åtgärd under mål {n}. {}.",
                    state.count_text()
                ));
                guide.edges.focus.run(format!("guide-{key}-titel"));
            }
            None => state.announce("Planen är full. Ta bort en åtgärd först.".to_string()),
        }
    };
    let heading = format!("guide-val-{n}");
    let labelled = heading.clone();
    view! {
        <section class="guide-mal" data-mal=n aria-labelledby=labelled>
            <h4 id=heading>{content.goal_title(n)}{prioritised.then(|| view! { " "<span class="etikett">"Prioriterat"</span> })}</h4>
            {context}
            <ul class="guide-forslag">{tip_items}</ul>
            <ul class="guide-egna">
                <For each=move || own.get() key=|k| *k children=move |k| view! { <li><MeasureFields measure=k goal=Some(n)/></li> }/>
            </ul>
            <p><button type="button" class="knapp knapp-sekundar" on:click=add_own>
                "Lägg till egen åtgärd"<span class="osynlig">{format!(" under mål {n}")}</span>
            </button></p>
        </section>
    }
}

/// A tip: what it says, where it comes from, and a button to add it to the
/// plan or take it out; its fields while it is in the plan.
#[component]
fn TipChoice(tip: Tip) -> impl IntoView {
    let guide = expect_context::<Guide>();
    let state = guide.state;
    let draft = state.draft;
    let id = tip.id.clone();
    let key = {
        let id = id.clone();
        Memo::new(move |_| draft.with(|d| d.tip_key(&id)))
    };
    let title = tip.title.clone();
    let toggle = move |_| {
        let added = key.get_untracked().is_none();
        let done = draft
            .try_update(|d| {
                if added {
                    d.add_tip(&id).is_some()
                } else {
                    d.remove_tip(&id)
                }
            })
            .unwrap_or(false);
        state.announce(match (done, added) {
            (true, true) => format!("Lagt till: {title}. {}.", state.count_text()),
            (true, false) => format!("Borttaget: {title}. {}.", state.count_text()),
            (false, _) => "Planen är full. Ta bort en åtgärd först.".to_string(),
        });
    };
    let in_plan = move || key.get().is_some();
    view! {
        <li class="guide-tips" class:i-planen=in_plan data-forslag=tip.id.clone()>
            <p class="guide-tips-rubrik">{tip.title.clone()}</p>
            <p>{tip.text.clone()}</p>
            <p class="tips-for">{origin_label(&tip.origin)}</p>
            <p>
                <button type="button" class="knapp" class:knapp-sekundar=in_plan on:click=toggle>
                    {move || if in_plan() { "Ta bort ur planen" } else { "Lägg till i planen" }}
                    <span class="osynlig">{format!(": {}", tip.title)}</span>
                </button>
            </p>
            {move || key.get().map(|k| view! { <MeasureFields measure=k goal=None/> })}
        </li>
    }
}

/// The measures whose tips the strategy no longer has: kept in the plan
/// until the organisation takes them out.
#[component]
fn GoneMeasures(keys: Vec<u32>) -> impl IntoView {
    let draft = expect_context::<Guide>().state.draft;
    let left = Memo::new(move |_| {
        draft.with(|d| {
            keys.iter()
                .copied()
                .filter(|k| d.index(*k).is_some())
                .collect::<Vec<u32>>()
        })
    });
    view! {
        <section class="guide-mal" aria-labelledby="guide-borta">
            <h4 id="guide-borta">{TIP_GONE}</h4>
            <p>"Planen har förslag som inte finns i strategin längre, till exempel för att strategin har ändrats sedan planen gjordes. De står kvar i planen med det ni har skrivit, tills ni tar bort dem."</p>
            <ul class="guide-egna">
                <For each=move || left.get() key=|k| *k children=move |k| view! { <li><MeasureFields measure=k goal=None/></li> }/>
            </ul>
        </section>
    }
}

/// The fields of one measure: its title (an own measure), who is
/// responsible, start and end month, follow-up, status and a note.
/// `goal` is set for own measures (their indicators and removal).
#[component]
fn MeasureFields(measure: u32, goal: Option<u8>) -> impl IntoView {
    let key = measure;
    let guide = expect_context::<Guide>();
    let content = guide.content.clone();
    let state = guide.state;
    let draft = state.draft;
    let Some(m) = draft.with_untracked(|d| d.index(key).map(|i| d.plan.measures[i].clone())) else {
        return None;
    };
    let change = move |c: Change| {
        draft.update(|d| {
            d.update(key, c);
        })
    };
    let id = move |field: &str| format!("guide-{key}-{field}");
    let own = matches!(m.what, What::Own { .. });
    let gone = m.goal(&content.bundle).is_none();
    let goal_number = m.goal(&content.bundle).or(goal);
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
        What::Own { title, .. } => Some(view! {
            <p class="guide-falt">
                <label for=id("titel")>"Åtgärd"</label>
                <input id=id("titel") type="text" maxlength=MAX_SHORT_TEXT.to_string() prop:value=title.clone()
                    on:input=move |ev| change(Change::Title(event_target_value(&ev)))/>
            </p>
        }),
        What::Tip(_) => None,
    };
    let gone_id = match (&m.what, gone) {
        (What::Tip(r), true) => Some(view! {
            <p class="hjalptext">{format!("Förslagets id i planen: {}", r.to_text())}</p>
        }),
        _ => None,
    };

    // Follow-up: none, one of the goal's indicators, or own words.
    let indicators: Vec<(String, String)> = goal_number
        .and_then(|n| content.goal(n))
        .map(|g| {
            g.indicators
                .iter()
                .map(|i| (i.id.clone(), i.name.clone()))
                .collect()
        })
        .unwrap_or_default();
    let stray = match &m.follow_up {
        FollowUp::Indicator(r) if !indicators.iter().any(|(i, _)| Ref::Id(i.clone()) == *r) => {
            Some(r.to_text())
        }
        _ => None,
    };
    let chosen = match &m.follow_up {
        FollowUp::None => String::new(),
        FollowUp::Indicator(r) => format!("i:{}", r.to_text()),
        FollowUp::Own(_) => "egen".to_string(),
    };
    let own_text = match &m.follow_up {
        FollowUp::Own(t) => t.clone(),
        _ => String::new(),
    };
    let own_follow_up = RwSignal::new(chosen == "egen");
    let own_text_now = RwSignal::new(own_text.clone());
    let indicator_options = indicators
        .into_iter()
        .map(|(i, name)| {
            let value = format!("i:{i}");
            let selected = value == chosen;
            view! { <option value=value selected=selected>{format!("Indikator: {name}")}</option> }
        })
        .collect_view();
    let stray_option = stray.map(|r| {
        view! { <option value=format!("i:{r}") selected=true>"En indikator som inte finns under målet"</option> }
    });
    let follow_up_changed = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        own_follow_up.set(value == "egen");
        change(Change::FollowUp(match value.strip_prefix("i:") {
            Some(r) => FollowUp::Indicator(Ref::from_text(r)),
            None if value == "egen" => FollowUp::Own(own_text_now.get_untracked()),
            None => FollowUp::None,
        }));
    };
    let status_options = Status::ALL
        .into_iter()
        .map(|s| view! { <option value=s.label() selected=s == m.status>{s.label()}</option> })
        .collect_view();

    let remove = (own || gone).then(|| {
        let content = content.clone();
        view! {
            <p><button type="button" class="knapp knapp-sekundar" on:click=move |_| {
                let title = draft.with_untracked(|d| d.index(key).map(|i| measure_title(&d.plan.measures[i], &content.bundle))).unwrap_or_default();
                if draft.try_update(|d| d.remove(key)).unwrap_or(false) {
                    state.announce(format!("Borttaget: {title}. {}.", state.count_text()));
                    let heading = match goal {
                        Some(n) => format!("guide-val-{n}"),
                        None => "guide-borta".to_string(),
                    };
                    guide.edges.focus.run(heading);
                }
            }>"Ta bort åtgärden"</button></p>
        }
    });

    Some(view! {
        <fieldset class="guide-atgard">
            <legend>{legend}</legend>
            {gone_id}
            {title_field}
            <p class="guide-falt">
                <label for=id("ansvarig")>"Vem ansvarar? Roll eller enhet"</label>
                <input id=id("ansvarig") type="text" maxlength=MAX_SHORT_TEXT.to_string() prop:value=m.responsible.clone()
                    on:input=move |ev| change(Change::Responsible(event_target_value(&ev)))/>
            </p>
            <div class="guide-period">
                <MonthField id=id("start") label="Start" month=m.start on_change=Callback::new(move |v| change(Change::Start(v)))/>
                <MonthField id=id("slut") label="Slut" month=m.end on_change=Callback::new(move |v| change(Change::End(v)))/>
            </div>
            <p class="guide-falt">
                <label for=id("uppfoljning")>"Hur följer ni upp åtgärden?"</label>
                <select id=id("uppfoljning") on:change=follow_up_changed>
                    <option value="" selected=chosen.is_empty()>"Inte bestämt ännu"</option>
                    {indicator_options}
                    {stray_option}
                    <option value="egen" selected=chosen == "egen">"Med egna ord"</option>
                </select>
            </p>
            {move || own_follow_up.get().then(|| view! {
                <p class="guide-falt">
                    <label for=id("egen-uppfoljning")>"Uppföljning med egna ord"</label>
                    <textarea id=id("egen-uppfoljning") rows="2" maxlength=MAX_LONG_TEXT.to_string() prop:value=own_text_now.get_untracked()
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            own_text_now.set(text.clone());
                            change(Change::FollowUp(FollowUp::Own(text)));
                        }></textarea>
                </p>
            })}
            <p class="guide-falt">
                <label for=id("status")>"Status"</label>
                <select id=id("status") on:change=move |ev| {
                    if let Some(s) = Status::from_label(&event_target_value(&ev)) {
                        change(Change::Status(s));
                    }
                }>{status_options}</select>
            </p>
            <p class="guide-falt">
                <label for=id("anteckning")>"Anteckning"</label>
                <textarea id=id("anteckning") rows="2" maxlength=MAX_LONG_TEXT.to_string() prop:value=m.note.clone()
                    on:input=move |ev| change(Change::Note(event_target_value(&ev)))></textarea>
            </p>
            {remove}
        </fieldset>
    })
}

/// A month as `<input type="month">`; where the browser shows a text field
/// instead, any way the plan's reader understands ("2025-03", "mars 2025").
#[component]
fn MonthField(
    id: String,
    label: &'static str,
    month: Option<Month>,
    on_change: Callback<Option<Month>>,
) -> impl IntoView {
    let wrong = RwSignal::new(false);
    let hint = format!("{id}-fel");
    let described = hint.clone();
    let read = move |text: String, final_: bool| {
        let text = text.trim().to_string();
        let parsed = Month::parse(&text);
        // While typing, a month not yet whole is no error.
        if final_ || parsed.is_some() || text.is_empty() {
            wrong.set(!text.is_empty() && parsed.is_none());
        }
        on_change.run(parsed);
    };
    view! {
        <p class="guide-falt guide-manad">
            <label for=id.clone()>{label}" "<span class="frivilligt">"(månad)"</span></label>
            <input id=id type="month" min="2000-01" max="2099-12" placeholder="ÅÅÅÅ-MM"
                prop:value=month.map(|m| m.to_string()).unwrap_or_default()
                aria-invalid=move || wrong.get().then_some("true")
                aria-describedby=move || wrong.get().then(|| described.clone())
                on:input=move |ev| read(event_target_value(&ev), false)
                on:change=move |ev| read(event_target_value(&ev), true)/>
            {move || wrong.get().then(|| view! {
                <span class="guide-fel" id=hint.clone()>"Skriv månaden som år och månad, till exempel 2025-03."</span>
            })}
        </p>
    }
}
