//! Entry point of the prerendered pages: starts their islands only (see
//! `islands.rs`). The whole app is `main.rs`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    strategi::browser::start_page(strategi::browser::Entry::Islands);
}
