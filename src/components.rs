//! Small reusable widgets. Each takes plain data or signals and holds no business logic.

pub mod busy;
pub mod competency_chart;
pub mod competency_text;
pub mod content_group;
pub mod facet_group;
pub mod highlighted;
pub mod link_box;
pub mod notice;
pub mod omitted_text;
pub mod progress_bar;
pub mod prose;
pub mod rating_choice;
pub mod role_card;
pub mod role_progress;
pub mod statement_list;
pub mod storage_notices;
pub mod text_list;
pub mod theme_switch;
pub mod trend_chart;
pub mod update_notice;
