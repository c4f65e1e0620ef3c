//! Islands: how the prerendered site comes alive with little code.
//!
//! Every page is complete HTML from the prerenderer. In the browser only the
//! parts that react to the visitor run: the tips of a goal (chips, summary,
//! list), the whole "Vad kan vi göra?" view (search), and the embed panel.
//! Each is an element with `data-o="…"` (see `contract`) that the same
//! component hydrates in place, with typed props from the page.
//!
//! The props are in the page (`<script type="application/json"
//! id="strategi-data">`): the actor types' names and what each island of
//! that page reads, nothing more. So the islands' WASM carries no content
//! and no code for the other views, and stays small (see the README's
//! performance section). This file is plain data; `browser/islands.rs`
//! starts them.

use serde::{Deserialize, Serialize};

use crate::content::{
    ActorType, Bundle, CommitmentKind, Direction, Goal, Indicator, Link, Strategy, Tip, TipOrigin,
    Unit,
};
use crate::filter::Actor;
use crate::plan::json_value::{parse, Json};
use crate::route::Route;
use crate::search::SearchGoal;
use crate::status::{goal_status, key_figure, CardFigure};

/// The props of a goal's tips island.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalTipsData {
    #[serde(rename = "nummer")]
    pub number: u8,
    #[serde(rename = "tips")]
    pub tips: Vec<Tip>,
}

/// The props of the embed panel: the title its iframe snippet gives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmbedPanelData {
    #[serde(rename = "ramtitel")]
    pub frame_title: String,
}

/// The props of the plan's guide (`/handlingsplan/`): what it shows of each
/// goal, and what the plan formats look up (tips, indicators, goal names).
/// Status and figure are worked out at build time by the goal cards' own
/// code, so the guide carries neither the indicators' series nor the rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanData {
    #[serde(rename = "mal")]
    pub goals: Vec<PlanGoal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanGoal {
    #[serde(rename = "nummer")]
    pub number: u8,
    #[serde(rename = "kortnamn")]
    pub short_name: String,
    /// The class of the goal's [`crate::status::Status`], as its card has it.
    #[serde(rename = "status")]
    pub status: String,
    #[serde(rename = "siffra", default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<CardFigure>,
    /// The indicators a measure can be followed up by.
    #[serde(rename = "indikatorer")]
    pub indicators: Vec<PlanIndicator>,
    /// Commitments and focus areas of the action plans, for context.
    #[serde(rename = "ataganden")]
    pub commitments: Vec<PlanCommitment>,
    #[serde(rename = "tips")]
    pub tips: Vec<Tip>,
}

/// An indicator a measure can be followed up by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanIndicator {
    #[serde(rename = "id")]
    pub id: String,
    #[serde(rename = "namn")]
    pub name: String,
}

/// A commitment or focus area, as the guide shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanCommitment {
    /// "Åtagande" or "Inriktning".
    #[serde(rename = "slag")]
    pub kind: String,
    /// Which action plan: "Handlingsplan 2020–2022".
    #[serde(rename = "plan")]
    pub plan: String,
    #[serde(rename = "text")]
    pub text: String,
}

impl PlanData {
    pub fn of(bundle: &Bundle) -> Self {
        let rule = &bundle.strategy.status_rule;
        PlanData {
            goals: bundle
                .goals
                .iter()
                .map(|g| PlanGoal {
                    number: g.number,
                    short_name: g.short_name.clone(),
                    status: goal_status(&g.indicators, rule).class().to_string(),
                    figure: key_figure(g),
                    indicators: g
                        .indicators
                        .iter()
                        .map(|i| PlanIndicator {
                            id: i.id.clone(),
                            name: i.name.clone(),
                        })
                        .collect(),
                    commitments: g
                        .commitments
                        .iter()
                        .map(|c| PlanCommitment {
                            kind: match c.kind {
                                CommitmentKind::FocusArea => "Inriktning",
                                _ => "Åtagande",
                            }
                            .to_string(),
                            plan: c.plan.clone(),
                            text: c.text.clone(),
                        })
                        .collect(),
                    // The guide shows no links (the goal pages do).
                    tips: g
                        .tips
                        .iter()
                        .map(|t| Tip {
                            link: None,
                            ..t.clone()
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// The content as far as the plan formats read it (goal names, tips,
    /// indicator names, actor types), for `crate::plan`'s functions in the
    /// browser, which has only this data. `tests/plan_data.rs` holds that
    /// every format gives the same with it as with the whole content.
    pub fn content(&self, actors: &[Actor]) -> Bundle {
        Bundle {
            strategy: Strategy {
                actor_types: actors
                    .iter()
                    .map(|a| ActorType {
                        id: a.id.clone(),
                        name: a.name.clone(),
                        description: String::new(),
                    })
                    .collect(),
                ..Strategy::default()
            },
            goals: self
                .goals
                .iter()
                .map(|g| Goal {
                    number: g.number,
                    short_name: g.short_name.clone(),
                    statement: String::new(),
                    summary: String::new(),
                    prerequisites: Vec::new(),
                    indicators_note: String::new(),
                    indicators: g
                        .indicators
                        .iter()
                        .map(|i| Indicator {
                            id: i.id.clone(),
                            name: i.name.clone(),
                            unit: Unit::Count,
                            better: Direction::Up,
                            trend: String::new(),
                            missing: String::new(),
                            comment: String::new(),
                            series: Vec::new(),
                            source: Link::default(),
                        })
                        .collect(),
                    commitments_note: String::new(),
                    commitments: Vec::new(),
                    recommended_indicators: Vec::new(),
                    help_lines: Vec::new(),
                    tips: g.tips.clone(),
                    sources: Vec::new(),
                })
                .collect(),
            ..Bundle::default()
        }
    }
}

impl PlanData {
    /// The actor types and the guide's data in a page's data (as
    /// [`IslandData::to_script_json`] writes it), or what is wrong with it
    /// (for the console). Read with the plan's own small JSON reader, which
    /// the guide's bundle carries for plan files anyway.
    pub fn read_page(text: &str) -> Result<(Vec<Actor>, PlanData), String> {
        let data = parse(text).ok_or("sidans data är inte JSON")?;
        let actors = list(&data, "aktorstyper", |a| {
            Ok(Actor {
                id: text_of(a, "id")?,
                name: text_of(a, "namn")?,
            })
        })?;
        let plan = data
            .get("handlingsplan")
            .ok_or("fältet handlingsplan saknas")?;
        let goals = list(plan, "mal", |g| {
            Ok(PlanGoal {
                number: u8::try_from(number(g, "nummer")?)
                    .map_err(|_| "fältet nummer är för stort")?,
                short_name: text_of(g, "kortnamn")?,
                status: text_of(g, "status")?,
                figure: match g.get("siffra") {
                    None | Some(Json::Null) => None,
                    Some(f) => Some(CardFigure {
                        value: text_of(f, "varde")?,
                        year: u16::try_from(number(f, "ar")?)
                            .map_err(|_| "fältet ar är inte ett årtal")?,
                        indicator: text_of(f, "indikator")?,
                        series: f.get("serie").and_then(Json::as_str).map(str::to_string),
                    }),
                },
                indicators: list(g, "indikatorer", |i| {
                    Ok(PlanIndicator {
                        id: text_of(i, "id")?,
                        name: text_of(i, "namn")?,
                    })
                })?,
                commitments: list(g, "ataganden", |c| {
                    Ok(PlanCommitment {
                        kind: text_of(c, "slag")?,
                        plan: text_of(c, "plan")?,
                        text: text_of(c, "text")?,
                    })
                })?,
                tips: list(g, "tips", |t| {
                    Ok(Tip {
                        id: text_of(t, "id")?,
                        actors: list(t, "aktorer", |a| {
                            a.as_str()
                                .map(str::to_string)
                                .ok_or_else(|| "fältet aktorer har annat än text".to_string())
                        })?,
                        title: text_of(t, "rubrik")?,
                        text: text_of(t, "text")?,
                        link: match t.get("lank") {
                            None | Some(Json::Null) => None,
                            Some(l) => Some(Link {
                                title: text_of(l, "namn")?,
                                url: text_of(l, "url")?,
                            }),
                        },
                        origin: TipOrigin::from(
                            t.get("ursprung")
                                .and_then(Json::as_str)
                                .unwrap_or_default()
                                .to_string(),
                        ),
                    })
                })?,
            })
        })?;
        Ok((actors, PlanData { goals }))
    }
}

fn text_of(value: &Json, key: &str) -> Result<String, String> {
    value
        .get(key)
        .and_then(Json::as_str)
        .map(str::to_string)
        .ok_or_else(|| format!("fältet {key} saknas eller är inte en text"))
}

fn number(value: &Json, key: &str) -> Result<u64, String> {
    value
        .get(key)
        .and_then(Json::as_u64)
        .ok_or_else(|| format!("fältet {key} saknas eller är inte ett heltal"))
}

fn list<T>(
    value: &Json,
    key: &str,
    item: impl Fn(&Json) -> Result<T, String>,
) -> Result<Vec<T>, String> {
    match value.get(key) {
        Some(Json::Array(items)) => items.iter().map(item).collect(),
        _ => Err(format!("fältet {key} saknas eller är inte en lista")),
    }
}

/// Everything a page's islands read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IslandData {
    #[serde(rename = "aktorstyper")]
    pub actors: Vec<Actor>,
    #[serde(rename = "mal_tips", default, skip_serializing_if = "Option::is_none")]
    pub goal_tips: Option<GoalTipsData>,
    #[serde(rename = "tips", default, skip_serializing_if = "Option::is_none")]
    pub tips: Option<Vec<SearchGoal>>,
    #[serde(rename = "inbaddning")]
    pub embed_panel: EmbedPanelData,
}

/// What one of our pages carries in its data element: its islands' props
/// and, on the plan's own page, the guide's. The guide's data is kept out
/// of [`IslandData`], so the islands' WASM has no code for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageData {
    #[serde(flatten)]
    pub islands: IslandData,
    #[serde(rename = "handlingsplan", skip_serializing_if = "Option::is_none")]
    pub plan: Option<PlanData>,
}

impl PageData {
    /// The data of our own page of `route`: the islands' props, and on the
    /// plan's page the guide's. (Frames and widgets show the plan's
    /// checklist without the guide: a plan lives in its page's address.)
    pub fn for_page(bundle: &Bundle, route: Route) -> Self {
        PageData {
            islands: IslandData::for_route(bundle, route),
            plan: (route == Route::Plan).then(|| PlanData::of(bundle)),
        }
    }

    /// The JSON as it goes inside a `<script>` element (see
    /// [`IslandData::to_script_json`]).
    pub fn to_script_json(&self) -> String {
        script_json(serde_json::to_string(self))
    }
}

/// JSON for a `<script>` element: `<` is escaped so no text in the content
/// can close the element.
fn script_json(json: serde_json::Result<String>) -> String {
    json.unwrap_or_else(|_| "{}".to_string())
        .replace('<', "\\u003c")
}

/// The title an iframe snippet gives the frame for a view.
pub fn frame_title(bundle: &Bundle, route: Route) -> String {
    match route {
        Route::Goal(n) => bundle
            .goal(n)
            .map(|g| format!("Strategins mål: {}", g.title()))
            .unwrap_or_default(),
        Route::Tips => "Strategins förslag: vad kan vi göra?".to_string(),
        Route::Plan => "Vår handlingsplan utifrån strategin mot våld i Stockholms län".to_string(),
        Route::About => "Om strategin mot våld i Stockholms län".to_string(),
        _ => "Strategins åtta mål mot våld i Stockholms län".to_string(),
    }
}

impl IslandData {
    /// The props for one view's islands: a goal page its goal's tips, the
    /// tips view every goal's searchable texts, every page the embed panel.
    pub fn for_route(bundle: &Bundle, route: Route) -> Self {
        let goal_tips = match route {
            Route::Goal(n) => bundle.goal(n).map(|g| GoalTipsData {
                number: g.number,
                tips: g.tips.clone(),
            }),
            _ => None,
        };
        let tips =
            (route == Route::Tips).then(|| bundle.goals.iter().map(SearchGoal::of).collect());
        IslandData {
            actors: Actor::all_of(bundle),
            goal_tips,
            tips,
            embed_panel: EmbedPanelData {
                frame_title: frame_title(bundle, route),
            },
        }
    }

    /// The JSON as it goes inside a `<script>` element: `<` is escaped so no
    /// text in the content can close the element.
    pub fn to_script_json(&self) -> String {
        script_json(serde_json::to_string(self))
    }
}
