//! Small reusable widgets. Each takes plain data or signals and holds no business logic.

pub mod facet_group;
pub mod highlighted;
pub mod notice;
pub mod role_card;
pub mod text_list;
