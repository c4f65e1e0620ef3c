//! Content: the model, its validation and how it reaches the app.
//!
//! No web code lives here, so all of it compiles and is tested natively and
//! is shared with `build.rs`.

pub mod export;
pub mod key;
pub mod model;
pub mod validate;

#[cfg(not(target_arch = "wasm32"))]
pub mod source;

pub use model::*;
pub use validate::{validate, Problem, SingleFile};

/// Parses and validates a JSON bundle. `name` is how problems refer to it.
///
/// The schema version is read first, so a bundle of another version gets
/// "okänd schemaversion" rather than a confusing field error.
pub fn parse_bundle(text: &str, name: &str) -> Result<Bundle, Vec<Problem>> {
    let one = |field: &str, message: String| {
        vec![Problem {
            file: name.to_string(),
            goal: String::new(),
            field: field.to_string(),
            message,
        }]
    };
    #[derive(serde::Deserialize)]
    struct Version {
        schema: Option<u32>,
    }
    match serde_json::from_str::<Version>(text) {
        Err(e) => return Err(one("", format!("är inte giltig JSON: {e}"))),
        Ok(Version { schema: None }) => {
            return Err(one("schema", "saknas; ange schemaversion".to_string()))
        }
        Ok(Version { schema: Some(v) }) if v != SCHEMA_VERSION => {
            return Err(one(
                "schema",
                format!("okänd schemaversion {v}; appen läser version {SCHEMA_VERSION}"),
            ))
        }
        Ok(_) => {}
    }
    let mut bundle: Bundle =
        serde_json::from_str(text).map_err(|e| one("", format!("följer inte schemat: {e}")))?;
    bundle.derive_fields();
    validate(&bundle, &SingleFile(name))?;
    Ok(bundle)
}

/// The bundle compiled into the app by `build.rs`, already validated.
pub const BUNDLED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/innehall.json"));

/// The bundled content. `build.rs` validated it, so start-up only reads it;
/// a failure here means the build itself is broken, and the app shows an
/// error rather than panicking.
pub fn bundled() -> Result<Bundle, Vec<Problem>> {
    let mut bundle: Bundle = serde_json::from_str(BUNDLED_JSON).map_err(|e| {
        vec![Problem {
            file: "inbyggt innehåll".to_string(),
            goal: String::new(),
            field: String::new(),
            message: format!("följer inte schemat: {e}"),
        }]
    })?;
    bundle.derive_fields();
    Ok(bundle)
}
