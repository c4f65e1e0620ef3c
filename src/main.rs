//! Entry point of the standalone page (built by trunk). The same WASM also
//! serves the script embed, which mounts through `embed.rs` instead.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        strategi::web::install_panic_message();
        strategi::web::start_standalone();
    }
}
