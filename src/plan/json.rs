//! The plan as a JSON file ("Spara som fil" / "Öppna fil"): readable by
//! people, with a format marker and version, tips named by their full id.
//!
//! ```json
//! {
//!   "format": "strategi-handlingsplan",
//!   "version": 1,
//!   "organisation": { "namn": "…", "aktorstyp": "kommun", "enhet": "…" },
//!   "mal": [ { "nummer": 1, "prioriterat": true, "utgangslage": "…" }, … ],
//!   "atgarder": [
//!     { "forslag": "m1-normkritiskt-i-skolan", "ansvarig": "…", "start": "2025-03",
//!       "slut": null, "uppfoljning": { "indikator": "…" }, "status": "Pågår", "anteckning": "…" },
//!     { "egen": { "mal": 3, "rubrik": "…" }, …, "uppfoljning": { "text": "…" }, … }
//!   ]
//! }
//! ```
//!
//! A tip known only by its key (from a link) is `"forslagsnyckel": "hSW8"`,
//! an indicator likewise `{ "indikatornyckel": "…" }`.

use crate::content::key::Key;
use crate::content::Bundle;

use super::json_value::{parse, Json};
use super::limits::{MAX_ID_CHARS, MAX_LONG_TEXT, MAX_MEASURES, MAX_SHORT_TEXT};
use super::messages::{self, field, Report};
use super::model::{FollowUp, Loaded, Measure, Month, Plan, Ref, Status, What, FORMAT_VERSION};

/// The value of `"format"` in every plan file.
pub const FORMAT_NAME: &str = "strategi-handlingsplan";

fn object(members: Vec<(&str, Json)>) -> Json {
    Json::Object(
        members
            .into_iter()
            .map(|(name, value)| (name.to_string(), value))
            .collect(),
    )
}

/// The plan as a JSON file, indented for people.
pub fn to_json(plan: &Plan) -> String {
    let org = &plan.organisation;
    let goals = (1..=8u8)
        .zip(&plan.goals)
        .map(|(n, g)| {
            object(vec![
                ("nummer", Json::number(n.into())),
                ("prioriterat", Json::Bool(g.prioritised)),
                ("utgangslage", Json::string(&g.note)),
            ])
        })
        .collect();
    let file = object(vec![
        ("format", Json::string(FORMAT_NAME)),
        ("version", Json::number(FORMAT_VERSION.into())),
        (
            "organisation",
            object(vec![
                ("namn", Json::string(&org.name)),
                ("aktorstyp", Json::string(&org.actor)),
                ("enhet", Json::string(&org.unit)),
            ]),
        ),
        ("mal", Json::Array(goals)),
        (
            "atgarder",
            Json::Array(plan.measures.iter().map(measure_out).collect()),
        ),
    ]);
    file.to_pretty()
}

fn measure_out(m: &Measure) -> Json {
    let month = |m: Option<Month>| m.map_or(Json::Null, |m| Json::String(m.to_string()));
    let what = match &m.what {
        What::Tip(Ref::Id(id)) => ("forslag", Json::string(id)),
        What::Tip(Ref::Key(key)) => ("forslagsnyckel", Json::String(key.to_string())),
        What::Own { goal, title } => (
            "egen",
            object(vec![
                ("mal", Json::number((*goal).into())),
                ("rubrik", Json::string(title)),
            ]),
        ),
    };
    let follow_up = match &m.follow_up {
        FollowUp::None => Json::Null,
        FollowUp::Indicator(Ref::Id(id)) => object(vec![("indikator", Json::string(id))]),
        FollowUp::Indicator(Ref::Key(key)) => {
            object(vec![("indikatornyckel", Json::String(key.to_string()))])
        }
        FollowUp::Own(text) => object(vec![("text", Json::string(text))]),
    };
    object(vec![
        what,
        ("ansvarig", Json::string(&m.responsible)),
        ("start", month(m.start)),
        ("slut", month(m.end)),
        ("uppfoljning", follow_up),
        ("status", Json::string(m.status.label())),
        ("anteckning", Json::string(&m.note)),
    ])
}

/// Reads a plan file. Whatever is valid is kept; the messages say what was not.
pub fn from_json(text: &str, content: &Bundle) -> Loaded {
    let mut report = Report::default();
    let plan = read(text, content, &mut report);
    let mut messages = report.messages;
    messages.extend(plan.problems(content));
    Loaded { plan, messages }
}

const TEXT: &str = "en text";

fn read(text: &str, content: &Bundle, report: &mut Report) -> Plan {
    let mut plan = Plan::default();
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        report.push(messages::empty_file());
        return plan;
    }
    let root = match parse(text) {
        Some(root) if root.get("format").and_then(Json::as_str) == Some(FORMAT_NAME) => root,
        _ => {
            report.push(messages::not_a_plan_file());
            return plan;
        }
    };
    match root.get("version") {
        None | Some(Json::Null) => report.push(messages::file_without_version()),
        Some(v) if v.as_u64() == Some(u64::from(FORMAT_VERSION)) => {}
        Some(v) => report.push(messages::file_version(&plain(v))),
    }

    let mut fields = Fields { report };
    if let Some(org) = fields.object(&root, "organisation", "Organisationen") {
        let at = "Organisationen";
        let o = &mut plan.organisation;
        o.name = fields.text(org, "namn", at, field::NAME, MAX_SHORT_TEXT);
        o.actor = fields.text(org, "aktorstyp", at, field::ACTOR, MAX_SHORT_TEXT);
        o.unit = fields.text(org, "enhet", at, field::UNIT, MAX_SHORT_TEXT);
    }

    let mut goals_seen = [false; 8];
    for goal in fields.list(&root, "mal") {
        if !matches!(goal, Json::Object(_)) {
            fields
                .report
                .push(messages::wrong_field("Filen", "mal", "en lista med mål"));
            continue;
        }
        let number = goal.get("nummer").cloned().unwrap_or(Json::Null);
        let n = match number.as_u64() {
            Some(n @ 1..=8) => n as u8,
            _ => {
                fields
                    .report
                    .push(messages::unknown_goal("Filen", &plain(&number)));
                continue;
            }
        };
        let at = format!("Mål {n}");
        if std::mem::replace(&mut goals_seen[usize::from(n - 1)], true) {
            fields.report.push(messages::duplicate_goal(n));
            continue;
        }
        let g = &mut plan.goals[usize::from(n - 1)];
        g.prioritised = match goal.get("prioriterat") {
            None | Some(Json::Null) => false,
            Some(Json::Bool(b)) => *b,
            Some(_) => {
                fields.report.push(messages::wrong_field(
                    &at,
                    "prioriterat",
                    "true eller false",
                ));
                false
            }
        };
        g.note = fields.text(goal, "utgangslage", &at, field::GOAL_NOTE, MAX_LONG_TEXT);
    }

    let entries = fields.list(&root, "atgarder");
    if entries.len() > MAX_MEASURES {
        fields
            .report
            .push(messages::too_many_measures(entries.len()));
    }
    for (i, entry) in entries.iter().take(MAX_MEASURES).enumerate() {
        let at = format!("Åtgärd {}", i + 1);
        if let Some(m) = fields.measure(entry, &at, content) {
            plan.measures.push(m);
        }
    }
    plan
}

/// A JSON value as the user would have typed it: strings without quotes.
fn plain(value: &Json) -> String {
    match value {
        Json::String(s) => s.clone(),
        Json::Null => String::new(),
        other => other.to_compact(),
    }
}

struct Fields<'r> {
    report: &'r mut Report,
}

impl Fields<'_> {
    fn object<'v>(&mut self, obj: &'v Json, key: &str, at: &str) -> Option<&'v Json> {
        match obj.get(key) {
            None | Some(Json::Null) => None,
            Some(found @ Json::Object(_)) => Some(found),
            Some(_) => {
                self.report
                    .push(messages::wrong_field(at, key, "ett objekt"));
                None
            }
        }
    }

    fn list<'v>(&mut self, obj: &'v Json, key: &str) -> &'v [Json] {
        match obj.get(key) {
            None | Some(Json::Null) => &[],
            Some(Json::Array(a)) => a,
            Some(_) => {
                self.report
                    .push(messages::wrong_field("Filen", key, "en lista"));
                &[]
            }
        }
    }

    /// A text field, capped; empty when missing or not a text.
    fn text(&mut self, obj: &Json, key: &str, at: &str, name: &str, limit: usize) -> String {
        match obj.get(key) {
            None | Some(Json::Null) => String::new(),
            Some(Json::String(s)) => self.report.capped(at, name, s, limit),
            Some(_) => {
                self.report.push(messages::wrong_field(at, key, TEXT));
                String::new()
            }
        }
    }

    fn month(&mut self, obj: &Json, key: &str, at: &str, which: &str) -> Option<Month> {
        let value = obj.get(key)?;
        if value.is_null() {
            return None;
        }
        let month = value.as_str().and_then(Month::parse);
        if month.is_none() {
            self.report
                .push(messages::bad_month(at, which, &plain(value)));
        }
        month
    }

    fn id(&mut self, value: &Json, at: &str, key: &str) -> Option<String> {
        match value.as_str() {
            Some(id) if id.chars().count() > MAX_ID_CHARS => {
                self.report.push(messages::id_too_long(at));
                None
            }
            Some("") => {
                self.report.push(messages::wrong_field(at, key, "ett id"));
                None
            }
            Some(id) => Some(id.to_string()),
            None => {
                self.report.push(messages::wrong_field(at, key, TEXT));
                None
            }
        }
    }

    fn key(&mut self, value: &Json, at: &str, key: &str) -> Option<Key> {
        let parsed = value.as_str().and_then(Key::parse);
        if parsed.is_none() {
            self.report
                .push(messages::wrong_field(at, key, "en nyckel på fyra tecken"));
        }
        parsed
    }

    fn measure(&mut self, entry: &Json, at: &str, content: &Bundle) -> Option<Measure> {
        let obj = entry;
        if !matches!(obj, Json::Object(_)) {
            self.report.push(messages::measure_without_what(at));
            return None;
        }
        let what = if let Some(v) = obj.get("forslag") {
            What::Tip(Ref::Id(self.id(v, at, "forslag")?))
        } else if let Some(v) = obj.get("forslagsnyckel") {
            What::Tip(Ref::Key(self.key(v, at, "forslagsnyckel")?).resolve_tip(content))
        } else if let Some(own) = self.object(obj, "egen", at) {
            let title = self.text(own, "rubrik", at, field::TITLE, MAX_SHORT_TEXT);
            let goal = own.get("mal").cloned().unwrap_or(Json::Null);
            match goal.as_u64() {
                Some(n @ 1..=8) => What::Own {
                    goal: n as u8,
                    title,
                },
                _ => {
                    self.report.push(messages::own_measure_without_goal(
                        at,
                        &plain(&goal),
                        &title,
                    ));
                    return None;
                }
            }
        } else {
            self.report.push(messages::measure_without_what(at));
            return None;
        };
        let mut m = Measure::new(what);
        m.responsible = self.text(obj, "ansvarig", at, field::RESPONSIBLE, MAX_SHORT_TEXT);
        m.start = self.month(obj, "start", at, "startmånaden");
        m.end = self.month(obj, "slut", at, "slutmånaden");
        m.follow_up = self.follow_up(obj, at, content);
        m.status = match obj.get("status") {
            None | Some(Json::Null) => Status::Planned,
            Some(v) => v.as_str().and_then(Status::from_label).unwrap_or_else(|| {
                self.report.push(messages::unknown_status(at, &plain(v)));
                Status::Planned
            }),
        };
        m.note = self.text(obj, "anteckning", at, field::NOTE, MAX_LONG_TEXT);
        Some(m)
    }

    fn follow_up(&mut self, obj: &Json, at: &str, content: &Bundle) -> FollowUp {
        let Some(f) = self.object(obj, "uppfoljning", at) else {
            return FollowUp::None;
        };
        if let Some(v) = f.get("indikator") {
            self.id(v, at, "indikator")
                .map_or(FollowUp::None, |id| FollowUp::Indicator(Ref::Id(id)))
        } else if let Some(v) = f.get("indikatornyckel") {
            self.key(v, at, "indikatornyckel")
                .map_or(FollowUp::None, |k| {
                    FollowUp::Indicator(Ref::Key(k).resolve_indicator(content))
                })
        } else if f.get("text").is_some() {
            match self.text(f, "text", at, field::FOLLOW_UP, MAX_LONG_TEXT) {
                text if text.is_empty() => FollowUp::None,
                text => FollowUp::Own(text),
            }
        } else {
            self.report.push(messages::wrong_field(
                at,
                "uppfoljning",
                "null eller ett objekt med \"indikator\" eller \"text\"",
            ));
            FollowUp::None
        }
    }
}
