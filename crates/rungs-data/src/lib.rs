//! Rungs framework data, at build time only: reading a data folder (`read`), checking it
//! (`validate`), and turning it into the app's static Rust data (`generate`). Used by the app's
//! `build.rs`, its tests, and the `rungs-data check` command behind `make check-data`.

pub mod dates;
pub mod generate;
pub mod problem;
pub mod raw;
pub mod read;
pub mod validate;

pub use problem::DataError;
pub use raw::LoadedData;
pub use read::load;
