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

use crate::content::{Bundle, Tip};
use crate::filter::Actor;
use crate::route::Route;
use crate::search::SearchGoal;

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
        serde_json::to_string(self)
            .unwrap_or_else(|_| "{}".to_string())
            .replace('<', "\\u003c")
    }
}
