//! One indicator: status, trend, a small SVG bar chart and the same numbers
//! in a real table (the chart's accessible alternative), with the source.

use leptos::prelude::*;

use crate::components::status_badge::StatusBadge;
use crate::content::{Indicator, Series, StatusRule, Unit};
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

/// One place on the chart's time axis, and one stretch of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Year(u16),
    /// Years without figures that are not spelled out one by one (a long
    /// gap): drawn as a break in the axis so the years either side never
    /// look like neighbours.
    Gap {
        first: u16,
        last: u16,
    },
}

impl Slot {
    /// Width on the axis, in year slots: a gap is wider than one year so it
    /// reads as a stretch of time, but not so wide that the bars get thin.
    fn weight(self) -> f64 {
        match self {
            Slot::Year(_) => 1.0,
            Slot::Gap { .. } => 1.5,
        }
    }
}

/// The display years with every long gap between them made explicit.
pub fn time_slots(indicator: &Indicator) -> Vec<Slot> {
    let mut out: Vec<Slot> = Vec::new();
    for year in display_years(indicator) {
        if let Some(&Slot::Year(prev)) = out.last() {
            if year - prev > 1 {
                out.push(Slot::Gap {
                    first: prev + 1,
                    last: year - 1,
                });
            }
        }
        out.push(Slot::Year(year));
    }
    out
}

/// "2012–2018", or one year on its own.
fn span_text(first: u16, last: u16) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}

/// A change in how a series is measured that the chart and table show:
/// from `year` on, the series in `series` (indices) use a new version of
/// the measure, so no trend is read across it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesBreak {
    pub year: u16,
    pub series: Vec<usize>,
}

/// The breaks that fall inside the figures shown: only where a series has
/// values both before and from the break year.
pub fn series_breaks(indicator: &Indicator) -> Vec<SeriesBreak> {
    let mut out: Vec<SeriesBreak> = Vec::new();
    for (i, s) in indicator.series.iter().enumerate() {
        let Some(year) = s.break_before else { continue };
        let before = s.points.iter().any(|p| p.year < year);
        let after = s.points.iter().any(|p| p.year >= year);
        if !(before && after) {
            continue;
        }
        match out.iter_mut().find(|b| b.year == year) {
            Some(b) => b.series.push(i),
            None => out.push(SeriesBreak {
                year,
                series: vec![i],
            }),
        }
    }
    out.sort_by_key(|b| b.year);
    out
}

/// What a break means, in the table: names the series when it does not
/// apply to all of them.
fn break_text(indicator: &Indicator, b: &SeriesBreak) -> String {
    let mut text = format!(
        "Ny version av måttet från {}: värdena före och efter går inte att jämföra",
        b.year
    );
    if b.series.len() < indicator.series.len() {
        let names: Vec<&str> = b
            .series
            .iter()
            .map(|&i| indicator.series[i].name.as_str())
            .collect();
        text.push_str(&format!(" (gäller {})", names.join(", ")));
    }
    text.push('.');
    text
}

/// A series' name as the legend and the table header show it.
fn series_label(s: &Series) -> String {
    if s.comparison {
        format!("{} (jämförelse)", s.name)
    } else {
        s.name.clone()
    }
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

/// The value axis' title, above the chart.
fn axis_title(unit: Unit) -> &'static str {
    match unit {
        Unit::Percent => "Procent",
        Unit::Scale10 => "Medelvärde, skala 0–10",
        Unit::Count => "Antal",
    }
}

/// A value as written on its bar: a share keeps its "%" (with a narrow
/// no-break space, so it fits the bar and never wraps).
fn bar_label(value: f64, unit: Unit) -> String {
    match unit {
        Unit::Percent => format!("{}\u{202f}%", format_value(value, Unit::Count)),
        Unit::Scale10 | Unit::Count => format_value(value, unit),
    }
}

/// A coordinate rounded to what a screen can show, so the markup stays short.
fn r(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

const W: f64 = 480.0;
const H: f64 = 220.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 8.0;
/// Room above the plot for the axis title (and the tallest bar's label).
const TOP: f64 = 34.0;
/// Extra room above the plot for each break label.
const BREAK_ROW: f64 = 20.0;
const BOTTOM: f64 = 28.0;

#[component]
fn BarChart(indicator: Indicator, slots: Vec<Slot>, breaks: Vec<SeriesBreak>) -> impl IntoView {
    let max = axis_max(&indicator);
    let unit = indicator.unit;
    let extra = BREAK_ROW * breaks.len() as f64;
    let height = H + extra;
    let top = TOP + extra;
    let plot_h = H - TOP - BOTTOM;
    let base = top + plot_h;
    let plot_w = W - LEFT - RIGHT;
    let n_series = indicator.series.len().max(1) as f64;
    let step = plot_w / slots.iter().map(|s| s.weight()).sum::<f64>().max(1.0);
    let bar_w = (step * 0.86 / n_series).min(56.0);
    let y_of = move |v: f64| top + plot_h - (v / max) * plot_h;

    // Left edge of each slot, and the right edge of the last.
    let mut edges = vec![LEFT];
    for s in &slots {
        edges.push(edges.last().copied().unwrap_or(LEFT) + s.weight() * step);
    }

    let ticks: Vec<f64> = (0..=4).map(|i| max * i as f64 / 4.0).collect();
    let grid = ticks
        .into_iter()
        .map(|t| {
            let y = y_of(t);
            view! {
                <line class="rutnat" x1=LEFT x2=W - RIGHT y1=r(y) y2=r(y)/>
                <text class="axel-text" x=LEFT - 6.0 y=r(y + 4.0) text-anchor="end">{format_value(t, Unit::Count)}</text>
            }
        })
        .collect_view();

    // The time axis, cut where a long gap is, with the usual "//" marks.
    let mut axis_from = LEFT;
    let mut axis = Vec::new();
    let mut cut_marks = Vec::new();
    for (i, s) in slots.iter().enumerate() {
        if let Slot::Gap { .. } = s {
            let inset = (edges[i + 1] - edges[i]) * 0.3;
            let (a, b) = (edges[i] + inset, edges[i + 1] - inset);
            axis.push((axis_from, a));
            cut_marks.extend([a, b]);
            axis_from = b;
        }
    }
    axis.push((axis_from, W - RIGHT));
    let axis = axis
        .into_iter()
        .map(|(x1, x2)| view! { <line class="axel" x1=r(x1) x2=r(x2) y1=base y2=base/> })
        .collect_view();
    let cut_marks = cut_marks
        .into_iter()
        .map(|x| view! { <line class="axel" x1=r(x - 4.0) x2=r(x + 4.0) y1=base + 7.0 y2=base - 7.0/> })
        .collect_view();

    let columns = slots
        .iter()
        .enumerate()
        .map(|(i, &slot)| {
            let center = (edges[i] + edges[i + 1]) / 2.0;
            match slot {
                Slot::Gap { first, last } => view! {
                    <text class="lucka-text" x=r(center) y=top + plot_h / 2.0 - 4.0 text-anchor="middle">"inga"</text>
                    <text class="lucka-text" x=r(center) y=top + plot_h / 2.0 + 12.0 text-anchor="middle">"siffror"</text>
                    <text class="axel-text lucka-ar" x=r(center) y=height - 8.0 text-anchor="middle">{span_text(first, last)}</text>
                }
                .into_any(),
                Slot::Year(year) => {
                    let group_x = center - bar_w * n_series / 2.0;
                    let marks = indicator
                        .series
                        .iter()
                        .enumerate()
                        .map(|(si, s)| {
                            let x = group_x + si as f64 * bar_w;
                            match s.value_for(year) {
                                Some(v) => {
                                    let y = y_of(v);
                                    let class = format!(
                                        "stapel serie-{}{}",
                                        si % 6,
                                        if s.comparison { " jamforelse" } else { "" }
                                    );
                                    view! {
                                        <rect class=class x=r(x + 1.0) y=r(y) width=r((bar_w - 2.0).max(1.0)) height=r((base - y).max(0.0))/>
                                        <text class="varde-text" x=r(x + bar_w / 2.0) y=r(y - 5.0) text-anchor="middle">{bar_label(v, unit)}</text>
                                    }
                                    .into_any()
                                }
                                None => view! {
                                    <text class="saknas-text" x=r(x + bar_w / 2.0) y=base - 5.0 text-anchor="middle">"–"</text>
                                }
                                .into_any(),
                            }
                        })
                        .collect_view();
                    view! {
                        {marks}
                        <text class="axel-text" x=r(center) y=height - 8.0 text-anchor="middle">{year}</text>
                    }
                    .into_any()
                }
            }
        })
        .collect_view();

    // A dashed line where the measure changes, labelled in words.
    let break_marks = breaks
        .iter()
        .enumerate()
        .filter_map(|(k, b)| {
            let i = slots
                .iter()
                .position(|s| matches!(s, Slot::Year(y) if *y >= b.year))?;
            let x = edges[i];
            let label_y = TOP + 4.0 + BREAK_ROW * k as f64;
            let (anchor, label_x) = if x > LEFT + plot_w / 2.0 {
                ("end", x - 5.0)
            } else {
                ("start", x + 5.0)
            };
            Some(view! {
                <line class="brott-linje" x1=r(x) x2=r(x) y1=label_y - 12.0 y2=base/>
                <text class="brott-text" x=r(label_x) y=label_y text-anchor=anchor>{format!("Ny version av måttet från {}", b.year)}</text>
            })
        })
        .collect_view();

    let mut label = format!("Stapeldiagram: {}. {}.", indicator.name, axis_title(unit));
    for s in &slots {
        if let Slot::Gap { first, last } = s {
            label.push_str(&format!(" Inga siffror {}.", span_text(*first, *last)));
        }
    }
    for b in &breaks {
        label.push_str(&format!(" Ny version av måttet från {}.", b.year));
    }
    label.push_str(" Samma siffror finns i tabellen.");
    view! {
        <svg class="diagram" viewBox=format!("0 0 {W} {height}") role="img" aria-label=label preserveAspectRatio="xMidYMid meet">
            <text class="axel-enhet" x=4.0 y=14.0 text-anchor="start">{axis_title(unit)}</text>
            {grid}
            {axis}
            {cut_marks}
            {columns}
            {break_marks}
        </svg>
    }
}

#[component]
fn ValueTable(indicator: Indicator, slots: Vec<Slot>, breaks: Vec<SeriesBreak>) -> impl IntoView {
    let unit = indicator.unit;
    let columns = indicator.series.len() + 1;
    let head = indicator
        .series
        .iter()
        .map(|s| view! { <th scope="col">{series_label(s)}</th> })
        .collect_view();
    // A break row goes right before the first year it applies to.
    let mut pending: Vec<&SeriesBreak> = breaks.iter().collect();
    let rows = slots
        .iter()
        .map(|&slot| match slot {
            Slot::Gap { first, last } => view! {
                <tr class="lucka"><td colspan=columns>{format!("{}: inga siffror", span_text(first, last))}</td></tr>
            }
            .into_any(),
            Slot::Year(year) => {
                let (now, later): (Vec<&SeriesBreak>, Vec<&SeriesBreak>) =
                    std::mem::take(&mut pending)
                        .into_iter()
                        .partition(|b| b.year <= year);
                pending = later;
                let break_rows = now
                    .into_iter()
                    .map(|b| view! {
                        <tr class="brott"><td colspan=columns>{break_text(&indicator, b)}</td></tr>
                    })
                    .collect_view();
                let cells = indicator
                    .series
                    .iter()
                    .map(|s| match s.value_for(year) {
                        Some(v) => view! { <td data-varde=v.to_string()>{format_value(v, unit)}</td> }
                            .into_any(),
                        None => view! { <td class="saknas">"uppgift saknas"</td> }.into_any(),
                    })
                    .collect_view();
                view! { {break_rows}<tr><th scope="row">{year}</th>{cells}</tr> }.into_any()
            }
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
    let slots = time_slots(&indicator);
    let breaks = series_breaks(&indicator);
    let latest_year = display_years(&indicator).last().copied();
    let has_data = !indicator.series.is_empty();
    let show_legend = indicator.series.len() > 1 || indicator.series.iter().any(|s| s.comparison);
    let legend = show_legend.then(|| {
        let items = indicator
            .series
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let class = format!(
                    "nyckel serie-{}{}",
                    i % 6,
                    if s.comparison { " jamforelse" } else { "" }
                );
                view! { <li><span class=class aria-hidden="true"></span>{series_label(s)}</li> }
            })
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
                <BarChart indicator=indicator.clone() slots=slots.clone() breaks=breaks.clone()/>
                {legend}
                <ValueTable indicator=indicator.clone() slots=slots.clone() breaks=breaks.clone()/>
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

    #[test]
    fn a_long_gap_becomes_one_slot_between_its_years() {
        assert_eq!(
            time_slots(&ind(&[&[2011, 2019, 2020]])),
            [
                Slot::Year(2011),
                Slot::Gap {
                    first: 2012,
                    last: 2018
                },
                Slot::Year(2019),
                Slot::Year(2020)
            ]
        );
        assert_eq!(
            time_slots(&ind(&[&[2019, 2022]])),
            [2019, 2020, 2021, 2022].map(Slot::Year)
        );
    }

    #[test]
    fn a_break_counts_only_with_values_on_both_sides() {
        let mut i = ind(&[&[2021, 2022], &[2019, 2022], &[2022, 2023]]);
        for s in &mut i.series {
            s.break_before = Some(2022);
        }
        i.series[1].break_before = Some(2020);
        assert_eq!(
            series_breaks(&i),
            [
                SeriesBreak {
                    year: 2020,
                    series: vec![1]
                },
                SeriesBreak {
                    year: 2022,
                    series: vec![0]
                }
            ]
        );
    }
}
