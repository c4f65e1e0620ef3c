//! "Vår handlingsplan": an organisation's own action plan for the strategy,
//! as plain data with no web code, and the formats it travels in.
//!
//! - [`model`]: the plan and the edits the page makes to it.
//! - [`fragment`]: the plan in the URL fragment (the link is the plan).
//! - [`json`]: the plan as a file to save and open again (read and written
//!   by [`json_value`], without serde, to keep the browser's WASM small).
//!
//! Every reader returns a [`Loaded`]: the plan as far as the input was valid
//! and plain Swedish [`messages`] on the rest. None of them panics, whatever
//! the input.

pub mod fragment;
pub mod json;
pub mod json_value;
pub mod limits;
pub mod messages;
pub mod model;

pub use fragment::{from_fragment, to_fragment};
pub use json::{from_json, to_json, FORMAT_NAME};
pub use limits::*;
pub use model::*;
