//! One indicator: status, trend, a small SVG bar chart and the same numbers
//! in a real table (the chart's accessible alternative), with the source.

use leptos::prelude::*;

use crate::components::status_badge::StatusBadge;
use crate::content::{Indicator, StatusRule, Unit};
use crate::status::{format_value, status};

/// Largest gap, in years, that is shown as years with "uppgift saknas".
/// Longer gaps (e.g. 2011 → 2019) are not spelled out year by year.
const MAX_FILLED_GAP: u16 = 3;

/// The years the chart and table show: every year with a value in any
/// series, plus the missing years inside short gaps, so a visitor sees
/// that a year is missing rather than a line drawn across it.
pub fn display_years(indicator: &Indicator) -> Vec<u16> {
    let years = indicator.years();
    let mut out: Vec<u16> = Vec::new();
    for y in years {
        if let Some(&last) = out.last() {
            if y - last > 1 && y - last <= MAX_FILLED_GAP {
                out.extend(last + 1..y);
            }
        }
        out.push(y);
    }
    out
}

/// Top of the value axis.
fn axis_max(indicator: &Indicator) -> f64 {
    match indicator.unit {
        Unit::Percent => 100.0,
        Unit::Scale10 => 10.0,
        Unit::Count => {
            let max = indicator
                .series
                .iter()
                .flat_map(|s| s.points.iter().map(|p| p.value))
                .fold(0.0, f64::max);
            let step = 10f64.powf(max.max(1.0).log10().floor());
            ((max * 1.15) / step).ceil() * step
        }
    }
}

const W: f64 = 480.0;
const H: f64 = 220.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 22.0;
const BOTTOM: f64 = 28.0;

#[component]
fn BarChart(indicator: Indicator, years: Vec<u16>) -> impl IntoView {
    let max = axis_max(&indicator);
    let unit = indicator.unit;
    let plot_h = H - TOP - BOTTOM;
    let plot_w = W - LEFT - RIGHT;
    let n_series = indicator.series.len().max(1) as f64;
    let group_w = plot_w / years.len().max(1) as f64;
    let bar_w = (group_w * 0.78 / n_series).min(56.0);
    let y_of = move |v: f64| TOP + plot_h - (v / max) * plot_h;

    let ticks: Vec<f64> = (0..=4).map(|i| max * i as f64 / 4.0).collect();
    let grid = ticks
        .into_iter()
        .map(|t| {
            let y = y_of(t);
            view! {
                <line class="rutnat" x1=LEFT x2=W - RIGHT y1=y y2=y/>
                <text class="axel-text" x=LEFT - 6.0 y=y + 4.0 text-anchor="end">{format_value(t, Unit::Count)}</text>
            }
        })
        .collect_view();

    let bars = years
        .iter()
        .enumerate()
        .map(|(yi, &year)| {
            let group_x = LEFT + yi as f64 * group_w + (group_w - bar_w * n_series) / 2.0;
            let marks = indicator
                .series
                .iter()
                .enumerate()
                .map(|(si, s)| {
                    let x = group_x + si as f64 * bar_w;
                    match s.value_for(year) {
                        Some(v) => {
                            let y = y_of(v);
                            view! {
                                <rect class=format!("stapel serie-{si}") x=x + 1.0 y=y width=(bar_w - 2.0).max(1.0) height=(TOP + plot_h - y).max(0.0)/>
                                <text class="varde-text" x=x + bar_w / 2.0 y=y - 5.0 text-anchor="middle">{format_value(v, unit).replace(" %", "")}</text>
                            }
                            .into_any()
                        }
                        None => view! {
                            <text class="saknas-text" x=x + bar_w / 2.0 y=TOP + plot_h - 5.0 text-anchor="middle">"–"</text>
                        }
                        .into_any(),
                    }
                })
                .collect_view();
            view! {
                {marks}
                <text class="axel-text" x=LEFT + (yi as f64 + 0.5) * group_w y=H - 8.0 text-anchor="middle">{year}</text>
            }
        })
        .collect_view();

    let label = format!(
        "Stapeldiagram: {}. Samma siffror finns i tabellen.",
        indicator.name
    );
    view! {
        <svg class="diagram" viewBox=format!("0 0 {W} {H}") role="img" aria-label=label preserveAspectRatio="xMidYMid meet">
            {grid}
            <line class="axel" x1=LEFT x2=W - RIGHT y1=TOP + plot_h y2=TOP + plot_h/>
            {bars}
            <text class="axel-enhet" x=LEFT - 6.0 y=12.0 text-anchor="end">{if unit == Unit::Percent { "%" } else { "" }}</text>
        </svg>
    }
}

#[component]
fn ValueTable(indicator: Indicator, years: Vec<u16>) -> impl IntoView {
    let unit = indicator.unit;
    let head = indicator
        .series
        .iter()
        .map(|s| view! { <th scope="col">{s.name.clone()}</th> })
        .collect_view();
    let rows = years
        .iter()
        .map(|&year| {
            let cells = indicator
                .series
                .iter()
                .map(|s| match s.value_for(year) {
                    Some(v) => view! { <td data-varde=v.to_string()>{format_value(v, unit)}</td> }
                        .into_any(),
                    None => view! { <td class="saknas">"uppgift saknas"</td> }.into_any(),
                })
                .collect_view();
            view! { <tr><th scope="row">{year}</th>{cells}</tr> }
        })
        .collect_view();
    // The wrapper scrolls sideways on narrow screens, so it must be reachable
    // and named for keyboard and screen reader users.
    let region_label = format!("Tabell: {}", indicator.name);
    view! {
        <div class="tabell-ram" role="region" aria-label=region_label tabindex="0">
            <table class="vardetabell">
                <caption>{format!("{} ({}), per år", indicator.name, unit.label())}</caption>
                <thead><tr><th scope="col">"År"</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Anchor id of an indicator on its goal view.
pub fn indicator_anchor(goal: u8, id: &str) -> String {
    format!("mal-{goal}-{id}")
}

#[component]
pub fn IndicatorView(goal: u8, indicator: Indicator, rule: StatusRule) -> impl IntoView {
    let anchor = indicator_anchor(goal, &indicator.id);
    let heading_id = format!("{anchor}-rubrik");
    let labelled_by = heading_id.clone();
    let st = status(&indicator, &rule);
    let years = display_years(&indicator);
    let latest_year = years.last().copied();
    let has_data = !indicator.series.is_empty();
    let legend = (indicator.series.len() > 1).then(|| {
        let items = indicator
            .series
            .iter()
            .enumerate()
            .map(|(i, s)| view! { <li><span class=format!("nyckel serie-{i}") aria-hidden="true"></span>{s.name.clone()}</li> })
            .collect_view();
        view! { <ul class="teckenforklaring" aria-label="Serier i diagrammet">{items}</ul> }
    });
    let source = indicator.source.clone();
    let comment = (!indicator.comment.is_empty())
        .then(|| view! { <p class="kommentar">{indicator.comment.clone()}</p> });
    let missing = (!indicator.missing.is_empty())
        .then(|| view! { <p class="saknas-text-block">{indicator.missing.clone()}</p> });
    let caption = match latest_year {
        Some(y) => format!(
            "{}. Enhet: {}. Senaste år: {y}.",
            indicator.name,
            indicator.unit.label()
        ),
        None => indicator.name.clone(),
    };
    let figure = has_data.then(|| {
        view! {
            <figure class="indikator-figur">
                <figcaption>{caption}</figcaption>
                <BarChart indicator=indicator.clone() years=years.clone()/>
                {legend}
                <ValueTable indicator=indicator.clone() years=years.clone()/>
            </figure>
        }
    });
    view! {
        <section class="indikator" id=anchor aria-labelledby=labelled_by>
            <h3 id=heading_id tabindex="-1">{indicator.name.clone()}</h3>
            <p class="indikator-status"><StatusBadge status=st/>" "<span class="trend">{indicator.trend.clone()}</span></p>
            {missing}
            {figure}
            {comment}
            <p class="kalla">"Källa: "<a href=source.url.clone()>{source.title.clone()}</a></p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Direction, Link, Point, Series};

    fn ind(points: &[&[u16]]) -> Indicator {
        Indicator {
            id: "x".into(),
            name: "x".into(),
            unit: Unit::Percent,
            better: Direction::Up,
            trend: "t".into(),
            missing: String::new(),
            comment: String::new(),
            series: points
                .iter()
                .map(|ys| Series {
                    name: "s".into(),
                    points: ys.iter().map(|&year| Point { year, value: 1.0 }).collect(),
                    comparison: false,
                    break_before: None,
                })
                .collect(),
            source: Link {
                title: "k".into(),
                url: "https://k.se".into(),
            },
        }
    }

    #[test]
    fn short_gaps_show_as_missing_years_long_gaps_do_not() {
        assert_eq!(
            display_years(&ind(&[&[2019, 2022, 2023]])),
            [2019, 2020, 2021, 2022, 2023]
        );
        assert_eq!(
            display_years(&ind(&[&[2011, 2019, 2020]])),
            [2011, 2019, 2020]
        );
        assert_eq!(
            display_years(&ind(&[&[2021], &[2019, 2021]])),
            [2019, 2020, 2021]
        );
    }
}
