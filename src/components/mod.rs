//! Small building blocks shared by the views.

pub mod actor_chips;
pub mod embed_panel;
pub mod goal_card;
pub mod highlight;
pub mod indicator;
pub mod layout;
pub mod link;
pub mod plan_guide;
pub mod status_badge;
pub mod tip_list;
