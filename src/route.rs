//! What is shown, as plain data, and its two-way mapping to the URL
//! (`/mal/3/?aktor=kommun&q=freda`). The URL is the one source of truth in the
//! standalone app; the embed keeps the same state internally.

/// Which view is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Overview,
    Goal(u8),
    Tips,
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

/// Reads a route from a path relative to the app's base ("mal/3/", "tips").
pub fn parse_path(path: &str) -> Route {
    let path = path.trim_start_matches('/');
    let path = path.strip_suffix("index.html").unwrap_or(path);
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [] => Route::Overview,
        // Exactly one digit 1–8: "03", "+3", "3.0" and "1e9" are not goal numbers.
        ["mal", n] => match n.as_bytes() {
            [d @ b'1'..=b'8'] => Route::Goal(d - b'0'),
            _ => Route::NotFound,
        },
        ["tips"] => Route::Tips,
        ["om"] => Route::About,
        ["tillganglighet"] => Route::Accessibility,
        _ => Route::NotFound,
    }
}

/// The path of a route relative to the base, always with a trailing slash
/// so that it maps onto a prerendered `index.html` on any static host.
pub fn route_path(route: Route) -> String {
    match route {
        Route::Overview => String::new(),
        Route::Goal(n) => format!("mal/{n}/"),
        Route::Tips => "tips/".into(),
        Route::About => "om/".into(),
        Route::Accessibility => "tillganglighet/".into(),
        Route::NotFound => "404.html".into(),
    }
}

/// Reads the actor and query parameters from a query string (with or
/// without the leading "?"). Unknown, empty and repeated values are ignored.
pub fn parse_query(query: &str, known_actors: &[&str]) -> (Vec<String>, String) {
    let mut chosen: Vec<&str> = Vec::new();
    let mut text = String::new();
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "aktor" => {
                for id in decode(value).split(',') {
                    if let Some(known) = known_actors.iter().find(|k| **k == id.trim()) {
                        if !chosen.contains(known) {
                            chosen.push(known);
                        }
                    }
                }
            }
            "q" if text.is_empty() => text = clean_query(&decode(value)),
            _ => {}
        }
    }
    let actors = known_actors
        .iter()
        .filter(|k| chosen.contains(k))
        .map(|k| k.to_string())
        .collect();
    (actors, text)
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
/// what matters for that view.
pub fn to_relative_url(state: &ViewState) -> String {
    let mut url = route_path(state.route);
    let mut params = Vec::new();
    let keeps_filter = matches!(state.route, Route::Goal(_) | Route::Tips);
    if keeps_filter && !state.actors.is_empty() {
        params.push(format!("aktor={}", state.actors.join(",")));
    }
    if state.route == Route::Tips && !state.query.is_empty() {
        params.push(format!("q={}", encode(&state.query)));
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
        let state = ViewState {
            route: Route::Tips,
            actors: vec!["kommun".into(), "region".into()],
            query: "<script> \"å\"".into(),
        };
        let url = to_relative_url(&state);
        assert_eq!(url, "tips/?aktor=kommun,region&q=%3Cscript%3E+%22%C3%A5%22");
        let (path, query) = url.split_once('?').unwrap();
        assert_eq!(parse(path, query, ACTORS), state);
    }

    #[test]
    fn broken_escapes_do_not_panic() {
        for q in ["q=%", "q=%4", "q=%zz", "q=%FF%FE", "q=%E2%80"] {
            let _ = parse_query(q, ACTORS);
        }
        assert_eq!(decode("100%"), "100%");
    }

    #[test]
    fn each_view_keeps_only_its_own_parameters() {
        let s = ViewState {
            route: Route::Goal(3),
            actors: vec!["kommun".into()],
            query: "freda".into(),
        };
        assert_eq!(to_relative_url(&s), "mal/3/?aktor=kommun");
        let s = ViewState {
            route: Route::About,
            actors: vec!["kommun".into()],
            query: "freda".into(),
        };
        assert_eq!(to_relative_url(&s), "om/");
    }
}

/// The state an embed starts in, from its attributes (`mal`, `aktor`, `vy`)
/// or the iframe's query parameters of the same names.
pub fn embed_state(
    mal: Option<&str>,
    aktor: Option<&str>,
    vy: Option<&str>,
    known_actors: &[&str],
) -> ViewState {
    let goal = mal.map(|m| parse_path(&format!("mal/{}", m.trim())));
    let route = match (vy.map(str::trim), goal) {
        (Some("tips"), _) => Route::Tips,
        (Some("kort"), _) => Route::Overview,
        (Some("om"), _) => Route::About,
        (_, Some(route)) => route,
        (Some("mal"), None) => Route::Goal(1),
        _ => Route::Overview,
    };
    let (actors, _) = parse_query(
        &format!("aktor={}", encode(aktor.unwrap_or(""))),
        known_actors,
    );
    ViewState {
        route,
        actors,
        query: String::new(),
    }
}

/// Prefix of the host-page hash an embed may mirror its state into.
pub const HASH_PREFIX: &str = "strategi-";

/// "#strategi-mal-3~kommun,region": the embed's state in the host's hash.
pub fn to_hash(state: &ViewState) -> String {
    let place = match state.route {
        Route::Overview => "start".to_string(),
        Route::Goal(n) => format!("mal-{n}"),
        Route::Tips => "tips".into(),
        Route::About => "om".into(),
        Route::Accessibility => "tillganglighet".into(),
        Route::NotFound => "start".into(),
    };
    let mut hash = format!("#{HASH_PREFIX}{place}");
    if !state.actors.is_empty() {
        hash.push('~');
        hash.push_str(&state.actors.join(","));
    }
    hash
}

/// Reads a state written by [`to_hash`]; `None` when the hash is not ours.
pub fn from_hash(hash: &str, known_actors: &[&str]) -> Option<ViewState> {
    let rest = hash.trim_start_matches('#').strip_prefix(HASH_PREFIX)?;
    let (place, actors) = rest.split_once('~').unwrap_or((rest, ""));
    let route = match place {
        "start" => Route::Overview,
        "tips" => Route::Tips,
        "om" => Route::About,
        "tillganglighet" => Route::Accessibility,
        p => match p.strip_prefix("mal-") {
            Some(n) => parse_path(&format!("mal/{n}")),
            None => return None,
        },
    };
    let (actors, _) = parse_query(&format!("aktor={actors}"), known_actors);
    Some(ViewState {
        route,
        actors,
        query: String::new(),
    })
}

#[cfg(test)]
mod embed_tests {
    use super::*;

    const ACTORS: &[&str] = &["kommun", "region"];

    #[test]
    fn embed_attributes_pick_the_view() {
        assert_eq!(
            embed_state(Some("3"), Some("kommun"), None, ACTORS).route,
            Route::Goal(3)
        );
        assert_eq!(
            embed_state(Some("3"), Some("kommun"), None, ACTORS).actors,
            ["kommun"]
        );
        assert_eq!(
            embed_state(None, None, Some("tips"), ACTORS).route,
            Route::Tips
        );
        assert_eq!(
            embed_state(Some("9"), None, None, ACTORS).route,
            Route::NotFound
        );
        assert_eq!(
            embed_state(None, Some("okand,,region"), Some("kort"), ACTORS),
            ViewState {
                route: Route::Overview,
                actors: vec!["region".into()],
                query: String::new()
            }
        );
    }

    #[test]
    fn hash_round_trips_and_ignores_foreign_hashes() {
        let s = ViewState {
            route: Route::Goal(3),
            actors: vec!["kommun".into(), "region".into()],
            query: String::new(),
        };
        assert_eq!(to_hash(&s), "#strategi-mal-3~kommun,region");
        assert_eq!(from_hash(&to_hash(&s), ACTORS), Some(s));
        assert_eq!(from_hash("#kontakt", ACTORS), None);
        assert_eq!(
            from_hash("#strategi-mal-99", ACTORS).unwrap().route,
            Route::NotFound
        );
    }
}
