//! Renders every view to static HTML at build time, from the same
//! components the browser runs, so each page reads without JavaScript and the
//! app takes over identical markup.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{page_title, App};
use crate::content::Bundle;
use crate::contract::{ATTR_BASE, ATTR_PAGE, ATTR_ROUTE, DATA_ID, PAGE_FRAME, ROOT_ID};
use crate::html::escape;
use crate::islands::IslandData;
use crate::route::{route_path, Route, ViewState};
use crate::shell::{Mode, Shell};

/// The views that get their own HTML file: every fixed view, and each goal
/// the content has.
pub fn routes(bundle: &Bundle) -> Vec<Route> {
    Route::all()
        .filter(|r| match r {
            Route::Goal(n) => bundle.goal(*n).is_some(),
            _ => true,
        })
        .collect()
}

/// The app's markup for one state, as the browser would draw it.
pub fn render_app(bundle: Arc<Bundle>, state: ViewState, base: &str, mode: Mode) -> String {
    let owner = Owner::new();
    let shell = Shell::inert(base, mode);
    let html = owner.with(|| {
        // Rendering once to HTML reads signals outside any effect on purpose.
        let _quiet = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
        let view_state = RwSignal::new(state).read_only();
        let bundle = Signal::stored(bundle);
        view! { <App bundle=bundle view=view_state shell=shell/> }.to_html()
    });
    drop(owner);
    with_valid_markers(&html)
}

/// Leptos marks the places it hydrates with `<!>`, which HTML parses as a
/// "bogus comment" (a validator error). `<!---->` is a proper empty comment
/// and parses to the same node. Text never holds a raw `<` (it is escaped),
/// so every `<!>` is a marker.
pub fn with_valid_markers(html: &str) -> String {
    html.replace("<!>", "<!---->")
}

/// Removes trunk's `<link rel="preload">` / `modulepreload` for the WASM and
/// its glue. The page is readable before they arrive; preloading them would
/// compete with the HTML and CSS that make the first view.
pub fn without_preloads(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("<link rel=\"") {
        let (before, tag_start) = rest.split_at(i);
        out.push_str(before);
        let end = tag_start
            .find('>')
            .map(|e| e + 1)
            .unwrap_or(tag_start.len());
        let tag = &tag_start[..end];
        if !(tag.starts_with("<link rel=\"preload\"")
            || tag.starts_with("<link rel=\"modulepreload\""))
        {
            out.push_str(tag);
        }
        rest = &tag_start[end..];
    }
    out.push_str(rest);
    out
}

/// Replaces trunk's inline start script (which loads the whole app at once)
/// with `with`.
pub fn without_app_script(html: &str, with: &str) -> String {
    let start = "<script type=\"module\">";
    match html.find(start) {
        Some(a) => match html[a..].find("</script>") {
            Some(b) => format!("{}{with}{}", &html[..a], &html[a + b + "</script>".len()..]),
            None => html.to_string(),
        },
        None => html.to_string(),
    }
}

/// Where the app's markup goes in trunk's `index.html`.
fn root_marker() -> String {
    format!("<div id=\"{ROOT_ID}\"></div>")
}

/// A full page: the template with title, description and app markup filled in.
pub fn page(
    template: &str,
    bundle: &Arc<Bundle>,
    route: Route,
    base: &str,
) -> Result<String, String> {
    let app = render_app(
        bundle.clone(),
        ViewState::new(route),
        base,
        Mode::Standalone,
    );
    // data-rutt tells the browser which view this markup is, so it hydrates
    // the same view even if a host served this file for another address.
    // The page runs its islands only (public/sida.js starts them when they
    // are needed), with their data beside the markup.
    let data = IslandData::for_route(bundle, route).to_script_json();
    let root = format!(
        "<div id=\"{ROOT_ID}\" {ATTR_BASE}=\"{}\" {ATTR_ROUTE}=\"{}\">{app}</div>\n<script type=\"application/json\" id=\"{DATA_ID}\">{data}</script>",
        escape(base),
        escape(&route_path(route)),
    );
    let loader = format!(
        "<script type=\"module\" src=\"{}sida.js\"></script>",
        escape(base)
    );
    let template = without_app_script(template, &loader);
    let mut html = fill_template(&template, &root, base, &page_title(bundle, route))?;
    let description = match route {
        Route::Goal(n) => bundle
            .goal(n)
            .map(|g| g.summary.clone())
            .unwrap_or_default(),
        _ => bundle.strategy.intro.clone(),
    };
    html = html.replacen(
        "<meta name=\"description\" content=\"\">",
        &format!(
            "<meta name=\"description\" content=\"{}\">",
            escape(description.trim())
        ),
        1,
    );
    Ok(html)
}

fn replace_between(s: &str, start: &str, end: &str, with: &str) -> String {
    match (s.find(start), s.find(end)) {
        (Some(a), Some(b)) if a < b => format!("{}{start}{with}{}", &s[..a], &s[b..]),
        _ => s.to_string(),
    }
}

/// `embed.html`: the app without site chrome, for iframes. Prerendered with
/// the overview; the query string picks the view once the app runs.
pub fn embed_page(template: &str, bundle: &Arc<Bundle>, base: &str) -> Result<String, String> {
    let app = render_app(
        bundle.clone(),
        ViewState::new(Route::Overview),
        base,
        Mode::Frame,
    );
    let root = format!(
        "<div id=\"{ROOT_ID}\" {ATTR_BASE}=\"{}\" {ATTR_PAGE}=\"{PAGE_FRAME}\" {ATTR_ROUTE}=\"\">{app}</div>",
        escape(base)
    );
    let html = fill_template(template, &root, base, &bundle.strategy.title)?;
    Ok(html.replacen("<body>", "<body class=\"iframe-sida\">", 1))
}

/// Trunk's template with `root` in place of the empty root, the stylesheet
/// under `base`, a title, and no preloads.
fn fill_template(template: &str, root: &str, base: &str, title: &str) -> Result<String, String> {
    let marker = root_marker();
    if !template.contains(&marker) {
        return Err(format!("mallen saknar {marker}"));
    }
    let html = without_preloads(template)
        .replacen(&marker, root, 1)
        .replace(
            "href=\"strategi.css\"",
            &format!("href=\"{}strategi.css\"", escape(base)),
        );
    Ok(replace_between(
        &html,
        "<title>",
        "</title>",
        &escape(title),
    ))
}

#[cfg(test)]
mod tests {
    use super::{without_app_script, without_preloads};

    #[test]
    fn trunk_start_script_is_replaced() {
        let html = "<head><script type=\"module\">\nimport init from '/strategi.js';\nawait init();\n</script></head>";
        assert_eq!(
            without_app_script(html, "<script src=\"x\"></script>"),
            "<head><script src=\"x\"></script></head>"
        );
    }

    #[test]
    fn preload_links_are_removed_and_others_kept() {
        let html = "<head><link rel=\"stylesheet\" href=\"a.css\"><link rel=\"modulepreload\" href=\"/s.js\"><link rel=\"preload\" href=\"/s.wasm\" as=\"fetch\"><link rel=\"icon\" href=\"data:,\"></head>";
        assert_eq!(without_preloads(html), "<head><link rel=\"stylesheet\" href=\"a.css\"><link rel=\"icon\" href=\"data:,\"></head>");
    }
}
