//! The plan as plain data, and the edits the page makes to it.
//!
//! Every field is held by every format (link, JSON, CSV), so a plan read back
//! is the plan that was written. Optional texts are empty strings rather than
//! `Option`, so "not given" has one spelling in every format.

use std::fmt;

use crate::content::key::Key;
use crate::content::{Bundle, Goal, Indicator, Tip};

use super::limits::{cap, MAX_LONG_TEXT, MAX_MEASURES, MAX_SHORT_TEXT};
use super::messages;

/// Version of the plan formats (the link's `v1.`, the file's `version`).
/// Plans are always held in the current version's shape; older versions are
/// converted when read.
pub const FORMAT_VERSION: u32 = 1;

/// An organisation's own action plan for the strategy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub organisation: Organisation,
    /// Goals 1–8 in order: `goals[n - 1]` is goal n.
    pub goals: [GoalPlan; 8],
    /// In the order the organisation added them.
    pub measures: Vec<Measure>,
}

/// Who the plan is for. Every field may be empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Organisation {
    pub name: String,
    /// An actor type id of the content ("kommun"). One the content does not
    /// know is kept (and reported by [`Plan::problems`]).
    pub actor: String,
    /// Unit or municipality, e.g. "Socialtjänsten i Nacka".
    pub unit: String,
}

/// What the organisation says about one goal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoalPlan {
    pub prioritised: bool,
    /// Starting point and need.
    pub note: String,
}

/// One thing the organisation will do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    pub what: What,
    /// Role or unit responsible.
    pub responsible: String,
    pub start: Option<Month>,
    pub end: Option<Month>,
    pub follow_up: FollowUp,
    pub status: Status,
    pub note: String,
}

/// Where a measure comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    /// A tip of the content; its goal and title are the content's.
    Tip(Ref),
    /// The organisation's own measure under one of the goals 1–8.
    Own { goal: u8, title: String },
}

/// A tip or an indicator of the content, as a plan refers to it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Ref {
    /// By id. The content may no longer have it; the plan keeps it anyway.
    Id(String),
    /// By key only: read from a link whose tip or indicator the content does
    /// not have (the link holds keys, not ids). Kept so the link survives.
    Key(Key),
}

/// How the organisation will know the measure worked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum FollowUp {
    #[default]
    None,
    /// One of the goal's indicators.
    Indicator(Ref),
    /// In the organisation's own words; never empty (empty is `None`).
    Own(String),
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Status {
    #[default]
    Planned,
    Ongoing,
    Done,
    Paused,
}

/// A calendar month, 2000-01 to 2099-12.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: u16,
    month: u8,
}

/// The plan read from a link or a file, and what the reader should know
/// about it: what could not be read, what was cut, what the content lacks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loaded {
    pub plan: Plan,
    /// Plain Swedish sentences for the user, in the order found.
    pub messages: Vec<String>,
}

/// One field of a measure to change (see [`Plan::update`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The title of an own measure (a tip's title is the content's).
    Title(String),
    /// Moves an own measure to another goal.
    Goal(u8),
    Responsible(String),
    Start(Option<Month>),
    End(Option<Month>),
    FollowUp(FollowUp),
    Status(Status),
    Note(String),
}

/// A goal's measures, for showing the plan goal by goal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalGroup<'a> {
    /// `None` for tips the content no longer has.
    pub goal: Option<u8>,
    pub prioritised: bool,
    /// Each with its index in [`Plan::measures`], in plan order.
    pub measures: Vec<(usize, &'a Measure)>,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Planned,
        Status::Ongoing,
        Status::Done,
        Status::Paused,
    ];

    /// The word the user sees and the files hold.
    pub fn label(self) -> &'static str {
        match self {
            Status::Planned => "Planerad",
            Status::Ongoing => "Pågår",
            Status::Done => "Genomförd",
            Status::Paused => "Pausad",
        }
    }

    /// Reads a label, ignoring case, surrounding space and å/ä/ö written as
    /// a/a/o ("pagar"). `None` for any other word.
    pub fn from_label(text: &str) -> Option<Status> {
        let word = fold(text);
        Status::ALL.into_iter().find(|s| fold(s.label()) == word)
    }
}

/// Lower case, trimmed, å/ä → a and ö → o: for matching words typed by hand.
pub(crate) fn fold(text: &str) -> String {
    lower(text.trim())
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            other => other,
        })
        .collect()
}

/// Lower case for the letters of Swedish and its neighbours (ASCII and
/// Latin-1: Å, Ä, Ö, É, Ü …); other characters as they are. The words the
/// plan matches and shows need no more, and Unicode's whole case table
/// would add some 10 kB to the browser's WASM.
pub fn lower(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 32).unwrap_or(c),
            other => other,
        })
        .collect()
}

impl Month {
    pub const FIRST_YEAR: u16 = 2000;
    pub const LAST_YEAR: u16 = 2099;

    pub fn new(year: u16, month: u8) -> Option<Month> {
        ((Self::FIRST_YEAR..=Self::LAST_YEAR).contains(&year) && (1..=12).contains(&month))
            .then_some(Month { year, month })
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    /// Months since 2000-01 (the link stores this number).
    pub fn index(self) -> u32 {
        u32::from(self.year - Self::FIRST_YEAR) * 12 + u32::from(self.month - 1)
    }

    pub fn from_index(index: u32) -> Option<Month> {
        let year = u16::try_from(index / 12)
            .ok()?
            .checked_add(Self::FIRST_YEAR)?;
        Month::new(year, (index % 12) as u8 + 1)
    }

    /// Reads a month as people and spreadsheets write it: "2025-03", "2025-3",
    /// "2025/03", a date "2025-03-01" (Excel turns months into dates), or a
    /// Swedish month name with the year: "mar-25", "mars 2025".
    pub fn parse(text: &str) -> Option<Month> {
        const NAMES: [&str; 12] = [
            "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
        ];
        let text = text.trim();
        // A time after a date ("2025-03-01 00:00:00") says nothing more.
        let date = text.split([' ', 'T']).next().unwrap_or("");
        let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
        let number = |s: &str, digits: std::ops::RangeInclusive<usize>| {
            (digits.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u16>().ok())
                .flatten()
        };
        if let [y, m, rest @ ..] = parts.as_slice() {
            if let (Some(year), Some(month), true) = (number(y, 4..=4), number(m, 1..=2), {
                rest.len() <= 1 && rest.iter().all(|d| number(d, 1..=2).is_some())
            }) {
                return Month::new(year, month as u8);
            }
        }
        let words: Vec<&str> = text
            .split(['-', ' ', '/', '.'])
            .filter(|w| !w.is_empty())
            .collect();
        let [name, year] = words.as_slice() else {
            return None;
        };
        let name = fold(name);
        let month = NAMES
            .iter()
            .position(|n| name.len() >= 3 && name.starts_with(n))?;
        let year = match year.len() {
            2 => number(year, 2..=2)? + Self::FIRST_YEAR,
            _ => number(year, 4..=4)?,
        };
        Month::new(year, month as u8 + 1)
    }
}

impl fmt::Display for Month {
    /// "2025-03".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// The key a link uses for a tip (or indicator) id.
pub fn tip_key(id: &str) -> Key {
    Key::of(id)
}

impl Ref {
    /// The key a link writes for this reference.
    pub fn key(&self) -> Key {
        match self {
            Ref::Id(id) => Key::of(id),
            Ref::Key(key) => *key,
        }
    }

    /// The id as files write it; a key-only reference as "#" and its key
    /// ("#hSW8"); content ids never start with "#" (validation keeps them
    /// to a–z, 0–9 and "-").
    pub fn to_text(&self) -> String {
        match self {
            Ref::Id(id) => id.clone(),
            Ref::Key(key) => format!("#{key}"),
        }
    }

    /// Reads what [`Ref::to_text`] wrote.
    pub fn from_text(text: &str) -> Ref {
        match text.strip_prefix('#').and_then(Key::parse) {
            Some(key) => Ref::Key(key),
            None => Ref::Id(text.to_string()),
        }
    }

    /// The tip this names in the content, with its goal.
    pub fn tip<'a>(&self, content: &'a Bundle) -> Option<(&'a Goal, &'a Tip)> {
        content
            .goals
            .iter()
            .flat_map(|g| g.tips.iter().map(move |t| (g, t)))
            .find(|(_, t)| self.names(&t.id))
    }

    /// The indicator this names in the content, with the first goal that has it.
    pub fn indicator<'a>(&self, content: &'a Bundle) -> Option<(&'a Goal, &'a Indicator)> {
        content
            .goals
            .iter()
            .flat_map(|g| g.indicators.iter().map(move |i| (g, i)))
            .find(|(_, i)| self.names(&i.id))
    }

    fn names(&self, id: &str) -> bool {
        match self {
            Ref::Id(own) => own == id,
            Ref::Key(key) => Key::of(id) == *key,
        }
    }

    /// A key-only tip reference the content knows, turned into its id; any
    /// other reference unchanged.
    pub(crate) fn resolve_tip(self, content: &Bundle) -> Ref {
        match &self {
            Ref::Key(_) => self
                .tip(content)
                .map_or(self, |(_, t)| Ref::Id(t.id.clone())),
            Ref::Id(_) => self,
        }
    }

    /// Like [`Ref::resolve_tip`], for indicators.
    pub(crate) fn resolve_indicator(self, content: &Bundle) -> Ref {
        match &self {
            Ref::Key(_) => self
                .indicator(content)
                .map_or(self, |(_, i)| Ref::Id(i.id.clone())),
            Ref::Id(_) => self,
        }
    }
}

impl Measure {
    /// A new measure with nothing filled in but what it is.
    pub fn new(what: What) -> Measure {
        Measure {
            what,
            responsible: String::new(),
            start: None,
            end: None,
            follow_up: FollowUp::None,
            status: Status::Planned,
            note: String::new(),
        }
    }

    /// The goal the measure belongs to; `None` for a tip the content lacks.
    pub fn goal(&self, content: &Bundle) -> Option<u8> {
        match &self.what {
            What::Tip(r) => r.tip(content).map(|(g, _)| g.number),
            What::Own { goal, .. } => Some(*goal),
        }
    }

    /// The title to show; `None` for a tip the content lacks.
    pub fn title<'a>(&'a self, content: &'a Bundle) -> Option<&'a str> {
        match &self.what {
            What::Tip(r) => r.tip(content).map(|(_, t)| t.title.as_str()),
            What::Own { title, .. } => Some(title),
        }
    }

    /// The tip's id, or `None` for an own measure (or a key-only tip).
    pub fn tip_id(&self) -> Option<&str> {
        match &self.what {
            What::Tip(Ref::Id(id)) => Some(id),
            _ => None,
        }
    }
}

impl Plan {
    pub fn new() -> Plan {
        Plan::default()
    }

    /// True when nothing at all has been filled in or chosen.
    pub fn is_empty(&self) -> bool {
        *self == Plan::default()
    }

    /// Goal `number` (1–8).
    pub fn goal(&self, number: u8) -> Option<&GoalPlan> {
        self.goals.get(usize::from(number).checked_sub(1)?)
    }

    fn goal_mut(&mut self, number: u8) -> Option<&mut GoalPlan> {
        self.goals.get_mut(usize::from(number).checked_sub(1)?)
    }

    pub fn set_name(&mut self, name: &str) {
        self.organisation.name = cap(name, MAX_SHORT_TEXT);
    }

    pub fn set_actor(&mut self, actor_id: &str) {
        self.organisation.actor = cap(actor_id, MAX_SHORT_TEXT);
    }

    pub fn set_unit(&mut self, unit: &str) {
        self.organisation.unit = cap(unit, MAX_SHORT_TEXT);
    }

    /// False when `goal` is not 1–8.
    pub fn set_prioritised(&mut self, goal: u8, prioritised: bool) -> bool {
        self.goal_mut(goal)
            .map(|g| g.prioritised = prioritised)
            .is_some()
    }

    /// False when `goal` is not 1–8.
    pub fn set_goal_note(&mut self, goal: u8, note: &str) -> bool {
        self.goal_mut(goal)
            .map(|g| g.note = cap(note, MAX_LONG_TEXT))
            .is_some()
    }

    pub fn has_tip(&self, id: &str) -> bool {
        self.measures.iter().any(|m| m.tip_id() == Some(id))
    }

    /// Adds a tip at the end. False when it is already in the plan or the
    /// plan is full.
    pub fn add_tip(&mut self, id: &str) -> bool {
        if self.has_tip(id) || self.measures.len() >= MAX_MEASURES {
            return false;
        }
        self.measures
            .push(Measure::new(What::Tip(Ref::Id(id.to_string()))));
        true
    }

    /// Removes the tip (every copy of it). False when it was not in the plan.
    pub fn remove_tip(&mut self, id: &str) -> bool {
        let before = self.measures.len();
        self.measures.retain(|m| m.tip_id() != Some(id));
        self.measures.len() != before
    }

    /// Adds an own measure at the end and returns its index; `None` when the
    /// goal is not 1–8 or the plan is full.
    pub fn add_own(&mut self, goal: u8, title: &str) -> Option<usize> {
        if !(1..=8).contains(&goal) || self.measures.len() >= MAX_MEASURES {
            return None;
        }
        self.measures.push(Measure::new(What::Own {
            goal,
            title: cap(title, MAX_SHORT_TEXT),
        }));
        Some(self.measures.len() - 1)
    }

    /// Removes the measure at `index`.
    pub fn remove(&mut self, index: usize) -> Option<Measure> {
        (index < self.measures.len()).then(|| self.measures.remove(index))
    }

    /// Changes one field of the measure at `index`, capping texts. False when
    /// there is no such measure or the change does not apply (a tip's title
    /// or goal, a goal outside 1–8). An empty own follow-up becomes `None`.
    pub fn update(&mut self, index: usize, change: Change) -> bool {
        let Some(m) = self.measures.get_mut(index) else {
            return false;
        };
        match change {
            Change::Title(text) => match &mut m.what {
                What::Own { title, .. } => *title = cap(&text, MAX_SHORT_TEXT),
                What::Tip(_) => return false,
            },
            Change::Goal(number) => match &mut m.what {
                What::Own { goal, .. } if (1..=8).contains(&number) => *goal = number,
                _ => return false,
            },
            Change::Responsible(text) => m.responsible = cap(&text, MAX_SHORT_TEXT),
            Change::Start(month) => m.start = month,
            Change::End(month) => m.end = month,
            Change::FollowUp(FollowUp::Own(text)) if text.is_empty() => {
                m.follow_up = FollowUp::None
            }
            Change::FollowUp(FollowUp::Own(text)) => {
                m.follow_up = FollowUp::Own(cap(&text, MAX_LONG_TEXT))
            }
            Change::FollowUp(other) => m.follow_up = other,
            Change::Status(status) => m.status = status,
            Change::Note(text) => m.note = cap(&text, MAX_LONG_TEXT),
        }
        true
    }

    /// The measures goal by goal: prioritised goals first, then the others,
    /// each in number order; tips the content no longer has last. A goal is
    /// listed when it has measures, is prioritised or has a note.
    pub fn groups<'a>(&'a self, content: &Bundle) -> Vec<GoalGroup<'a>> {
        let mut groups: Vec<GoalGroup<'a>> = (1..=8u8)
            .map(|n| {
                let g = &self.goals[usize::from(n - 1)];
                GoalGroup {
                    goal: Some(n),
                    prioritised: g.prioritised,
                    measures: Vec::new(),
                }
            })
            .collect();
        let mut unknown = GoalGroup {
            goal: None,
            prioritised: false,
            measures: Vec::new(),
        };
        for (i, m) in self.measures.iter().enumerate() {
            match m.goal(content) {
                Some(n) => groups[usize::from(n - 1)].measures.push((i, m)),
                None => unknown.measures.push((i, m)),
            }
        }
        groups.retain(|g| {
            let goal = &self.goals[usize::from(g.goal.unwrap_or(1) - 1)];
            !g.measures.is_empty() || goal.prioritised || !goal.note.is_empty()
        });
        // Number order within each half (a partition: no sort code in the WASM).
        let (mut groups, rest): (Vec<_>, Vec<_>) = groups.into_iter().partition(|g| g.prioritised);
        groups.extend(rest);
        if !unknown.measures.is_empty() {
            groups.push(unknown);
        }
        groups
    }

    /// How many measures have each status, in [`Status::ALL`] order.
    pub fn status_counts(&self) -> [(Status, usize); 4] {
        Status::ALL.map(|s| (s, self.measures.iter().filter(|m| m.status == s).count()))
    }

    /// What in the plan the content does not have: tips no longer in the
    /// strategy, indicators not under the measure's goal, an unknown actor
    /// type. Everything stays in the plan; these say what to look at.
    pub fn problems(&self, content: &Bundle) -> Vec<String> {
        let mut out = Vec::new();
        let actor = &self.organisation.actor;
        if !actor.is_empty() && !content.actor_ids().contains(&actor.as_str()) {
            let names: Vec<&str> = content
                .strategy
                .actor_types
                .iter()
                .map(|a| a.name.as_str())
                .collect();
            out.push(messages::unknown_actor(actor, &names));
        }
        let unknown_tips = self
            .measures
            .iter()
            .filter(|m| matches!(&m.what, What::Tip(r) if r.tip(content).is_none()))
            .count();
        if unknown_tips > 0 {
            out.push(messages::unknown_tips(unknown_tips));
        }
        let stray_indicators = self
            .measures
            .iter()
            .filter(|m| match &m.follow_up {
                FollowUp::Indicator(r) => match (m.goal(content), r.indicator(content)) {
                    (_, None) => true,
                    (Some(n), Some(_)) => content
                        .goal(n)
                        .is_some_and(|g| !g.indicators.iter().any(|i| r.names(&i.id))),
                    (None, Some(_)) => false,
                },
                _ => false,
            })
            .count();
        if stray_indicators > 0 {
            out.push(messages::stray_indicators(stray_indicators));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_read_as_people_and_excel_write_them() {
        let march = Month::new(2025, 3);
        for text in [
            "2025-03",
            " 2025-3 ",
            "2025/03",
            "2025-03-01",
            "2025-03-01 00:00:00",
            "2025-03-01T00:00",
            "mar-25",
            "Mars 2025",
            "MAR 25",
        ] {
            assert_eq!(Month::parse(text), march, "{text:?}");
        }
        for text in [
            "",
            "2025",
            "2025-13",
            "2025-00",
            "1999-12",
            "2100-01",
            "25-03",
            "ma-25",
            "2025-03-x",
            "mars",
            "2025-03-01-02",
            "２０２５-03",
        ] {
            assert_eq!(Month::parse(text), None, "{text:?}");
        }
        assert_eq!(march.unwrap().to_string(), "2025-03");
        assert_eq!(Month::from_index(0), Month::new(2000, 1));
        assert_eq!(Month::from_index(1199), Month::new(2099, 12));
        assert_eq!(Month::from_index(1200), None);
        assert_eq!(Month::from_index(u32::MAX), None);
    }

    #[test]
    fn lower_case_covers_swedish_letters() {
        assert_eq!(lower("ÅÄÖ Éa Z Ü Ø×"), "åäö éa z ü ø×");
        assert_eq!(fold("  Pågår "), "pagar");
    }

    #[test]
    fn status_words_ignore_case_and_missing_dots() {
        assert_eq!(Status::from_label(" pågår "), Some(Status::Ongoing));
        assert_eq!(Status::from_label("PAGAR"), Some(Status::Ongoing));
        assert_eq!(Status::from_label("Klar"), None);
        assert_eq!(Status::default().label(), "Planerad");
    }

    #[test]
    fn edits_keep_the_plan_within_its_limits() {
        let mut plan = Plan::new();
        assert!(plan.is_empty());
        assert!(plan.add_tip("m1-a"));
        assert!(!plan.add_tip("m1-a"));
        assert_eq!(plan.add_own(9, "x"), None);
        assert_eq!(plan.add_own(3, &"å".repeat(400)), Some(1));
        let What::Own { title, .. } = &plan.measures[1].what else {
            panic!("own measure")
        };
        assert_eq!(title.chars().count(), MAX_SHORT_TEXT);
        assert!(!plan.update(0, Change::Title("t".into())));
        assert!(!plan.update(1, Change::Goal(0)));
        assert!(plan.update(1, Change::FollowUp(FollowUp::Own(String::new()))));
        assert_eq!(plan.measures[1].follow_up, FollowUp::None);
        assert!(!plan.update(2, Change::Note("n".into())));
        assert!(!plan.set_prioritised(0, true));
        assert!(plan.set_prioritised(8, true));
        assert!(plan.remove_tip("m1-a"));
        assert!(!plan.remove_tip("m1-a"));
        assert_eq!(plan.measures.len(), 1);
    }
}
