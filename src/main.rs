//! The whole app in the browser: embeds (`<strategi-mal>` through
//! `embed.js`, and `embed.html` in an iframe), and our pages when they fetch
//! newer content. The prerendered pages otherwise run only their islands
//! (`bin/strategi-sida.rs`).

#[cfg(target_arch = "wasm32")]
mod embed;

fn main() {
    #[cfg(target_arch = "wasm32")]
    strategi::browser::start_page(strategi::browser::Entry::App);
}
