//! Rungs: a career-framework browser. The library holds everything; `main.rs` only mounts [`App`].
//!
//! Layout: `data` (the bundled framework), pure logic (`route`, ...) tested natively,
//! then `components` (reusable widgets) and `pages` (one per view).

pub mod compare;
pub mod data;
pub mod markdown;
pub mod route;
pub mod search;
pub mod storage;
pub mod store;
pub mod theme;

mod app;
pub mod components;
pub mod fatal;
pub mod files;
pub mod location;
pub mod offline;
pub mod pages;
pub mod prerendered;
pub mod progress;

pub use app::App;
