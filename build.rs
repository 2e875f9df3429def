//! Compiles `data/` into the app: parse, validate, and generate static Rust data.
//! A bad data file stops the build with one line per problem: file, field, what is wrong.

use rungs_data::generate as codegen;
use std::path::PathBuf;

fn main() {
    // RUNGS_DATA_DIR lets a test (or an organisation) build from another data folder.
    println!("cargo:rerun-if-env-changed=RUNGS_DATA_DIR");
    // RUNGS_OMIT_RESTRICTED=1 leaves out text under restrictive terms (see README, Licensing).
    println!("cargo:rerun-if-env-changed=RUNGS_OMIT_RESTRICTED");
    let omit_restricted = or_exit(codegen::omit_restricted_option(
        env("RUNGS_OMIT_RESTRICTED").as_deref(),
    ));
    // RUNGS_GENERATE_ROLES=N: a benchmark build whose roles are copied until there are N.
    println!("cargo:rerun-if-env-changed=RUNGS_GENERATE_ROLES");
    let generate_roles = or_exit(rungs_data::synthetic::role_count_option(
        env("RUNGS_GENERATE_ROLES").as_deref(),
    ));
    let dir = PathBuf::from(std::env::var("RUNGS_DATA_DIR").unwrap_or_else(|_| "data".into()));
    // The folder is scanned as a whole (a new sub-folder shows there); a path that does not
    // exist must not be named, or cargo reruns this script, and rebuilds the app, every time.
    println!("cargo:rerun-if-changed={}", dir.display());
    for sub in [
        "framework.toml",
        "sources",
        "competencies",
        "skills",
        "roles",
    ] {
        let path = dir.join(sub);
        if path.exists() {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }

    let mut data = match rungs_data::load(&dir) {
        Ok(data) => data,
        Err(errors) => {
            eprintln!(
                "error: the framework data in {} is not valid ({} problem{}):",
                dir.display(),
                errors.len(),
                if errors.len() == 1 { "" } else { "s" }
            );
            for e in &errors {
                eprintln!("  {e}");
            }
            std::process::exit(1);
        }
    };
    if let Some(n) = generate_roles {
        rungs_data::synthetic::generate_roles(&mut data, n);
        println!("cargo:warning=benchmark build: {n} generated roles (RUNGS_GENERATE_ROLES)");
    }
    for w in &data.warnings {
        println!("cargo:warning={w}");
    }
    for file in data.files() {
        println!("cargo:rerun-if-changed={file}");
    }
    let source = match codegen::generate(&data, omit_restricted) {
        Ok(source) => source,
        Err(e) => {
            eprintln!("error: generating the framework data failed: {e}");
            std::process::exit(1);
        }
    };
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        eprintln!("error: OUT_DIR is not set (build.rs must run under cargo)");
        std::process::exit(1);
    };
    let out_dir = PathBuf::from(out_dir);
    write(&out_dir.join("framework.rs"), &source);
    write(
        &out_dir.join("grid_fixture.rs"),
        &fixture("tests/fixtures/frameworks/grid"),
    );
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// The value of a build option, or the build stops with its message.
fn or_exit<T>(option: Result<T, String>) -> T {
    option.unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(1);
    })
}

fn write(path: &std::path::Path, source: &str) {
    if let Err(e) = std::fs::write(path, source) {
        eprintln!("error: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}

/// A fixture framework for the library's unit tests (a second shape beside the bundled one).
/// Empty when the fixture is absent, as in a copy of the app without its tests.
fn fixture(dir: &str) -> String {
    println!("cargo:rerun-if-changed={dir}");
    match rungs_data::load(std::path::Path::new(dir)) {
        Ok(data) => codegen::generate(&data, false).unwrap_or_default(),
        Err(_) => String::new(),
    }
}
