//! One module per view.

pub mod catalogue;
pub mod not_found;
pub mod role;
pub mod skill;
