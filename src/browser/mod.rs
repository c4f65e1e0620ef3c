//! The only code that touches the live page. Every entry takes the same
//! path (`start.rs`): read the page, build one shell from how the page
//! navigates (history, page load, a host element, an iframe), hydrate or
//! mount, then keep the state in step with the address. What differs is
//! only what is mounted: the whole app (`app.rs`) or a page's islands
//! (`islands.rs`).

mod app;
mod dom;
mod height;
mod island_data;
mod islands;
mod start;
mod swap;
pub mod widget;

pub use app::{run_app, AppHandle};
pub use dom::install_panic_message;
pub use island_data::parse_island_data;
pub use islands::run_islands;
pub use start::{Entry, Navigation, Page};

use crate::contract::{ATTR_HEADING, HEADING_HIDDEN};

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
            let frame = page.navigation == Navigation::Frame;
            let (attrs, params) = Page::frame_attrs();
            let hidden = frame && params.get(ATTR_HEADING).as_deref() == Some(HEADING_HIDDEN);
            // A failure is already shown on the page.
            if let Ok(app) = run_app(page, &attrs, hidden, app::remote_url_of_page()) {
                app.keep();
            }
        }
    }
}
