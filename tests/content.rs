//! Content validation: the real content passes, and every rule stops a small
//! bad fixture with a message naming file, goal and field.

use std::fs;
use std::path::{Path, PathBuf};

use strategi::content::source::load_folder;
use strategi::content::{parse_bundle, Problem, BUNDLED_JSON};

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
        "mal-2.toml: rad 1: missing field `malformulering`",
    );
}

#[test]
fn unknown_field() {
    let got = problems("okant-falt");
    assert!(
        got[0].starts_with("mal-2.toml: rad 3: unknown field `kortnam`, expected one of"),
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
    assert_one("fel-datum", "strategi.toml, fält `om_innehallet.kontrollerad`: \"26 november 2026\" ska vara ett datum som ÅÅÅÅ-MM-DD, t.ex. 2026-11-26");
}

#[test]
fn json_bundles_of_another_schema_or_broken_json_are_refused_clearly() {
    let other = BUNDLED_JSON.replacen("\"schema\":1", "\"schema\":2", 1);
    let err = parse_bundle(&other, "ny.json").unwrap_err();
    assert_eq!(
        err[0].to_string(),
        "ny.json, fält `schema`: okänd schemaversion 2; appen läser version 1"
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
