#![recursion_limit = "256"]
//! Strategi för att förebygga och bekämpa våld i Stockholms län 2020–2026:
//! the app's library. Plain logic (`content`, `filter`, `search`, `status`,
//! `route`) has no web code and is tested natively; views are in `routes`
//! and `components`.

pub mod content;
pub mod filter;
pub mod remote;
pub mod route;
pub mod search;
pub mod status;

pub mod app;
pub mod components;
pub mod routes;

pub mod islands;

#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
