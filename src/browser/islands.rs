//! Starts the islands of a prerendered page: each element with `data-o`
//! is hydrated in place by its component, with its typed props from the
//! page's data.

use std::rc::Rc;
use std::sync::Arc;

use leptos::either::EitherOf3;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{data_script, links_in, log_error, log_warning, show_start_failure};
use super::island_data::parse_island_data;
use super::start::{start, Page};
use super::swap::{Island, Mounted, Swap};
use crate::components::embed_panel::EmbedPanel;
use crate::contract::{
    ATTR_FILTER, ATTR_ISLAND, ATTR_STATUS, DATA_ID, ISLAND_EMBED_PANEL, ISLAND_GOAL_TIPS,
    ISLAND_PLAN, ISLAND_TIPS, STATUS_FAILED,
};
use crate::filter::ids_of;
use crate::islands::IslandData;
use crate::route::{self, Route, ViewState};
use crate::routes::goal::GoalTips;
use crate::routes::tips::TipsIsland;
use crate::shell::{AppState, Shell};

/// Starts the islands of `page`, and moves between views in place from
/// then on (`swap.rs`).
pub fn run_islands(page: Page) {
    // The page lives as long as its document. (A frame page reports its
    // height from sida.js, before any WASM.)
    std::mem::forget(Swap::run(page, mount_view, None));
}

/// Starts a widget's islands on the view `embed.js` put in `page`'s root,
/// showing `requested` (from the element's attributes, or the host's hash).
pub(crate) fn run_widget(page: Page, requested: ViewState) -> Rc<Swap> {
    Swap::run(page, mount_view, Some(requested))
}

/// Starts the islands of the view in the root. If the view's data cannot
/// be read, the page says so (and stays readable), `data-status` on the
/// root becomes `fel`, and links load their pages.
fn mount_view(page: &Page, requested: Option<ViewState>) -> Option<Mounted> {
    let mut data = match read_data(&page.root) {
        Ok(data) => data,
        Err(reason) => {
            log_error(&format!("sidans data gick inte att läsa: {reason}"));
            show_start_failure(&page.root);
            page.root.set_attribute(ATTR_STATUS, STATUS_FAILED).ok();
            return None;
        }
    };
    let actor_ids: Vec<String> = ids_of(&data.actors).into_iter().map(String::from).collect();
    let owner = Owner::new();
    let (session, islands) = owner.with(|| {
        let refs: Vec<&str> = actor_ids.iter().map(String::as_str).collect();
        let mut requested = requested.unwrap_or_else(|| page.location_state(&refs));
        // A frame page in an actor type's folder is drawn with that filter;
        // its address asks for no other.
        if requested.actors.is_empty() && requested.route.keeps_filter() {
            requested.actors = page.root.get_attribute(ATTR_FILTER).into_iter().collect();
        }
        let actors = Signal::stored(Arc::new(std::mem::take(&mut data.actors)));
        let root = page.root.clone();
        let mut islands = Vec::new();
        let session = start(page, requested, actor_ids.clone(), |view, shell| {
            let state = AppState { view, actors };
            let found = root.query_selector_all(&format!("[{ATTR_ISLAND}]")).ok();
            for i in 0..found.as_ref().map_or(0, |l| l.length()) {
                let Some(el) = found
                    .as_ref()
                    .and_then(|l| l.item(i))
                    .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
                else {
                    continue;
                };
                islands.extend(hydrate_island(el, &mut data, state, shell.clone()));
            }
        });

        // Links to other views carry the chosen actor types, as in the app.
        // (A render effect, kept with the islands until the view leaves:
        // less code than an `Effect`, and the links change at once.)
        let view = session.view();
        let base = page.base.clone();
        let links = RenderEffect::new(move |_| {
            let actors = view.with(|v| v.actors.clone());
            carry_actors(&root, &base, &actors);
        });
        islands.push(Box::new(links));
        (session, islands)
    });
    Some(Mounted {
        owner,
        islands,
        session,
        actor_ids,
    })
}

/// Hydrates the island `el` with its props, moved out of `data`: a view
/// has one island of each kind (the prerenderer draws them so).
fn hydrate_island(
    el: web_sys::HtmlElement,
    data: &mut IslandData,
    state: AppState,
    shell: Shell,
) -> Option<Island> {
    let kind = el.get_attribute(ATTR_ISLAND).unwrap_or_default();
    // The props of the island, by kind. All kinds are hydrated by one
    // `hydrate_from` with one view type (`EitherOf3`, not `into_any`, which
    // would bring every view's async hydration code along); its handle is
    // kept, type-erased, until the view is swapped out.
    let props = match kind.as_str() {
        ISLAND_GOAL_TIPS => {
            let Some(props) = data.goal_tips.take() else {
                log_error("sidans data saknar målets tips");
                return None;
            };
            EitherOf3::A(props)
        }
        ISLAND_TIPS => {
            let Some(goals) = data.tips.take() else {
                log_error("sidans data saknar tipsen");
                return None;
            };
            EitherOf3::B(Arc::new(goals))
        }
        ISLAND_EMBED_PANEL => EitherOf3::C(std::mem::take(&mut data.embed_panel.frame_title)),
        // The plan's guide runs its own bundle (`browser::plan`).
        ISLAND_PLAN => return None,
        other => {
            log_warning(&format!("okänd ö \"{other}\""));
            return None;
        }
    };
    let island: Island = Box::new(leptos::mount::hydrate_from(el, move || {
        provide_context(shell);
        provide_context(state);
        match props {
            EitherOf3::A(props) => EitherOf3::A(view! { <GoalTips props=props/> }),
            EitherOf3::B(goals) => EitherOf3::B(view! { <TipsIsland goals=goals/> }),
            EitherOf3::C(title) => EitherOf3::C(view! { <EmbedPanel frame_title=title/> }),
        }
    }));
    Some(island)
}

pub(super) fn read_data(root: &web_sys::Element) -> Result<IslandData, String> {
    let el = data_script(root).ok_or_else(|| format!("elementet #{DATA_ID} saknas"))?;
    parse_island_data(&el.text_content().unwrap_or_default())
}

/// Sets the actor types in the query of every link to another view that
/// lies outside the islands (the islands' own links follow the state).
fn carry_actors(root: &web_sys::Element, base: &str, actors: &[String]) {
    let island = format!("[{ATTR_ISLAND}]");
    for a in links_in(root) {
        if a.closest(&island).ok().flatten().is_some() {
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
