use leptos::prelude::*;

use crate::components::link::AppLink;
use crate::components::status_badge::StatusBadge;
use crate::content::{Goal, StatusRule};
use crate::route::Route;
use crate::status::{format_value, goal_status};

/// The latest figure of the goal's first indicator that has one:
/// ("74 %", "2022", indicator name).
pub fn key_figure(goal: &Goal) -> Option<(String, u16, String)> {
    goal.indicators.iter().find_map(|i| {
        i.latest()
            .map(|p| (format_value(p.value, i.unit), p.year, i.name.clone()))
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
                Some((value, year, name)) => view! {
                    <p class="malkort-siffra"><strong>{value}</strong>" år "{year}<span class="malkort-indikator">{name}</span></p>
                }.into_any(),
                None => view! { <p class="malkort-siffra">"Inga siffror att visa ännu"</p> }.into_any(),
            }}
            <p class="malkort-status">
                <StatusBadge status=status/>
                <span class="malkort-antal">{format!(" · {with_data} av {} indikatorer med siffror", goal.indicators.len())}</span>
            </p>
        </li>
    }
}
