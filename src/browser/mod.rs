//! The only code that touches the live page. Every entry takes the same
//! path (`start.rs`): read the page, build one shell from how the page
//! navigates (history, page load, a host element, an iframe), hydrate or
//! mount, then keep the state in step with the address. What differs is
//! only what is mounted: the whole app (`app.rs`) or a page's islands
//! (`islands.rs`).

mod app;
mod dom;
mod island_data;
mod islands;
mod plan;
mod start;
mod swap;
pub mod widget;

pub use app::{run_app, AppHandle};
pub use dom::install_panic_message;
pub use island_data::parse_island_data;
pub use islands::run_islands;
pub use plan::start_plan;
pub use start::{Entry, Navigation, Page};

use crate::route::EmbedAttrs;

// Talc instead of Rust's default allocator (dlmalloc): a few kB smaller in
// every WASM file (README, "Beroenden").
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Starts one of our own pages with the code of `entry`: the islands, or
/// the whole app (which also serves `embed.html` in an iframe).
pub fn start_page(entry: Entry) {
    install_panic_message();
    let Some(page) = Page::ours(entry) else {
        return;
    };
    match entry {
        Entry::Islands => run_islands(page),
        Entry::App => {
            // Our pages and frame pages name their view in the address; the
            // embed attributes are a widget's. A failure is already shown.
            let none = EmbedAttrs::default();
            if let Ok(app) = run_app(page, &none, false, app::remote_url_of_page()) {
                app.keep();
            }
        }
    }
}
