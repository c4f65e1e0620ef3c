//! The whole app in the browser: embeds (`<strategi-mal>` through
//! `embed.js`, and `embed.html` in an iframe), and the standalone page when
//! it fetches newer content. The prerendered pages otherwise run only their
//! islands (`bin/strategi-sida.rs`).

#[cfg(target_arch = "wasm32")]
mod embed;

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        strategi::web::install_panic_message();
        strategi::web::start_standalone();
    }
}
