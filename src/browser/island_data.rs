//! Reads a page's island data (`crate::islands::IslandData`) with the
//! browser's own `JSON.parse`. The prerenderer writes it with serde_json;
//! reading it here without serde_json keeps its parser and serde's
//! visitors out of the islands' WASM (see the README's "Beroenden").

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::content::{Link, Tip, TipOrigin};
use crate::filter::Actor;
use crate::islands::{EmbedPanelData, GoalTipsData, IslandData};
use crate::search::SearchGoal;

/// The island data in `text`, or what is wrong with it (for the console).
/// The plan's guide data ([`IslandData::plan`]) is left out: only the
/// plan's own bundle reads it (`PlanData::read_page`).
pub fn parse_island_data(text: &str) -> Result<IslandData, String> {
    let value = JSON::parse(text).map_err(|e| match e.dyn_ref::<js_sys::Error>() {
        Some(e) => String::from(e.message()),
        None => "ogiltig JSON".to_string(),
    })?;
    let data = Obj::of(value, "sidans data")?;
    Ok(IslandData {
        actors: data.list("aktorstyper", |o| {
            Ok(Actor {
                id: o.text("id")?,
                name: o.text("namn")?,
            })
        })?,
        goal_tips: match data.optional_obj("mal_tips")? {
            Some(o) => Some(GoalTipsData {
                number: o.number("nummer")?,
                tips: o.list("tips", tip)?,
            }),
            None => None,
        },
        tips: match data.optional("tips") {
            Some(v) => Some(list(v, "tips", |o| {
                Ok(SearchGoal {
                    number: o.number("nummer")?,
                    short_name: o.text("kortnamn")?,
                    statement: o.text("malformulering")?,
                    prerequisites: o.texts("forutsattningar")?,
                    indicators: o.texts("indikatorer")?,
                    commitments: o.texts("ataganden")?,
                    tips: o.list("tips", tip)?,
                })
            })?),
            None => None,
        },
        embed_panel: EmbedPanelData {
            frame_title: data.obj("inbaddning")?.text("ramtitel")?,
        },
        plan: None,
    })
}

fn tip(o: Obj) -> Result<Tip, String> {
    Ok(Tip {
        id: o.text("id")?,
        actors: o.texts("aktorer")?,
        title: o.text("rubrik")?,
        text: o.text("text")?,
        link: match o.optional_obj("lank")? {
            Some(l) => Some(Link {
                title: l.text("namn")?,
                url: l.text("url")?,
            }),
            None => None,
        },
        origin: match o.optional("ursprung") {
            Some(v) => TipOrigin::from(text(v, "ursprung")?),
            None => TipOrigin::Missing,
        },
    })
}

/// A JSON object, with the name of the field it was found in.
struct Obj<'a> {
    value: JsValue,
    name: &'a str,
}

impl<'a> Obj<'a> {
    fn of(value: JsValue, name: &'a str) -> Result<Self, String> {
        if value.is_object() && !Array::is_array(&value) {
            Ok(Obj { value, name })
        } else {
            Err(format!("{name} är inte ett objekt"))
        }
    }

    /// The field `key`; `None` when it is missing or null (as serde reads
    /// an `Option`).
    fn optional(&self, key: &str) -> Option<JsValue> {
        let v = Reflect::get(&self.value, &JsValue::from_str(key)).ok()?;
        (!v.is_undefined() && !v.is_null()).then_some(v)
    }

    fn required(&self, key: &str) -> Result<JsValue, String> {
        self.optional(key)
            .ok_or_else(|| format!("fältet {key} saknas i {}", self.name))
    }

    fn obj<'k>(&self, key: &'k str) -> Result<Obj<'k>, String> {
        Obj::of(self.required(key)?, key)
    }

    fn optional_obj<'k>(&self, key: &'k str) -> Result<Option<Obj<'k>>, String> {
        self.optional(key).map(|v| Obj::of(v, key)).transpose()
    }

    fn text(&self, key: &str) -> Result<String, String> {
        text(self.required(key)?, key)
    }

    fn number(&self, key: &str) -> Result<u8, String> {
        self.required(key)?
            .as_f64()
            .filter(|n| n.fract() == 0.0 && (0.0..=255.0).contains(n))
            .map(|n| n as u8)
            .ok_or_else(|| format!("fältet {key} är inte ett heltal 0–255"))
    }

    fn texts(&self, key: &str) -> Result<Vec<String>, String> {
        items(self.required(key)?, key, |v| text(v, key))
    }

    fn list<T>(
        &self,
        key: &str,
        item: impl Fn(Obj) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        list(self.required(key)?, key, item)
    }
}

fn text(value: JsValue, key: &str) -> Result<String, String> {
    value
        .as_string()
        .ok_or_else(|| format!("fältet {key} är inte en text"))
}

/// The objects of the array `value` (the field `key`), each read by `item`.
fn list<T>(
    value: JsValue,
    key: &str,
    item: impl Fn(Obj) -> Result<T, String>,
) -> Result<Vec<T>, String> {
    items(value, key, |v| item(Obj::of(v, key)?))
}

fn items<T>(
    value: JsValue,
    key: &str,
    item: impl Fn(JsValue) -> Result<T, String>,
) -> Result<Vec<T>, String> {
    if !Array::is_array(&value) {
        return Err(format!("fältet {key} är inte en lista"));
    }
    let array: Array = value.unchecked_into();
    // A loop, not `collect::<Result<Vec<_>, _>>()`: that adapter is
    // instantiated per item type and weighs a few kB in the WASM.
    let mut out = Vec::with_capacity(array.length() as usize);
    for i in 0..array.length() {
        out.push(item(array.get(i))?);
    }
    Ok(out)
}
