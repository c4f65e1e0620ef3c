//! Reads `content/`, validates it with the app's own rules and writes the
//! compact JSON bundle the app embeds. A content mistake stops the build with
//! a message naming the file, the goal and the field.

#[path = "src/content/key.rs"]
#[allow(dead_code)]
mod key;
#[path = "src/content/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/content/source.rs"]
#[allow(dead_code)]
mod source;
#[path = "src/content/validate.rs"]
#[allow(dead_code)]
mod validate;

use model::Bundle;
use validate::{validate, Problem, SingleFile};

/// `source.rs` reads JSON bundles through this; the build only reads folders.
#[allow(dead_code)]
fn parse_bundle(text: &str, name: &str) -> Result<Bundle, Vec<Problem>> {
    let bundle: Bundle = serde_json::from_str(text).map_err(|e| {
        vec![Problem {
            file: name.into(),
            goal: String::new(),
            field: String::new(),
            message: e.to_string(),
        }]
    })?;
    validate(&bundle, &SingleFile(name))?;
    Ok(bundle)
}

use std::path::Path;

fn main() {
    // STRATEGI_CONTENT points the build at another content folder (tests use fixtures).
    let dir_name = std::env::var("STRATEGI_CONTENT").unwrap_or_else(|_| "content".to_string());
    let dir = Path::new(&dir_name);
    println!("cargo:rerun-if-env-changed=STRATEGI_CONTENT");
    println!("cargo:rerun-if-changed={dir_name}");
    println!("cargo:rerun-if-changed=src/content");
    let bundle = match source::load_folder(dir) {
        Ok(b) => b,
        Err(problems) => {
            eprintln!();
            eprintln!("Innehållet i content/ har {} fel:", problems.len());
            for p in &problems {
                eprintln!("  - {p}");
                println!("cargo:warning={p}");
            }
            std::process::exit(1);
        }
    };
    let json = serde_json::to_string(&bundle).expect("the model always serialises");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("innehall.json"), json).expect("OUT_DIR is writable");
    std::fs::write(Path::new(&out).join("gemener.rs"), lower_case_runs())
        .expect("OUT_DIR is writable");
}

/// The search's lower case (`search::fold_char`) as runs, for `search.rs`
/// to include: the first char of `char::to_lowercase` for every non-ASCII
/// char, from this toolchain's own tables. The standard library's table is
/// one pair per char (about 12 kB in the islands' WASM); the mapping moves
/// whole runs of chars by one distance, every char or every other (about
/// 190 runs, 1.5 kB). Each run is `(start | (step - 1) << 21 | count << 22,
/// distance)`, sorted by start.
fn lower_case_runs() -> String {
    // (start, step, count, distance)
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    for c in (0x80..=0x10_FFFF).filter_map(char::from_u32) {
        let lower = c.to_lowercase().next().unwrap_or(c);
        if lower == c {
            continue;
        }
        let (u, distance) = (c as u32, i64::from(u32::from(lower)) - i64::from(c as u32));
        match runs.last_mut() {
            Some(r) if r.3 == distance && u == r.0 + r.1 * r.2 => r.2 += 1,
            Some(r) if r.3 == distance && r.2 == 1 && u == r.0 + 2 => *r = (r.0, 2, 2, distance),
            _ => runs.push((u, 1, 1, distance)),
        }
    }
    let mut code = format!("const LOWER_CASE_RUNS: [(u32, i32); {}] = [\n", runs.len());
    for (start, step, count, distance) in runs {
        assert!(
            start < 1 << 21 && count < 1 << 10,
            "a run does not fit its key"
        );
        let key = start | (step - 1) << 21 | count << 22;
        code += &format!("    ({key:#x}, {distance}),\n");
    }
    code + "];\n"
}
