//! Reads a page's island data (`crate::islands::IslandData`) with the
//! browser's own `JSON.parse`. The prerenderer writes it with serde_json;
//! reading it here without serde_json keeps its parser and serde's
//! visitors out of the islands' WASM (see the README's "Beroenden").

use std::cell::RefCell;

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::content::{Link, Tip, TipOrigin};
use crate::filter::Actor;
use crate::islands::{EmbedPanelData, GoalTipsData, IslandData};
use crate::search::SearchGoal;

/// The island data in `text`, or what is wrong with it (for the console).
///
/// The fields are read through to the end whatever is wrong, and the first
/// problem met is the answer: without an early return after every field,
/// the WASM has no code to drop what was read before it (a few kB).
pub fn parse_island_data(text: &str) -> Result<IslandData, String> {
    let value = JSON::parse(text).map_err(|e| match e.dyn_ref::<js_sys::Error>() {
        Some(e) => String::from(e.message()),
        None => "ogiltig JSON".to_string(),
    })?;
    let problem = Problem::default();
    let data = Obj::of(value, "sidans data", &problem);
    let read = IslandData {
        actors: data.list("aktorstyper", |o| Actor {
            id: o.text("id"),
            name: o.text("namn"),
        }),
        goal_tips: data.optional_obj("mal_tips").map(|o| GoalTipsData {
            number: o.number("nummer"),
            tips: o.list("tips", tip),
        }),
        tips: data.optional("tips").map(|v| {
            list(v, "tips", &problem, |o| SearchGoal {
                number: o.number("nummer"),
                short_name: o.text("kortnamn"),
                statement: o.text("malformulering"),
                prerequisites: o.texts("forutsattningar"),
                indicators: o.texts("indikatorer"),
                commitments: o.texts("ataganden"),
                tips: o.list("tips", tip),
            })
        }),
        embed_panel: EmbedPanelData {
            frame_title: data.obj("inbaddning").text("ramtitel"),
        },
    };
    match problem.0.into_inner() {
        Some(first) => Err(first),
        None => Ok(read),
    }
}

fn tip(o: Obj) -> Tip {
    Tip {
        id: o.text("id"),
        actors: o.texts("aktorer"),
        title: o.text("rubrik"),
        text: o.text("text"),
        link: o.optional_obj("lank").map(|l| Link {
            title: l.text("namn"),
            url: l.text("url"),
        }),
        origin: match o.optional("ursprung") {
            Some(v) => TipOrigin::from(text(v, "ursprung", o.problem)),
            None => TipOrigin::Missing,
        },
    }
}

/// The first problem met while reading, if any.
#[derive(Default)]
struct Problem(RefCell<Option<String>>);

impl Problem {
    fn note(&self, what: String) {
        self.0.borrow_mut().get_or_insert(what);
    }
}

/// A JSON object, with the name of the field it was found in. (Something
/// else is noted as a problem, and reads as an object with no fields.)
struct Obj<'a> {
    value: JsValue,
    name: &'a str,
    problem: &'a Problem,
}

impl<'a> Obj<'a> {
    fn of(value: JsValue, name: &'a str, problem: &'a Problem) -> Self {
        if !value.is_object() || Array::is_array(&value) {
            problem.note(format!("{name} är inte ett objekt"));
        }
        Obj {
            value,
            name,
            problem,
        }
    }

    /// The field `key`; `None` when it is missing or null (as serde reads
    /// an `Option`).
    fn optional(&self, key: &str) -> Option<JsValue> {
        let v = Reflect::get(&self.value, &JsValue::from_str(key)).ok()?;
        (!v.is_undefined() && !v.is_null()).then_some(v)
    }

    fn required(&self, key: &str) -> JsValue {
        self.optional(key).unwrap_or_else(|| {
            self.problem
                .note(format!("fältet {key} saknas i {}", self.name));
            JsValue::UNDEFINED
        })
    }

    fn obj(&self, key: &'a str) -> Obj<'a> {
        Obj::of(self.required(key), key, self.problem)
    }

    fn optional_obj(&self, key: &'a str) -> Option<Obj<'a>> {
        self.optional(key).map(|v| Obj::of(v, key, self.problem))
    }

    fn text(&self, key: &str) -> String {
        text(self.required(key), key, self.problem)
    }

    fn number(&self, key: &str) -> u8 {
        let n = self.required(key).as_f64();
        match n.filter(|n| n.fract() == 0.0 && (0.0..=255.0).contains(n)) {
            Some(n) => n as u8,
            None => {
                self.problem
                    .note(format!("fältet {key} är inte ett heltal 0–255"));
                0
            }
        }
    }

    fn texts(&self, key: &str) -> Vec<String> {
        items(self.required(key), key, self.problem, |v| {
            text(v, key, self.problem)
        })
    }

    fn list<T>(&self, key: &'a str, item: impl Fn(Obj<'a>) -> T) -> Vec<T> {
        list(self.required(key), key, self.problem, item)
    }
}

fn text(value: JsValue, key: &str, problem: &Problem) -> String {
    value.as_string().unwrap_or_else(|| {
        problem.note(format!("fältet {key} är inte en text"));
        String::new()
    })
}

/// The objects of the array `value` (the field `key`), each read by `item`.
fn list<'a, T>(
    value: JsValue,
    key: &'a str,
    problem: &'a Problem,
    item: impl Fn(Obj<'a>) -> T,
) -> Vec<T> {
    items(value, key, problem, |v| item(Obj::of(v, key, problem)))
}

fn items<T>(value: JsValue, key: &str, problem: &Problem, item: impl Fn(JsValue) -> T) -> Vec<T> {
    if !Array::is_array(&value) {
        problem.note(format!("fältet {key} är inte en lista"));
        return Vec::new();
    }
    let array: Array = value.unchecked_into();
    (0..array.length()).map(|i| item(array.get(i))).collect()
}
