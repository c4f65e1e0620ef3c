//! The content model: plain data, no web code.
//!
//! The same types are read from `content/*.toml` at build time and from the
//! JSON bundle at run time. Field names are Swedish in the files (editors are
//! Swedish communicators) and English in code.

use serde::{Deserialize, Serialize};

/// Version of the JSON bundle schema. Bump it when a field changes meaning or
/// is removed; a bundle with another version is refused, never half-read.
pub const SCHEMA_VERSION: u32 = 2;

/// Largest bundle the app fetches from outside, in bytes (checked where a
/// bundle arrives from outside: `remote::accept` and the `validate` tool).
pub const MAX_BUNDLE_BYTES: usize = 1024 * 1024;

/// Everything the app shows: the strategy as a whole and its eight goals.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    #[serde(rename = "schema")]
    pub schema: u32,
    #[serde(rename = "strategi")]
    pub strategy: Strategy,
    #[serde(rename = "mal")]
    pub goals: Vec<Goal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Strategy {
    #[serde(rename = "titel")]
    pub title: String,
    /// Short site name used in document titles, e.g. "Våld i Stockholms län".
    #[serde(rename = "kortnamn")]
    pub short_name: String,
    #[serde(rename = "period")]
    pub period: String,
    #[serde(rename = "ingress")]
    pub intro: String,
    #[serde(rename = "syfte")]
    pub purpose: String,
    #[serde(rename = "vision")]
    pub vision: String,
    #[serde(rename = "valdstyper")]
    pub violence_forms: Vec<String>,
    #[serde(rename = "parter")]
    pub partners: Vec<Partner>,
    #[serde(rename = "parter_text")]
    pub partners_text: String,
    #[serde(rename = "handlingsplaner")]
    pub action_plans: Vec<ActionPlan>,
    #[serde(rename = "uppfoljning")]
    pub follow_up: FollowUp,
    #[serde(rename = "stodlinjer")]
    pub help_lines: Vec<HelpLine>,
    #[serde(rename = "aktorstyper")]
    pub actor_types: Vec<ActorType>,
    #[serde(rename = "statusregel")]
    pub status_rule: StatusRule,
    #[serde(rename = "om_innehallet")]
    pub about: About,
    /// The earlier regional strategy this one replaced.
    #[serde(rename = "ersatter", default, skip_serializing_if = "Option::is_none")]
    pub predecessor: Option<Predecessor>,
    /// How the strategy relates to the national strategy against men's
    /// violence against women, with the source that says so.
    #[serde(
        rename = "nationell_strategi",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub national_strategy: Option<NationalLink>,
    #[serde(rename = "tillganglighet")]
    pub accessibility: Accessibility,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    #[serde(rename = "namn")]
    pub name: String,
    /// When the partner joined, in words ("Sedan start 2020", "Anslöt 2020").
    #[serde(rename = "anslot")]
    pub joined: String,
    #[serde(rename = "roll", default, skip_serializing_if = "String::is_empty")]
    pub role: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionPlan {
    #[serde(rename = "period")]
    pub period: String,
    #[serde(rename = "text")]
    pub text: String,
    #[serde(rename = "fokus", default)]
    pub focus: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    #[serde(rename = "text")]
    pub text: String,
    #[serde(rename = "nyckeltal", default)]
    pub key_figures: Vec<KeyFigure>,
    /// What the follow-up's terms mean, e.g. "Indikator" and
    /// "Utvecklingsindikator", so a visitor can tell them apart.
    #[serde(rename = "begrepp", default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<Term>,
    #[serde(rename = "kalla")]
    pub source: Link,
}

/// A term of the follow-up and what it means.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    #[serde(rename = "term")]
    pub term: String,
    #[serde(rename = "text")]
    pub text: String,
}

/// The strategy that came before this one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Predecessor {
    /// Its official name, e.g. "Strategi för att motverka våld i nära relationer 2016–2020".
    #[serde(rename = "namn")]
    pub name: String,
    #[serde(rename = "text")]
    pub text: String,
    #[serde(rename = "url")]
    pub url: String,
}

/// A sentence on the national strategy and the source it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalLink {
    #[serde(rename = "text")]
    pub text: String,
    #[serde(rename = "kalla")]
    pub source: Link,
}

/// A single headline figure from a follow-up report, kept as written text
/// ("119 samtal") because several are not plain numbers ("mer än fyrdubblades").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    #[serde(rename = "varde")]
    pub value: String,
    #[serde(rename = "text")]
    pub text: String,
    #[serde(rename = "ar")]
    pub year: u16,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpLine {
    #[serde(rename = "namn")]
    pub name: String,
    #[serde(rename = "telefon")]
    pub phone: String,
    /// Who the line is for, e.g. people who use violence or fear they may.
    #[serde(rename = "malgrupp")]
    pub audience: String,
    #[serde(rename = "text")]
    pub text: String,
    #[serde(rename = "lank", default, skip_serializing_if = "Option::is_none")]
    pub link: Option<Link>,
    /// Whether the line is in the help box on every page. A line for a
    /// narrower audience is shown where it helps instead (a goal's
    /// `stodlinjer`, and the help section on the about page), so the box
    /// stays short on a phone.
    #[serde(rename = "hjalpruta", default = "yes", skip_serializing_if = "is_true")]
    pub in_help_box: bool,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

impl HelpLine {
    /// The number as a `tel:` URI: digits only, e.g. "tel:020505050".
    pub fn tel_uri(&self) -> String {
        let digits: String = self.phone.chars().filter(char::is_ascii_digit).collect();
        format!("tel:{digits}")
    }
}

/// One of the five kinds of actor a tip can be meant for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorType {
    /// URL-safe id, used in `?aktor=` and in tips: "kommun", "region", …
    #[serde(rename = "id")]
    pub id: String,
    #[serde(rename = "namn")]
    pub name: String,
    #[serde(rename = "beskrivning")]
    pub description: String,
}

/// The published rule that turns an indicator's figures into a status.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusRule {
    /// The rule in plain Swedish, shown in the app.
    #[serde(rename = "text")]
    pub text: String,
    /// Smallest change, in percentage points, that counts as a change.
    #[serde(rename = "troskel_procentenheter")]
    pub threshold_percent_points: f64,
    /// Smallest change on a 0–10 scale that counts as a change.
    #[serde(rename = "troskel_skala")]
    pub threshold_scale: f64,
    /// Smallest relative change in a count, in percent, that counts.
    #[serde(rename = "troskel_antal_procent")]
    pub threshold_count_percent: f64,
    /// A latest value more than this many years older than the content's
    /// date (`om_innehallet.sammanstalld`) counts as "inga nya data".
    #[serde(rename = "max_alder_ar")]
    pub max_age_years: u16,
    /// The latest value is compared with the one before only if they are at
    /// most this many years apart; a longer gap may hide a turn, so the
    /// status is "osäker".
    #[serde(rename = "storsta_avstand_ar")]
    pub max_gap_years: u16,
    /// The year of the content's date. Not written in the files: it is taken
    /// from `om_innehallet.sammanstalld` when content is read
    /// ([`Bundle::derive_fields`]), so "current" follows the content's date.
    #[serde(skip)]
    pub as_of_year: u16,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct About {
    #[serde(rename = "text")]
    pub text: String,
    /// ISO date (YYYY-MM-DD) the content was compiled from the listed
    /// sources. Figures published after it are not in the content.
    #[serde(rename = "sammanstalld")]
    pub compiled: String,
    #[serde(rename = "kallor")]
    pub sources: Vec<Link>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    /// ISO date of the last review of the accessibility statement.
    #[serde(rename = "granskad")]
    pub reviewed: String,
    #[serde(rename = "kontakt")]
    pub contact: String,
    #[serde(rename = "kontakt_url")]
    pub contact_url: String,
    #[serde(rename = "kanda_brister", default)]
    pub known_gaps: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    #[serde(rename = "namn")]
    pub title: String,
    #[serde(rename = "url")]
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    #[serde(rename = "nummer")]
    pub number: u8,
    #[serde(rename = "kortnamn")]
    pub short_name: String,
    /// The official goal statement, word for word.
    #[serde(rename = "malformulering")]
    pub statement: String,
    #[serde(rename = "sammanfattning")]
    pub summary: String,
    #[serde(rename = "forutsattningar")]
    pub prerequisites: Vec<String>,
    /// Said above the indicators, e.g. that some could not be followed.
    #[serde(
        rename = "indikatorer_text",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub indicators_note: String,
    #[serde(rename = "indikatorer", default)]
    pub indicators: Vec<Indicator>,
    #[serde(
        rename = "ataganden_text",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub commitments_note: String,
    #[serde(rename = "ataganden", default)]
    pub commitments: Vec<Commitment>,
    /// Recommended indicators and development indicators for the goal, as
    /// names only (no figures are published for them).
    #[serde(
        rename = "rekommenderade_indikatorer",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub recommended_indicators: Vec<String>,
    /// Help lines (by name) shown on this goal's page, e.g. the line for
    /// people who use violence on the goal about preventing relapse.
    #[serde(rename = "stodlinjer", default, skip_serializing_if = "Vec::is_empty")]
    pub help_lines: Vec<String>,
    #[serde(rename = "tips")]
    pub tips: Vec<Tip>,
    #[serde(rename = "kallor")]
    pub sources: Vec<Link>,
}

impl Goal {
    /// "Mål 3: Upptäcka tidigt", the name used in headings, links and titles.
    pub fn title(&self) -> String {
        format!("Mål {}: {}", self.number, self.short_name)
    }
}

/// What an indicator's values measure; decides the allowed range and how a
/// change is judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unit {
    /// A share, 0–100.
    #[serde(rename = "procent")]
    Percent,
    /// A mean on a 0–10 scale.
    #[serde(rename = "skala-0-10")]
    Scale10,
    /// A count, 0 or more.
    #[serde(rename = "antal")]
    Count,
}

impl Unit {
    pub fn label(self) -> &'static str {
        match self {
            Unit::Percent => "procent",
            Unit::Scale10 => "medelvärde 0–10",
            Unit::Count => "antal",
        }
    }

    pub fn range(self) -> (f64, f64) {
        match self {
            Unit::Percent => (0.0, 100.0),
            Unit::Scale10 => (0.0, 10.0),
            Unit::Count => (0.0, f64::MAX),
        }
    }
}

/// Which way is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    #[serde(rename = "upp")]
    Up,
    #[serde(rename = "ner")]
    Down,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    #[serde(rename = "id")]
    pub id: String,
    #[serde(rename = "namn")]
    pub name: String,
    #[serde(rename = "enhet")]
    pub unit: Unit,
    #[serde(rename = "battre")]
    pub better: Direction,
    /// One line on how it has gone, in our own words.
    #[serde(rename = "trend")]
    pub trend: String,
    /// Said instead of figures where the figures are not known or no longer
    /// published. Required when there are no series.
    #[serde(rename = "saknas", default, skip_serializing_if = "String::is_empty")]
    pub missing: String,
    #[serde(
        rename = "kommentar",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub comment: String,
    /// The first series is the main one; the status is read from it.
    #[serde(rename = "serier", default)]
    pub series: Vec<Series>,
    #[serde(rename = "kalla")]
    pub source: Link,
}

impl Indicator {
    /// Every year that any series has, ascending, without gaps filled in.
    pub fn years(&self) -> Vec<u16> {
        let mut years: Vec<u16> = self
            .series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.year))
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// The latest point of the main series (never a comparison series).
    pub fn latest(&self) -> Option<&Point> {
        self.main_series().and_then(|s| s.points.last())
    }

    /// The series the status is read from: the first one, unless it is a
    /// comparison (then the indicator has no figures of its own).
    pub fn main_series(&self) -> Option<&Series> {
        self.series.first().filter(|s| !s.comparison)
    }
}

/// One breakdown of an indicator ("Kvinnor", "Åk 8, flickor", "Länet").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Series {
    #[serde(rename = "namn")]
    pub name: String,
    #[serde(rename = "punkter")]
    pub points: Vec<Point>,
    /// Shown for comparison only (e.g. the whole country): never the main
    /// series, never counted toward a status.
    #[serde(rename = "jamforelse", default, skip_serializing_if = "is_false")]
    pub comparison: bool,
    /// From this year on the values are measured differently (a new
    /// definition or a new version of the source page): no trend is read
    /// across the break, and a chart should show it.
    #[serde(
        rename = "brott_fore",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub break_before: Option<u16>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Series {
    pub fn value_for(&self, year: u16) -> Option<f64> {
        self.points.iter().find(|p| p.year == year).map(|p| p.value)
    }

    /// The points that can be compared with the latest one: those on the
    /// same side of the break as the latest point.
    pub fn comparable_points(&self) -> &[Point] {
        match (self.break_before, self.points.last()) {
            (Some(from), Some(last)) if last.year >= from => {
                let start = self.points.iter().position(|p| p.year >= from);
                &self.points[start.unwrap_or(0)..]
            }
            _ => &self.points,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    #[serde(rename = "ar")]
    pub year: u16,
    #[serde(rename = "varde")]
    pub value: f64,
}

/// A closed set of values written as words in content. An unknown or
/// missing word is kept (not a parse error), so the validator can name the
/// file, goal and field.
macro_rules! content_words {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(from = "String", into = "String")]
        pub enum $name {
            /// Not given in the file.
            #[default]
            Missing,
            $($(#[$vdoc])* $variant,)+
            /// A word the app does not know, kept for the error message.
            Unknown(String),
        }

        impl $name {
            /// The words content may use, in order.
            pub const WORDS: &'static [&'static str] = &[$($word),+];

            pub fn is_missing(&self) -> bool {
                matches!(self, $name::Missing)
            }
        }

        impl From<String> for $name {
            fn from(word: String) -> Self {
                match word.as_str() {
                    "" => $name::Missing,
                    $($word => $name::$variant,)+
                    _ => $name::Unknown(word),
                }
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                match value {
                    $name::Missing => String::new(),
                    $($name::$variant => $word.to_string(),)+
                    $name::Unknown(word) => word,
                }
            }
        }
    };
}

content_words! {
    /// What an item under "Åtaganden" is.
    CommitmentKind {
        /// A commitment in an action plan. Its responsible parties are named,
        /// or `ansvariga_anges_inte` says the source does not name them.
        Commitment = "atagande",
        /// A focus area of an action plan: a direction, not a commitment by
        /// named parties.
        FocusArea = "inriktning",
    }
}

content_words! {
    /// Where a tip comes from.
    TipOrigin {
        /// Written on the strategy's own pages (linked in `lank`).
        Strategy = "strategin",
        /// An editorial suggestion grounded in the goal's prerequisites,
        /// indicators and commitments.
        Suggestion = "forslag",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    /// Which action plan, e.g. "Handlingsplan 2020–2022".
    #[serde(rename = "plan")]
    pub plan: String,
    /// Commitment or focus area.
    #[serde(
        rename = "slag",
        default,
        skip_serializing_if = "CommitmentKind::is_missing"
    )]
    pub kind: CommitmentKind,
    #[serde(rename = "text")]
    pub text: String,
    /// Responsible parties as the source names them; empty for a focus area.
    #[serde(rename = "ansvariga", default, skip_serializing_if = "Vec::is_empty")]
    pub responsible: Vec<String>,
    /// True when the source states the commitment but names no responsible
    /// party: the app then says so rather than guessing.
    #[serde(
        rename = "ansvariga_anges_inte",
        default,
        skip_serializing_if = "is_false"
    )]
    pub responsible_not_stated: bool,
}

/// Something an actor can do for a goal: from the strategy's own pages, or
/// an editorial suggestion (see `origin`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tip {
    #[serde(rename = "id")]
    pub id: String,
    #[serde(rename = "aktorer")]
    pub actors: Vec<String>,
    #[serde(rename = "rubrik")]
    pub title: String,
    #[serde(rename = "text")]
    pub text: String,
    #[serde(rename = "lank", default, skip_serializing_if = "Option::is_none")]
    pub link: Option<Link>,
    /// Required: "strategin" or "forslag".
    #[serde(
        rename = "ursprung",
        default,
        skip_serializing_if = "TipOrigin::is_missing"
    )]
    pub origin: TipOrigin,
}

impl Bundle {
    /// Fills in what the files do not repeat: the status rule's reference
    /// year is the year of the content's date. Called wherever a bundle is
    /// read (content folder, JSON bundle, the bundled content).
    pub fn derive_fields(&mut self) {
        self.strategy.status_rule.as_of_year = self
            .strategy
            .about
            .compiled
            .get(..4)
            .and_then(|y| y.parse().ok())
            .unwrap_or(0);
    }

    pub fn goal(&self, number: u8) -> Option<&Goal> {
        self.goals.iter().find(|g| g.number == number)
    }

    /// The first and the last year with a figure in any indicator's own
    /// series (comparison series left out).
    pub fn figure_years(&self) -> Option<(u16, u16)> {
        let years = self
            .goals
            .iter()
            .flat_map(|g| &g.indicators)
            .flat_map(|i| &i.series)
            .filter(|s| !s.comparison)
            .flat_map(|s| s.points.iter().map(|p| p.year));
        years.fold(None, |acc, y| match acc {
            None => Some((y, y)),
            Some((lo, hi)) => Some((lo.min(y), hi.max(y))),
        })
    }

    /// "Strategin gäller 2020–2026 och den senaste handlingsplanen 2024–2027.
    /// Siffrorna gäller åren 2011–2023; de senaste är från 2023."
    pub fn period_text(&self) -> String {
        let s = &self.strategy;
        let mut text = format!("Strategin gäller {}", s.period);
        if let Some(plan) = s.action_plans.last() {
            text.push_str(&format!(" och den senaste handlingsplanen {}", plan.period));
        }
        text.push('.');
        if let Some((first, last)) = self.figure_years() {
            text.push_str(&format!(
                " Siffrorna gäller åren {first}–{last}; de senaste är från {last}."
            ));
        }
        text
    }

    /// The actor type ids in content order, as URLs and attributes use them.
    pub fn actor_ids(&self) -> Vec<&str> {
        self.strategy
            .actor_types
            .iter()
            .map(|a| a.id.as_str())
            .collect()
    }
}
