//! The views rendered natively to HTML (exactly what the prerendered pages
//! and the no-JavaScript reader get), checked against the content.

use std::sync::Arc;

use strategi::content::{bundled, Indicator};
use strategi::contract::{
    ATTR_ISLAND, ISLAND_EMBED_PANEL, ISLAND_GOAL_TIPS, ISLAND_PLAN, ISLAND_TIPS,
};
use strategi::prerender::render_app;
use strategi::route::{Route, ViewState};
use strategi::shell::Mode;

mod common;
use common::{attr_values, between, bundle, render, TEMPLATE};

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

/// The years that have a value in any of the indicator's series, ascending.
fn content_years(ind: &Indicator) -> Vec<u16> {
    let mut years: Vec<u16> = ind
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.year))
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The text of each `<th scope="row">` (a table's years).
fn row_years(table: &str) -> Vec<u16> {
    table
        .match_indices("<th scope=\"row\">")
        .map(|(i, m)| {
            let rest = &table[i + m.len()..];
            rest[..rest.find('<').unwrap()].parse().unwrap()
        })
        .collect()
}

/// Each `<td data-varde="v">text</td>` as (v, text).
fn value_cells(table: &str) -> Vec<(String, String)> {
    table
        .match_indices("<td data-varde=\"")
        .map(|(i, m)| {
            let rest = &table[i + m.len()..];
            let value = &rest[..rest.find('"').unwrap()];
            let text = &rest[rest.find('>').unwrap() + 1..rest.find("</td>").unwrap()];
            (value.to_string(), text.to_string())
        })
        .collect()
}

#[test]
fn every_indicator_table_shows_exactly_the_contents_values() {
    let b = bundle();
    let mut tables = 0;
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
            let what = format!("goal {} indicator {}", g.number, ind.id);

            // Values: year by year, then series by series, as in the content.
            let years = content_years(ind);
            let mut expected = Vec::new();
            for y in &years {
                for s in &ind.series {
                    if let Some(p) = s.points.iter().find(|p| p.year == *y) {
                        expected.push(p.value);
                    }
                }
            }
            let cells = value_cells(table);
            let values: Vec<f64> = cells.iter().map(|(v, _)| v.parse().unwrap()).collect();
            assert_eq!(values, expected, "{what}");

            // Each cell's text says its value, with a decimal comma.
            for (value, text) in &cells {
                let read: f64 = text
                    .trim_end_matches(" %")
                    .replace(',', ".")
                    .parse()
                    .unwrap_or_else(|_| panic!("{what}: cell text {text:?}"));
                let value: f64 = value.parse().unwrap();
                assert!((read - value).abs() < 0.051, "{what}: {text} for {value}");
            }

            // Rows: every year with a value; a year without one only inside
            // a short gap, and then every series says "uppgift saknas".
            let rows = row_years(table);
            assert!(rows.windows(2).all(|w| w[0] < w[1]), "{what}: {rows:?}");
            assert!(years.iter().all(|y| rows.contains(y)), "{what}: {rows:?}");
            for y in rows.iter().filter(|y| !years.contains(y)) {
                let before = years.iter().rev().find(|c| *c < y).unwrap();
                let after = years.iter().find(|c| *c > y).unwrap();
                assert!(after - before <= 3, "{what}: {y} fills a long gap");
            }
            let missing = rows.len() * ind.series.len() - expected.len();
            assert_eq!(table.matches("uppgift saknas").count(), missing, "{what}");
            tables += 1;
        }
    }
    let with_figures = b
        .goals
        .iter()
        .flat_map(|g| &g.indicators)
        .filter(|i| !i.series.is_empty())
        .count();
    assert_eq!(tables, with_figures);
}

#[test]
fn gaps_in_a_series_show_as_missing_years_only_when_short() {
    // (goal, indicator, the table's years)
    let cases: &[(u8, &str, &[u16])] = &[
        (
            2,
            "stodsamtal-med-bistandsbeslut",
            &[2019, 2020, 2021, 2022, 2023],
        ),
        (2, "stodsamtal-utan-bistandsbeslut", &[2019, 2023]),
        (
            3,
            "fragor-om-vald-i-modrahalsovarden",
            &[2011, 2019, 2020, 2021],
        ),
        (4, "skolgang-i-skyddat-boende-riket", &[2019, 2023, 2024]),
    ];
    for (goal, id, expected) in cases {
        let html = render(Route::Goal(*goal), &[]);
        let section = between(&html, &format!("id=\"mal-{goal}-{id}\""), "</section>");
        assert_eq!(
            &row_years(between(section, "<table", "</table>")),
            expected,
            "{id}"
        );
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
            let count = expected.len();
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
fn not_found_view_links_home() {
    let html = render(Route::NotFound, &[]);
    let view = between(&html, "<div class=\"ram vy vy-saknas\">", "</div>");
    assert!(view.contains("<h1 tabindex=\"-1\">Sidan finns inte</h1>"));
    let link = between(view, "<a href=\"/\"", "</a>");
    assert!(link.ends_with(">Till startsidan med alla mål"), "{view}");
}

#[test]
fn every_view_has_its_title() {
    let b = bundle();
    let table: &[(Route, &str)] = &[
        (
            Route::Overview,
            "Mål och uppföljning – Våld i Stockholms län",
        ),
        (
            Route::Goal(3),
            "Mål 3: Upptäcka tidigt – Våld i Stockholms län",
        ),
        (
            Route::Goal(8),
            "Mål 8: Kunskap och forskning – Våld i Stockholms län",
        ),
        (Route::Tips, "Vad kan vi göra? – Våld i Stockholms län"),
        (Route::Plan, "Vår handlingsplan – Våld i Stockholms län"),
        (Route::About, "Om strategin – Våld i Stockholms län"),
        (
            Route::Accessibility,
            "Tillgänglighetsredogörelse – Våld i Stockholms län",
        ),
        (Route::NotFound, "Sidan finns inte – Våld i Stockholms län"),
    ];
    for (route, title) in table {
        assert_eq!(strategi::app::page_title(&b, *route), *title);
    }
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
    let mut data: serde_json::Value =
        serde_json::from_str(json).expect("the islands' data is valid JSON");
    // The plan's page also carries its guide's data (PageData), which the
    // islands do not read.
    data.as_object_mut().unwrap().remove("handlingsplan");
    serde_json::from_value(data).expect("the islands' data")
}

/// The island names in a page's markup, in order.
fn islands_in(html: &str) -> Vec<String> {
    attr_values(html, ATTR_ISLAND)
}

#[test]
fn pages_load_the_islands_script_and_carry_exactly_their_islands_props() {
    let b = bundle();
    for route in strategi::prerender::routes(&b) {
        let html = strategi::prerender::page(TEMPLATE, &b, route, "/strategi/", None).unwrap();
        assert!(html.contains("<script type=\"module\" src=\"/strategi/sida.js\"></script>"));
        assert!(
            !html.contains("strategi.js"),
            "{route:?} still loads the whole app"
        );
        // Hydration markers are proper empty comments, not "bogus comments".
        assert!(!html.contains("<!>"), "{route:?}");
        assert!(html.contains("<!---->"), "{route:?}");
        let data = island_data(&html);
        let names: Vec<(String, String)> = b
            .strategy
            .actor_types
            .iter()
            .map(|a| (a.id.clone(), a.name.clone()))
            .collect();
        let got: Vec<(String, String)> = data
            .actors
            .iter()
            .map(|a| (a.id.clone(), a.name.clone()))
            .collect();
        assert_eq!(got, names);

        // Each island in the markup has its props, and there are no others.
        let expected_islands: Vec<&str> = match route {
            Route::Goal(_) => vec![ISLAND_GOAL_TIPS, ISLAND_EMBED_PANEL],
            Route::Tips => vec![ISLAND_TIPS, ISLAND_EMBED_PANEL],
            // The plan's guide, run by its own bundle (tests/plan_guide.rs).
            Route::Plan => vec![ISLAND_PLAN, ISLAND_EMBED_PANEL],
            _ => vec![ISLAND_EMBED_PANEL],
        };
        assert_eq!(islands_in(&html), expected_islands, "{route:?}");
        match route {
            Route::Goal(n) => {
                let props = data.goal_tips.as_ref().expect("a goal page has its tips");
                let goal = b.goal(n).unwrap();
                assert_eq!(props.number, n);
                assert_eq!(props.tips, goal.tips);
            }
            _ => assert!(data.goal_tips.is_none(), "{route:?}"),
        }
        match route {
            Route::Tips => {
                let goals = data.tips.as_ref().expect("the tips view has every goal");
                assert_eq!(goals.len(), b.goals.len());
                for (got, goal) in goals.iter().zip(&b.goals) {
                    assert_eq!(got.number, goal.number);
                    assert_eq!(got.statement, goal.statement);
                    assert_eq!(got.tips, goal.tips);
                    let names: Vec<&str> =
                        goal.indicators.iter().map(|i| i.name.as_str()).collect();
                    assert_eq!(got.indicators, names);
                }
                // Only what the search reads: no figures or sources.
                let json = inside(&html, "id=\"strategi-data\">", "</script>");
                assert!(!json.contains("\"serier\"") && !json.contains("\"kallor\""));
            }
            _ => assert!(data.tips.is_none(), "{route:?}"),
        }
        let frame_title = match route {
            Route::Goal(n) => format!("Strategins mål: {}", b.goal(n).unwrap().title()),
            Route::Tips => "Strategins förslag: vad kan vi göra?".to_string(),
            Route::Plan => {
                "Vår handlingsplan utifrån strategin mot våld i Stockholms län".to_string()
            }
            Route::About => "Om strategin mot våld i Stockholms län".to_string(),
            _ => "Strategins åtta mål mot våld i Stockholms län".to_string(),
        };
        assert_eq!(data.embed_panel.frame_title, frame_title);
    }
}

#[test]
fn content_cannot_close_the_islands_data_script() {
    let mut b = bundled().unwrap();
    b.goals[2].tips[0].text = "</script><script>alert(1)</script><!--".into();
    let b = Arc::new(b);
    let html = strategi::prerender::page(TEMPLATE, &b, Route::Goal(3), "/", None).unwrap();
    let json = inside(&html, "id=\"strategi-data\">", "</script>");
    assert!(!json.contains('<'));
    assert_eq!(
        island_data(&html).goal_tips.unwrap().tips[0].text,
        "</script><script>alert(1)</script><!--"
    );
    assert!(!html.contains("<script>alert(1)"));
}

#[test]
fn the_help_box_stays_short_and_narrower_lines_are_shown_where_they_help() {
    let b = bundle();
    let in_box: Vec<&str> = b
        .strategy
        .help_lines
        .iter()
        .filter(|h| h.in_help_box)
        .map(|h| h.name.as_str())
        .collect();
    assert_eq!(in_box, ["Kvinnofridslinjen", "Nödnummer"]);
    for route in strategi::prerender::routes(&b) {
        let html = render(route, &[]);
        let help_box = between(&html, "aria-label=\"Stöd och hjälp\"", "</aside>");
        let names: Vec<String> = help_box
            .match_indices("<span class=\"hjalp-namn\">")
            .map(|(i, m)| {
                let rest = &help_box[i + m.len()..];
                rest[..rest.find('<').unwrap()].to_string()
            })
            .collect();
        assert_eq!(names, in_box, "{route:?}");
    }
    // Goal 2 (preventing relapse) has the line for people who use violence.
    let goal2 = render(Route::Goal(2), &[]);
    let own = between(&goal2, "aria-labelledby=\"mal-2-stod\"", "</aside>");
    assert!(own.contains("Välj att sluta"));
    assert!(own.contains("href=\"tel:020555666\""));
    assert!(own.contains("href=\"https://valjattsluta.se\""));
    assert!(!render(Route::Goal(1), &[]).contains("mal-1-stod"));
    // The about page lists every line with whom it is for.
    let about = render(Route::About, &[]);
    let section = between(&about, "<h2 id=\"stod\">", "</ul>");
    for h in &b.strategy.help_lines {
        assert!(section.contains(&h.name), "{}", h.name);
        assert!(
            section.contains(&format!("För: {}", h.audience)),
            "{}",
            h.name
        );
        assert!(
            section.contains(&format!("href=\"{}\"", h.tel_uri())),
            "{}",
            h.name
        );
    }
}

#[test]
fn each_tip_says_whether_it_comes_from_the_strategy() {
    use strategi::content::TipOrigin;
    let b = bundle();
    let mut from_strategy = 0;
    for g in &b.goals {
        let html = render(Route::Goal(g.number), &[]);
        let list = between(&html, "<ul class=\"tips-lista\">", "</ul>");
        let expected = g
            .tips
            .iter()
            .filter(|t| t.origin == TipOrigin::Strategy)
            .count();
        assert_eq!(
            list.matches(">Från strategin</span> för ").count(),
            expected,
            "goal {}",
            g.number
        );
        assert_eq!(
            list.matches(">Förslag</span> för ").count(),
            g.tips.len() - expected,
            "goal {}",
            g.number
        );
        from_strategy += expected;
    }
    // The content marks three tips as the strategy's own (goals 5 and 6).
    assert_eq!(from_strategy, 3);
    assert!(render(Route::About, &[]).contains("De är inte myndigheternas officiella råd."));
}

#[test]
fn focus_areas_and_commitments_say_which_they_are_and_who_is_responsible() {
    use strategi::content::CommitmentKind;
    let b = bundle();
    for g in &b.goals {
        let html = render(Route::Goal(g.number), &[]);
        let section = between(
            &html,
            &format!("id=\"mal-{}-ataganden\"", g.number),
            "</section>",
        );
        let focus = g
            .commitments
            .iter()
            .filter(|c| c.kind == CommitmentKind::FocusArea)
            .count();
        assert_eq!(
            section.matches(">Inriktning</span>").count(),
            focus,
            "goal {}",
            g.number
        );
        assert_eq!(
            section.matches(">Åtagande</span>").count(),
            g.commitments.len() - focus,
            "goal {}",
            g.number
        );
        for c in g
            .commitments
            .iter()
            .filter(|c| c.kind == CommitmentKind::Commitment)
        {
            let names = c.responsible.join(", ");
            if c.responsible.is_empty() {
                assert!(section.contains("Ansvariga anges inte i handlingsplanen."));
            } else if c.responsible.len() == 1 {
                assert!(section.contains(&format!("Ansvariga: {names}.")), "{names}");
            }
        }
        assert!(!section.contains("Ansvariga: ."), "goal {}", g.number);
    }
    // Goals 2 and 3 have the 2024–2027 plan's focus areas, not commitments.
    for n in [2, 3] {
        let goal = b.goal(n).unwrap();
        assert!(goal
            .commitments
            .iter()
            .all(|c| c.kind == CommitmentKind::FocusArea));
    }
}

#[test]
fn the_overview_and_about_say_the_periods_and_the_years_of_the_figures() {
    let expected = "Strategin gäller 2020–2026 och den senaste handlingsplanen 2024–2027. Siffrorna gäller åren 2011–2023; de senaste är från 2023.";
    assert!(render(Route::Overview, &[]).contains(&format!("<p class=\"period\">{expected}</p>")));
    let about = render(Route::About, &[]);
    assert!(about.contains(expected));
    let b = bundle();
    if let Some(p) = &b.strategy.predecessor {
        assert!(about.contains(&format!("href=\"{}\"", p.url)));
    }
    let national = b
        .strategy
        .national_strategy
        .as_ref()
        .expect("content links the national strategy");
    assert!(about.contains(&format!("href=\"{}\"", national.source.url)));
    for t in &b.strategy.follow_up.terms {
        assert!(
            about.contains(&format!("<dt>{}</dt>", t.term)),
            "{}",
            t.term
        );
    }
}

#[test]
fn goal_six_lists_its_recommended_development_indicators_without_figures() {
    let b = bundle();
    let goal = b.goal(6).unwrap();
    assert!(!goal.recommended_indicators.is_empty());
    let html = render(Route::Goal(6), &[]);
    let section = between(&html, "aria-labelledby=\"mal-6-utveckling\"", "</section>");
    for r in &goal.recommended_indicators {
        assert!(section.contains(&format!("<li>{r}</li>")), "{r}");
    }
    assert!(!section.contains("<table"));
}

#[test]
fn no_view_speaks_about_its_own_research() {
    // First-person phrases about compiling the material, not the publisher's voice.
    let phrases = [
        "vårt underlag",
        "vi har inte",
        "har vi inte",
        "kunnat läsa",
        "vi hittade",
        "våra förslag",
        "räknar vi",
        "vi har inga",
        "kontrollerades",
    ];
    let b = bundle();
    for route in strategi::prerender::routes(&b) {
        let html = render(route, &[]).to_lowercase();
        for p in phrases {
            assert!(!html.contains(p), "{route:?} says \"{p}\"");
        }
    }
}

/// The attribute value that follows `tag` (which ends in `="`).
fn value_after(html: &str, tag: &str) -> String {
    let rest = &html[html.find(tag).unwrap() + tag.len()..];
    rest[..rest.find('"').unwrap()].to_string()
}

/// The `content` of the head's `<meta {key}="{name}">`, if there is exactly one.
fn meta(html: &str, key: &str, name: &str) -> Option<String> {
    let tag = format!("<meta {key}=\"{name}\" content=\"");
    match html.matches(&tag).count() {
        0 => None,
        1 => Some(value_after(html, &tag)),
        n => panic!("{n} × {tag}"),
    }
}

fn canonical(html: &str) -> Option<String> {
    let tag = "<link rel=\"canonical\" href=\"";
    match html.matches(tag).count() {
        0 => None,
        1 => Some(value_after(html, tag)),
        n => panic!("{n} canonical links"),
    }
}

/// The preview tags every page has, whatever its address.
fn assert_previews(html: &str, title: &str, description: &str, what: &str) {
    assert_eq!(inside(html, "<title>", "</title>"), title, "{what}");
    assert_eq!(
        meta(html, "name", "description").as_deref(),
        Some(description),
        "{what}"
    );
    let expected = [
        ("og:title", title),
        ("og:description", description),
        ("og:locale", "sv_SE"),
        ("og:site_name", "Våld i Stockholms län"),
        ("og:type", "website"),
    ];
    for (property, value) in expected {
        assert_eq!(
            meta(html, "property", property).as_deref(),
            Some(value),
            "{what}: {property}"
        );
    }
    assert_eq!(
        meta(html, "name", "twitter:card").as_deref(),
        Some("summary"),
        "{what}"
    );
}

#[test]
fn every_page_tells_link_previews_its_title_description_and_site() {
    let b = bundle();
    for route in strategi::prerender::routes(&b) {
        let html = strategi::prerender::page(TEMPLATE, &b, route, "/strategi/", None).unwrap();
        let description = match route {
            Route::Goal(n) => b.goal(n).unwrap().summary.trim().to_string(),
            _ => b.strategy.intro.trim().to_string(),
        };
        let title = strategi::app::page_title(&b, route);
        assert!(!description.is_empty(), "{route:?}");
        assert_previews(
            &html,
            &strategi::html::escape(&title),
            &strategi::html::escape(&description),
            &format!("{route:?}"),
        );
        // Without the public address no page invents one.
        assert_eq!(canonical(&html), None, "{route:?}");
        assert_eq!(meta(&html, "property", "og:url"), None, "{route:?}");
    }
}

#[test]
fn with_a_public_address_each_page_names_its_canonical_url() {
    let b = bundle();
    let address =
        strategi::prerender::PublicAddress::parse("https://www.example.se/strategi").unwrap();
    let table: &[(Route, &str)] = &[
        (Route::Overview, "https://www.example.se/strategi/"),
        (Route::Goal(1), "https://www.example.se/strategi/mal/1/"),
        (Route::Goal(3), "https://www.example.se/strategi/mal/3/"),
        (Route::Goal(8), "https://www.example.se/strategi/mal/8/"),
        (Route::Tips, "https://www.example.se/strategi/tips/"),
        (
            Route::Plan,
            "https://www.example.se/strategi/handlingsplan/",
        ),
        (Route::About, "https://www.example.se/strategi/om/"),
        (
            Route::Accessibility,
            "https://www.example.se/strategi/tillganglighet/",
        ),
    ];
    for (route, url) in table {
        let html =
            strategi::prerender::page(TEMPLATE, &b, *route, "/strategi/", Some(&address)).unwrap();
        assert_eq!(canonical(&html).as_deref(), Some(*url), "{route:?}");
        assert_eq!(
            meta(&html, "property", "og:url").as_deref(),
            Some(*url),
            "{route:?}"
        );
        assert_eq!(meta(&html, "name", "robots"), None, "{route:?}");
    }
    // Every page but the not-found page has one.
    for route in strategi::prerender::routes(&b) {
        let html =
            strategi::prerender::page(TEMPLATE, &b, route, "/strategi/", Some(&address)).unwrap();
        assert_eq!(
            canonical(&html).is_some(),
            route != Route::NotFound,
            "{route:?}"
        );
    }
}

#[test]
fn the_not_found_page_has_no_address_of_its_own_and_is_not_indexed() {
    let b = bundle();
    let address =
        strategi::prerender::PublicAddress::parse("https://www.example.se/strategi/").unwrap();
    let html =
        strategi::prerender::page(TEMPLATE, &b, Route::NotFound, "/strategi/", Some(&address))
            .unwrap();
    assert_eq!(canonical(&html), None);
    assert_eq!(meta(&html, "property", "og:url"), None);
    assert_eq!(meta(&html, "name", "robots").as_deref(), Some("noindex"));
    assert_eq!(
        meta(&html, "property", "og:title").as_deref(),
        Some("Sidan finns inte – Våld i Stockholms län")
    );
}

#[test]
fn the_embed_page_has_previews_but_no_canonical_and_is_not_indexed() {
    let b = bundle();
    let html = strategi::prerender::embed_page(TEMPLATE, &b, "/strategi/").unwrap();
    assert_previews(
        &html,
        &strategi::html::escape(&b.strategy.title),
        &strategi::html::escape(b.strategy.intro.trim()),
        "embed.html",
    );
    assert_eq!(canonical(&html), None);
    assert_eq!(meta(&html, "property", "og:url"), None);
    assert_eq!(meta(&html, "name", "robots").as_deref(), Some("noindex"));
}

#[test]
fn the_real_template_gets_an_icon_and_stylesheet_under_the_base() {
    let b = bundle();
    let template = include_str!("../index.html");
    for (base, icon, css) in [
        ("/strategi/", "/strategi/ikon.svg", "/strategi/strategi.css"),
        ("/", "/ikon.svg", "/strategi.css"),
    ] {
        let html = strategi::prerender::page(template, &b, Route::Goal(3), base, None).unwrap();
        assert!(
            html.contains(&format!(
                "<link rel=\"icon\" href=\"{icon}\" type=\"image/svg+xml\">"
            )),
            "{base}"
        );
        assert!(
            html.contains(&format!("<link rel=\"stylesheet\" href=\"{css}\">")),
            "{base}"
        );
        assert!(!html.contains("data:,"));
        assert_eq!(
            meta(&html, "property", "og:title").as_deref(),
            Some("Mål 3: Upptäcka tidigt – Våld i Stockholms län")
        );
        assert_eq!(html.matches("<meta name=\"description\"").count(), 1);
        let embed = strategi::prerender::embed_page(template, &b, base).unwrap();
        assert!(embed.contains(&format!("<link rel=\"icon\" href=\"{icon}\"")));
    }
    let svg = std::fs::read_to_string("public/ikon.svg").unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.len() < 1024, "{} bytes", svg.len());
    assert!(!svg.contains("<text"));
}

#[test]
fn content_with_quotes_and_angle_brackets_is_escaped_in_previews() {
    let mut b = bundled().unwrap();
    b.goals[2].summary = " Mål \"tre\" <b>fet</b> & mer ".into();
    let b = Arc::new(b);
    let html = strategi::prerender::page(TEMPLATE, &b, Route::Goal(3), "/", None).unwrap();
    let escaped = "Mål &quot;tre&quot; &lt;b&gt;fet&lt;/b&gt; &amp; mer";
    assert_eq!(
        meta(&html, "property", "og:description").as_deref(),
        Some(escaped)
    );
    assert_eq!(meta(&html, "name", "description").as_deref(), Some(escaped));
    assert!(!html.contains("<b>fet</b>"));
}

/// Every tip of the content in content order, as (goal, id, title).
fn content_tips(actor: Option<&str>) -> Vec<(u8, String, String)> {
    bundle()
        .goals
        .iter()
        .flat_map(|g| {
            g.tips
                .iter()
                .filter(|t| actor.is_none_or(|a| t.actors.iter().any(|x| x == a)))
                .map(|t| (g.number, t.id.clone(), t.title.clone()))
        })
        .collect()
}

#[test]
fn the_plan_view_explains_the_four_phases_and_lists_every_tip_by_goal() {
    let b = bundle();
    let html = render(Route::Plan, &[]);
    assert!(html.contains("<h1 tabindex=\"-1\">Vår handlingsplan</h1>"));

    // The four phases, in order, as an ordered list with a heading each.
    let phases = inside(&html, "<ol class=\"faser\">", "</ol>");
    let headings: Vec<&str> = phases
        .match_indices("<h3>")
        .map(|(i, m)| {
            let rest = &phases[i + m.len()..];
            &rest[..rest.find("</h3>").unwrap()]
        })
        .collect();
    assert_eq!(
        headings,
        [
            "Fas I: Analysera",
            "Fas II: Välja åtgärder",
            "Fas III: Genomföra",
            "Fas IV: Följa upp"
        ]
    );
    assert_eq!(phases.matches("<li class=\"fas\">").count(), 4);
    let follow_up = inside(phases, "Fas IV: Följa upp</h3>", "</li>");
    assert!(follow_up.contains("en gång om året"), "{follow_up}");
    assert!(follow_up.contains("indikatorer"), "{follow_up}");
    assert!(html.contains("href=\"https://www.operationkvinnofrid.se/strategi-2020/genomforande\""));

    // The checklist: every tip of the content, by goal, each with a box
    // to tick, its title, its origin and for whom it is.
    let checklist = inside(&html, "<div class=\"plan-checklista\">", "<footer");
    let expected = content_tips(None);
    let total: usize = b.goals.iter().map(|g| g.tips.len()).sum();
    assert_eq!(expected.len(), total);
    let ids: Vec<String> = expected.iter().map(|(_, id, _)| id.clone()).collect();
    assert_eq!(attr_values(checklist, "data-forslag"), ids);
    assert_eq!(
        checklist
            .matches("<span class=\"ruta\" aria-hidden=\"true\"></span>")
            .count(),
        total
    );
    for (_, _, title) in &expected {
        let item = format!(
            "<span class=\"checkpunkt-rubrik\">{}</span>",
            strategi::html::escape(title)
        );
        assert!(checklist.contains(&item), "{title}");
    }
    let from_strategy = b
        .goals
        .iter()
        .flat_map(|g| &g.tips)
        .filter(|t| t.origin == strategi::content::TipOrigin::Strategy)
        .count();
    assert_eq!(
        checklist.matches(">Från strategin</span> för ").count(),
        from_strategy
    );
    assert_eq!(
        checklist.matches(">Förslag</span> för ").count(),
        total - from_strategy
    );
    for g in &b.goals {
        let heading = format!(
            "<h3 id=\"plan-mal-{n}\"><a href=\"/mal/{n}/\" class=\"\">Mål {n}: {}</a></h3>",
            g.short_name,
            n = g.number
        );
        assert!(checklist.contains(&heading), "{heading}");
        let group = inside(
            checklist,
            &format!("data-mal=\"{}\"", g.number),
            "</section>",
        );
        assert_eq!(
            group.matches("class=\"checkpunkt\"").count(),
            g.tips.len(),
            "goal {}",
            g.number
        );
    }
    assert!(checklist.contains(&format!("Visar alla {total} tips")));

    // Nothing is stored, and the page says so and why.
    let note = inside(&html, "<p class=\"plan-sparas-inte\">", "</p>");
    assert!(
        note.contains("kakor") && note.contains("webbläsarens lagring"),
        "{note}"
    );
    assert!(note.contains("delar"), "{note}");

    // The guide's island mounts in an empty place that takes no room
    // until then (and none without JavaScript).
    assert!(html
        .contains("<div id=\"plan-guide\" data-o=\"handlingsplan\" class=\"plan-guide\"></div>"));
    assert_eq!(islands_in(&html), [ISLAND_PLAN, ISLAND_EMBED_PANEL]);
    let css = std::fs::read_to_string("style/60-plan.css").unwrap();
    assert!(css.contains(".plan-guide:empty { display: none; }"));
    assert!(!html.contains("<input"));
}

#[test]
fn the_plan_checklist_shows_the_tips_for_the_chosen_actor_types() {
    let b = bundle();
    let total: usize = b.goals.iter().map(|g| g.tips.len()).sum();
    for actor in &b.strategy.actor_types {
        let html = render(Route::Plan, &[&actor.id]);
        let expected: Vec<String> = content_tips(Some(&actor.id))
            .into_iter()
            .map(|(_, id, _)| id)
            .collect();
        assert!(!expected.is_empty(), "{}", actor.id);
        assert_eq!(attr_values(&html, "data-forslag"), expected, "{}", actor.id);
        assert!(html.contains(&format!(
            "Visar {} av {total} tips för {}",
            expected.len(),
            actor.name
        )));
    }
}

#[test]
fn every_page_links_the_plan_from_its_header_and_the_overview_does_too() {
    let b = bundle();
    for route in strategi::prerender::routes(&b) {
        let html = render(route, &[]);
        let menu = inside(&html, "aria-label=\"Huvudmeny\">", "</nav>");
        let current = if route == Route::Plan {
            " aria-current=\"page\""
        } else {
            ""
        };
        assert!(
            menu.contains(&format!(
                "<a href=\"/handlingsplan/\"{current} class=\"\">Vår handlingsplan</a>"
            )),
            "{route:?}: {menu}"
        );
    }
    // The filter goes along to the plan.
    let goal = render(Route::Goal(3), &["kommun"]);
    let menu = inside(&goal, "aria-label=\"Huvudmeny\">", "</nav>");
    assert!(
        menu.contains("<a href=\"/handlingsplan/?aktor=kommun\" class=\"\">Vår handlingsplan</a>")
    );
    let overview = render(Route::Overview, &[]);
    assert!(overview.contains(
        "<a href=\"/handlingsplan/\" class=\"knapp knapp-sekundar\">Gör en egen handlingsplan</a>"
    ));
}

#[test]
fn every_tip_links_to_the_plan_and_names_itself_to_screen_readers() {
    let b = bundle();
    let link = |href: &str, title: &str| {
        format!(
            "<p class=\"tips-plan\"><a href=\"{href}\" class=\"\">Lägg till i handlingsplanen<span class=\"osynlig\"> – {}</span></a></p>",
            strategi::html::escape(title)
        )
    };
    for g in &b.goals {
        let html = render(Route::Goal(g.number), &[]);
        assert_eq!(
            html.matches("Lägg till i handlingsplanen").count(),
            g.tips.len(),
            "goal {}",
            g.number
        );
        for t in &g.tips {
            assert!(
                html.contains(&link("/handlingsplan/", &t.title)),
                "{}",
                t.id
            );
        }
    }
    // On the tips view too, with the chosen actor types carried along.
    let html = render(Route::Tips, &["region"]);
    let expected = content_tips(Some("region"));
    assert_eq!(
        html.matches("Lägg till i handlingsplanen").count(),
        expected.len()
    );
    for (_, _, title) in &expected {
        assert!(
            html.contains(&link("/handlingsplan/?aktor=region", title)),
            "{title}"
        );
    }
}
