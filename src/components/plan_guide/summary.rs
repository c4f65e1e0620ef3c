//! Step 4 and the printed plan: the measures goal by goal in a table, how
//! many have each status, what is left, and the ways to keep and share the
//! plan (link, files, print).

use leptos::either::Either;
use leptos::prelude::*;

use super::measures::measure_title;
use super::state::measures_text;
use super::{copy_link, remount, step_section, Guide, GuideContent};
use crate::plan::{lower, to_csv, to_json, FollowUp, Measure, Plan, Status};

/// Step 4. Nothing in it changes the plan, so it is drawn from the plan as
/// it is when the step is entered (or a plan is read in).
pub fn follow_up_step() -> impl IntoView {
    let guide = expect_context::<Guide>();
    let content = guide.content.clone();
    let plan = guide.state.draft.with_untracked(|d| d.plan.clone());
    let counts = plan
        .status_counts()
        .into_iter()
        .map(|(s, n)| view! { <li><span class="guide-antal-siffra">{n}</span>" "{lower(s.label())}</li> })
        .collect_view();
    let left: Vec<String> = plan
        .measures
        .iter()
        .filter(|m| matches!(m.status, Status::Planned | Status::Paused))
        .map(|m| {
            format!(
                "{} ({})",
                measure_title(m, &content.bundle),
                lower(m.status.label())
            )
        })
        .collect();
    let summary = match left.len() {
        0 if plan.measures.is_empty() => {
            "Planen har inga åtgärder ännu. Välj åtgärder i steg 3.".to_string()
        }
        0 => "Inget är kvar att göra: alla åtgärder pågår eller är genomförda.".to_string(),
        1 => "Kvar att göra: 1 åtgärd som är planerad eller pausad.".to_string(),
        n => format!("Kvar att göra: {n} åtgärder som är planerade eller pausade."),
    };
    let left = left
        .into_iter()
        .map(|t| view! { <li>{t}</li> })
        .collect_view();
    step_section(
        4,
        view! {
            <p>"Skriv in åtgärderna i de dokument som styr er verksamhet, som budget, verksamhetsplan och andra handlingsplaner. Då blir de en del av det vanliga arbetet. Följ upp åtgärderna minst en gång om året: ändra status i steg 3, och använd det ni ser när ni väljer åtgärder för nästa år."</p>
            <h4>"Läget i planen"</h4>
            <p>{measures_text(plan.measures.len())}":"</p>
            <ul class="guide-antal">{counts}</ul>
            <p>{summary}</p>
            <ul class="guide-kvar">{left}</ul>
            <h4>"Åtgärder per mål"</h4>
            {measures_table(&plan, &content)}
            <h4>"Spara, dela och skriv ut"</h4>
            {exports()}
        },
    )
}

/// The ways to keep the plan. (A Word file is on its way; its button goes
/// in this list, after the CSV.)
fn exports() -> impl IntoView {
    let guide = expect_context::<Guide>();
    let (state, edges) = (guide.state, guide.edges);
    let content = guide.content.clone();
    let save = move |csv: bool| {
        let (name, text) = state.draft.with_untracked(|d| {
            let org = &d.plan.organisation.name;
            if csv {
                (
                    file_name(org, &content.today, "csv"),
                    to_csv(&d.plan, &content.bundle),
                )
            } else {
                (file_name(org, &content.today, "json"), to_json(&d.plan))
            }
        });
        let mime = if csv {
            "text/csv;charset=utf-8"
        } else {
            "application/json"
        };
        state.announce(format!(
            "Planen sparas som {name}. Filen hamnar där webbläsaren sparar hämtade filer."
        ));
        edges.download.run((name, mime, text));
    };
    let save_json = save.clone();
    view! {
        <ul class="guide-export">
            <li>
                {copy_link("guide-lank-steg4")}
            </li>
            <li>
                <button type="button" class="knapp knapp-sekundar" on:click=move |_| save_json(false)>"Spara som fil"</button>
                <span class="hjalptext">" En JSON-fil som ni kan öppna här igen med "<q>"Öppna en plan"</q>" högst upp i guiden."</span>
            </li>
            <li>
                <button type="button" class="knapp knapp-sekundar" on:click=move |_| save(true)>"Exportera till Excel (CSV)"</button>
                <span class="hjalptext">" En tabell med hela planen, som också går att öppna här igen."</span>
            </li>
            <li>
                <button type="button" class="knapp knapp-sekundar" on:click=move |_| edges.print.run(())>"Skriv ut / spara som PDF"</button>
                <span class="hjalptext">" Välj "<q>"Spara som PDF"</q>" i utskriftsrutan för att få en PDF-fil."</span>
            </li>
        </ul>
    }
}

/// "handlingsplan-nacka-kommun-2026-12-01.json": the organisation's name
/// in plain letters (å, ä → a, ö → o), then the date.
pub fn file_name(organisation: &str, today: &str, extension: &str) -> String {
    let mut slug = String::new();
    for c in lower(organisation).chars() {
        let c = match c {
            'å' | 'ä' | 'à' | 'á' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' => 'e',
            'ü' => 'u',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if c != '-' || !(slug.is_empty() || slug.ends_with('-')) {
            slug.push(c);
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("handlingsplan-{today}.{extension}")
    } else {
        format!("handlingsplan-{slug}-{today}.{extension}")
    }
}

/// The measures goal by goal (prioritised goals first), with who is
/// responsible, when, how they are followed up and their status.
fn measures_table(plan: &Plan, content: &GuideContent) -> impl IntoView + use<> {
    let groups = plan.groups(&content.bundle);
    if plan.measures.is_empty() {
        return Either::Left(view! { <p class="tomt">"Planen har inga åtgärder ännu."</p> });
    }
    let bodies = groups
        .into_iter()
        .filter(|g| !g.measures.is_empty())
        .map(|g| {
            let heading = match g.goal {
                Some(n) if g.prioritised => format!("{} (prioriterat)", content.goal_title(n)),
                Some(n) => content.goal_title(n),
                None => "Förslag som inte längre finns i strategin".to_string(),
            };
            let rows = g
                .measures
                .iter()
                .map(|(_, m)| measure_row(m, content))
                .collect_view();
            view! {
                <tbody>
                    <tr class="guide-tabell-mal"><th scope="rowgroup" colspan="5">{heading}</th></tr>
                    {rows}
                </tbody>
            }
        })
        .collect_view();
    Either::Right(view! {
        <div class="tabell-ram" role="region" aria-label="Åtgärder per mål" tabindex="0">
            <table class="guide-tabell">
                <caption>"Åtgärder i planen per mål"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Åtgärd"</th>
                        <th scope="col">"Ansvarig"</th>
                        <th scope="col">"Period"</th>
                        <th scope="col">"Uppföljning"</th>
                        <th scope="col">"Status"</th>
                    </tr>
                </thead>
                {bodies}
            </table>
        </div>
    })
}

fn measure_row(m: &Measure, content: &GuideContent) -> impl IntoView {
    let period = match (m.start, m.end) {
        (Some(s), Some(e)) => format!("{s} – {e}"),
        (Some(s), None) => format!("från {s}"),
        (None, Some(e)) => format!("till {e}"),
        (None, None) => String::new(),
    };
    let follow_up = match &m.follow_up {
        FollowUp::None => String::new(),
        FollowUp::Indicator(r) => match r.indicator(&content.bundle) {
            Some((_, i)) => format!("Indikator: {}", i.name),
            None => "En indikator som inte finns i strategin".to_string(),
        },
        FollowUp::Own(text) => text.clone(),
    };
    view! {
        <tr>
            <th scope="row">{measure_title(m, &content.bundle)}</th>
            <td>{m.responsible.clone()}</td>
            <td class="guide-period-cell">{period}</td>
            <td>{follow_up}</td>
            <td>{m.status.label()}</td>
        </tr>
    }
}

/// The plan as it prints: who it is for and when it was printed, the
/// prioritised goals with their starting point, and the measures. Shown on
/// paper only, and only when there is a plan (otherwise the page prints its
/// checklist).
pub fn printed_plan() -> impl IntoView {
    let guide = expect_context::<Guide>();
    let content = guide.content.clone();
    let draft = guide.state.draft;
    // Drawn afresh on every change (only while there is a plan).
    let revision = Memo::new(move |previous: Option<&u32>| {
        draft.track();
        previous.map_or(0, |p| p.wrapping_add(1))
    });
    let shown = move || draft.with(|d| !d.plan.is_empty()).then(|| revision.get());
    view! {
        <div class="plan-utskrift">
            {remount(shown, move |_| draft.with_untracked(|d| printed(&d.plan, &content)))}
        </div>
    }
}

fn printed(plan: &Plan, content: &GuideContent) -> impl IntoView + use<> {
    let org = &plan.organisation;
    let title = if org.name.is_empty() {
        "Handlingsplan".to_string()
    } else {
        format!("Handlingsplan för {}", org.name)
    };
    let mut about: Vec<String> = Vec::new();
    if let Some(name) = content.actor_name(&org.actor) {
        about.push(format!("Aktörstyp: {name}."));
    }
    if !org.unit.is_empty() {
        about.push(format!("Enhet eller kommun: {}.", org.unit));
    }
    about.push(format!("Utskriven {}.", content.today));
    let prioritised: Vec<(String, String)> = (1..=8u8)
        .filter_map(|n| {
            let g = plan.goal(n)?;
            g.prioritised
                .then(|| (content.goal_title(n), g.note.clone()))
        })
        .collect();
    let goals = if prioritised.is_empty() {
        Either::Left(view! { <p>"Inga mål är markerade som prioriterade."</p> })
    } else {
        Either::Right(view! {
            <ul>
                {prioritised.into_iter().map(|(title, note)| view! {
                    <li><strong>{title}</strong>{(!note.is_empty()).then(|| view! { <br/>"Utgångsläge och behov: "{note}})}</li>
                }).collect_view()}
            </ul>
        })
    };
    view! {
        <h2>{title}</h2>
        <p>{about.join(" ")}</p>
        <h3>"Prioriterade mål"</h3>
        {goals}
        <h3>"Åtgärder"</h3>
        {measures_table(plan, content)}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_to_plain_letters() {
        assert_eq!(
            file_name("Nacka kommun, Socialtjänsten", "2026-12-01", "json"),
            "handlingsplan-nacka-kommun-socialtjansten-2026-12-01.json"
        );
        assert_eq!(
            file_name("  ", "2026-12-01", "csv"),
            "handlingsplan-2026-12-01.csv"
        );
        assert_eq!(file_name("Ö/Å", "d", "csv"), "handlingsplan-o-a-d.csv");
        assert!(file_name(&"x".repeat(500), "d", "csv").len() < 70);
    }
}
