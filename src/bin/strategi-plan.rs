//! Entry point of the plan's guide on `/handlingsplan/`: a bundle of its
//! own, so the islands' bundle carries none of the plan's code (see
//! `browser/plan.rs`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    strategi::browser::start_plan();
}
