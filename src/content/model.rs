//! The content model: plain data, no web code.
//!
//! The same types are read from `content/*.toml` at build time and from the
//! JSON bundle at run time. Field names are Swedish in the files (editors are
//! Swedish communicators) and English in code.

use serde::{Deserialize, Serialize};

/// Version of the JSON bundle schema. Bump it when a field changes meaning or
/// is removed; a bundle with another version is refused, never half-read.
pub const SCHEMA_VERSION: u32 = 1;

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
    #[serde(rename = "text")]
    pub text: String,
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
    /// Data whose latest year is before this counts as "inga nya data".
    #[serde(rename = "aldsta_aktuella_ar")]
    pub oldest_current_year: u16,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct About {
    #[serde(rename = "text")]
    pub text: String,
    /// ISO date (YYYY-MM-DD) the figures were last checked against the sources.
    #[serde(rename = "kontrollerad")]
    pub checked: String,
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

    /// The latest point of the main series.
    pub fn latest(&self) -> Option<&Point> {
        self.series.first().and_then(|s| s.points.last())
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
}

impl Series {
    pub fn value_for(&self, year: u16) -> Option<f64> {
        self.points.iter().find(|p| p.year == year).map(|p| p.value)
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    /// Which action plan, e.g. "Handlingsplan 2020–2022".
    #[serde(rename = "plan")]
    pub plan: String,
    #[serde(rename = "text")]
    pub text: String,
    #[serde(rename = "ansvariga")]
    pub responsible: Vec<String>,
}

/// A suggestion of ours, meant for one or more actor types.
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
}

impl Bundle {
    pub fn goal(&self, number: u8) -> Option<&Goal> {
        self.goals.iter().find(|g| g.number == number)
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
