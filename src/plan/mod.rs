//! "Vår handlingsplan": an organisation's own action plan for the strategy,
//! as plain data with no web code, and the formats it travels in.
//!
//! - [`model`]: the plan and the edits the page makes to it.
//!
//! Every reader returns a [`Loaded`]: the plan as far as the input was valid
//! and plain Swedish [`messages`] on the rest. None of them panics, whatever
//! the input.

pub mod limits;
pub mod messages;
pub mod model;

pub use limits::*;
pub use model::*;
