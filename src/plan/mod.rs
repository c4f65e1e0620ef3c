//! "Vår handlingsplan": an organisation's own action plan for the strategy,
//! as plain data with no web code, and the formats it travels in.
//!
//! - [`model`]: the plan and the edits the page makes to it.
//! - [`fragment`]: the plan in the URL fragment (the link is the plan).
//!
//! Every reader returns a [`Loaded`]: the plan as far as the input was valid
//! and plain Swedish [`messages`] on the rest. None of them panics, whatever
//! the input.

pub mod fragment;
pub mod limits;
pub mod messages;
pub mod model;

pub use fragment::{from_fragment, to_fragment};
pub use limits::*;
pub use model::*;
