//! "Hur går det?": the one published rule that turns an indicator's figures
//! into a status. The rule's wording lives in content (`statusregel`); its
//! thresholds too, so the text and the arithmetic cannot drift apart.

use serde::{Deserialize, Serialize};

use crate::content::{Direction, Goal, Indicator, StatusRule, Unit};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Improving,
    Unchanged,
    Worsening,
    /// There is a current value, but no earlier value it can fairly be
    /// compared with: a gap of several years (which may hide a turn) or a
    /// break in how the series is measured.
    Uncertain,
    NoNewData,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Improving,
        Status::Unchanged,
        Status::Worsening,
        Status::Uncertain,
        Status::NoNewData,
    ];

    /// The status whose [`Status::class`] is `class` (how page data carries it).
    pub fn from_class(class: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.class() == class)
    }

    /// The status in words, as the visitor reads it.
    pub fn label(self) -> &'static str {
        match self {
            Status::Improving => "Förbättras",
            Status::Unchanged => "Oförändrat",
            Status::Worsening => "Försämras",
            Status::Uncertain => "Osäker utveckling",
            Status::NoNewData => "Inga nya data",
        }
    }

    /// A text symbol shown next to the words (never instead of them).
    pub fn symbol(self) -> &'static str {
        match self {
            Status::Improving => "↗",
            Status::Unchanged => "→",
            Status::Worsening => "↘",
            Status::Uncertain => "?",
            Status::NoNewData => "–",
        }
    }

    /// Stable class name for styling.
    pub fn class(self) -> &'static str {
        match self {
            Status::Improving => "status-battre",
            Status::Unchanged => "status-oforandrat",
            Status::Worsening => "status-samre",
            Status::Uncertain => "status-osaker",
            Status::NoNewData => "status-inga-data",
        }
    }
}

/// Applies the rule to the main series of an indicator (the first series;
/// a comparison series never counts).
pub fn status(indicator: &Indicator, rule: &StatusRule) -> Status {
    let Some(main) = indicator.main_series() else {
        return Status::NoNewData;
    };
    let Some(latest) = main.points.last() else {
        return Status::NoNewData;
    };
    // "Current" is judged against the content's date, not a fixed year.
    if u32::from(latest.year) + u32::from(rule.max_age_years) < u32::from(rule.as_of_year) {
        return Status::NoNewData;
    }
    let [.., before, _] = main.comparable_points() else {
        // One comparable value: uncertain if earlier values exist across a
        // break, otherwise there is simply nothing to compare with.
        return if main.points.len() > 1 {
            Status::Uncertain
        } else {
            Status::NoNewData
        };
    };
    if latest.year.saturating_sub(before.year) > rule.max_gap_years {
        return Status::Uncertain;
    }
    let change = latest.value - before.value;
    let threshold = match indicator.unit {
        Unit::Percent => rule.threshold_percent_points,
        Unit::Scale10 => rule.threshold_scale,
        Unit::Count => before.value.abs() * rule.threshold_count_percent / 100.0,
    };
    // A tiny epsilon so that 25 → 26 counts as the full 1 point it is.
    if change.abs() + 1e-9 < threshold || change == 0.0 {
        return Status::Unchanged;
    }
    let better = match indicator.better {
        Direction::Up => change > 0.0,
        Direction::Down => change < 0.0,
    };
    if better {
        Status::Improving
    } else {
        Status::Worsening
    }
}

/// The goal's status in one word for its card: the most common status among
/// its indicators with current figures, ties broken towards the more
/// cautious one (worsening, then uncertain, then unchanged).
pub fn goal_status(indicators: &[Indicator], rule: &StatusRule) -> Status {
    let statuses: Vec<Status> = indicators.iter().map(|i| status(i, rule)).collect();
    let count = |s: Status| statuses.iter().filter(|&&x| x == s).count();
    let order = [
        Status::Worsening,
        Status::Uncertain,
        Status::Unchanged,
        Status::Improving,
    ];
    let best = order.iter().copied().max_by_key(|&s| {
        (
            count(s),
            std::cmp::Reverse(order.iter().position(|&o| o == s)),
        )
    });
    match best {
        Some(s) if count(s) > 0 => s,
        _ => Status::NoNewData,
    }
}

/// The figure a goal card shows: the latest value of the main (never a
/// comparison) series of the goal's first indicator that has one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardFigure {
    /// The value with its unit: "74 %", "5,8 av 10", "119".
    #[serde(rename = "varde")]
    pub value: String,
    #[serde(rename = "ar")]
    pub year: u16,
    #[serde(rename = "indikator")]
    pub indicator: String,
    /// The series' name when the indicator has several, so that e.g. the
    /// figure for women is not read as the figure for everyone.
    #[serde(rename = "serie", default, skip_serializing_if = "Option::is_none")]
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

/// Formats a value the Swedish way: decimal comma, no needless ",0".
pub fn format_value(value: f64, unit: Unit) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let mut s = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    };
    s = s.replace('.', ",");
    match unit {
        Unit::Percent => format!("{s} %"),
        Unit::Scale10 | Unit::Count => s,
    }
}

/// A value with its unit in plain Swedish, for places where no caption or
/// column header names the unit: "74 %", "5,8 av 10", "119" (a count: the
/// indicator's name says what is counted).
pub fn format_with_unit(value: f64, unit: Unit) -> String {
    match unit {
        Unit::Scale10 => format!("{} av 10", format_value(value, unit)),
        Unit::Percent | Unit::Count => format_value(value, unit),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Link, Point, Series};

    fn rule() -> StatusRule {
        StatusRule {
            text: "regel".into(),
            threshold_percent_points: 1.0,
            threshold_scale: 0.1,
            threshold_count_percent: 5.0,
            max_age_years: 5,
            max_gap_years: 1,
            as_of_year: 2026,
        }
    }

    fn series(name: &str, points: &[(u16, f64)]) -> Series {
        Series {
            name: name.into(),
            points: points
                .iter()
                .map(|&(year, value)| Point { year, value })
                .collect(),
            comparison: false,
            break_before: None,
        }
    }

    fn indicator(unit: Unit, better: Direction, points: &[(u16, f64)]) -> Indicator {
        Indicator {
            id: "x".into(),
            name: "x".into(),
            unit,
            better,
            trend: "t".into(),
            missing: String::new(),
            comment: String::new(),
            series: vec![series("Länet", points)],
            source: Link {
                title: "k".into(),
                url: "https://k.se".into(),
            },
        }
    }

    #[test]
    fn rising_share_improves_and_falling_share_worsens() {
        assert_eq!(
            status(
                &indicator(Unit::Percent, Direction::Up, &[(2021, 25.0), (2022, 28.0)]),
                &rule()
            ),
            Status::Improving
        );
        assert_eq!(
            status(
                &indicator(Unit::Percent, Direction::Up, &[(2021, 65.0), (2022, 60.0)]),
                &rule()
            ),
            Status::Worsening
        );
        assert_eq!(
            status(
                &indicator(
                    Unit::Percent,
                    Direction::Down,
                    &[(2021, 65.0), (2022, 60.0)]
                ),
                &rule()
            ),
            Status::Improving
        );
    }

    #[test]
    fn exactly_the_threshold_counts_as_a_change() {
        assert_eq!(
            status(
                &indicator(Unit::Percent, Direction::Up, &[(2021, 25.0), (2022, 26.0)]),
                &rule()
            ),
            Status::Improving
        );
        assert_eq!(
            status(
                &indicator(Unit::Percent, Direction::Up, &[(2021, 25.0), (2022, 25.5)]),
                &rule()
            ),
            Status::Unchanged
        );
        assert_eq!(
            status(
                &indicator(Unit::Scale10, Direction::Up, &[(2022, 5.7), (2023, 5.8)]),
                &rule()
            ),
            Status::Improving
        );
        assert_eq!(
            status(
                &indicator(Unit::Count, Direction::Up, &[(2022, 100.0), (2023, 104.0)]),
                &rule()
            ),
            Status::Unchanged
        );
    }

    #[test]
    fn a_single_value_or_old_data_is_no_new_data() {
        assert_eq!(
            status(
                &indicator(Unit::Percent, Direction::Up, &[(2022, 25.0)]),
                &rule()
            ),
            Status::NoNewData
        );
        assert_eq!(
            status(
                &indicator(Unit::Percent, Direction::Up, &[(2018, 20.0), (2019, 94.0)]),
                &rule()
            ),
            Status::NoNewData
        );
        let mut none = indicator(Unit::Percent, Direction::Up, &[]);
        none.series.clear();
        assert_eq!(status(&none, &rule()), Status::NoNewData);
    }

    #[test]
    fn current_is_judged_against_the_contents_date() {
        // (content year, latest year of the series, expected status)
        let table = [
            (2026, 2021, Status::Improving),
            (2026, 2020, Status::NoNewData),
            (2027, 2021, Status::NoNewData),
            (2022, 2020, Status::Improving),
        ];
        for (as_of_year, latest, expected) in table {
            let rule = StatusRule {
                as_of_year,
                ..rule()
            };
            let ind = indicator(
                Unit::Percent,
                Direction::Up,
                &[(latest - 1, 20.0), (latest, 30.0)],
            );
            assert_eq!(status(&ind, &rule), expected, "{as_of_year}, {latest}");
        }
    }

    #[test]
    fn a_comparison_series_never_gives_a_status() {
        let mut ind = indicator(Unit::Percent, Direction::Up, &[(2023, 28.0), (2024, 34.0)]);
        ind.series[0].comparison = true;
        assert_eq!(status(&ind, &rule()), Status::NoNewData);
        assert_eq!(goal_status(&[ind], &rule()), Status::NoNewData);
    }

    #[test]
    fn no_trend_is_read_across_a_break() {
        // Goal 5's women: 22 (2021, older page version) and 33 (2022, newer).
        let mut ind = indicator(Unit::Percent, Direction::Up, &[(2021, 22.0), (2022, 33.0)]);
        ind.series[0].break_before = Some(2022);
        assert_eq!(status(&ind, &rule()), Status::Uncertain);
        // Two values after the break are compared as usual.
        let mut after = indicator(
            Unit::Percent,
            Direction::Up,
            &[(2020, 50.0), (2021, 22.0), (2022, 33.0)],
        );
        after.series[0].break_before = Some(2021);
        assert_eq!(status(&after, &rule()), Status::Improving);
        // A break the latest value has not reached yet changes nothing.
        let mut before = indicator(Unit::Percent, Direction::Up, &[(2021, 22.0), (2022, 33.0)]);
        before.series[0].break_before = Some(2030);
        assert_eq!(status(&before, &rule()), Status::Improving);
    }

    #[test]
    fn a_gap_between_the_last_two_values_is_uncertain() {
        // Goal 2: 56 (2019) and 70 (2023); a value in between may be higher.
        let gap = indicator(Unit::Percent, Direction::Up, &[(2019, 56.0), (2023, 70.0)]);
        assert_eq!(status(&gap, &rule()), Status::Uncertain);
        let two_years = StatusRule {
            max_gap_years: 4,
            ..rule()
        };
        assert_eq!(status(&gap, &two_years), Status::Improving);
    }

    #[test]
    fn goal_status_is_the_most_common_and_cautious_on_ties() {
        let up = indicator(Unit::Percent, Direction::Up, &[(2021, 1.0), (2022, 5.0)]);
        let down = indicator(Unit::Percent, Direction::Up, &[(2021, 5.0), (2022, 1.0)]);
        assert_eq!(
            goal_status(&[up.clone(), up.clone(), down.clone()], &rule()),
            Status::Improving
        );
        assert_eq!(goal_status(&[up.clone(), down], &rule()), Status::Worsening);
        let gap = indicator(Unit::Percent, Direction::Up, &[(2019, 1.0), (2022, 5.0)]);
        let flat = indicator(Unit::Percent, Direction::Up, &[(2021, 5.0), (2022, 5.0)]);
        assert_eq!(goal_status(&[up, gap.clone()], &rule()), Status::Uncertain);
        assert_eq!(goal_status(&[flat, gap], &rule()), Status::Uncertain);
        assert_eq!(goal_status(&[], &rule()), Status::NoNewData);
    }

    #[test]
    fn values_use_a_decimal_comma() {
        assert_eq!(format_value(5.7, Unit::Scale10), "5,7");
        assert_eq!(format_value(28.0, Unit::Percent), "28 %");
        assert_eq!(format_value(119.0, Unit::Count), "119");
    }

    #[test]
    fn a_value_with_its_unit_reads_in_plain_swedish() {
        assert_eq!(format_with_unit(5.8, Unit::Scale10), "5,8 av 10");
        assert_eq!(format_with_unit(74.0, Unit::Percent), "74 %");
        assert_eq!(format_with_unit(119.0, Unit::Count), "119");
    }

    #[test]
    fn a_status_reads_back_from_its_class() {
        for s in Status::ALL {
            assert_eq!(Status::from_class(s.class()), Some(s));
        }
        assert_eq!(Status::from_class("status"), None);
    }
}
