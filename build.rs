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
}
