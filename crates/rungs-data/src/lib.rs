//! Rungs framework data, at build time only: reading a data folder (`read`), checking it
//! (`validate`), and turning it into the app's static Rust data (`generate`). Used by the app's
//! `build.rs`, its tests, and the `rungs-data` command behind `make check-data`, `make import`
//! and `make export-csv` (spreadsheets: `csv`, `import`, `export`).

pub mod csv;
pub mod dates;
pub mod export;
pub mod generate;
pub mod import;
mod import_model;
pub mod problem;
pub mod raw;
pub mod read;
pub mod synthetic;
mod toml_out;
pub mod validate;

pub use problem::DataError;
pub use raw::LoadedData;
pub use read::load;
