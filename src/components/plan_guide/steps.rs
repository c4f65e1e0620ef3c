//! Steps 1 and 2: who the plan is for, and how it goes for each goal.
//!
//! Fields are drawn with the plan's values when a step is drawn and write
//! every change back; they are not redrawn while the visitor types (a plan
//! read in draws the step afresh).

use leptos::prelude::*;

use super::{Guide, StepSection};
use crate::components::goal_card::GoalFigure;
use crate::components::status_badge::StatusBadge;
use crate::plan::{MAX_LONG_TEXT, MAX_SHORT_TEXT};
use crate::status::Status;

/// Step 1: the organisation's name, actor type and unit.
#[component]
pub fn OrganisationStep() -> impl IntoView {
    let guide = expect_context::<Guide>();
    let draft = guide.state.draft;
    let org = draft.with_untracked(|d| d.plan.organisation.clone());
    let radios = guide
        .content
        .actors
        .iter()
        .map(|a| {
            let id = a.id.clone();
            let checked = org.actor == a.id;
            let input_id = format!("guide-aktor-{id}");
            view! {
                <li>
                    <input type="radio" name="guide-aktor" id=input_id.clone() value=id.clone() checked=checked
                        on:change=move |_| draft.update(|d| d.plan.set_actor(&id))/>
                    <label for=input_id>{a.name.clone()}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <StepSection n=1>
            <p>"Berätta vem planen gäller. Allt här är frivilligt, men aktörstypen bestämmer vilka förslag ni ser i steg 3."</p>
            <p class="guide-falt">
                <label for="guide-namn">"Organisationens namn "<span class="frivilligt">"(frivilligt)"</span></label>
                <input id="guide-namn" type="text" autocomplete="organization" maxlength=MAX_SHORT_TEXT.to_string()
                    prop:value=org.name
                    on:input=move |ev| draft.update(|d| d.plan.set_name(&event_target_value(&ev)))/>
            </p>
            <fieldset class="guide-falt guide-val">
                <legend>"Vilken sorts organisation är ni?"</legend>
                <ul>{radios}</ul>
            </fieldset>
            <p class="guide-falt">
                <label for="guide-enhet">"Enhet eller kommun "<span class="frivilligt">"(frivilligt)"</span></label>
                <span class="hjalptext" id="guide-enhet-hjalp">"Till exempel Socialtjänsten i Nacka eller Region Stockholms hälso- och sjukvård."</span>
                <input id="guide-enhet" type="text" maxlength=MAX_SHORT_TEXT.to_string() aria-describedby="guide-enhet-hjalp"
                    prop:value=org.unit
                    on:input=move |ev| draft.update(|d| d.plan.set_unit(&event_target_value(&ev)))/>
            </p>
        </StepSection>
    }
}

/// Step 2: each goal's status and latest figure (as its card shows them),
/// whether the organisation prioritises it, and its starting point and need.
#[component]
pub fn AnalyseStep() -> impl IntoView {
    let guide = expect_context::<Guide>();
    let draft = guide.state.draft;
    let goals = guide
        .content
        .goals
        .iter()
        .map(|g| {
            let n = g.number;
            let (prioritised, note) = draft.with_untracked(|d| {
                d.plan
                    .goal(n)
                    .map(|p| (p.prioritised, p.note.clone()))
                    .unwrap_or_default()
            });
            let status = Status::from_class(&g.status).unwrap_or(Status::NoNewData);
            let title = guide.content.goal_title(n);
            view! {
                <section class="guide-mal" data-mal=n aria-labelledby=format!("guide-analys-{n}")>
                    <h4 id=format!("guide-analys-{n}")>{title}</h4>
                    <p class="guide-lage">"Så går det i länet: "<StatusBadge status=status/></p>
                    <GoalFigure figure=g.figure.clone()/>
                    <p class="guide-kryss">
                        <input type="checkbox" id=format!("guide-prio-{n}") prop:checked=prioritised
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                draft.update(|d| { d.plan.set_prioritised(n, on); });
                            }/>
                        <label for=format!("guide-prio-{n}")>"Prioriterat"<span class="osynlig">{format!(" mål {n}")}</span></label>
                    </p>
                    <p class="guide-falt">
                        <label for=format!("guide-lage-{n}")>"Utgångsläge och behov"<span class="osynlig">{format!(" för mål {n}")}</span></label>
                        <span class="hjalptext" id=format!("guide-lage-{n}-hjalp")>"Vad gör ni redan? Vad ser ni hos er? Vad saknas?"</span>
                        <textarea id=format!("guide-lage-{n}") rows="3" maxlength=MAX_LONG_TEXT.to_string()
                            aria-describedby=format!("guide-lage-{n}-hjalp")
                            prop:value=note
                            on:input=move |ev| draft.update(|d| { d.plan.set_goal_note(n, &event_target_value(&ev)); })></textarea>
                    </p>
                </section>
            }
        })
        .collect_view();
    view! {
        <StepSection n=2>
            <p>"Här ser ni hur det går för strategins mål i länet, med samma bedömning och senaste siffra som på målsidorna. Jämför med hur det ser ut hos er. Kryssa i de mål ni vill prioritera och skriv kort om ert utgångsläge och behov. Prioriterade mål kommer först i steg 3."</p>
            {goals}
        </StepSection>
    }
}
