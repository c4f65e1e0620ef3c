//! Renders every view to static HTML at build time, from the same
//! components the browser runs, so each page reads without JavaScript and the
//! app takes over identical markup.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{page_title, App};
use crate::content::Bundle;
use crate::contract::{
    ATTR_ACTORS, ATTR_ASSETS, ATTR_BASE, ATTR_FILTER, ATTR_GOAL, ATTR_HEADING, ATTR_PAGE,
    ATTR_ROUTE, ATTR_VIEW, CLASS_HEADING_HIDDEN, DATA_ID, FRAME_DIR, FRAME_MAP_ID, HEADING_HIDDEN,
    PAGE_FRAME, ROOT_ID,
};
use crate::html::escape;
use crate::islands::{IslandData, PageData};
use crate::route::{
    embed_view_names, file_for, frame_folder, frame_folder_for, route_path, Route, ViewState,
    VIEW_GOAL,
};
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
    render_in(bundle, state, Shell::inert(base, mode))
}

/// The app's markup for one state under `shell` (a site page's or a frame
/// page's).
pub fn render_in(bundle: Arc<Bundle>, state: ViewState, shell: Shell) -> String {
    let owner = Owner::new();
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

/// A full page: the template with title, description, link-preview metadata
/// and app markup filled in. With the site's public `address`, the page also
/// names its canonical URL.
pub fn page(
    template: &str,
    bundle: &Arc<Bundle>,
    route: Route,
    base: &str,
    address: Option<&PublicAddress>,
) -> Result<String, String> {
    // The not-found page is served at addresses that do not exist: it has
    // no address of its own and is not for search engines.
    let listed = route != Route::NotFound;
    let url = address.filter(|_| listed).map(|a| a.url_of(route));
    let view = PageView {
        route,
        filter: None,
        shell: Shell::inert(base, Mode::Standalone),
        root_attrs: String::new(),
        body_class: None,
    };
    let template = without_app_script(template, &islands_loader(base));
    fill_template(
        &template,
        &view.root(bundle),
        base,
        &Head::of(bundle, route, url, listed),
    )
    .map(|html| view.with_body_class(html))
}

/// The views a frame page is written for (`inbaddad/…`): every embeddable
/// view with a page, and the not-found view, where `embed.html` sends an
/// old address whose `mal` names no goal.
pub fn frame_routes(bundle: &Bundle) -> Vec<Route> {
    routes(bundle)
        .into_iter()
        .filter(|r| r.embeddable() || *r == Route::NotFound)
        .collect()
}

/// The file of a route's frame page under the base, in the folder of
/// [`frame_folder`]: "inbaddad/mal/3/index.html".
pub fn frame_file_for(route: Route, heading_hidden: bool, filter: Option<&str>) -> String {
    format!(
        "{}{}",
        frame_folder_for(heading_hidden, filter),
        file_for(route)
    )
}

/// A frame page: one view for an iframe on another site, without site
/// chrome, running the same islands as the site's pages. Its views link to
/// the other frame pages in its folder; its files stay under `base`.
/// `heading_hidden` hides our heading in the markup itself (the old
/// `rubrik=nej`), so nothing moves when the page starts.
pub fn frame_page(
    template: &str,
    bundle: &Arc<Bundle>,
    route: Route,
    base: &str,
    heading_hidden: bool,
    filter: Option<&str>,
) -> Result<String, String> {
    let views = format!("{base}{}", frame_folder_for(heading_hidden, filter));
    let view = PageView::frame(route, base, &views, heading_hidden, filter);
    let template = without_app_script(template, &islands_loader(base));
    // An embed target, not a page to list: no canonical, not indexed.
    fill_template(
        &template,
        &view.root(bundle),
        base,
        &Head::of(bundle, route, None, false),
    )
    .map(|html| view.with_body_class(html))
}

/// `embed.html`, the old iframe address (`?mal=3&aktor=kommun&rubrik=nej`).
/// `ram.js`, a classic script in the head, moves it to the matching frame
/// page before anything is drawn, reading the map this page carries.
/// Without JavaScript it reads as the overview's frame page, whose links
/// lead on to the other frame pages.
pub fn embed_page(template: &str, bundle: &Arc<Bundle>, base: &str) -> Result<String, String> {
    let view = PageView::frame(
        Route::Overview,
        base,
        &format!("{base}{FRAME_DIR}"),
        false,
        None,
    );
    let redirect = format!(
        "<script type=\"application/json\" id=\"{FRAME_MAP_ID}\">{}</script>\n  <script src=\"{}ram.js\"></script>",
        frame_map(bundle),
        escape(base)
    );
    let template = without_app_script(template, &redirect);
    let head = Head {
        title: bundle.strategy.title.clone(),
        ..Head::of(bundle, Route::Overview, None, false)
    };
    fill_template(&template, &view.root_without_islands(bundle), base, &head)
        .map(|html| view.with_body_class(html))
}

/// The map `ram.js` reads in `embed.html`: the names of the old query and
/// where each value leads (paths under a frame folder, and whether the view
/// keeps the chosen actor types), from the same tables as
/// [`crate::route::from_embed_attrs`], which `ram.js` mirrors.
pub fn frame_map(bundle: &Bundle) -> String {
    let to = |route: Route| serde_json::json!({ "path": route_path(route), "filter": route.keeps_filter() });
    let goals: serde_json::Map<String, serde_json::Value> = frame_routes(bundle)
        .into_iter()
        .filter_map(|r| match r {
            Route::Goal(n) => Some((n.to_string(), to(r))),
            _ => None,
        })
        .collect();
    let views: serde_json::Map<String, serde_json::Value> = embed_view_names()
        .into_iter()
        .map(|(name, route)| (name.to_string(), to(route)))
        .collect();
    let first_goal = if bundle.goal(1).is_some() {
        Route::Goal(1)
    } else {
        Route::NotFound
    };
    let map = serde_json::json!({
        "params": {
            "goal": ATTR_GOAL,
            "view": ATTR_VIEW,
            "actors": ATTR_ACTORS,
            "heading": ATTR_HEADING,
        },
        "hidden": HEADING_HIDDEN,
        "folders": [frame_folder(false), frame_folder(true)],
        "views": views,
        "goals": goals,
        "goalView": VIEW_GOAL,
        "firstGoal": to(first_goal),
        "missing": to(Route::NotFound),
        "overview": to(Route::Overview),
    });
    // Nothing in it may close the script element.
    map.to_string().replace('<', "\\u003c")
}

/// The module that starts a page's islands when they are needed.
fn islands_loader(base: &str) -> String {
    format!(
        "<script type=\"module\" src=\"{}sida.js\"></script>",
        escape(base)
    )
}

/// Class on a frame page's body.
const FRAME_BODY_CLASS: &str = "iframe-sida";

/// One view as a page's body: the app's markup under its shell, in a root
/// that tells the browser what it is.
struct PageView {
    route: Route,
    /// The actor type the view is drawn filtered by (a frame page in an
    /// actor type's folder), if any.
    filter: Option<String>,
    shell: Shell,
    /// More attributes on the root, each with a leading space.
    root_attrs: String,
    body_class: Option<&'static str>,
}

impl PageView {
    /// A frame page's view: views under `views`, files under `base`.
    fn frame(
        route: Route,
        base: &str,
        views: &str,
        heading_hidden: bool,
        filter: Option<&str>,
    ) -> Self {
        let mut root_attrs = format!(
            " {ATTR_PAGE}=\"{PAGE_FRAME}\" {ATTR_ASSETS}=\"{}\"",
            escape(base)
        );
        if heading_hidden {
            root_attrs.push_str(&format!(" class=\"{CLASS_HEADING_HIDDEN}\""));
        }
        let filter = filter.filter(|_| route.keeps_filter());
        if let Some(actor) = filter {
            root_attrs.push_str(&format!(" {ATTR_FILTER}=\"{}\"", escape(actor)));
        }
        PageView {
            route,
            filter: filter.map(str::to_string),
            shell: Shell::inert_frame(base, views),
            root_attrs,
            body_class: Some(FRAME_BODY_CLASS),
        }
    }

    /// The root with the markup, and the islands' data beside it.
    ///
    /// `data-rutt` tells the browser which view this markup is, so it
    /// hydrates the same view even if a host served this file for another
    /// address; `data-bas` is where the views link, so the islands build
    /// their links from it. The page runs its islands only (public/sida.js
    /// starts them when they are needed), with their data beside the markup.
    fn root(&self, bundle: &Arc<Bundle>) -> String {
        let data = match self.shell.mode {
            Mode::Standalone => PageData::for_page(bundle, self.route).to_script_json(),
            Mode::Embed | Mode::Frame => IslandData::for_route(bundle, self.route).to_script_json(),
        };
        format!(
            "{}\n<script type=\"application/json\" id=\"{DATA_ID}\">{data}</script>",
            self.root_without_islands(bundle)
        )
    }

    fn root_without_islands(&self, bundle: &Arc<Bundle>) -> String {
        let state = ViewState {
            actors: self.filter.iter().cloned().collect(),
            ..ViewState::new(self.route)
        };
        let app = render_in(bundle.clone(), state, self.shell.clone());
        format!(
            "<div id=\"{ROOT_ID}\" {ATTR_BASE}=\"{}\"{} {ATTR_ROUTE}=\"{}\">{app}</div>",
            escape(&self.shell.base),
            self.root_attrs,
            escape(&route_path(self.route)),
        )
    }

    fn with_body_class(&self, html: String) -> String {
        match self.body_class {
            Some(class) => html.replacen("<body>", &format!("<body class=\"{class}\">"), 1),
            None => html,
        }
    }
}

fn replace_between(s: &str, start: &str, end: &str, with: &str) -> String {
    match (s.find(start), s.find(end)) {
        (Some(a), Some(b)) if a < b => format!("{}{start}{with}{}", &s[..a], &s[b..]),
        _ => s.to_string(),
    }
}

/// The views a widget can show, each with its fragment: every embeddable
/// view the content has, and the not-found view.
pub fn widget_routes(bundle: &Bundle) -> Vec<Route> {
    routes(bundle)
        .into_iter()
        .filter(|r| r.embeddable() || *r == Route::NotFound)
        .collect()
}

/// A view's fragment for `<strategi-mal>` (`FRAME_DIR` + the view's folder +
/// `FRAGMENT_FILE`): the view as a widget draws it (no site chrome, a section
/// rather than a `main`), its island data beside it, and nothing else.
/// `embed.js` and the islands parse it inertly and import its nodes; its
/// links are paths on our site, which they make absolute.
pub fn widget_fragment(bundle: &Arc<Bundle>, state: ViewState, base: &str) -> String {
    let route = state.route;
    let filter = match state.actors.as_slice() {
        [one] => format!(" {ATTR_FILTER}=\"{}\"", escape(one)),
        _ => String::new(),
    };
    let app = render_app(bundle.clone(), state, base, Mode::Embed);
    let data = IslandData::for_route(bundle, route).to_script_json();
    format!(
        "<!DOCTYPE html>\n<div id=\"{ROOT_ID}\" {ATTR_BASE}=\"{}\" {ATTR_ROUTE}=\"{}\"{filter}>{app}</div>\n<script type=\"application/json\" id=\"{DATA_ID}\">{data}</script>\n",
        escape(base),
        escape(&route_path(route)),
    )
}

/// Every state a widget's fragment is written for: each widget view as it
/// starts, and each one that keeps a filter once per actor type.
pub fn widget_states(bundle: &Bundle) -> Vec<ViewState> {
    let actors = bundle.actor_ids();
    widget_routes(bundle)
        .into_iter()
        .flat_map(|route| {
            let filtered: Vec<ViewState> = if route.keeps_filter() {
                actors
                    .iter()
                    .map(|a| ViewState {
                        route,
                        actors: vec![a.to_string()],
                        query: String::new(),
                    })
                    .collect()
            } else {
                Vec::new()
            };
            std::iter::once(ViewState::new(route)).chain(filtered)
        })
        .collect()
}

/// What the head says about a page to browsers, search engines and the
/// previews of shared links (Open Graph).
struct Head<'a> {
    title: String,
    description: String,
    site_name: &'a str,
    /// The canonical URL, when the site's public address is known.
    url: Option<String>,
    /// Whether search engines should index the page.
    listed: bool,
}

impl<'a> Head<'a> {
    /// A route's head: its title, and the goal's summary or the strategy's
    /// introduction as its description.
    fn of(bundle: &'a Bundle, route: Route, url: Option<String>, listed: bool) -> Self {
        let description = match route {
            Route::Goal(n) => bundle
                .goal(n)
                .map(|g| g.summary.clone())
                .unwrap_or_default(),
            _ => bundle.strategy.intro.clone(),
        };
        Head {
            title: page_title(bundle, route),
            description,
            site_name: &bundle.strategy.short_name,
            url,
            listed,
        }
    }

    /// The tags that follow the description meta, one per line.
    fn tags(&self) -> String {
        let description = escape(self.description.trim());
        let mut tags = vec![
            format!("<meta name=\"description\" content=\"{description}\">"),
            format!(
                "<meta property=\"og:title\" content=\"{}\">",
                escape(&self.title)
            ),
            format!("<meta property=\"og:description\" content=\"{description}\">"),
            "<meta property=\"og:type\" content=\"website\">".to_string(),
            "<meta property=\"og:locale\" content=\"sv_SE\">".to_string(),
            format!(
                "<meta property=\"og:site_name\" content=\"{}\">",
                escape(self.site_name)
            ),
        ];
        if let Some(url) = &self.url {
            tags.push(format!(
                "<meta property=\"og:url\" content=\"{}\">",
                escape(url)
            ));
        }
        tags.push("<meta name=\"twitter:card\" content=\"summary\">".to_string());
        if let Some(url) = &self.url {
            tags.push(format!("<link rel=\"canonical\" href=\"{}\">", escape(url)));
        }
        if !self.listed {
            tags.push("<meta name=\"robots\" content=\"noindex\">".to_string());
        }
        tags.join("\n  ")
    }
}

/// The empty description in `index.html`, where the head's tags go.
const DESCRIPTION_MARKER: &str = "<meta name=\"description\" content=\"\">";

/// Trunk's template with `root` in place of the empty root, the stylesheet
/// and icon under `base`, the head filled in, and no preloads.
fn fill_template(template: &str, root: &str, base: &str, head: &Head) -> Result<String, String> {
    let marker = root_marker();
    for needed in [marker.as_str(), DESCRIPTION_MARKER] {
        if !template.contains(needed) {
            return Err(format!("mallen saknar {needed}"));
        }
    }
    let mut html = without_preloads(template)
        .replacen(&marker, root, 1)
        .replacen(DESCRIPTION_MARKER, &head.tags(), 1);
    for file in ["strategi.css", "ikon.svg"] {
        html = html.replace(
            &format!("href=\"{file}\""),
            &format!("href=\"{}{file}\"", escape(base)),
        );
    }
    Ok(replace_between(
        &html,
        "<title>",
        "</title>",
        &escape(&head.title),
    ))
}

/// The site's public address (`STRATEGI_ADRESS`), for canonical links: an
/// absolute http(s) URL of the base, ending in "/". Without it the pages
/// name no URL of their own, since the host is not ours to guess.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicAddress(String);

impl PublicAddress {
    /// Checks and normalises an address; the error says what to fix.
    pub fn parse(address: &str) -> Result<Self, String> {
        let address = address.trim();
        let rest = address
            .strip_prefix("https://")
            .or_else(|| address.strip_prefix("http://"))
            .ok_or_else(|| {
                format!("adressen {address:?} måste börja med https:// eller http://")
            })?;
        if rest.contains(['?', '#']) {
            return Err(format!(
                "adressen {address:?} får inte ha en frågedel (?) eller ett fragment (#)"
            ));
        }
        if rest.contains(|c: char| c.is_whitespace() || c.is_control() || "\"'<>\\`".contains(c)) {
            return Err(format!(
                "adressen {address:?} får inte innehålla mellanslag, citattecken, < eller >"
            ));
        }
        let host = rest.split('/').next().unwrap_or_default();
        if host.is_empty() {
            return Err(format!("adressen {address:?} saknar värdnamn"));
        }
        let mut normal = address.to_string();
        if !normal.ends_with('/') {
            normal.push('/');
        }
        Ok(PublicAddress(normal))
    }

    /// The address as given, ending in "/".
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The path after the host ("/strategi/").
    pub fn path(&self) -> &str {
        let rest = &self.0[self.0.find("://").map_or(0, |i| i + 3)..];
        rest.find('/').map_or("/", |i| &rest[i..])
    }

    /// The full URL of a route's page.
    pub fn url_of(&self, route: Route) -> String {
        format!("{}{}", self.0, route_path(route))
    }

    /// The pages link to each other under `base`, so the address must end in
    /// the same path or its canonical URLs would name pages that do not exist.
    pub fn check_base(&self, base: &str) -> Result<(), String> {
        let base_path = match base.find("://") {
            Some(i) => base[i + 3..].find('/').map_or("/", |j| &base[i + 3 + j..]),
            None => base,
        };
        if self.path() == base_path {
            Ok(())
        } else {
            Err(format!(
                "adressen {} har sökvägen {} men sidorna byggs för {base_path}: ange adressen till den mappen eller bygg med samma sökväg (bash .ci/build {})",
                self.0,
                self.path(),
                self.path()
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{without_app_script, without_preloads, PublicAddress};
    use crate::route::Route;

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

    #[test]
    fn a_public_address_is_normalised_with_a_trailing_slash() {
        let a = PublicAddress::parse(" https://www.example.se/strategi ").unwrap();
        assert_eq!(a.as_str(), "https://www.example.se/strategi/");
        assert_eq!(a.path(), "/strategi/");
        assert_eq!(
            a.url_of(Route::Goal(3)),
            "https://www.example.se/strategi/mal/3/"
        );
        let root = PublicAddress::parse("http://localhost:8080").unwrap();
        assert_eq!(root.as_str(), "http://localhost:8080/");
        assert_eq!(root.path(), "/");
        assert_eq!(root.url_of(Route::Overview), "http://localhost:8080/");
    }

    #[test]
    fn a_bad_public_address_is_refused_with_what_to_fix() {
        let table: &[(&str, &str)] = &[
            ("www.example.se/strategi/", "måste börja med https://"),
            ("/strategi/", "måste börja med https://"),
            ("ftp://example.se/", "måste börja med https://"),
            ("", "måste börja med https://"),
            ("https://example.se/?a=1", "frågedel"),
            ("https://example.se/#topp", "fragment"),
            ("https://example.se/my site/", "mellanslag"),
            ("https://example.se/\"><script>", "citattecken"),
            ("https:///strategi/", "saknar värdnamn"),
            ("https://", "saknar värdnamn"),
        ];
        for (address, message) in table {
            let error = PublicAddress::parse(address).unwrap_err();
            assert!(error.contains(message), "{address}: {error}");
        }
    }

    #[test]
    fn the_address_must_have_the_path_the_pages_are_built_for() {
        let a = PublicAddress::parse("https://www.example.se/strategi/").unwrap();
        assert!(a.check_base("/strategi/").is_ok());
        assert!(a.check_base("https://www.example.se/strategi/").is_ok());
        let error = a.check_base("/").unwrap_err();
        assert!(error.contains("bash .ci/build /strategi/"), "{error}");
    }
}
