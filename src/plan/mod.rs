//! "Vår handlingsplan": an organisation's own action plan for the strategy,
//! as plain data with no web code, and the formats it travels in.
//!
//! - [`model`]: the plan and the edits the page makes to it.
//! - [`fragment`]: the plan in the URL fragment (the link is the plan).
//! - [`json`]: the plan as a file to save and open again (read and written
//!   by [`json_value`], without serde, to keep the browser's WASM small).
//! - [`csv`]: the plan as a table for Excel with Swedish settings.
//! - [`docx`]: the plan as a Word document to print and share (written only).
//!
//! Every reader returns a [`Loaded`]: the plan as far as the input was valid
//! and plain Swedish [`messages`] on the rest. None of them panics, whatever
//! the input.

pub mod csv;
pub mod docx;
pub mod fragment;
pub mod json;
pub mod json_value;
pub mod limits;
pub mod messages;
pub mod model;

pub use csv::{from_csv, to_csv, COLUMNS};
pub use docx::to_docx;
pub use fragment::{from_fragment, to_fragment};
pub use json::{from_json, to_json, FORMAT_NAME};
pub use limits::*;
pub use model::*;

use crate::content::Bundle;

/// Largest file "Öppna fil" reads, in bytes; a plan is far smaller.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// Reads a file the user opened: a JSON plan or a CSV table, told apart by
/// their first character.
pub fn open_file(bytes: &[u8], content: &Bundle) -> Loaded {
    let refuse = |message: String| Loaded {
        plan: Plan::default(),
        messages: vec![message],
    };
    if bytes.len() > MAX_FILE_BYTES {
        return refuse(messages::file_too_large(bytes.len(), MAX_FILE_BYTES));
    }
    let text = csv::decode_text(bytes);
    match text
        .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .chars()
        .next()
    {
        None => refuse(messages::empty_file()),
        Some('{' | '[') => from_json(&text, content),
        Some(_) => from_csv(bytes, content),
    }
}
