//! What is shown, as plain data, and its two-way mapping to the URL
//! (`/mal/3/?aktor=kommun&q=freda`). The URL is the one source of truth in the
//! standalone app; the embed keeps the same state internally.
//!
//! Each view has one slug, spelled out in one table ([`FIXED`]); the paths,
//! the embed attributes, the host-page hash and the page titles are all read
//! from it, and every codec here round-trips (see the tests).

use crate::contract;

/// Which view is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Overview,
    Goal(u8),
    Tips,
    /// "Vår handlingsplan": the phases and a checklist of every tip.
    Plan,
    About,
    Accessibility,
    NotFound,
}

/// Everything that decides what the visitor sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    pub route: Route,
    /// Chosen actor type ids, without repeats, in the order the content lists them.
    pub actors: Vec<String>,
    /// The search text as typed (trimmed to a sane length).
    pub query: String,
}

/// The query parameter of the search text.
const QUERY_PARAM: &str = "q";

/// Longest search text we keep; longer input is cut, not refused.
pub const MAX_QUERY_CHARS: usize = 200;

impl ViewState {
    pub fn new(route: Route) -> Self {
        ViewState {
            route,
            actors: Vec::new(),
            query: String::new(),
        }
    }
}

/// How each fixed view is spelled, in one place. A goal's spellings are
/// built from its number the same way ("mal/3/", "mal-3", `mal="3"`).
struct Spelling {
    route: Route,
    /// The view's one slug: the hash part and the embed's `vy` value.
    slug: &'static str,
    /// Path relative to the base, always with a trailing slash so that it maps
    /// onto a prerendered `index.html` on any static host.
    path: &'static str,
    /// The page title (before " – " and the site name).
    title: &'static str,
    /// Whether an embed can show this view (`vy="…"`).
    embeddable: bool,
}

const FIXED: &[Spelling] = &[
    Spelling {
        route: Route::Overview,
        slug: "start",
        path: "",
        title: "Mål och uppföljning",
        embeddable: true,
    },
    Spelling {
        route: Route::Tips,
        slug: contract::VIEW_TIPS,
        path: "tips/",
        title: "Vad kan vi göra?",
        embeddable: true,
    },
    Spelling {
        route: Route::Plan,
        slug: "handlingsplan",
        path: "handlingsplan/",
        title: "Vår handlingsplan",
        embeddable: true,
    },
    Spelling {
        route: Route::About,
        slug: "om",
        path: "om/",
        title: "Om strategin",
        embeddable: true,
    },
    Spelling {
        route: Route::Accessibility,
        slug: "tillganglighet",
        path: "tillganglighet/",
        title: "Tillgänglighetsredogörelse",
        embeddable: false,
    },
    Spelling {
        route: Route::NotFound,
        slug: "saknas",
        path: "404.html",
        title: "Sidan finns inte",
        embeddable: false,
    },
];

/// Older spellings of the embed's `vy` attribute that stay accepted.
const VIEW_ALIASES: &[(&str, Route)] = &[("kort", Route::Overview)];

/// Prefix of a goal's slug and path segment.
const GOAL: &str = "mal";

fn spelling(route: Route) -> Option<&'static Spelling> {
    FIXED.iter().find(|s| s.route == route)
}

/// Exactly one digit 1–8: "03", "+3", "3.0" and "1e9" are not goal numbers.
fn goal_number(text: &str) -> Option<u8> {
    match text.as_bytes() {
        [d @ b'1'..=b'8'] => Some(d - b'0'),
        _ => None,
    }
}

impl Route {
    /// The view's slug: "start", "mal-3", "tips", "handlingsplan", "om",
    /// "tillganglighet".
    pub fn slug(self) -> String {
        match self {
            Route::Goal(n) => format!("{GOAL}-{n}"),
            other => spelling(other).map_or("", |s| s.slug).to_string(),
        }
    }

    /// Reads a slug; `None` when it names no view.
    pub fn from_slug(slug: &str) -> Option<Route> {
        if let Some(n) = slug.strip_prefix(GOAL).and_then(|r| r.strip_prefix('-')) {
            return Some(goal_number(n).map_or(Route::NotFound, Route::Goal));
        }
        FIXED.iter().find(|s| s.slug == slug).map(|s| s.route)
    }

    /// Whether the chosen actor types belong to this view (they filter its
    /// tips, or the plan's checklist); other views neither show nor carry them.
    pub fn keeps_filter(self) -> bool {
        matches!(self, Route::Goal(_) | Route::Tips | Route::Plan)
    }

    /// Whether, on our own pages, the view is loaded as a page rather than
    /// swapped in place: the plan's page starts its guide from a bundle of
    /// its own, with the plan from the address, when the page loads.
    pub fn loads_as_page(self) -> bool {
        self == Route::Plan
    }

    /// Whether the search text belongs to this view.
    pub fn keeps_query(self) -> bool {
        self == Route::Tips
    }

    /// Whether an embed can show this view.
    pub fn embeddable(self) -> bool {
        match self {
            Route::Goal(_) => true,
            other => spelling(other).is_some_and(|s| s.embeddable),
        }
    }

    /// The title of a fixed view; a goal's title comes from the content.
    pub fn fixed_title(self) -> Option<&'static str> {
        spelling(self).map(|s| s.title)
    }

    /// Every view with a fixed spelling, plus the goals 1–8.
    pub fn all() -> impl Iterator<Item = Route> {
        FIXED
            .iter()
            .map(|s| s.route)
            .chain((1..=8).map(Route::Goal))
    }
}

/// Reads a route from a path relative to the app's base ("mal/3/", "tips").
pub fn parse_path(path: &str) -> Route {
    let path = path.trim_start_matches('/');
    let path = path.strip_suffix("index.html").unwrap_or(path);
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [] => Route::Overview,
        [GOAL, n] => goal_number(n).map_or(Route::NotFound, Route::Goal),
        [one] => FIXED
            .iter()
            .find(|s| s.path.trim_end_matches('/') == *one && s.route != Route::NotFound)
            .map_or(Route::NotFound, |s| s.route),
        _ => Route::NotFound,
    }
}

/// The path of a route relative to the base (see [`Spelling::path`]).
pub fn route_path(route: Route) -> String {
    match route {
        Route::Goal(n) => format!("{GOAL}/{n}/"),
        other => spelling(other).map_or("", |s| s.path).to_string(),
    }
}

/// The file in the built site that holds a route's prerendered page.
pub fn file_for(route: Route) -> String {
    match route {
        Route::NotFound => route_path(route),
        other => format!("{}index.html", route_path(other)),
    }
}

/// The folder under the site's base that holds the frame pages (one per
/// embeddable view, see [`Route::embeddable`]), or the same set without our
/// heading: "inbaddad/", "inbaddad/utan-rubrik/".
pub fn frame_folder(heading_hidden: bool) -> String {
    if heading_hidden {
        format!(
            "{}{}",
            contract::FRAME_DIR,
            contract::FRAME_HEADING_HIDDEN_DIR
        )
    } else {
        contract::FRAME_DIR.to_string()
    }
}

/// The folder of the frame pages drawn filtered by one actor type (in an
/// actor type's own folder, so the filter travels from page to page even
/// without JavaScript): "inbaddad/kommun/", "inbaddad/utan-rubrik/kommun/".
pub fn frame_folder_for(heading_hidden: bool, filter: Option<&str>) -> String {
    match filter {
        Some(actor) => format!("{}{actor}/", frame_folder(heading_hidden)),
        None => frame_folder(heading_hidden),
    }
}

/// The base path of the app: always starting and ending with "/" ("/",
/// "/strategi/"). A full URL keeps its scheme and host.
pub fn normalize_base(base: &str) -> String {
    let base = base.trim();
    // A byte window, not `contains("://")`: a string needle brings the
    // general substring search into the WASM (about 1.5 kB) for this alone.
    let is_url = base.as_bytes().windows(3).any(|w| w == b"://");
    let mut out = if base.starts_with('/') || is_url {
        base.to_string()
    } else {
        format!("/{base}")
    };
    if !out.ends_with('/') {
        out.push('/');
    }
    out
}

/// Reads the actor and query parameters from a query string (with or
/// without the leading "?"). Unknown, empty and repeated values are ignored.
pub fn parse_query(query: &str, known_actors: &[&str]) -> (Vec<String>, String) {
    let mut chosen: Vec<&str> = Vec::new();
    let mut text = String::new();
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            contract::ATTR_ACTORS => chosen.extend(mentioned(&decode(value), known_actors)),
            QUERY_PARAM if text.is_empty() => text = clean_query(&decode(value)),
            _ => {}
        }
    }
    (in_content_order(&chosen, known_actors), text)
}

/// The known actor ids named in a comma-separated list; unknown and empty
/// names are skipped.
fn mentioned<'a>(list: &str, known_actors: &[&'a str]) -> Vec<&'a str> {
    list.split(',')
        .filter_map(|id| known_actors.iter().find(|k| **k == id.trim()).copied())
        .collect()
}

/// The chosen ids once each, in the order the content lists them.
fn in_content_order(chosen: &[&str], known_actors: &[&str]) -> Vec<String> {
    known_actors
        .iter()
        .filter(|k| chosen.contains(k))
        .map(|k| k.to_string())
        .collect()
}

/// A view with the actor types from a comma-separated list, kept only where
/// the view carries a filter (the embed attributes and the hash).
fn state_with_actors(route: Route, list: &str, known_actors: &[&str]) -> ViewState {
    let actors = if route.keeps_filter() {
        in_content_order(&mentioned(list, known_actors), known_actors)
    } else {
        Vec::new()
    };
    ViewState {
        route,
        actors,
        query: String::new(),
    }
}

/// Cuts the query to [`MAX_QUERY_CHARS`] and drops control characters. Spaces
/// are kept as typed so the search field never fights the visitor.
pub fn clean_query(q: &str) -> String {
    q.chars()
        .filter(|c| !c.is_control())
        .take(MAX_QUERY_CHARS)
        .collect()
}

/// Parses a full location: path (already relative to base) and query.
pub fn parse(path: &str, query: &str, known_actors: &[&str]) -> ViewState {
    let (actors, query) = parse_query(query, known_actors);
    ViewState {
        route: parse_path(path),
        actors,
        query,
    }
}

/// The URL of a state relative to the base: path plus a query carrying only
/// what belongs to that view.
pub fn to_relative_url(state: &ViewState) -> String {
    let mut url = route_path(state.route);
    let mut params = Vec::new();
    if state.route.keeps_filter() && !state.actors.is_empty() {
        params.push(format!(
            "{}={}",
            contract::ATTR_ACTORS,
            state.actors.join(",")
        ));
    }
    if state.route.keeps_query() && !state.query.is_empty() {
        params.push(format!("{QUERY_PARAM}={}", encode(&state.query)));
    }
    if !params.is_empty() {
        url.push('?');
        url.push_str(&params.join("&"));
    }
    url
}

/// Percent-decodes a query value ("+" is a space). Invalid escapes are kept
/// as typed and invalid UTF-8 becomes U+FFFD, so any input gives some text.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (
                    bytes.get(i + 1).and_then(|&b| hex(b)),
                    bytes.get(i + 2).and_then(|&b| hex(b)),
                ) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a query value, keeping it readable for common letters.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The attributes of an embed that pick its view: `<strategi-mal mal="3"
/// aktor="kommun" vy="tips">`, or the iframe's query parameters of the same
/// names. Values are as the host wrote them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedAttrs {
    pub goal: Option<String>,
    pub actors: Option<String>,
    pub view: Option<String>,
}

impl EmbedAttrs {
    /// Reads the three attributes through `get` (an element's attributes or
    /// a query string's parameters).
    pub fn read(get: impl Fn(&str) -> Option<String>) -> Self {
        EmbedAttrs {
            goal: get(contract::ATTR_GOAL),
            actors: get(contract::ATTR_ACTORS),
            view: get(contract::ATTR_VIEW),
        }
    }
}

/// The view value that means "a goal" (the goal from `mal`, else goal 1).
pub const VIEW_GOAL: &str = GOAL;

/// The `vy` values that name a view by themselves: the slugs of the
/// embeddable views and the older aliases (not [`VIEW_GOAL`], which needs `mal`).
pub fn embed_view_names() -> Vec<(&'static str, Route)> {
    VIEW_ALIASES
        .iter()
        .copied()
        .chain(
            FIXED
                .iter()
                .filter(|s| s.embeddable)
                .map(|s| (s.slug, s.route)),
        )
        .collect()
}

/// The state an embed shows for its attributes. `vy` names a view by its
/// slug and wins over `mal`; an unknown `mal` shows the not-found view.
pub fn from_embed_attrs(attrs: &EmbedAttrs, known_actors: &[&str]) -> ViewState {
    let goal = attrs
        .goal
        .as_deref()
        .map(|m| goal_number(m.trim()).map_or(Route::NotFound, Route::Goal));
    let named = attrs.view.as_deref().map(str::trim).and_then(|v| {
        embed_view_names()
            .into_iter()
            .find(|(name, _)| *name == v)
            .map(|(_, r)| r)
    });
    let route = match (named, goal) {
        (Some(route), _) => route,
        (None, Some(route)) => route,
        (None, None) if attrs.view.as_deref().map(str::trim) == Some(VIEW_GOAL) => Route::Goal(1),
        (None, None) => Route::Overview,
    };
    state_with_actors(route, attrs.actors.as_deref().unwrap_or(""), known_actors)
}

/// The attributes that reproduce a state in an embed, in snippet order. A
/// view an embed cannot show gives the overview's (none).
pub fn to_embed_attrs(state: &ViewState) -> Vec<(&'static str, String)> {
    let mut attrs = Vec::new();
    match state.route {
        Route::Goal(n) => attrs.push((contract::ATTR_GOAL, n.to_string())),
        Route::Overview => {}
        other if other.embeddable() => attrs.push((contract::ATTR_VIEW, other.slug())),
        _ => return attrs,
    }
    if state.route.keeps_filter() && !state.actors.is_empty() {
        attrs.push((contract::ATTR_ACTORS, state.actors.join(",")));
    }
    attrs
}

pub use crate::contract::HASH_PREFIX;

/// The folder of a view's fragment for widgets, under `FRAME_DIR`: the
/// view's path, or `EMBED_NOT_FOUND` for the not-found view (whose page is
/// a file of its own).
pub fn fragment_path(route: Route) -> String {
    match route {
        Route::NotFound => contract::EMBED_NOT_FOUND.to_string(),
        other => route_path(other),
    }
}

/// The file of a widget's view for `state`, under `FRAME_DIR`: the view
/// filtered by its one actor type where one is chosen and the view keeps a
/// filter (`mal/3/vy-kommun.html`), else the view as it starts
/// (`mal/3/vy.html`; the islands draw any other filter).
pub fn fragment_file(state: &ViewState) -> String {
    let folder = fragment_path(state.route);
    match state.actors.as_slice() {
        [one] if state.route.keeps_filter() => {
            format!("{folder}{}{one}.html", contract::FRAGMENT_FILTERED)
        }
        _ => format!("{folder}{}", contract::FRAGMENT_FILE),
    }
}

/// "#strategi-mal-3~kommun,region": the embed's state in the host's hash.
pub fn to_hash(state: &ViewState) -> String {
    let mut hash = format!("#{HASH_PREFIX}{}", state.route.slug());
    if state.route.keeps_filter() && !state.actors.is_empty() {
        hash.push('~');
        hash.push_str(&state.actors.join(","));
    }
    hash
}

/// Reads a state written by [`to_hash`]; `None` when the hash is not ours.
pub fn from_hash(hash: &str, known_actors: &[&str]) -> Option<ViewState> {
    let rest = hash.trim_start_matches('#').strip_prefix(HASH_PREFIX)?;
    let (slug, actors) = rest.split_once('~').unwrap_or((rest, ""));
    Some(state_with_actors(
        Route::from_slug(slug)?,
        actors,
        known_actors,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACTORS: &[&str] = &[
        "kommun",
        "region",
        "statlig-myndighet",
        "civilsamhalle",
        "naringsliv",
    ];

    fn state(route: Route, actors: &[&str], query: &str) -> ViewState {
        ViewState {
            route,
            actors: actors.iter().map(|a| a.to_string()).collect(),
            query: query.to_string(),
        }
    }

    /// Every subset of the actor types, in content order (32 of them).
    fn actor_subsets() -> Vec<Vec<&'static str>> {
        (0..1u32 << ACTORS.len())
            .map(|bits| {
                ACTORS
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| bits & (1 << i) != 0)
                    .map(|(_, a)| *a)
                    .collect()
            })
            .collect()
    }

    #[test]
    fn every_view_is_spelled_the_same_in_every_codec() {
        // (route, slug, path, hash, embed attributes, file)
        type Row = (
            Route,
            &'static str,
            &'static str,
            &'static str,
            &'static [(&'static str, &'static str)],
            &'static str,
        );
        let table: &[Row] = &[
            (
                Route::Overview,
                "start",
                "",
                "#strategi-start",
                &[],
                "index.html",
            ),
            (
                Route::Goal(3),
                "mal-3",
                "mal/3/",
                "#strategi-mal-3",
                &[("mal", "3")],
                "mal/3/index.html",
            ),
            (
                Route::Tips,
                "tips",
                "tips/",
                "#strategi-tips",
                &[("vy", "tips")],
                "tips/index.html",
            ),
            (
                Route::Plan,
                "handlingsplan",
                "handlingsplan/",
                "#strategi-handlingsplan",
                &[("vy", "handlingsplan")],
                "handlingsplan/index.html",
            ),
            (
                Route::About,
                "om",
                "om/",
                "#strategi-om",
                &[("vy", "om")],
                "om/index.html",
            ),
            (
                Route::Accessibility,
                "tillganglighet",
                "tillganglighet/",
                "#strategi-tillganglighet",
                &[],
                "tillganglighet/index.html",
            ),
            (
                Route::NotFound,
                "saknas",
                "404.html",
                "#strategi-saknas",
                &[],
                "404.html",
            ),
        ];
        for &(route, slug, path, hash, attrs, file) in table {
            assert_eq!(route.slug(), slug);
            assert_eq!(Route::from_slug(slug), Some(route));
            assert_eq!(route_path(route), path);
            assert_eq!(to_hash(&ViewState::new(route)), hash);
            let attrs: Vec<(&str, String)> =
                attrs.iter().map(|(k, v)| (*k, v.to_string())).collect();
            assert_eq!(to_embed_attrs(&ViewState::new(route)), attrs);
            assert_eq!(file_for(route), file);
        }
        assert_eq!(Route::all().count(), 14);
    }

    #[test]
    fn every_route_and_actor_subset_round_trips_through_every_codec() {
        let mut checked = 0;
        for route in Route::all() {
            for actors in actor_subsets() {
                let query = if route.keeps_query() {
                    "våld & \"stöd\""
                } else {
                    ""
                };
                let full = state(route, &actors, "våld & \"stöd\"");
                let kept_actors: &[&str] = if route.keeps_filter() { &actors } else { &[] };

                // Path and query: the view keeps its own parameters.
                let url = to_relative_url(&full);
                let (path, q) = url.split_once('?').unwrap_or((&url, ""));
                let expected = state(route, kept_actors, query);
                assert_eq!(parse(path, q, ACTORS), expected, "{url}");

                // Host-page hash: no search text.
                let hash = to_hash(&full);
                assert_eq!(
                    from_hash(&hash, ACTORS),
                    Some(state(route, kept_actors, "")),
                    "{hash}"
                );

                // Embed attributes: views an embed cannot show become the overview.
                let attrs = to_embed_attrs(&full);
                let get = |k: &str| attrs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone());
                let back = from_embed_attrs(&EmbedAttrs::read(get), ACTORS);
                let expected = if route.embeddable() {
                    state(route, kept_actors, "")
                } else {
                    ViewState::new(Route::Overview)
                };
                assert_eq!(back, expected, "{attrs:?}");
                checked += 1;
            }
        }
        assert_eq!(checked, 14 * 32);
    }

    #[test]
    fn paths_map_to_routes_with_or_without_trailing_slash() {
        assert_eq!(parse_path(""), Route::Overview);
        assert_eq!(parse_path("/"), Route::Overview);
        assert_eq!(parse_path("index.html"), Route::Overview);
        assert_eq!(parse_path("mal/3"), Route::Goal(3));
        assert_eq!(parse_path("/mal/3/"), Route::Goal(3));
        assert_eq!(parse_path("mal/8/index.html"), Route::Goal(8));
        assert_eq!(parse_path("tips/"), Route::Tips);
        assert_eq!(parse_path("om"), Route::About);
        assert_eq!(parse_path("tillganglighet/"), Route::Accessibility);
        assert_eq!(parse_path("handlingsplan"), Route::Plan);
        assert_eq!(parse_path("/handlingsplan/index.html"), Route::Plan);
    }

    #[test]
    fn bad_goal_numbers_and_unknown_paths_are_not_found() {
        for bad in [
            "mal/0",
            "mal/9",
            "mal/-1",
            "mal/1e9",
            "mal/abc",
            "mal/",
            "mal/03",
            "mal/+3",
            "mal/3/x",
            "x",
            "404.html",
            "mal/99999999999",
        ] {
            assert_eq!(parse_path(bad), Route::NotFound, "{bad}");
        }
    }

    #[test]
    fn actors_ignore_unknown_empty_and_repeated_values_and_keep_content_order() {
        let (a, _) = parse_query("?aktor=region,kommun,region,,okand", ACTORS);
        assert_eq!(a, vec!["kommun", "region"]);
        let (a, _) = parse_query("aktor=naringsliv&aktor=kommun", ACTORS);
        assert_eq!(a, vec!["kommun", "naringsliv"]);
        let long = "x".repeat(10_000);
        let (a, q) = parse_query(&format!("aktor={long}&q={long}"), ACTORS);
        assert!(a.is_empty());
        assert_eq!(q.chars().count(), MAX_QUERY_CHARS);
    }

    #[test]
    fn query_text_is_decoded_and_round_trips() {
        let (_, q) = parse_query("q=f%C3%B6rebygga+v%C3%A5ld", ACTORS);
        assert_eq!(q, "förebygga våld");
        let s = state(Route::Tips, &["kommun", "region"], "<script> \"å\"");
        let url = to_relative_url(&s);
        assert_eq!(url, "tips/?aktor=kommun,region&q=%3Cscript%3E+%22%C3%A5%22");
        let (path, query) = url.split_once('?').unwrap();
        assert_eq!(parse(path, query, ACTORS), s);
    }

    #[test]
    fn decoding_inverts_encoding_for_any_text() {
        // A seeded walk over awkward characters: decode(encode(s)) == s.
        let alphabet: Vec<char> = "aZ09 +%&=?#/~,.-_åäöÅ\"'<>\\\u{0}\u{7f}🙂مر\u{202e}\t\n"
            .chars()
            .collect();
        let mut seed: u64 = 0x2026_1128;
        for _ in 0..2000 {
            let mut s = String::new();
            for _ in 0..(seed % 24) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            assert_eq!(decode(&encode(&s)), s, "{s:?}");
        }
    }

    #[test]
    fn broken_escapes_are_kept_as_typed() {
        let cases = [
            ("q=%", "%"),
            ("q=%4", "%4"),
            ("q=%zz", "%zz"),
            ("q=%FF%FE", "\u{FFFD}\u{FFFD}"),
            ("q=%E2%80", "\u{FFFD}"),
            ("q=100%25+s%C3%A4kert", "100% säkert"),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_query(input, ACTORS).1, expected, "{input}");
        }
        assert_eq!(decode("100%"), "100%");
    }

    #[test]
    fn each_view_keeps_only_its_own_parameters() {
        let s = state(Route::Goal(3), &["kommun"], "freda");
        assert_eq!(to_relative_url(&s), "mal/3/?aktor=kommun");
        let s = state(Route::About, &["kommun"], "freda");
        assert_eq!(to_relative_url(&s), "om/");
        // The plan's checklist is filtered by actor type; it has no search.
        let s = state(Route::Plan, &["kommun"], "freda");
        assert_eq!(to_relative_url(&s), "handlingsplan/?aktor=kommun");
    }

    #[test]
    fn embed_attributes_pick_the_view() {
        let attrs = |goal: Option<&str>, actors: Option<&str>, view: Option<&str>| EmbedAttrs {
            goal: goal.map(String::from),
            actors: actors.map(String::from),
            view: view.map(String::from),
        };
        let cases: &[(EmbedAttrs, ViewState)] = &[
            (
                attrs(Some("3"), Some("kommun"), None),
                state(Route::Goal(3), &["kommun"], ""),
            ),
            (
                attrs(Some(" 3 "), None, None),
                state(Route::Goal(3), &[], ""),
            ),
            (attrs(None, None, Some("tips")), state(Route::Tips, &[], "")),
            (
                attrs(Some("3"), None, Some("tips")),
                state(Route::Tips, &[], ""),
            ),
            (
                attrs(None, None, Some("kort")),
                state(Route::Overview, &[], ""),
            ),
            (
                attrs(None, None, Some("mal")),
                state(Route::Goal(1), &[], ""),
            ),
            (attrs(None, None, Some("om")), state(Route::About, &[], "")),
            (
                attrs(None, Some("kommun"), Some("handlingsplan")),
                state(Route::Plan, &["kommun"], ""),
            ),
            (
                attrs(None, None, Some("<script>")),
                state(Route::Overview, &[], ""),
            ),
            (
                attrs(None, None, Some("tillganglighet")),
                state(Route::Overview, &[], ""),
            ),
            (
                attrs(Some("9"), None, None),
                state(Route::NotFound, &[], ""),
            ),
            (attrs(Some(""), None, None), state(Route::NotFound, &[], "")),
            (
                attrs(None, Some("okand,,region"), Some("tips")),
                state(Route::Tips, &["region"], ""),
            ),
            (
                attrs(None, Some("kommun"), Some("kort")),
                state(Route::Overview, &[], ""),
            ),
        ];
        for (a, expected) in cases {
            assert_eq!(&from_embed_attrs(a, ACTORS), expected, "{a:?}");
        }
    }

    #[test]
    fn hash_reads_ours_and_ignores_foreign_hashes() {
        let s = state(Route::Goal(3), &["kommun", "region"], "");
        assert_eq!(to_hash(&s), "#strategi-mal-3~kommun,region");
        assert_eq!(from_hash("#kontakt", ACTORS), None);
        assert_eq!(from_hash("#strategi-okand", ACTORS), None);
        assert_eq!(
            from_hash("#strategi-mal-99", ACTORS).map(|s| s.route),
            Some(Route::NotFound)
        );
    }

    #[test]
    fn bases_always_start_and_end_with_a_slash() {
        for (input, expected) in [
            ("/", "/"),
            ("", "/"),
            ("strategi", "/strategi/"),
            ("/strategi", "/strategi/"),
            ("strategi/", "/strategi/"),
            ("/a/b/", "/a/b/"),
            ("https://ex.se/strategi", "https://ex.se/strategi/"),
        ] {
            assert_eq!(normalize_base(input), expected, "{input}");
        }
    }
}
