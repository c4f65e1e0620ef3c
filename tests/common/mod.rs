//! Helpers the native view tests share: render a view as the prerenderer
//! does, and cut pieces out of its HTML.
#![allow(dead_code)]

pub mod plan;

use std::sync::Arc;

use strategi::content::{bundled, Bundle};
use strategi::prerender::render_app;
use strategi::route::{Route, ViewState};
use strategi::shell::Mode;

/// Trunk's `index.html` as the prerenderer gets it, in short: a title, the
/// empty description, the stylesheet, trunk's start script and the empty root.
pub const TEMPLATE: &str = "<!DOCTYPE html><html><head><title></title><meta name=\"description\" content=\"\"><link rel=\"stylesheet\" href=\"strategi.css\"><script type=\"module\">\nimport init from '/strategi.js';\nawait init();\n</script></head><body><div id=\"strategi\"></div></body></html>";

pub fn bundle() -> Arc<Bundle> {
    Arc::new(bundled().unwrap())
}

/// The view's HTML with the chosen actor types, hydration markers left out.
pub fn render(route: Route, actors: &[&str]) -> String {
    let state = ViewState {
        route,
        actors: actors.iter().map(|s| s.to_string()).collect(),
        query: String::new(),
    };
    render_app(bundle(), state, "/", Mode::Standalone).replace("<!---->", "")
}

/// From the first `start` up to (not including) the next `end`.
pub fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let a = html
        .find(start)
        .unwrap_or_else(|| panic!("{start} not found"));
    let rest = &html[a..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

/// Values of `attr="…"` in document order.
pub fn attr_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!("{attr}=\"");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}
