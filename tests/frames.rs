//! The iframe embed: one prerendered frame page per embeddable view under
//! `inbaddad/` (and the same set without our heading), and `embed.html`, the
//! old address, which moves to them. Expected values are literal tables.

use strategi::prerender::{embed_page, frame_file_for, frame_page, frame_routes};
use strategi::route::Route;

mod common;
use common::{attr_values, between, bundle, TEMPLATE};

const BASE: &str = "/strategi/";

/// Every view an iframe can show, its frame file and its `data-rutt`; the
/// not-found view is where embed.html sends a `mal` that names no goal.
const FRAMES: &[(Route, &str, &str)] = &[
    (Route::Overview, "inbaddad/index.html", ""),
    (Route::Tips, "inbaddad/tips/index.html", "tips/"),
    (
        Route::Plan,
        "inbaddad/handlingsplan/index.html",
        "handlingsplan/",
    ),
    (Route::About, "inbaddad/om/index.html", "om/"),
    (Route::NotFound, "inbaddad/404.html", "404.html"),
    (Route::Goal(1), "inbaddad/mal/1/index.html", "mal/1/"),
    (Route::Goal(2), "inbaddad/mal/2/index.html", "mal/2/"),
    (Route::Goal(3), "inbaddad/mal/3/index.html", "mal/3/"),
    (Route::Goal(4), "inbaddad/mal/4/index.html", "mal/4/"),
    (Route::Goal(5), "inbaddad/mal/5/index.html", "mal/5/"),
    (Route::Goal(6), "inbaddad/mal/6/index.html", "mal/6/"),
    (Route::Goal(7), "inbaddad/mal/7/index.html", "mal/7/"),
    (Route::Goal(8), "inbaddad/mal/8/index.html", "mal/8/"),
];

/// The files a frame page may link to under the site's base.
const FILES: &[&str] = &[
    "/strategi/strategi.css",
    "/strategi/ikon.svg",
    "/strategi/data/indikatorer.csv",
    "/strategi/data/innehall.json",
];

fn frame(route: Route, heading_hidden: bool) -> String {
    frame_page(TEMPLATE, &bundle(), route, BASE, heading_hidden, None).unwrap()
}

/// The `<script …>` start tags of a page.
fn script_tags(html: &str) -> Vec<&str> {
    html.match_indices("<script")
        .map(|(i, _)| {
            let rest = &html[i..];
            &rest[..=rest.find('>').unwrap()]
        })
        .collect()
}

#[test]
fn every_embeddable_view_and_the_not_found_view_has_a_frame_page() {
    let b = bundle();
    let mut expected: Vec<Route> = FRAMES.iter().map(|f| f.0).collect();
    let mut got = frame_routes(&b);
    let key = |r: &Route| format!("{r:?}");
    expected.sort_by_key(key);
    got.sort_by_key(key);
    assert_eq!(got, expected);
    for (route, file, _) in FRAMES {
        assert_eq!(frame_file_for(*route, false, None), *file);
        assert_eq!(
            frame_file_for(*route, true, None),
            file.replacen("inbaddad/", "inbaddad/utan-rubrik/", 1)
        );
        assert_eq!(
            frame_file_for(*route, true, Some("kommun")),
            file.replacen("inbaddad/", "inbaddad/utan-rubrik/kommun/", 1)
        );
    }
}

#[test]
fn a_frame_page_runs_the_islands_of_its_view_without_site_chrome() {
    for (route, _, path) in FRAMES {
        let html = frame(*route, false);
        let root = between(&html, "<div id=\"strategi\"", ">");
        assert_eq!(
            root,
            format!(
                "<div id=\"strategi\" data-bas=\"/strategi/inbaddad/\" data-sida=\"iframe\" data-filbas=\"/strategi/\" data-rutt=\"{path}\""
            ),
            "{route:?}"
        );
        assert!(html.contains("<body class=\"iframe-sida\">"), "{route:?}");
        assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
        assert!(!html.contains("rel=\"canonical\""), "{route:?}");
        assert!(!html.contains("og:url"), "{route:?}");
        // The islands' loader and data, as on the site's pages; not the whole app.
        assert_eq!(
            script_tags(&html),
            [
                "<script type=\"module\" src=\"/strategi/sida.js\">",
                "<script type=\"application/json\" id=\"strategi-data\">",
            ],
            "{route:?}"
        );
        assert!(!html.contains("strategi.js"), "{route:?}");
        // No site header, navigation, footer, quick exit or embed panel.
        for chrome in [
            "class=\"sidhuvud\"",
            "aria-label=\"Huvudmeny\"",
            "<footer",
            "class=\"snabbutgang\"",
            "class=\"hoppa\"",
            "Bädda in på din webbplats",
        ] {
            assert!(!html.contains(chrome), "{route:?} has {chrome}");
        }
        assert!(html.contains("<main class=\"innehall\">"), "{route:?}");
        // The help lines stay.
        assert!(html.contains("href=\"tel:020505050\""), "{route:?}");
    }
}

#[test]
fn a_frame_page_carries_exactly_its_islands() {
    let table: &[(Route, &[&str])] = &[
        (Route::Overview, &[]),
        (Route::Goal(3), &["mal-tips"]),
        (Route::Tips, &["tips"]),
        (Route::Plan, &[]),
        (Route::About, &[]),
        (Route::NotFound, &[]),
    ];
    for (route, islands) in table {
        let html = frame(*route, false);
        assert_eq!(attr_values(&html, "data-o"), *islands, "{route:?}");
    }
    let goal = frame(Route::Goal(3), false);
    let data = between(&goal, "id=\"strategi-data\">", "</script>");
    assert!(
        data.contains("\"tips\""),
        "the goal's tips are the island's props"
    );
}

#[test]
fn links_between_views_stay_in_the_frame_and_files_stay_under_the_site() {
    for heading_hidden in [false, true] {
        let folder = if heading_hidden {
            "/strategi/inbaddad/utan-rubrik/"
        } else {
            "/strategi/inbaddad/"
        };
        for (route, _, _) in FRAMES {
            let html = frame(*route, heading_hidden);
            for href in attr_values(&html, "href") {
                if !href.starts_with('/') {
                    continue; // in-page anchors, tel:, other sites
                }
                assert!(
                    href.starts_with(folder) || FILES.contains(&href.as_str()),
                    "{route:?} (heading hidden: {heading_hidden}) links to {href}"
                );
            }
        }
        let overview = frame(Route::Overview, heading_hidden);
        for n in 1..=8 {
            let card = format!("href=\"{folder}mal/{n}/\" class=\"malkort-lank\"");
            assert!(overview.contains(&card), "{card}");
        }
        let goal = frame(Route::Goal(3), heading_hidden);
        assert!(goal.contains(&format!("<a href=\"{folder}\" class=\"\">Alla mål</a>")));
        assert!(goal.contains("href=\"/strategi/data/indikatorer.csv\""));
        let about = frame(Route::About, heading_hidden);
        assert!(about.contains("href=\"/strategi/data/indikatorer.csv\""));
        assert!(about.contains("href=\"/strategi/data/innehall.json\""));
        let tips = frame(Route::Tips, heading_hidden);
        assert!(tips.contains(&format!("action=\"{folder}tips/\"")));
        // A tip's link to the plan leads to the plan's frame page.
        assert!(tips.contains(&format!(
            "<a href=\"{folder}handlingsplan/\" class=\"\">Lägg till"
        )));
    }
}

#[test]
fn without_our_heading_the_frame_page_hides_it_in_its_markup() {
    let html = frame(Route::Goal(3), true);
    let root = between(&html, "<div id=\"strategi\"", ">");
    assert_eq!(
        root,
        "<div id=\"strategi\" data-bas=\"/strategi/inbaddad/utan-rubrik/\" data-sida=\"iframe\" data-filbas=\"/strategi/\" class=\"utan-rubrik\" data-rutt=\"mal/3/\""
    );
    // Still there for screen readers, hidden by the stylesheet.
    assert!(html.contains("<h1 tabindex=\"-1\"><span class=\"mal-nummer\">Mål 3</span>"));
    let css = std::fs::read_to_string("style/20-layout.css").unwrap();
    assert!(css.contains(".utan-rubrik .vy > h1 {"));
    assert!(!frame(Route::Goal(3), false).contains("utan-rubrik"));
}

#[test]
fn embed_html_has_no_inline_script_and_reads_as_the_overview_frame() {
    let b = bundle();
    let html = embed_page(TEMPLATE, &b, BASE).unwrap();
    assert_eq!(
        script_tags(&html),
        [
            "<script type=\"application/json\" id=\"strategi-ram\">",
            "<script src=\"/strategi/ram.js\">",
        ]
    );
    // The classic script runs in the head, before the body is drawn.
    let head = between(&html, "<head>", "</head>");
    assert!(head.contains("<script src=\"/strategi/ram.js\"></script>"));
    assert!(html.contains("<body class=\"iframe-sida\">"));
    assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(html.contains("data-bas=\"/strategi/inbaddad/\" data-sida=\"iframe\""));
    assert_eq!(html.matches("class=\"malkort\">").count(), 8);
    assert!(html.contains("href=\"/strategi/inbaddad/mal/3/\" class=\"malkort-lank\""));
    assert!(!html.contains("class=\"sidhuvud\""));
}

#[test]
fn embed_html_maps_the_old_query_to_frame_pages() {
    let b = bundle();
    let html = embed_page(TEMPLATE, &b, BASE).unwrap();
    let json = between(&html, "id=\"strategi-ram\">", "</script>")["id=\"strategi-ram\">".len()..]
        .to_string();
    let map: serde_json::Value = serde_json::from_str(&json).unwrap();
    let to = |path: &str, filter: bool| serde_json::json!({ "path": path, "filter": filter });
    assert_eq!(
        map["params"],
        serde_json::json!({ "goal": "mal", "view": "vy", "actors": "aktor", "heading": "rubrik" })
    );
    assert_eq!(map["hidden"], "nej");
    assert_eq!(
        map["folders"],
        serde_json::json!(["inbaddad/", "inbaddad/utan-rubrik/"])
    );
    assert_eq!(
        map["views"],
        serde_json::json!({
            "start": to("", false),
            "kort": to("", false),
            "tips": to("tips/", true),
            "handlingsplan": to("handlingsplan/", true),
            "om": to("om/", false),
        })
    );
    for n in 1..=8 {
        assert_eq!(map["goals"][n.to_string()], to(&format!("mal/{n}/"), true));
    }
    assert_eq!(map["goals"].as_object().unwrap().len(), 8);
    assert_eq!(map["goalView"], "mal");
    assert_eq!(map["firstGoal"], to("mal/1/", true));
    assert_eq!(map["missing"], to("404.html", false));
    assert_eq!(map["overview"], to("", false));
}

/// A frame page in an actor type's folder is drawn with that filter: the
/// chip is pressed, only that actor type's tips are listed, and its links
/// stay in the folder.
#[test]
fn a_frame_page_in_an_actor_types_folder_is_drawn_filtered() {
    let b = bundle();
    let html = frame_page(TEMPLATE, &b, Route::Goal(3), BASE, false, Some("kommun")).unwrap();
    assert!(html.contains("data-aktor=\"kommun\""));
    assert!(html.contains("data-bas=\"/strategi/inbaddad/kommun/\""));
    let goal = b.goal(3).unwrap();
    let for_kommun = goal
        .tips
        .iter()
        .filter(|t| t.actors.iter().any(|a| a == "kommun"))
        .count();
    let listed = html.matches("class=\"tips\"").count();
    assert!(for_kommun > 0);
    assert_eq!(listed, for_kommun);
    assert!(html.contains("href=\"/strategi/inbaddad/kommun/mal/4/?aktor=kommun\""));
}

/// The plan's frame page in an actor type's folder lists that actor type's
/// tips only, and a tip's link to the plan from a filtered goal stays there.
#[test]
fn the_plans_frame_page_in_an_actor_types_folder_is_drawn_filtered() {
    let b = bundle();
    let html = frame_page(TEMPLATE, &b, Route::Plan, BASE, false, Some("region")).unwrap();
    assert!(html.contains("data-aktor=\"region\""));
    let for_region = b
        .goals
        .iter()
        .flat_map(|g| &g.tips)
        .filter(|t| t.actors.iter().any(|a| a == "region"))
        .count();
    assert!(for_region > 0);
    assert_eq!(html.matches("class=\"checkpunkt\"").count(), for_region);
    let goal = frame_page(TEMPLATE, &b, Route::Goal(3), BASE, false, Some("region")).unwrap();
    assert!(goal.contains(
        "<a href=\"/strategi/inbaddad/region/handlingsplan/?aktor=region\" class=\"\">Lägg till"
    ));
}
