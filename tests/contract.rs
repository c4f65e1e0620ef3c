//! The names Rust and the scripts in `public/` share stay in step: every
//! name in `src/contract.rs` is exported by `public/kontrakt.js` with the same
//! value (and nothing else is), and the other scripts spell none of them
//! themselves.

use std::collections::BTreeMap;
use std::fs;

use strategi::contract;

/// The code of a script without its comments.
fn code_of(path: &str) -> String {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    out.push_str(rest);
    out.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `export const NAME = 'value';` lines of kontrakt.js.
fn exported_strings() -> BTreeMap<String, String> {
    code_of("public/kontrakt.js")
        .lines()
        .filter_map(|l| l.strip_prefix("export const "))
        .filter_map(|l| {
            let (name, value) = l.split_once(" = ")?;
            let value = value.strip_prefix('\'')?.strip_suffix("';")?;
            Some((name.to_string(), value.replace("\\'", "'")))
        })
        .collect()
}

#[test]
fn kontrakt_js_exports_exactly_the_rust_names_with_the_same_values() {
    let js = exported_strings();
    let rust: BTreeMap<String, String> = contract::ALL
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(js, rust);
    assert_eq!(js["ROOT_ID"], "strategi");
}

#[test]
fn the_custom_elements_attributes_are_the_same_list() {
    let code = code_of("public/kontrakt.js");
    let line = code
        .lines()
        .find_map(|l| l.strip_prefix("export const ELEMENT_ATTRS = ["))
        .expect("kontrakt.js exports ELEMENT_ATTRS");
    let js = exported_strings();
    let names: Vec<&str> = line
        .trim_end_matches("];")
        .split(',')
        .map(|n| js[n.trim()].as_str())
        .collect();
    assert_eq!(names, contract::ELEMENT_ATTRS);
}

#[test]
fn the_other_scripts_spell_no_shared_name_themselves() {
    for path in ["public/sida.js", "public/embed.js"] {
        let code = code_of(path);
        assert!(
            code.contains("from './kontrakt.js'"),
            "{path} imports kontrakt.js"
        );
        for (name, value) in contract::ALL {
            for quoted in [
                format!("'{value}'"),
                format!("\"{value}\""),
                format!("`{value}`"),
            ] {
                assert!(!code.contains(&quoted), "{path} spells {name} as {quoted}");
            }
            if value.starts_with("data-") || value.contains(':') || value.contains('.') {
                assert!(!code.contains(value), "{path} spells {name} ({value})");
            }
        }
        // One loader for every script.
        assert!(!code.contains("_bg.wasm"), "{path} loads WASM itself");
    }
}

#[test]
fn the_resize_script_listens_for_our_height_message() {
    // embed-resize.js is a classic script on host pages; it cannot import.
    let code = code_of("public/embed-resize.js");
    assert!(code.contains(&format!("'{}'", contract::MESSAGE_HEIGHT)));
    assert_eq!(code.matches("strategi-mal:").count(), 1);
}

/// The views a widget's `vy` names, and the folder of each one's fragment:
/// the same in kontrakt.js (which `embed.js` reads before any WASM runs) and
/// in the Rust route table.
#[test]
fn a_widgets_views_are_the_same_table_in_both() {
    let expected = [
        ("kort", ""),
        ("start", ""),
        ("tips", "tips/"),
        ("handlingsplan", "handlingsplan/"),
        ("om", "om/"),
    ];
    let code = code_of("public/kontrakt.js");
    let line = code
        .lines()
        .find_map(|l| l.strip_prefix("export const EMBED_VIEWS = {"))
        .expect("kontrakt.js exports EMBED_VIEWS");
    let js: Vec<(String, String)> = line
        .trim_end_matches("};")
        .split(',')
        .filter_map(|pair| {
            let (k, v) = pair.split_once(':')?;
            Some((
                k.trim().to_string(),
                v.trim().trim_matches('\'').to_string(),
            ))
        })
        .collect();
    let literal: Vec<(String, String)> = expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(js, literal);
    for (view, folder) in expected {
        let attrs = strategi::route::EmbedAttrs {
            goal: None,
            actors: None,
            view: Some(view.to_string()),
        };
        let route = strategi::route::from_embed_attrs(&attrs, &[]).route;
        assert_eq!(strategi::route::fragment_path(route), folder, "vy={view}");
    }
    // Every view a widget can show by name is in the table.
    for route in strategi::route::Route::all().filter(|r| r.embeddable()) {
        if let strategi::route::Route::Goal(_) = route {
            continue;
        }
        assert!(
            expected.iter().any(|(v, _)| *v == route.slug()),
            "{} saknas i EMBED_VIEWS",
            route.slug()
        );
    }
    assert_eq!(
        strategi::route::fragment_path(strategi::route::Route::NotFound),
        contract::EMBED_NOT_FOUND
    );
}

#[test]
fn the_old_embed_address_script_names_only_its_map() {
    // ram.js is a classic script in embed.html's head (it runs before the
    // body is drawn), so it cannot import: every other name comes from the
    // map the page carries.
    let code = code_of("public/ram.js");
    assert!(code.contains(&format!("'{}'", contract::FRAME_MAP_ID)));
    for (name, value) in contract::ALL {
        if *name == "FRAME_MAP_ID" {
            continue;
        }
        for quoted in [format!("'{value}'"), format!("\"{value}\"")] {
            assert!(!code.contains(&quoted), "ram.js spells {name} as {quoted}");
        }
    }
    assert!(!code.contains("inbaddad"), "ram.js spells a frame folder");
    assert!(!code.contains("import "), "ram.js is a classic script");
}
