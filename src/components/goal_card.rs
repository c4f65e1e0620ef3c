use leptos::either::Either;
use leptos::prelude::*;

use crate::components::link::AppLink;
use crate::components::status_badge::StatusBadge;
use crate::content::{Goal, StatusRule};
use crate::route::Route;
use crate::status::{goal_status, key_figure, CardFigure};

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
            {goal_figure(figure)}
            <p class="malkort-status">
                <StatusBadge status=status/>
                <span class="malkort-antal">{format!(" · {with_data} av {} indikatorer med siffror", goal.indicators.len())}</span>
            </p>
        </li>
    }
}

/// A goal's latest figure as its card shows it (and the plan's guide, for
/// the same goal): value, year and what it measures, or that there is none.
pub fn goal_figure(figure: Option<CardFigure>) -> impl IntoView {
    match figure {
        Some(f) => {
            let about = match f.series {
                Some(series) => format!("{} ({series})", f.indicator),
                None => f.indicator,
            };
            Either::Left(view! {
                <p class="malkort-siffra">
                    <strong class="malkort-varde">{f.value}</strong>
                    <span class="malkort-ar">{format!(" ({})", f.year)}</span>
                    " "
                    <span class="malkort-indikator">{about}</span>
                </p>
            })
        }
        None => Either::Right(view! { <p class="malkort-siffra">"Inga siffror att visa ännu"</p> }),
    }
}
