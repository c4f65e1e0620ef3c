//! Steps 1 and 2: who the plan is for, and how it goes for each goal.

use leptos::prelude::*;

use super::fields::{text_field, Text};
use super::{step_section, Guide};
use crate::components::goal_card::goal_figure;
use crate::components::status_badge::StatusBadge;
use crate::status::Status;

/// Step 1: the organisation's name, actor type and unit.
pub fn organisation_step() -> impl IntoView {
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
    let name = Text {
        optional: true,
        autocomplete: Some("organization"),
        ..Text::new("guide-namn".into(), "Organisationens namn", org.name)
    };
    let unit = Text {
        optional: true,
        help: Some(
            "Till exempel Socialtjänsten i Nacka eller Region Stockholms hälso- och sjukvård.",
        ),
        ..Text::new("guide-enhet".into(), "Enhet eller kommun", org.unit)
    };
    step_section(
        1,
        view! {
            <p>"Berätta vem planen gäller. Allt här är frivilligt, men aktörstypen bestämmer vilka förslag ni ser i steg 3."</p>
            {text_field(name, Callback::new(move |t: String| draft.update(|d| d.plan.set_name(&t))))}
            <fieldset class="guide-falt guide-val">
                <legend>"Vilken sorts organisation är ni?"</legend>
                <ul>{radios}</ul>
            </fieldset>
            {text_field(unit, Callback::new(move |t: String| draft.update(|d| d.plan.set_unit(&t))))}
        },
    )
}

/// Step 2: each goal's status and latest figure (as its card shows them),
/// whether the organisation prioritises it, and its starting point and need.
pub fn analyse_step() -> impl IntoView {
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
            let need = Text {
                label_more: format!("för mål {n}"),
                help: Some("Vad gör ni redan? Vad ser ni hos er? Vad saknas?"),
                long: true,
                ..Text::new(format!("guide-lage-{n}"), "Utgångsläge och behov", note)
            };
            let on_need = Callback::new(move |t: String| {
                draft.update(|d| {
                    d.plan.set_goal_note(n, &t);
                })
            });
            view! {
                <section class="guide-mal" data-mal=n aria-labelledby=format!("guide-analys-{n}")>
                    <h4 id=format!("guide-analys-{n}")>{guide.content.goal_title(n)}</h4>
                    <p class="guide-lage">"Så går det i länet: "<StatusBadge status=status/></p>
                    {goal_figure(g.figure.clone())}
                    <p class="guide-kryss">
                        <input type="checkbox" id=format!("guide-prio-{n}") prop:checked=prioritised
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                draft.update(|d| {
                                    d.plan.set_prioritised(n, on);
                                });
                            }/>
                        <label for=format!("guide-prio-{n}")>"Prioriterat"<span class="osynlig">{format!(" mål {n}")}</span></label>
                    </p>
                    {text_field(need, on_need)}
                </section>
            }
        })
        .collect_view();
    step_section(
        2,
        view! {
            <p>"Så här går det för strategins mål i länet, med samma bedömning och senaste siffra som på målsidorna. Jämför med hur det ser ut hos er. Kryssa i de mål ni vill prioritera och skriv kort om ert utgångsläge och behov. Prioriterade mål kommer först i steg 3."</p>
            {goals}
        },
    )
}
