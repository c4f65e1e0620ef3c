//! The views rendered natively to HTML (exactly what the prerendered pages
//! and the no-JavaScript reader get), checked against the content.

use std::sync::Arc;

use strategi::app::Mode;
use strategi::content::{bundled, Bundle};
use strategi::filter::count_for;
use strategi::prerender::render_app;
use strategi::route::{Route, ViewState};
use strategi::status::format_value;

fn bundle() -> Arc<Bundle> {
    Arc::new(bundled().unwrap())
}

fn render(route: Route, actors: &[&str]) -> String {
    let state = ViewState {
        route,
        actors: actors.iter().map(|s| s.to_string()).collect(),
        query: String::new(),
    };
    render_app(bundle(), state, "/", Mode::Standalone).replace("<!>", "")
}

/// Values of `attr="…"` in document order.
fn attr_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!("{attr}=\"");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}

fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let a = html
        .find(start)
        .unwrap_or_else(|| panic!("{start} not found"));
    let rest = &html[a..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

#[test]
fn overview_shows_eight_goal_cards_each_one_link_named_after_its_goal() {
    let html = render(Route::Overview, &[]);
    let b = bundle();
    assert_eq!(html.matches("class=\"malkort\">").count(), 8);
    for g in &b.goals {
        let expected = format!(
            "href=\"/mal/{}/\" class=\"malkort-lank\">Mål {}: {}</a>",
            g.number, g.number, g.short_name
        );
        assert!(html.contains(&expected), "card link for goal {}", g.number);
    }
    assert!(html.contains("Kvinnofridslinjen"));
    assert!(html.contains("href=\"tel:020505050\""));
    assert!(html.contains("href=\"/tips/\""));
}

#[test]
fn every_indicator_table_shows_exactly_the_contents_values() {
    let b = bundle();
    for g in &b.goals {
        let html = render(Route::Goal(g.number), &[]);
        assert!(html.contains(&format!(
            "<h1 tabindex=\"-1\"><span class=\"mal-nummer\">Mål {}</span>: {}</h1>",
            g.number, g.short_name
        )));
        for ind in &g.indicators {
            if ind.series.is_empty() {
                assert!(
                    html.contains(&ind.missing.replace('"', "&quot;"))
                        || html.contains(&ind.missing),
                    "missing text for {}",
                    ind.id
                );
                continue;
            }
            let section = between(
                &html,
                &format!("id=\"mal-{}-{}\"", g.number, ind.id),
                "</section>",
            );
            let table = between(section, "<table", "</table>");
            // Rows are years, columns are series, in content order.
            let years = strategi::components::indicator::display_years(ind);
            let mut expected = Vec::new();
            for y in &years {
                for s in &ind.series {
                    if let Some(v) = s.value_for(*y) {
                        expected.push(v.to_string());
                    }
                }
            }
            assert_eq!(
                attr_values(table, "data-varde"),
                expected,
                "goal {} indicator {}",
                g.number,
                ind.id
            );
            let missing_cells = years
                .iter()
                .map(|y| {
                    ind.series
                        .iter()
                        .filter(|s| s.value_for(*y).is_none())
                        .count()
                })
                .sum::<usize>();
            assert_eq!(
                table.matches("uppgift saknas").count(),
                missing_cells,
                "goal {} indicator {}",
                g.number,
                ind.id
            );
            for s in &ind.series {
                for p in &s.points {
                    assert!(
                        table.contains(&format_value(p.value, ind.unit)),
                        "{} {}",
                        ind.id,
                        p.value
                    );
                }
            }
        }
    }
}

#[test]
fn each_goal_and_actor_shows_exactly_the_contents_tips_and_chip_counts() {
    let b = bundle();
    for g in &b.goals {
        let all = render(Route::Goal(g.number), &[]);
        assert_eq!(
            attr_values(&all, "data-tips"),
            g.tips.iter().map(|t| t.id.clone()).collect::<Vec<_>>()
        );
        for actor in &b.strategy.actor_types {
            let html = render(Route::Goal(g.number), &[&actor.id]);
            let expected: Vec<String> = g
                .tips
                .iter()
                .filter(|t| t.actors.contains(&actor.id))
                .map(|t| t.id.clone())
                .collect();
            assert_eq!(
                attr_values(&html, "data-tips"),
                expected,
                "goal {} actor {}",
                g.number,
                actor.id
            );
            let count = count_for(g.tips.iter(), &actor.id);
            let chip = format!("{}<span class=\"chip-antal\"> (", actor.name);
            let after = between(&html, &chip, "<span class=\"osynlig\">");
            assert!(
                after.ends_with(&count.to_string()),
                "chip count for {} in goal {}: {after}",
                actor.id,
                g.number
            );
            assert!(html.contains(&format!(
                "Visar {} av {} tips för {}",
                expected.len(),
                g.tips.len(),
                actor.name
            )));
        }
    }
}

#[test]
fn tips_view_lists_all_goals_tips_for_an_actor_grouped_by_goal() {
    let b = bundle();
    let html = render(Route::Tips, &["naringsliv"]);
    let expected: Vec<String> = b
        .goals
        .iter()
        .flat_map(|g| {
            g.tips
                .iter()
                .filter(|t| t.actors.iter().any(|a| a == "naringsliv"))
                .map(|t| t.id.clone())
        })
        .collect();
    assert_eq!(attr_values(&html, "data-tips"), expected);
    assert_eq!(html.matches("class=\"tipsgrupp\"").count(), 8);
}

#[test]
fn search_finds_words_typed_without_swedish_marks_and_highlights_them() {
    let state = ViewState {
        route: Route::Tips,
        actors: vec![],
        query: "aterfall".into(),
    };
    let html = render_app(bundle(), state, "/", Mode::Standalone);
    assert!(
        html.contains("<mark>återfall</mark>") || html.contains("<mark>Återfall</mark>"),
        "no highlighted match"
    );
    let state = ViewState {
        route: Route::Tips,
        actors: vec![],
        query: "FREDA".into(),
    };
    let html = render_app(bundle(), state, "/", Mode::Standalone);
    assert!(html.contains("<mark>FREDA</mark>"));
}

#[test]
fn not_found_and_titles() {
    let html = render(Route::NotFound, &[]);
    assert!(html.contains("Sidan finns inte"));
    assert!(html.contains("href=\"/\""));
    let b = bundle();
    assert_eq!(
        strategi::app::page_title(&b, Route::Goal(3)),
        "Mål 3: Upptäcka tidigt – Våld i Stockholms län"
    );
}

#[test]
fn content_text_that_looks_like_markup_is_shown_as_text() {
    let mut b = bundled().unwrap();
    b.goals[0].tips[0].title = "<script>alert(1)</script><img src=x onerror=alert(2)>".into();
    b.goals[0].summary = "\"><b>fet</b>".into();
    let html = render_app(
        Arc::new(b),
        ViewState::new(Route::Goal(1)),
        "/",
        Mode::Standalone,
    );
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("<img src=x"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<b>fet</b>"));
}

#[test]
fn links_use_the_base_path_of_a_sub_path_build() {
    let html = render_app(
        bundle(),
        ViewState::new(Route::Goal(2)),
        "/strategi/",
        Mode::Standalone,
    );
    assert!(html.contains("href=\"/strategi/mal/3/\""));
    assert!(html.contains("href=\"/strategi/\""));
    assert!(html.contains("href=\"/strategi/data/indikatorer.csv\""));
    assert!(!html.contains("href=\"/mal/"));
}

/// The template trunk writes, reduced to what `page` needs.
const TEMPLATE: &str = "<!DOCTYPE html><html><head><title></title><meta name=\"description\" content=\"\"><link rel=\"stylesheet\" href=\"strategi.css\"><script type=\"module\">\nimport init from '/strategi.js';\nawait init();\n</script></head><body><div id=\"strategi\"></div></body></html>";

/// The text between `start` and the next `end`, without either.
fn inside<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let rest = &between(html, start, end)[start.len()..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

fn island_data(html: &str) -> strategi::islands::IslandData {
    let json = inside(
        html,
        "<script type=\"application/json\" id=\"strategi-data\">",
        "</script>",
    );
    serde_json::from_str(json).expect("the islands' data is valid JSON")
}

#[test]
fn pages_load_the_islands_script_not_the_whole_app_and_carry_their_islands_data() {
    let b = bundle();
    for route in strategi::prerender::routes(&b) {
        let html = strategi::prerender::page(TEMPLATE, &b, route, "/strategi/").unwrap();
        assert!(html.contains("<script type=\"module\" src=\"/strategi/sida.js\"></script>"));
        assert!(
            !html.contains("strategi.js"),
            "{route:?} still loads the whole app"
        );
        let data = island_data(&html);
        assert_eq!(data.actor_types, b.strategy.actor_types);
        let expected: Vec<u8> = match route {
            Route::Goal(n) => vec![n],
            Route::Tips => b.goals.iter().map(|g| g.number).collect(),
            _ => vec![],
        };
        assert_eq!(
            data.goals.iter().map(|g| g.number).collect::<Vec<_>>(),
            expected
        );
        // Every goal-tips island has its goal in the data.
        for n in attr_values(&html, "data-mal") {
            if html.contains(&format!("data-o=\"mal-tips\" data-mal=\"{n}\"")) {
                assert!(data.goals.iter().any(|g| g.number.to_string() == n));
            }
        }
    }
}

#[test]
fn content_cannot_close_the_islands_data_script() {
    let mut b = bundled().unwrap();
    b.goals[2].tips[0].text = "</script><script>alert(1)</script><!--".into();
    let b = Arc::new(b);
    let html = strategi::prerender::page(TEMPLATE, &b, Route::Goal(3), "/").unwrap();
    let json = inside(&html, "id=\"strategi-data\">", "</script>");
    assert!(!json.contains('<'));
    assert_eq!(
        island_data(&html).goals[0].tips[0].text,
        "</script><script>alert(1)</script><!--"
    );
    assert!(!html.contains("<script>alert(1)"));
}
