//! One file per view.

pub mod about;
pub mod accessibility;
pub mod goal;
pub mod not_found;
pub mod overview;
pub mod plan;
pub mod tips;
