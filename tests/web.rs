//! Components in a real browser (headless Chromium via wasm-bindgen-test):
//! mount, interact, read the DOM.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use strategi::app::App;
use strategi::content::bundled;
use strategi::route::{Route, ViewState};
use strategi::shell::{Mode, Shell};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the app on a fresh element with a shell that just sets the state.
fn mount(route: Route) -> (web_sys::HtmlElement, RwSignal<ViewState>) {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    mount_in(host.clone(), ViewState::new(route))
}

/// Mounts the app in `host` in the state `state`.
fn mount_in(
    host: web_sys::HtmlElement,
    state: ViewState,
) -> (web_sys::HtmlElement, RwSignal<ViewState>) {
    let view = RwSignal::new(state);
    let bundle = Signal::stored(Arc::new(bundled().unwrap()));
    let mut shell = Shell::inert("/", Mode::Standalone);
    shell.navigate = Callback::new(move |s| view.set(s));
    shell.replace = Callback::new(move |s| view.set(s));
    leptos::mount::mount_to(
        host.clone(),
        move || view! { <App bundle=bundle view=view.read_only() shell=shell.clone()/> },
    )
    .forget();
    (host, view)
}

/// Waits for the next animation frame (focus moves after drawing).
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve: js_sys::Function, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn buttons(host: &web_sys::HtmlElement) -> Vec<web_sys::HtmlElement> {
    let list = host.query_selector_all("button.chip").unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn count(host: &web_sys::HtmlElement, selector: &str) -> u32 {
    host.query_selector_all(selector).unwrap().length()
}

fn text(host: &web_sys::HtmlElement, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn overview_shows_eight_cards_and_a_click_opens_the_goal() {
    let (host, view) = mount(Route::Overview);
    assert_eq!(count(&host, ".malkort"), 8);
    let link: web_sys::HtmlElement = host
        .query_selector("a[href='/mal/3/']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    link.click();
    leptos::task::tick().await;
    assert_eq!(view.get_untracked().route, Route::Goal(3));
    assert_eq!(text(&host, "h1"), "Mål 3: Upptäcka tidigt");
    host.remove();
}

#[wasm_bindgen_test]
async fn chips_filter_tips_and_announce_the_result() {
    let bundle = bundled().unwrap();
    let goal = bundle.goal(2).unwrap();
    let (host, view) = mount(Route::Goal(2));
    assert_eq!(count(&host, "li.tips"), goal.tips.len() as u32);

    let chips = buttons(&host);
    let kommun = chips
        .iter()
        .find(|b| b.text_content().unwrap().starts_with("Kommun"))
        .unwrap();
    assert_eq!(
        kommun.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    kommun.click();
    leptos::task::tick().await;

    let expected = goal
        .tips
        .iter()
        .filter(|t| t.actors.iter().any(|a| a == "kommun"))
        .count();
    assert_eq!(view.get_untracked().actors, vec!["kommun".to_string()]);
    assert_eq!(count(&host, "li.tips"), expected as u32);
    assert_eq!(
        kommun.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        text(&host, ".resultat"),
        format!("Visar {expected} av {} tips för Kommun", goal.tips.len())
    );

    // "Alla" clears the filter again.
    buttons(&host)[0].click();
    leptos::task::tick().await;
    assert_eq!(count(&host, "li.tips"), goal.tips.len() as u32);
    assert_eq!(
        text(&host, ".resultat"),
        format!("Visar alla {} tips", goal.tips.len())
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn search_field_narrows_tips_and_marks_matches() {
    let (host, view) = mount(Route::Tips);
    let before = count(&host, "li.tips");
    let input: web_sys::HtmlInputElement = host
        .query_selector("#sok-falt")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value("aterfall");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert_eq!(view.get_untracked().query, "aterfall");
    let after = count(&host, "li.tips");
    assert!(after > 0 && after < before, "{after} of {before}");
    assert!(count(&host, "mark") > 0);
    host.remove();
}

#[wasm_bindgen_test]
async fn show_all_moves_focus_to_the_first_new_tip_inside_a_shadow_root() {
    // As in <strategi-mal>: the app inside a shadow root on a host page.
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let inner: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    shadow.append_child(&inner).unwrap();
    let state = ViewState {
        route: Route::Tips,
        actors: Vec::new(),
        query: "a".to_string(),
    };
    let (inner, _view) = mount_in(inner, state);
    leptos::task::tick().await;
    let limit = strategi::routes::tips::SEARCH_LIMIT as u32;
    assert_eq!(
        count(&inner, "li.tips"),
        limit,
        "the search draws its first hits"
    );

    let button: web_sys::HtmlElement = inner
        .query_selector(".fler button")
        .unwrap()
        .expect("a \"Visa alla\" button")
        .unchecked_into();
    button.click();
    leptos::task::tick().await;
    next_frame().await;
    next_frame().await;
    assert!(count(&inner, "li.tips") > limit);
    let focused = shadow.active_element().expect("focus is inside the widget");
    let tips = inner.query_selector_all("li.tips").unwrap();
    let first_new: web_sys::Element = tips.item(limit).unwrap().unchecked_into();
    assert_eq!(focused, first_new);
    host.remove();
}

/// The islands read their data with the browser's `JSON.parse`: every
/// page's data reads back as the prerenderer wrote it, and bad data is a
/// message, not a panic.
#[wasm_bindgen_test]
fn island_data_reads_back_as_written_for_every_page() {
    use strategi::browser::parse_island_data;
    use strategi::islands::IslandData;
    let bundle = bundled().unwrap();
    for route in Route::all() {
        let data = IslandData::for_route(&bundle, route);
        let json = data.to_script_json();
        assert_eq!(parse_island_data(&json), Ok(data), "{route:?}");
    }
    assert!(parse_island_data("{trasig").is_err());
    assert!(parse_island_data("[]").is_err());
    let err =
        parse_island_data(r#"{"aktorstyper":[{"id":"kommun"}],"inbaddning":{"ramtitel":"x"}}"#);
    assert_eq!(err, Err("fältet namn saknas i aktorstyper".to_string()));
}
