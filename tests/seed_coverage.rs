//! No text lost: every sentence, bullet, label and link of the five seed documents in
//! `../shared/seeds/` must appear in `data/` (after repairing the seeds' encoding damage).
//! Headings, navigation links, table-of-contents and page-layout markup are excepted, and so are
//! the fixed labels the app renders itself (listed in `LAYOUT_LABELS`).
//!
//! An organisation that replaces `data/` with its own framework deletes this test, or points
//! RUNGS_SEEDS_DIR at its own source documents.

use std::path::{Path, PathBuf};

/// Labels that are page layout: the app shows its own headings for these.
const LAYOUT_LABELS: &[&str] = &[
    "Scope Summary",
    "SFIA Reference",
    "Category",
    "Subcategory",
    "Overall Description",
    "Guidance Notes",
    "Level 5 Attainment",
    "Level 6 Attainment",
    "Level 7 Attainment",
    "Excellence here looks like",
    "Career Path",
    "Challenge",
    "Approach",
    "NOTE",
];

fn seeds_dir() -> PathBuf {
    match std::env::var_os("RUNGS_SEEDS_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"),
    }
}

/// The seeds' encoding damage and spacing, repaired the same way in both texts.
fn normalize(s: &str) -> String {
    s.replace("â€™", "’")
        .replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn collect_strings(value: &toml::Value, out: &mut Vec<String>) {
    match value {
        toml::Value::String(s) => out.push(normalize(s)),
        toml::Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
        toml::Value::Table(t) => t.values().for_each(|v| collect_strings(v, out)),
        _ => {}
    }
}

fn data_corpus() -> String {
    fn walk(dir: &Path, out: &mut Vec<String>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("data folder readable")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "toml") {
                let text = std::fs::read_to_string(&path).expect("data file readable");
                let value: toml::Value = toml::from_str(&text).expect("data file parses");
                collect_strings(&value, out);
            }
        }
    }
    let mut out = vec![];
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
        &mut out,
    );
    out.join("\n")
}

/// Replaces markdown links by their text and returns the link targets as extra pieces.
/// Jekyll `{% link path %}` targets become the bare path.
fn unlink(line: &str) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut targets = vec![];
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|i| open + i) else {
            break;
        };
        let Some(end) = rest[close..].find(')').map(|i| close + i) else {
            break;
        };
        text.push_str(&rest[..open]);
        text.push_str(&rest[open + 1..close]);
        let target = rest[close + 2..end].trim();
        let target = target
            .strip_prefix("{% link ")
            .and_then(|t| t.strip_suffix(" %}"))
            .unwrap_or(target);
        targets.push(target.to_string());
        rest = &rest[end + 1..];
    }
    text.push_str(rest);
    (text, targets)
}

/// The pieces of content on one seed line, or none for layout lines.
fn pieces(line: &str) -> Vec<String> {
    let t = line.trim();
    let layout = t.is_empty()
        || t.starts_with('#')
        || t.starts_with("{:")
        || t == "---"
        || t == "1. TOC"
        || t.contains("Navigation:**")
        || t.starts_with("**Back to:**");
    if layout {
        return vec![];
    }
    let t = t
        .trim_start_matches("> ")
        .trim_start_matches('>')
        .trim_start_matches("- ")
        .trim_start_matches("* ");
    let (text, targets) = unlink(t);
    let mut out: Vec<String> = text
        .split("**")
        .flat_map(|p| p.split(" | "))
        .map(|p| p.trim().trim_start_matches(':').trim().to_string())
        .filter(|p| !p.is_empty())
        .filter(|p| !LAYOUT_LABELS.contains(&p.trim_end_matches(':')))
        .collect();
    out.extend(targets);
    out.into_iter().map(|p| normalize(&p)).collect()
}

/// Seed 003 opens with Jekyll front matter (layout, title, nav order): page layout.
fn without_front_matter(text: &str) -> &str {
    if let Some(rest) = text.strip_prefix("---\n") {
        if let Some(end) = rest.find("\n---\n") {
            return &rest[end + 5..];
        }
    }
    text
}

#[test]
fn every_seed_text_is_in_data() {
    let dir = seeds_dir();
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| {
            panic!(
                "cannot read the seed documents at {} ({e}); set RUNGS_SEEDS_DIR",
                dir.display()
            )
        })
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    seeds.sort();
    assert_eq!(
        seeds.len(),
        5,
        "expected five seed documents in {}",
        dir.display()
    );

    let corpus = data_corpus();
    let mut checked = 0;
    let mut missing = vec![];
    for seed in &seeds {
        let text = std::fs::read_to_string(seed).expect("seed readable");
        for (n, line) in without_front_matter(&text).lines().enumerate() {
            for piece in pieces(line) {
                checked += 1;
                if !corpus.contains(&piece) {
                    missing.push(format!("{}: {piece:?} (line {})", seed.display(), n + 1));
                }
            }
        }
    }
    assert!(
        checked > 250,
        "only {checked} pieces found: is the extraction broken?"
    );
    assert!(
        missing.is_empty(),
        "{} of {checked} seed texts are not in data/:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn extraction_keeps_labels_texts_and_links() {
    assert_eq!(
        pieces("- **Experience**: 4-7 years of management experience"),
        ["Experience", "4-7 years of management experience"]
    );
    assert_eq!(
        pieces("- [Change Management]({% link docs/competencies/change.md %})"),
        ["Change Management", "docs/competencies/change.md"]
    );
    assert_eq!(pieces("**Scope Summary:** A leader."), ["A leader."]);
    assert_eq!(pieces("## Overview"), Vec::<String>::new());
    assert_eq!(
        pieces("> Refining the companyâ€™s approach."),
        ["Refining the company’s approach."]
    );
}

#[test]
fn encoding_damage_is_repaired_in_data() {
    let corpus = data_corpus();
    assert!(!corpus.contains("â€"), "mojibake left in data/");
    assert!(
        !corpus.contains('\u{a0}'),
        "non-breaking spaces left in data/"
    );
    assert!(corpus.contains("company’s standard approaches"));
}
