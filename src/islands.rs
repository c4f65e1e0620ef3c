//! Islands: how the prerendered site comes alive with little code.
//!
//! Every page is complete HTML from the prerenderer. In the browser only the
//! parts that react to the visitor run: the tips of a goal (chips, summary,
//! list), the whole "Vad kan vi göra?" view (search), and the embed panel.
//! Each is an element with `data-o="…"` that the same component hydrates in
//! place. Moving between views is an ordinary page load of a prerendered
//! page; the chosen actor types travel in the links' query.
//!
//! The data an island needs is in the page (`<script type="application/json"
//! id="strategi-data">`): the actor types, and the goal or goals shown. So
//! the page's WASM carries no content and no code for the other views, and
//! stays small (see the README's performance section).
//!
//! `public/sida.js` decides when to start them. A page that asks for newer
//! content (`<meta name="strategi-innehall">`) gets the whole app instead
//! (`main.rs`), which hydrates the whole page and can swap figures anywhere.

use serde::{Deserialize, Serialize};

use crate::content::{ActorType, Bundle, Goal, Strategy, SCHEMA_VERSION};
use crate::route::Route;

/// Id of the `<script type="application/json">` with the islands' data.
pub const DATA_ID: &str = "strategi-data";

/// Island names (`data-o`).
pub const GOAL_TIPS: &str = "mal-tips";
pub const TIPS: &str = "tips";
pub const EMBED_PANEL: &str = "inbaddning";

/// What a page's islands need from the content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IslandData {
    #[serde(rename = "aktorstyper")]
    pub actor_types: Vec<ActorType>,
    #[serde(rename = "mal")]
    pub goals: Vec<Goal>,
}

impl IslandData {
    /// The data for one view: a goal page carries its goal, the tips view
    /// every goal (its search covers them all), other views none.
    pub fn for_route(bundle: &Bundle, route: Route) -> Self {
        let goals = match route {
            Route::Goal(n) => bundle.goal(n).cloned().into_iter().collect(),
            Route::Tips => bundle.goals.clone(),
            _ => Vec::new(),
        };
        IslandData {
            actor_types: bundle.strategy.actor_types.clone(),
            goals,
        }
    }

    /// The JSON as it goes inside a `<script>` element: `<` is escaped so no
    /// text in the content can close the element.
    pub fn to_script_json(&self) -> String {
        serde_json::to_string(self)
            .unwrap_or_else(|_| "{}".to_string())
            .replace('<', "\\u003c")
    }

    /// A bundle holding just this, for the components (which read actor
    /// names and goals from the bundle).
    pub fn into_bundle(self) -> Bundle {
        Bundle {
            schema: SCHEMA_VERSION,
            strategy: Strategy {
                actor_types: self.actor_types,
                ..Strategy::default()
            },
            goals: self.goals,
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::start;

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::sync::Arc;

    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    use super::{IslandData, DATA_ID, EMBED_PANEL, GOAL_TIPS, TIPS};
    use crate::app::{AppState, Mode, Shell};
    use crate::components::embed_panel::EmbedPanel;
    use crate::content::Bundle;
    use crate::route::{self, Route, ViewState};
    use crate::routes::goal::GoalTips;
    use crate::routes::tips::TipsIsland;
    use crate::web::{self, document};

    /// Starts the islands of a prerendered page. If the page's data cannot
    /// be read, the page says so (and stays readable) and `data-status` on
    /// the root becomes `fel`.
    pub fn start() {
        let Some(root) = document().get_element_by_id(web::ROOT_ID) else {
            return;
        };
        let base = web::base_of(&root);

        let data = match read_data() {
            Ok(data) => data,
            Err(reason) => {
                web_sys::console::error_1(
                    &format!("strategi: sidans data gick inte att läsa: {reason}").into(),
                );
                web::show_error(&root, web::START_FAILED);
                root.set_attribute("data-status", "fel").ok();
                return;
            }
        };
        let bundle = Arc::new(data.into_bundle());
        let here = web::prerendered_state(&root);
        let target = web::state_from_location(&base, &bundle);
        // Hydrate as exactly the state the page was rendered in, then move
        // to what the URL asks for.
        let view = RwSignal::new(here.clone());
        let origin = RwSignal::new(String::new());
        let shell = shell(&root, base.clone(), here.route, view, origin);
        let app = AppState {
            bundle: Signal::stored(bundle.clone()),
            view,
            notice: Signal::stored(None),
        };

        let islands = root.query_selector_all("[data-o]").ok();
        for i in 0..islands.as_ref().map_or(0, |l| l.length()) {
            let Some(el) = islands
                .as_ref()
                .and_then(|l| l.item(i))
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                continue;
            };
            hydrate_island(el, &bundle, app, shell.clone());
        }
        origin.set(window().location().origin().unwrap_or_default());
        if target != here && target.route == here.route {
            view.set(target);
        }

        // Links to other views carry the chosen actor types, as in the app.
        // (Effects run on the executor that hydrating an island started;
        // every page has at least the embed panel.)
        let base_for_history = base.clone();
        Effect::new(move |_| {
            let actors = view.with(|v| v.actors.clone());
            carry_actors(&root, &base, &actors);
        });
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            let next = web::state_from_location(&base_for_history, &bundle);
            view.set(next);
        });
        std::mem::forget(handle);
    }

    /// The islands' shell: a change within this view updates the URL and the
    /// state; a change to another view loads that view's page.
    fn shell(
        root: &web_sys::Element,
        base: String,
        here: Route,
        view: RwSignal<ViewState>,
        origin: RwSignal<String>,
    ) -> Shell {
        let go = {
            let base = base.clone();
            move |next: ViewState, replace: bool| {
                let url = format!("{base}{}", route::to_relative_url(&next));
                if next.route != here {
                    window().location().assign(&url).ok();
                    return;
                }
                web::write_history(&url, replace);
                view.set(next);
            }
        };
        let go_push = go.clone();
        let focus_root = root.clone();
        Shell {
            base,
            origin: origin.into(),
            mode: Mode::Standalone,
            navigate: Callback::new(move |s| go_push(s, false)),
            replace: Callback::new(move |s| go(s, true)),
            focus_id: Callback::new(move |id: String| web::focus_in(&focus_root, &id)),
        }
    }

    fn hydrate_island(el: web_sys::HtmlElement, bundle: &Bundle, app: AppState, shell: Shell) {
        let kind = el.get_attribute("data-o").unwrap_or_default();
        let provide = move || {
            provide_context(shell.clone());
            provide_context(app);
        };
        let mount = match kind.as_str() {
            GOAL_TIPS => {
                let number = el
                    .get_attribute("data-mal")
                    .and_then(|n| n.parse::<u8>().ok());
                let Some(goal) = number.and_then(|n| bundle.goal(n)).cloned() else {
                    web_sys::console::error_1(
                        &format!("strategi: sidans data saknar mål {number:?}").into(),
                    );
                    return;
                };
                leptos::mount::hydrate_from(el, move || {
                    provide();
                    view! { <GoalTips goal=goal.clone()/> }.into_any()
                })
            }
            TIPS => leptos::mount::hydrate_from(el, move || {
                provide();
                view! { <TipsIsland/> }.into_any()
            }),
            EMBED_PANEL => leptos::mount::hydrate_from(el, move || {
                provide();
                view! { <EmbedPanel/> }.into_any()
            }),
            other => {
                web_sys::console::warn_1(&format!("strategi: okänd ö \"{other}\"").into());
                return;
            }
        };
        mount.forget();
    }

    fn read_data() -> Result<IslandData, String> {
        let el = document()
            .get_element_by_id(DATA_ID)
            .ok_or_else(|| format!("elementet #{DATA_ID} saknas"))?;
        let text = el.text_content().unwrap_or_default();
        serde_json::from_str(&text).map_err(|e| e.to_string())
    }

    /// Sets the actor types in the query of every link to another view that
    /// lies outside the islands (the islands' own links follow the state).
    fn carry_actors(root: &web_sys::Element, base: &str, actors: &[String]) {
        let Ok(links) = root.query_selector_all("a[href]") else {
            return;
        };
        for i in 0..links.length() {
            let Some(a) = links
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            if a.closest("[data-o]").ok().flatten().is_some() {
                continue;
            }
            let href = a.get_attribute("href").unwrap_or_default();
            let Some(relative) = href.strip_prefix(base) else {
                continue;
            };
            let path = relative.split(['?', '#']).next().unwrap_or_default();
            let to = route::parse_path(path);
            if to == Route::NotFound || path.contains('.') {
                continue;
            }
            let next = ViewState {
                route: to,
                actors: actors.to_vec(),
                query: String::new(),
            };
            a.set_attribute("href", &format!("{base}{}", route::to_relative_url(&next)))
                .ok();
        }
    }
}
