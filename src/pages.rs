//! One module per view.

pub mod about;
pub mod catalogue;
pub mod compare;
pub mod linked;
pub mod not_found;
pub mod plan;
pub mod progress;
pub mod reply;
pub mod review;
pub mod role;
pub mod skill;
pub mod sources;
