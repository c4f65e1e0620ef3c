//! Entry point of the prerendered pages: starts their islands only (see
//! `islands.rs`). The whole app is `main.rs`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        strategi::web::install_panic_message();
        strategi::islands::start();
    }
}
