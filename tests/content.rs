//! Content validation: the real content passes, and every rule stops a small
//! bad fixture with a message naming file, goal and field.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use strategi::content::source::load_folder;
use strategi::content::{parse_bundle, Bundle, CommitmentKind, Problem, TipOrigin, BUNDLED_JSON};
use strategi::status::{goal_status, status, Status};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Copies the valid base fixture to a fresh folder and lays the named bad
/// fixture's files over it.
fn with_bad(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("strategi-fixture-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    for src in [fixtures().join("base"), fixtures().join("bad").join(name)] {
        for entry in fs::read_dir(&src).unwrap() {
            let path = entry.unwrap().path();
            fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
    }
    dir
}

fn problems(name: &str) -> Vec<String> {
    let dir = with_bad(name);
    let result = load_folder(&dir);
    let _ = fs::remove_dir_all(&dir);
    match result {
        Ok(_) => panic!("fixture {name} should fail validation"),
        // Paths differ per run; compare from the file name on.
        Err(p) => p
            .iter()
            .map(|p: &Problem| p.to_string().replace(&format!("{}/", dir.display()), ""))
            .collect(),
    }
}

fn assert_one(name: &str, expected: &str) {
    let got = problems(name);
    assert!(
        got.iter().any(|p| p == expected),
        "fixture {name}:\n  expected: {expected}\n  got: {got:#?}"
    );
}

#[test]
fn the_real_content_is_valid_and_complete() {
    let bundle = load_folder(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"))
        .unwrap_or_else(|p| {
            panic!(
                "content/ has problems:\n{}",
                p.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        });
    assert_eq!(
        bundle.goals.iter().map(|g| g.number).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5, 6, 7, 8]
    );
    let actor_ids: Vec<&str> = bundle
        .strategy
        .actor_types
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(
        actor_ids,
        [
            "kommun",
            "region",
            "statlig-myndighet",
            "civilsamhalle",
            "naringsliv"
        ]
    );
    for goal in &bundle.goals {
        assert!(
            goal.tips.len() >= 10,
            "Mål {} has only {} tips",
            goal.number,
            goal.tips.len()
        );
        for actor in &actor_ids {
            assert!(
                goal.tips
                    .iter()
                    .any(|t| t.actors.iter().any(|a| a == actor)),
                "Mål {} has no tip for {actor}",
                goal.number
            );
        }
        assert!(!goal.prerequisites.is_empty());
        assert!(!goal.indicators.is_empty() || !goal.indicators_note.is_empty());
    }
    // The embedded bundle is the same content.
    assert_eq!(parse_bundle(BUNDLED_JSON, "inbyggt").unwrap(), bundle);
}

#[test]
fn official_goal_statements_are_word_for_word() {
    let bundle = strategi::content::bundled().unwrap();
    let expected = [
        "Myndigheter och aktörer arbetar våldsförebyggande",
        "Våldsutövare har tillgång till återfallsförebyggande insatser utifrån sina behov",
        "Myndigheter och aktörer arbetar aktivt för att upptäcka våldsutsatta vuxna och barn samt våldsutövare",
        "Våldsutsatta vuxna och barn har tillgång till insatser utifrån sina behov",
        "Rättsvårdande myndigheter håller god kvalitet i utredningar och i rättsprocesser",
        "Våldsutsatta vuxna och barn medverkar i brottsutredningar",
        "Myndigheter och aktörer arbetar med systematisk kunskapsutveckling",
        "Myndigheter och aktörer använder metoder och insatser som vilar på evidens och/eller på beprövad erfarenhet",
    ];
    for (goal, statement) in bundle.goals.iter().zip(expected) {
        assert_eq!(goal.statement, statement, "Mål {}", goal.number);
    }
}

#[test]
fn the_base_fixture_is_valid() {
    load_folder(&fixtures().join("base")).unwrap();
}

#[test]
fn empty_required_field() {
    assert_one(
        "tomt-falt",
        "mal-2.toml, Mål 2, fält `kortnamn`: får inte vara tomt; skriv en text",
    );
}

#[test]
fn missing_required_field() {
    assert_one(
        "saknat-falt",
        "mal-2.toml, Mål 2, fält `malformulering`: rad 1: fältet saknas; lägg till det",
    );
}

#[test]
fn unknown_field() {
    let got = problems("okant-falt");
    assert!(
        got[0].starts_with("mal-2.toml, Mål 2, fält `kortnam`: rad 3: okänt fält (felstavat?); tillåtna fält är `nummer`, `kortnamn`"),
        "{got:?}"
    );
}

#[test]
fn goal_number_twice_and_one_missing() {
    assert_one("dubbelt-nummer", "mal-3.toml, Mål 2, fält `nummer`: mål 2 finns mer än en gång; varje nummer 1–8 ska finnas exakt en gång");
    assert_one(
        "dubbelt-nummer",
        "strategi.toml, fält `mal`: mål 3 saknas; alla mål 1–8 ska finnas",
    );
}

#[test]
fn goal_number_out_of_range() {
    assert_one(
        "nummer-utanfor",
        "mal-3.toml, Mål 9, fält `nummer`: målnummer 9 finns inte; använd 1–8",
    );
}

#[test]
fn unknown_actor_type() {
    assert_one(
        "okand-aktor",
        "mal-4.toml, Mål 4, fält `tips[0].aktorer[0]`: okänd aktörstyp \"kommuner\"; använd någon av: kommun, region, statlig-myndighet, civilsamhalle, naringsliv",
    );
}

#[test]
fn years_must_ascend() {
    assert_one("ar-i-fel-ordning", "mal-5.toml, Mål 5, fält `indikatorer[0].serier[0].punkter[1].ar`: året 2020 kommer efter 2022; skriv åren i stigande ordning");
}

#[test]
fn years_must_be_unique() {
    assert_one("ar-dubbelt", "mal-5.toml, Mål 5, fält `indikatorer[0].serier[0].punkter[1].ar`: året 2020 finns två gånger i serien; varje år får bara finnas en gång");
}

#[test]
fn values_within_the_units_range() {
    assert_one("varde-utanfor", "mal-6.toml, Mål 6, fält `indikatorer[0].serier[0].punkter[0].varde`: värdet 120 går inte för enheten procent: ska vara mellan 0 och 100");
}

#[test]
fn links_are_https() {
    assert_one("inte-https", "mal-7.toml, Mål 7, fält `tips[1].lank.url`: länken \"http://www.example.se/metod\" ska vara en fullständig https-adress, t.ex. https://www.example.se/sida");
}

#[test]
fn tip_ids_are_unique() {
    assert_one("tips-id-dubbelt", "mal-8.toml, Mål 8, fält `tips[0].id`: tips-id \"t1-kommun\" används redan; varje tips behöver ett eget id");
}

#[test]
fn two_tips_never_share_a_link_key() {
    assert_one("tips-nyckel-krock", "mal-8.toml, Mål 8, fält `tips[1].id`: \"t8-tips-21886\" får samma korta nyckel (xr76) i länkar till handlingsplaner som \"t8-tips-13062\"; ge det nya id:t ett annat namn");
}

#[test]
fn tip_ids_keep_to_plain_characters() {
    assert_one(
        "tips-id-tecken",
        "mal-8.toml, Mål 8, fält `tips[1].id`: \"#t8 Region\" ska bestå av a–z, 0–9 och bindestreck",
    );
}

#[test]
fn a_series_needs_values() {
    assert_one(
        "serie-utan-varden",
        "mal-1.toml, Mål 1, fält `indikatorer[0].serier[0].punkter`: behöver minst ett värde",
    );
}

#[test]
fn missing_figures_must_be_explained() {
    assert_one("saknade-siffror-utan-text", "mal-1.toml, Mål 1, fält `indikatorer[1].serier`: behöver minst en serie med värden, eller en text i `saknas` som säger varför siffror saknas");
}

#[test]
fn dates_are_iso() {
    assert_one("fel-datum", "strategi.toml, fält `om_innehallet.sammanstalld`: \"26 november 2026\" ska vara ett datum som ÅÅÅÅ-MM-DD, t.ex. 2026-11-26");
}

#[test]
fn json_bundles_of_another_schema_or_broken_json_are_refused_clearly() {
    let other = BUNDLED_JSON.replacen("\"schema\":2", "\"schema\":3", 1);
    let err = parse_bundle(&other, "ny.json").unwrap_err();
    assert_eq!(
        err[0].to_string(),
        "ny.json, fält `schema`: okänd schemaversion 3; appen läser version 2"
    );
    let err = parse_bundle("{ nej", "ny.json").unwrap_err();
    assert!(
        err[0]
            .to_string()
            .starts_with("ny.json: är inte giltig JSON"),
        "{}",
        err[0]
    );
    let big = format!("{}{}", BUNDLED_JSON, " ".repeat(1024 * 1024));
    // The bundled content has no size limit; a remote one has.
    assert!(parse_bundle(&big, "stor.json").is_ok());
    let bundled = strategi::content::bundled().unwrap();
    let err =
        strategi::remote::accept(&big, "application/json", &bundled, "stor.json").unwrap_err();
    assert!(err.to_string().contains("högst 1048576 byte"), "{err}");
}

fn real_content() -> Bundle {
    strategi::content::bundled().unwrap()
}

#[test]
fn one_run_reports_every_files_problems() {
    // A file that does not parse (mal-7) must not hide the others.
    let mut got = problems("flera-fel");
    got.sort();
    let mut expected = vec![
        "mal-1.toml, Mål 1, fält `tips[0].aktorer[0]`: okänd aktörstyp \"komun\"; använd någon av: kommun, region, statlig-myndighet, civilsamhalle, naringsliv",
        "mal-3.toml, Mål 3, fält `indikatorer[0].serier[0].punkter[0].varde`: värdet 250 går inte för enheten procent: ska vara mellan 0 och 100",
        "mal-7.toml, Mål 7, fält `sammanfattning`: rad 1: fältet saknas; lägg till det",
    ];
    expected.sort();
    assert_eq!(got, expected);
}

#[test]
fn every_tip_says_where_it_comes_from() {
    assert_one("ursprung", "mal-2.toml, Mål 2, fält `tips[0].ursprung`: saknas; ange ursprung = \"strategin\" eller \"forslag\" (\"strategin\" om tipset står på strategins egna sidor, annars \"forslag\")");
    assert_one("ursprung", "mal-2.toml, Mål 2, fält `tips[1].ursprung`: okänt ursprung \"eget\"; använd \"strategin\" eller \"forslag\"");
    assert_one("ursprung", "mal-2.toml, Mål 2, fält `tips[2].lank`: ett tips från strategin behöver en länk till sidan där strategin ger det");
}

#[test]
fn commitments_say_what_they_are_and_who_is_responsible() {
    assert_one("ataganden", "mal-3.toml, Mål 3, fält `ataganden[0].slag`: saknas; ange slag = \"atagande\" eller \"inriktning\" (ett åtagande med ansvariga eller en inriktning i en handlingsplan)");
    assert_one("ataganden", "mal-3.toml, Mål 3, fält `ataganden[1].ansvariga`: ett åtagande behöver de ansvariga som källan anger; anger källan ingen, skriv ansvariga_anges_inte = true");
    assert_one("ataganden", "mal-3.toml, Mål 3, fält `ataganden[2].slag`: okänt slag \"lofte\"; använd \"atagande\" eller \"inriktning\"");
    // The focus area without responsible parties is fine.
    assert!(problems("ataganden")
        .iter()
        .all(|p| !p.contains("ataganden[3]")));
}

#[test]
fn comparison_series_come_last_and_breaks_have_values_on_both_sides() {
    assert_one("serier", "mal-5.toml, Mål 5, fält `indikatorer[0].serier[1].jamforelse`: indikatorns egna serier ska stå före jämförelseserierna, eftersom den första serien är huvudserien");
    assert_one("serier", "mal-5.toml, Mål 5, fält `indikatorer[0].serier[1].brott_fore`: brottet före 2030 måste ha värden både före och från 2030 i serien; annars finns inget brott att visa");
}

#[test]
fn help_lines_say_who_they_are_for_and_the_rule_has_a_gap() {
    assert_one(
        "stodlinje-och-regel",
        "strategi.toml, fält `stodlinjer[1].malgrupp`: får inte vara tomt; skriv en text",
    );
    assert_one("stodlinje-och-regel", "strategi.toml, fält `statusregel.storsta_avstand_ar`: ska vara 1 eller större (1 betyder att bara värden från två år i följd jämförs)");
}

/// First-person research phrases: the app speaks as the strategy's
/// publisher, not as someone who went looking for material.
const RESEARCH_PHRASES: &[&str] = &[
    "vårt underlag",
    "vi har inte",
    "har vi inte",
    "kunnat läsa",
    "vi hittade",
    "i vårt material",
    "vi kan inte",
    "vi vet inte",
    "vi har ingen",
    "har vi inga",
    "vi redovisar",
    "visar vi",
    "säger vi",
    "vi räknar",
    "våra egna förslag",
    "anges inte i vårt",
];

/// Every text in the content with its JSON path; URLs and the official
/// vision ("Ingen i vårt län …", quoted word for word) are left out.
fn texts(v: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match v {
        Value::String(s) => out.push((path.to_string(), s.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                texts(item, &format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                if k == "url" || k == "kontakt_url" || k == "vision" {
                    continue;
                }
                texts(item, &format!("{path}.{k}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn content_speaks_as_the_publisher_not_as_a_researcher() {
    let json: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    let mut all = Vec::new();
    texts(&json, "", &mut all);
    assert!(all.len() > 500, "only {} texts found", all.len());
    let mut found = Vec::new();
    for (path, text) in &all {
        let lower = text.to_lowercase();
        // Whole words only: "hänvisar vidare" is not "visar vi".
        let words: String = lower
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect();
        let words = format!(
            " {} ",
            words.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        for phrase in RESEARCH_PHRASES {
            if words.contains(&format!(" {phrase} ")) {
                found.push(format!("{path}: \"{phrase}\" in \"{text}\""));
            }
        }
        // No "vi"/"vår" at all: the official vision is the only quote with it.
        for word in lower.split(|c: char| !c.is_alphanumeric()) {
            if ["vi", "vår", "vårt", "våra", "oss"].contains(&word) {
                found.push(format!("{path}: first person \"{word}\" in \"{text}\""));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn goal_statuses_follow_the_rule() {
    let b = real_content();
    let rule = &b.strategy.status_rule;
    // The content's date decides what is current.
    assert_eq!(b.strategy.about.compiled, "2026-11-26");
    assert_eq!(rule.as_of_year, 2026);
    let goals = [
        (1, Status::Improving),
        // 2019 → 2023 with a figure in between left out: uncertain.
        (2, Status::Uncertain),
        (3, Status::Unchanged),
        // Only the whole country has a trend, and it is a comparison.
        (4, Status::NoNewData),
        // Women and men change page version (and definition) in 2022.
        (5, Status::Uncertain),
        (6, Status::Worsening),
        (7, Status::NoNewData),
        (8, Status::Improving),
    ];
    for (number, expected) in goals {
        let goal = b.goal(number).unwrap();
        assert_eq!(
            goal_status(&goal.indicators, rule),
            expected,
            "Mål {number}"
        );
    }
    let indicators = [
        (2, "stodsamtal-utan-bistandsbeslut", Status::Uncertain),
        (2, "stodsamtal-med-bistandsbeslut", Status::Unchanged),
        (4, "skolgang-i-skyddat-boende-riket", Status::NoNewData),
        (5, "personuppklaring-grov-fridskrankning", Status::Uncertain),
        (
            5,
            "personuppklaring-grov-kvinnofridskrankning",
            Status::Improving,
        ),
    ];
    for (number, id, expected) in indicators {
        let goal = b.goal(number).unwrap();
        let ind = goal.indicators.iter().find(|i| i.id == id).unwrap();
        assert_eq!(status(ind, rule), expected, "{id}");
    }
}

#[test]
fn series_breaks_comparisons_and_inferred_values_are_modelled() {
    let b = real_content();
    let ind = |goal: u8, id: &str| {
        b.goal(goal)
            .unwrap()
            .indicators
            .iter()
            .find(|i| i.id == id)
            .unwrap()
            .clone()
    };
    let riket = ind(4, "skolgang-i-skyddat-boende-riket");
    assert!(riket.series.iter().all(|s| s.comparison));
    let fridskrankning = ind(5, "personuppklaring-grov-fridskrankning");
    let names: Vec<&str> = fridskrankning
        .series
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    // The girls' 2019 and 2021 values were inferred from "oförändrat": not data.
    assert_eq!(names, ["Kvinnor", "Män"]);
    for s in &fridskrankning.series {
        assert_eq!(s.break_before, Some(2022), "{}", s.name);
    }
    assert!(fridskrankning
        .comment
        .contains("8 procent och oförändrad 2019–2021"));
}

#[test]
fn tips_commitments_and_help_lines_carry_their_kind() {
    let b = real_content();
    let mut from_strategy: Vec<&str> = b
        .goals
        .iter()
        .flat_map(|g| g.tips.iter())
        .filter(|t| t.origin == TipOrigin::Strategy)
        .map(|t| t.id.as_str())
        .collect();
    from_strategy.sort_unstable();
    assert_eq!(
        from_strategy,
        [
            "m5-samverkan-under-utredning",
            "m6-anpassat-stod",
            "m6-tidiga-forhor"
        ]
    );
    for goal in &b.goals {
        for c in &goal.commitments {
            let expected = match goal.number {
                2 | 3 => CommitmentKind::FocusArea,
                _ => CommitmentKind::Commitment,
            };
            assert_eq!(c.kind, expected, "Mål {}: {}", goal.number, c.text);
        }
    }
    // Origo works with Länsstyrelsen on the guidance; it is not responsible.
    let m8 = b.goal(8).unwrap();
    assert!(m8
        .commitments
        .iter()
        .all(|c| !c.responsible.iter().any(|r| r == "Origo")));
    assert!(b.goal(6).unwrap().commitments[0].responsible_not_stated);

    let line = b
        .strategy
        .help_lines
        .iter()
        .find(|h| h.name == "Välj att sluta")
        .expect("Välj att sluta is a help line");
    assert_eq!(line.phone, "020-555 666");
    assert_eq!(line.tel_uri(), "tel:020555666");
    assert_eq!(line.link.as_ref().unwrap().url, "https://valjattsluta.se");
    assert!(!BUNDLED_JSON.contains("medverkande-myndigheter/?id=20"));
}

#[test]
fn the_follow_up_terms_predecessor_and_national_strategy_are_in_content() {
    let b = real_content();
    let terms: Vec<&str> = b
        .strategy
        .follow_up
        .terms
        .iter()
        .map(|t| t.term.as_str())
        .collect();
    assert_eq!(terms, ["Indikator", "Utvecklingsindikator"]);
    assert_eq!(
        b.strategy.predecessor.as_ref().unwrap().name,
        "Strategi för att motverka våld i nära relationer 2016–2020"
    );
    assert!(b
        .strategy
        .national_strategy
        .as_ref()
        .unwrap()
        .text
        .contains("mäns våld mot kvinnor"));
    assert_eq!(b.goal(6).unwrap().recommended_indicators.len(), 6);
}

#[test]
fn the_status_rule_text_names_no_fixed_year() {
    // "Current" follows the content's date, so the published rule must not
    // name a year that would go stale.
    let text = &real_content().strategy.status_rule.text;
    assert!(
        !text
            .split(|c: char| !c.is_ascii_digit())
            .any(|n| n.len() == 4 && n.starts_with("20")),
        "{text}"
    );
    for words in ["Osäker utveckling", "jämförelse", "brott", "fem år"] {
        assert!(text.contains(words), "{words}");
    }
}
