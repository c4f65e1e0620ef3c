#![recursion_limit = "256"]
//! Strategi för att förebygga och bekämpa våld i Stockholms län 2020–2026:
//! the app's library, in layers from the top down; a module uses only its
//! own layer and those below (`tests/architecture.rs` keeps it so):
//!
//! - `browser`: the only code that touches the live page (wasm32 only);
//!   `prerender`: every view to HTML at build time (native only).
//! - `app`: the root component; `routes`: one file per view;
//!   `components`: their parts; `islands`: the props the islands read.
//! - `shell`: what every view reads (state, navigation), below the views.
//! - Plain logic with no web code, tested natively: `route`, `search`,
//!   `filter`, `status`, `remote`, `plan`, `content`, `html`, `contract`.

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

pub mod app;
pub mod components;
pub mod islands;
pub mod routes;
pub mod shell;

pub mod content;
pub mod contract;
pub mod filter;
pub mod html;
pub mod plan;
pub mod remote;
pub mod route;
pub mod search;
pub mod status;
