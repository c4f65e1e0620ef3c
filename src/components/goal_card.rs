use leptos::prelude::*;

use crate::components::link::AppLink;
use crate::components::status_badge::StatusBadge;
use crate::content::{Goal, StatusRule};
use crate::route::Route;
use crate::status::{format_with_unit, goal_status};

/// The figure a goal card shows: the latest value of the main (never a
/// comparison) series of the goal's first indicator that has one.
#[derive(Debug, Clone, PartialEq)]
pub struct CardFigure {
    /// The value with its unit: "74 %", "5,8 av 10", "119".
    pub value: String,
    pub year: u16,
    pub indicator: String,
    /// The series' name when the indicator has several, so that e.g. the
    /// figure for women is not read as the figure for everyone.
    pub series: Option<String>,
}

pub fn key_figure(goal: &Goal) -> Option<CardFigure> {
    goal.indicators.iter().find_map(|i| {
        let main = i.main_series()?;
        let p = main.points.last()?;
        Some(CardFigure {
            value: format_with_unit(p.value, i.unit),
            year: p.year,
            indicator: i.name.clone(),
            series: (i.series.len() > 1).then(|| main.name.clone()),
        })
    })
}

/// One goal as a card. The heading's link covers the whole card (CSS), so
/// the card is one link and one tab stop named "Mål N: name".
#[component]
pub fn GoalCard(goal: Goal, rule: StatusRule) -> impl IntoView {
    let status = goal_status(&goal.indicators, &rule);
    let figure = key_figure(&goal);
    let with_data = goal
        .indicators
        .iter()
        .filter(|i| !i.series.is_empty())
        .count();
    view! {
        <li class="malkort" data-mal=goal.number>
            <p class="malkort-nummer" aria-hidden="true">{goal.number}</p>
            <h2 class="malkort-rubrik">
                <AppLink to=Route::Goal(goal.number) class="malkort-lank">
                    {format!("Mål {}: {}", goal.number, goal.short_name)}
                </AppLink>
            </h2>
            <p class="malkort-text">{goal.statement.clone()}</p>
            {match figure {
                Some(f) => {
                    let about = match f.series {
                        Some(series) => format!("{} ({series})", f.indicator),
                        None => f.indicator,
                    };
                    view! {
                        <p class="malkort-siffra">
                            <strong class="malkort-varde">{f.value}</strong>
                            <span class="malkort-ar">{format!(" ({})", f.year)}</span>
                            " "
                            <span class="malkort-indikator">{about}</span>
                        </p>
                    }.into_any()
                }
                None => view! { <p class="malkort-siffra">"Inga siffror att visa ännu"</p> }.into_any(),
            }}
            <p class="malkort-status">
                <StatusBadge status=status/>
                <span class="malkort-antal">{format!(" · {with_data} av {} indikatorer med siffror", goal.indicators.len())}</span>
            </p>
        </li>
    }
}
