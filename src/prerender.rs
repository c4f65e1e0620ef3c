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
    let description = match route {
        Route::Goal(n) => bundle
            .goal(n)
            .map(|g| g.summary.clone())
            .unwrap_or_default(),
        _ => bundle.strategy.intro.clone(),
    };
    // The not-found page is served at addresses that do not exist: it has
    // no address of its own and is not for search engines.
    let listed = route != Route::NotFound;
    let head = Head {
        title: page_title(bundle, route),
        description,
        site_name: &bundle.strategy.short_name,
        url: address.filter(|_| listed).map(|a| a.url_of(route)),
        listed,
    };
    fill_template(&template, &root, base, &head)
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
    // An embed target, not a page to list: no canonical, not indexed.
    let head = Head {
        title: bundle.strategy.title.clone(),
        description: bundle.strategy.intro.clone(),
        site_name: &bundle.strategy.short_name,
        url: None,
        listed: false,
    };
    let html = fill_template(template, &root, base, &head)?;
    Ok(html.replacen("<body>", "<body class=\"iframe-sida\">", 1))
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
pub fn widget_fragment(bundle: &Arc<Bundle>, route: Route, base: &str) -> String {
    let app = render_app(bundle.clone(), ViewState::new(route), base, Mode::Embed);
    let data = IslandData::for_route(bundle, route).to_script_json();
    format!(
        "<!DOCTYPE html>\n<div id=\"{ROOT_ID}\" {ATTR_BASE}=\"{}\" {ATTR_ROUTE}=\"{}\">{app}</div>\n<script type=\"application/json\" id=\"{DATA_ID}\">{data}</script>\n",
        escape(base),
        escape(&route_path(route)),
    )
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

impl Head<'_> {
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
