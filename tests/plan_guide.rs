//! The plan's guide on `/handlingsplan/`: the page carries what it reads
//! (and only its own page does), the plan formats give the same with that
//! data as with the whole content, and the guide drawn natively has a label
//! and the core's limit on every field and shows each step's content.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use strategi::components::plan_guide::state::GuideState;
use strategi::components::plan_guide::{plan_guide, GuideContent, GuideEdges};
use strategi::content::key::Key;
use strategi::content::{bundled, Bundle};
use strategi::contract::{ATTR_ISLAND, ISLAND_PLAN};
use strategi::filter::Actor;
use strategi::islands::{IslandData, PageData, PlanData};
use strategi::plan::{
    from_csv, from_fragment, from_json, open_file, to_csv, to_fragment, to_json, FollowUp, Loaded,
    Measure, Month, Plan, Ref, Status, What, MAX_LONG_TEXT, MAX_SHORT_TEXT,
};
use strategi::prerender::{frame_page, page};
use strategi::route::Route;
use strategi::status::{goal_status, key_figure};

mod common;
use common::{attr_values, between, TEMPLATE};

fn content() -> &'static Bundle {
    static CONTENT: OnceLock<Bundle> = OnceLock::new();
    CONTENT.get_or_init(|| bundled().unwrap())
}

/// The content as the guide has it in the browser: built from the page's data.
fn guide_content() -> Bundle {
    let b = content();
    PlanData::of(b).content(&Actor::all_of(b))
}

fn tip_of(goal: u8, nth: usize) -> String {
    content().goal(goal).unwrap().tips[nth].id.clone()
}

/// A plan with tips of two goals, an own measure, indicators and own words
/// as follow-up, a tip the content no longer has (by id and by key), and an
/// indicator that is not under its measure's goal.
fn sample() -> Plan {
    let mut plan = Plan::new();
    plan.set_name("Nacka kommun");
    plan.set_actor("kommun");
    plan.set_unit("Socialtjänsten");
    plan.set_prioritised(1, true);
    plan.set_prioritised(3, true);
    plan.set_goal_note(1, "Vi saknar rutiner.");
    let indicator = content().goal(1).unwrap().indicators[0].id.clone();
    let stray = content().goal(5).unwrap().indicators[0].id.clone();
    plan.measures = vec![
        Measure {
            responsible: "Rektor".into(),
            start: Month::new(2025, 3),
            end: Month::new(2026, 6),
            follow_up: FollowUp::Indicator(Ref::Id(indicator)),
            status: Status::Ongoing,
            ..Measure::new(What::Tip(Ref::Id(tip_of(1, 0))))
        },
        Measure {
            follow_up: FollowUp::Own("Antal utbildade".into()),
            ..Measure::new(What::Own {
                goal: 3,
                title: "Utbilda chefer".into(),
            })
        },
        Measure {
            follow_up: FollowUp::Indicator(Ref::Id(stray)),
            status: Status::Paused,
            ..Measure::new(What::Tip(Ref::Id(tip_of(3, 1))))
        },
        Measure::new(What::Tip(Ref::Id("m9-finns-inte-mer".into()))),
        Measure::new(What::Tip(Ref::Key(Key::parse("AAAA").unwrap()))),
    ];
    plan
}

#[test]
fn the_guides_data_gives_every_plan_format_what_the_whole_content_gives() {
    let (whole, small) = (content(), &guide_content());
    let plan = sample();
    let csv = to_csv(&plan, whole);
    assert_eq!(to_csv(&plan, small), csv);
    assert_eq!(
        from_csv(csv.as_bytes(), small),
        from_csv(csv.as_bytes(), whole)
    );
    let json = to_json(&plan);
    assert_eq!(from_json(&json, small), from_json(&json, whole));
    assert_eq!(
        open_file(csv.as_bytes(), small),
        open_file(csv.as_bytes(), whole)
    );
    let fragment = to_fragment(&plan);
    assert_eq!(
        from_fragment(&fragment, small),
        from_fragment(&fragment, whole)
    );
    let cut = &fragment[..fragment.len() / 2];
    assert_eq!(from_fragment(cut, small), from_fragment(cut, whole));
    assert_eq!(plan.problems(small), plan.problems(whole));
    assert_eq!(plan.groups(small), plan.groups(whole));
    assert_eq!(plan.problems(small).len(), 2, "{:?}", plan.problems(small));
}

#[test]
fn each_goals_status_and_figure_are_the_ones_its_card_shows() {
    let b = content();
    let data = PlanData::of(b);
    assert_eq!(data.goals.len(), 8);
    for (g, p) in b.goals.iter().zip(&data.goals) {
        assert_eq!(p.number, g.number);
        assert_eq!(
            p.status,
            goal_status(&g.indicators, &b.strategy.status_rule).class()
        );
        assert_eq!(p.figure, key_figure(g));
        let ids =
            |tips: &[strategi::content::Tip]| tips.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&p.tips), ids(&g.tips));
        assert!(p
            .tips
            .iter()
            .all(|t| t.link.is_none() && !t.text.is_empty()));
        assert_eq!(p.indicators.len(), g.indicators.len());
        assert_eq!(p.commitments.len(), g.commitments.len());
    }
}

#[test]
fn only_the_plans_own_page_carries_the_guide_and_its_data() {
    let b = Arc::new(content().clone());
    assert!(PageData::for_page(&b, Route::Plan).plan.is_some());
    assert!(PageData::for_page(&b, Route::Goal(3)).plan.is_none());

    let island = format!("{ATTR_ISLAND}=\"{ISLAND_PLAN}\"");
    let html = page(TEMPLATE, &b, Route::Plan, "/", None).unwrap();
    let place = elements(&html, "div")
        .into_iter()
        .find(|d| attr(d, "id") == Some("plan-guide"))
        .unwrap();
    assert_eq!(attr(place, ATTR_ISLAND), Some(ISLAND_PLAN));
    let data = between(&html, "id=\"strategi-data\">", "</script>");
    assert!(data.contains("\"handlingsplan\":{\"mal\":[{\"nummer\":1,"));
    // The data is valid JSON and reads back as written.
    let json = data
        .trim_start_matches("id=\"strategi-data\">")
        .replace("\\u003c", "<");
    let mut read: serde_json::Value = serde_json::from_str(&json).unwrap();
    let expected = PageData::for_page(&b, Route::Plan);
    assert_eq!(read, serde_json::to_value(&expected).unwrap());
    // The islands read their part as before; the guide reads the actor types
    // and its own part with the plan's own JSON reader: the same data.
    let guide = read
        .as_object_mut()
        .unwrap()
        .remove("handlingsplan")
        .unwrap();
    let islands: IslandData = serde_json::from_value(read).unwrap();
    assert_eq!(islands, expected.islands);
    let (actors, plan) =
        PlanData::read_page(data.trim_start_matches("id=\"strategi-data\">")).unwrap();
    assert_eq!(actors, Actor::all_of(&b));
    assert_eq!(serde_json::to_value(&plan).unwrap(), guide);
    assert_eq!(Some(plan), expected.plan);
    assert!(PlanData::read_page("{").is_err());
    assert!(PlanData::read_page(r#"{"aktorstyper":[]}"#).is_err());

    // A frame page shows the plan's view without the guide.
    let frame = frame_page(TEMPLATE, &b, Route::Plan, "/", false, None).unwrap();
    assert!(frame.contains("class=\"plan-guide\""));
    assert!(!frame.contains(&island));
    assert!(!frame.contains("\"handlingsplan\":{"));
    // Other pages have neither.
    let goal = page(TEMPLATE, &b, Route::Goal(3), "/", None).unwrap();
    assert!(!goal.contains(&island) && !goal.contains("\"handlingsplan\":{"));
}

/// The guide drawn at `step` with `plan`, as the browser mounts it.
fn render_guide(plan: Plan, step: u8) -> String {
    let b = content();
    let data = PlanData::of(b);
    let actors = Actor::all_of(b);
    let content = Arc::new(GuideContent {
        bundle: data.content(&actors),
        goals: data.goals,
        actors,
        page_url: "https://example.se/handlingsplan/".to_string(),
        today: "2026-12-01".to_string(),
    });
    let owner = Owner::new();
    let html = owner.with(|| {
        let _quiet = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
        let state = GuideState::new(
            Loaded {
                plan,
                messages: Vec::new(),
            },
            None,
        );
        state.step.set(step);
        plan_guide(state, GuideEdges::inert(), content).to_html()
    });
    drop(owner);
    html
}

/// The goal sections of a step (`<section … data-mal="n" …>` … `</section>`),
/// by goal number, in page order.
fn goal_sections(html: &str) -> Vec<(u8, &str)> {
    html.match_indices("<section ")
        .filter_map(|(i, _)| {
            let rest = &html[i..];
            let tag = &rest[..rest.find('>')?];
            let n = attr(tag, "data-mal")?.parse().ok()?;
            Some((n, &rest[..rest.find("</section>")?]))
        })
        .collect()
}

/// Every `<tag …>` of the kinds in `tags`, as its attribute text.
fn elements<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    html.match_indices(&format!("<{tag} "))
        .map(|(i, m)| {
            let rest = &html[i + m.len()..];
            &rest[..rest.find('>').unwrap()]
        })
        .collect()
}

fn attr<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!("{name}=\"");
    let i = element
        .match_indices(&needle)
        .find(|(i, _)| *i == 0 || element.as_bytes()[i - 1] == b' ')?
        .0;
    let rest = &element[i + needle.len()..];
    Some(&rest[..rest.find('"')?])
}

#[test]
fn every_field_has_a_label_and_the_cores_limit_in_every_step() {
    for step in 1..=4 {
        let html = render_guide(sample(), step);
        let labels = attr_values(&html, "for");
        let mut fields = 0;
        for tag in ["input", "select", "textarea"] {
            for el in elements(&html, tag) {
                let id =
                    attr(el, "id").unwrap_or_else(|| panic!("step {step}: <{tag} {el}> has no id"));
                assert!(
                    labels.iter().any(|l| l == id),
                    "step {step}: no label for #{id}"
                );
                let limit = match (tag, attr(el, "type")) {
                    ("input", Some("text")) if !el.contains(" readonly") => Some(MAX_SHORT_TEXT),
                    ("textarea", _) => Some(MAX_LONG_TEXT),
                    _ => None,
                };
                if let Some(limit) = limit {
                    assert_eq!(
                        attr(el, "maxlength"),
                        Some(limit.to_string().as_str()),
                        "step {step}: #{id}"
                    );
                }
                fields += 1;
            }
        }
        assert!(fields > 0, "step {step} has fields");
        // One heading per step, which takes focus when the step is entered.
        assert!(html.contains(&format!("<h3 id=\"guide-steg-{step}\" tabindex=\"-1\"><span class=\"guide-stegrad\">Steg {step} av 4</span>")));
        assert!(html.contains("aria-current=\"step\""));
        // Ids are unique.
        let mut ids = attr_values(&html, "id");
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "step {step}: an id twice");
    }
}

#[test]
fn step_one_has_the_five_actor_types_as_a_group_with_the_plans_checked() {
    let html = render_guide(sample(), 1);
    let group = between(
        &html,
        "<fieldset class=\"guide-falt guide-val\">",
        "</fieldset>",
    );
    assert!(group.contains("<legend>Vilken sorts organisation är ni?</legend>"));
    let radios = elements(group, "input");
    assert_eq!(radios.len(), content().strategy.actor_types.len());
    let checked: Vec<_> = radios.iter().filter(|r| r.contains(" checked")).collect();
    assert_eq!(checked.len(), 1);
    assert_eq!(attr(checked[0], "value"), Some("kommun"));
}

#[test]
fn step_two_shows_each_goal_as_its_card_does_with_priority_and_need() {
    let html = render_guide(sample(), 2);
    let b = content();
    for g in &b.goals {
        let n = g.number;
        let section = goal_sections(&html)
            .into_iter()
            .find(|(m, _)| *m == n)
            .unwrap()
            .1;
        let status = goal_status(&g.indicators, &b.strategy.status_rule);
        assert!(section.contains(status.label()), "goal {n}");
        match key_figure(g) {
            Some(f) => assert!(section.contains(&format!(
                "<strong class=\"malkort-varde\">{}</strong>",
                f.value
            ))),
            None => assert!(section.contains("Inga siffror att visa ännu")),
        }
        assert!(section.contains("Prioriterat"));
        assert!(section.contains("Utgångsläge och behov"));
    }
}

#[test]
fn step_three_lists_the_actor_types_tips_prioritised_goals_first() {
    let html = render_guide(sample(), 3);
    let order: Vec<u8> = goal_sections(&html).into_iter().map(|(n, _)| n).collect();
    assert_eq!(order, [1, 3, 2, 4, 5, 6, 7, 8]);
    let listed = attr_values(&html, "data-forslag");
    for g in &content().goals {
        for t in &g.tips {
            let in_plan = sample().measures.iter().any(|m| m.tip_id() == Some(&t.id));
            assert_eq!(
                listed.contains(&t.id),
                t.actors.iter().any(|a| a == "kommun") || in_plan,
                "{}",
                t.id
            );
        }
    }
    // Tips in the plan say so; the others can be added.
    assert!(html.contains("Ta bort ur planen"));
    assert!(html.contains("Lägg till i planen"));
    // Commitments for context, folded away.
    assert!(html.contains("<details class=\"guide-sammanhang\"><summary>Strategins åtaganden och inriktningar för målet"));
    // The own measure has its title field; the tips the strategy lost are shown as such.
    assert!(html.contains("value=\"Utbilda chefer\"") || html.contains(">Utbilda chefer<"));
    assert!(html.contains(
        "<h4 id=\"guide-borta\" tabindex=\"-1\">Förslag som inte längre finns i strategin</h4>"
    ));
    assert_eq!(html.matches("<fieldset class=\"guide-atgard\">").count(), 5);
    assert_eq!(html.matches("Lägg till egen åtgärd").count(), 8);
}

#[test]
fn step_four_has_the_measures_by_goal_the_counts_what_is_left_and_the_exports() {
    let html = render_guide(sample(), 4);
    let table = between(&html, "<table class=\"guide-tabell\">", "</table>");
    // Prioritised goals first, the lost tips last.
    let a = table.find("Mål 1: ").unwrap();
    let b = table.find("Mål 3: ").unwrap();
    let c = table
        .find("Förslag som inte längre finns i strategin")
        .unwrap();
    assert!(a < b && b < c);
    assert!(table.contains("2025-03 – 2026-06"));
    assert!(table.contains("Utbilda chefer"));
    assert!(table.contains("Antal utbildade"));
    assert!(
        table.contains("En indikator som inte finns i strategin") || table.contains("Indikator: ")
    );
    assert!(html.contains("Kvar att göra: 4 åtgärder som är planerade eller pausade."));
    for button in [
        "Kopiera länken",
        "Spara som fil",
        "Exportera till Excel (CSV)",
        "Skriv ut / spara som PDF",
    ] {
        assert!(html.contains(&format!(">{button}</button>")), "{button}");
    }
    // The printed plan: who, when, priorities, the same table.
    let printed = between(&html, "<div class=\"plan-utskrift\">", "</table>");
    assert!(printed.contains("<h2>Handlingsplan för Nacka kommun</h2>"));
    assert!(printed.contains("Aktörstyp: Kommun."));
    assert!(printed.contains("Utskriven 2026-12-01."));
    assert!(printed.contains("Vi saknar rutiner."));
}

#[test]
fn an_empty_plan_prints_nothing_of_its_own_and_says_so_nowhere_else() {
    let html = render_guide(Plan::new(), 4);
    assert!(
        html.contains("<div class=\"plan-utskrift\"></div>")
            || !html.contains("plan-utskrift\"><h2")
    );
    assert!(html.contains("Planen har inga åtgärder ännu."));
    assert!(!html.contains("guide-med-plan"));
}
