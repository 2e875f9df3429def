//! The JSON form of progress, used in localStorage and for export/import, with its schema
//! version and forward migration.
//!
//! Version 2 (current): `{"format":"rungs-progress","version":2,"progress":{…}}`.
//! Version 1 (first release): `{"format":"rungs-progress","version":1,"role":…,"target":…,
//! "ratings":{"<key>":0..3},"saved":<ms>}`: ratings only, no evidence, one time for all.

use super::expectations::is_key;
use super::history::History;
use super::limits::{MAX_ID_CHARS, MAX_READ_EVIDENCE_CHARS};
use super::{Assessment, Progress, Rating};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

pub const FORMAT: &str = "rungs-progress";
pub const CURRENT_VERSION: u32 = 2;

/// Why a text could not be read as progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemaError {
    NotJson(String),
    NotOurs,
    NewerVersion(u32),
    UnknownVersion(u32),
    Invalid(String),
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SchemaError::NotJson(e) => write!(f, "it is not valid JSON ({e})"),
            SchemaError::NotOurs => write!(f, "it is not a Rungs progress file (no \"format\": \"{FORMAT}\")"),
            SchemaError::NewerVersion(v) => write!(
                f,
                "it was saved by a newer version of Rungs (format version {v}; this app reads up to {CURRENT_VERSION})"
            ),
            SchemaError::UnknownVersion(v) => write!(f, "its format version {v} is unknown"),
            SchemaError::Invalid(e) => write!(f, "its content is not valid: {e}"),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u32,
    #[serde(default)]
    progress: Option<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V1 {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: u32,
    role: Option<String>,
    target: Option<String>,
    #[serde(default)]
    ratings: BTreeMap<String, u8>,
    saved: u64,
}

/// Version 1 → 2: each rating becomes an assessment stamped with the file's save time.
fn migrate_v1(v1: V1) -> Result<Progress, SchemaError> {
    let mut p = Progress {
        current_role: v1.role,
        target_role: v1.target,
        roles_updated: v1.saved,
        ..Progress::default()
    };
    for (key, code) in v1.ratings {
        let rating = Rating::from_code(code)
            .ok_or_else(|| SchemaError::Invalid(format!("rating {code} for “{key}” is not 0–3")))?;
        p.assessments.insert(
            key,
            Assessment {
                rating: Some(rating),
                evidence: None,
                updated: v1.saved,
            },
        );
    }
    Ok(p)
}

/// Checks what serde cannot: key shapes, role ids, note lengths. Empty notes become no note.
fn validate(mut p: Progress) -> Result<Progress, SchemaError> {
    for id in p.chosen_roles() {
        if id.trim().is_empty() {
            return Err(SchemaError::Invalid("a role id is empty".into()));
        }
        if id.chars().count() > MAX_ID_CHARS {
            return Err(SchemaError::Invalid(format!(
                "a role id is longer than {MAX_ID_CHARS} characters"
            )));
        }
    }
    for (key, a) in p.assessments.iter_mut() {
        if !is_key(key) {
            return Err(SchemaError::Invalid(format!(
                "“{key}” is not an expectation key"
            )));
        }
        if let Some(e) = &a.evidence {
            if e.text.chars().count() > MAX_READ_EVIDENCE_CHARS {
                return Err(SchemaError::Invalid(format!(
                    "the evidence for “{key}” is longer than {MAX_READ_EVIDENCE_CHARS} characters"
                )));
            }
            if e.text.is_empty() && e.date.is_empty() {
                a.evidence = None;
            }
        }
    }
    for (group, c) in p.choices.iter_mut() {
        let too_long = |s: &str| s.is_empty() || s.chars().count() > MAX_ID_CHARS;
        if too_long(group) || c.chosen.iter().any(|code| too_long(code)) {
            return Err(SchemaError::Invalid(format!(
                "the choice “{group}” has an empty or over-long name"
            )));
        }
        c.chosen.sort();
        c.chosen.dedup();
    }
    Ok(p)
}

/// Reads progress in any known version, migrating it to the current one.
pub fn parse(text: &str) -> Result<Progress, SchemaError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| SchemaError::NotJson(e.to_string()))?;
    let envelope: Envelope =
        serde_json::from_value(value.clone()).map_err(|_| SchemaError::NotOurs)?;
    if envelope.format != FORMAT {
        return Err(SchemaError::NotOurs);
    }
    let progress = match envelope.version {
        1 => {
            let v1: V1 =
                serde_json::from_value(value).map_err(|e| SchemaError::Invalid(e.to_string()))?;
            migrate_v1(v1)?
        }
        2 => {
            let body = envelope
                .progress
                .ok_or_else(|| SchemaError::Invalid("no \"progress\" field".into()))?;
            serde_json::from_value(body).map_err(|e| SchemaError::Invalid(e.to_string()))?
        }
        v if v > CURRENT_VERSION => return Err(SchemaError::NewerVersion(v)),
        v => return Err(SchemaError::UnknownVersion(v)),
    };
    validate(progress)
}

fn envelope(p: &Progress) -> serde_json::Value {
    serde_json::json!({ "format": FORMAT, "version": CURRENT_VERSION, "progress": p })
}

/// Compact JSON for localStorage.
pub fn to_storage(p: &Progress) -> String {
    envelope(p).to_string()
}

/// Readable JSON for an export file.
pub fn to_export(p: &Progress) -> String {
    to_export_with(p, &History::default())
}

/// An export file with the history of scores beside the progress (when there is one). Older
/// releases read such a file too: they ignore `"history"`.
pub fn to_export_with(p: &Progress, history: &History) -> String {
    let mut file = envelope(p);
    if !history.is_empty() {
        file["history"] = history.to_value();
    }
    serde_json::to_string_pretty(&file).unwrap_or_else(|_| to_storage(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::sample;

    #[test]
    fn storage_and_export_round_trip() {
        let p = sample();
        assert_eq!(parse(&to_storage(&p)), Ok(p.clone()));
        assert_eq!(parse(&to_export(&p)), Ok(p));
    }

    #[test]
    fn an_export_with_history_still_reads_as_progress_and_carries_the_history() {
        let mut history = History::default();
        history.record(crate::progress::history::Snapshot {
            date: "2026-11-01".into(),
            taken: 1,
            roles: vec![],
        });
        let file = to_export_with(&sample(), &history);
        assert_eq!(parse(&file), Ok(sample()));
        assert_eq!(History::from_export(&file), Ok(Some(history)));
        assert!(!to_export(&sample()).contains("history"));
    }

    #[test]
    fn v1_fixture_migrates_to_v2() {
        let text = include_str!("../../tests/fixtures/progress/v1.json");
        let p = parse(text).expect("v1 migrates");
        assert_eq!(
            p.current_role.as_deref(),
            Some("sfia-senior-engineering-manager")
        );
        assert_eq!(
            p.target_role.as_deref(),
            Some("sfia-director-of-engineering")
        );
        assert_eq!(p.rating("s0123abcd"), Some(Rating::Consistently));
        assert_eq!(p.rating("a0000ffff"), Some(Rating::NotYet));
        assert_eq!(p.assessments["s0123abcd"].updated, 1_735_689_600_000);
        // Saved again, it is version 2 and reads back the same.
        let again = to_storage(&p);
        assert!(again.contains("\"version\":2"));
        assert_eq!(parse(&again), Ok(p));
    }

    #[test]
    fn a_record_stored_by_the_previous_release_reads_unchanged() {
        let text = include_str!("../../tests/fixtures/progress/v2-stored.json");
        assert_eq!(parse(text), Ok(sample()));
        assert_eq!(to_storage(&sample()), text.trim());
    }

    #[test]
    fn empty_role_ids_are_refused_and_empty_notes_dropped() {
        let empty_role =
            r#"{"format":"rungs-progress","version":2,"progress":{"current_role":""}}"#;
        assert!(
            matches!(parse(empty_role), Err(SchemaError::Invalid(m)) if m.contains("role id is empty"))
        );
        let empty_note = r#"{"format":"rungs-progress","version":2,"progress":{"assessments":{"s0123abcd":{"rating":"developing","evidence":{"text":"","date":""},"updated":1}}}}"#;
        let p = parse(empty_note).expect("reads");
        assert_eq!(p.evidence("s0123abcd"), None);
        assert_eq!(p.rating("s0123abcd"), Some(Rating::Developing));
    }

    #[test]
    fn errors_name_the_problem() {
        assert!(matches!(parse("{not json"), Err(SchemaError::NotJson(_))));
        assert_eq!(parse("[1,2]"), Err(SchemaError::NotOurs));
        assert_eq!(
            parse(r#"{"format":"other","version":2}"#),
            Err(SchemaError::NotOurs)
        );
        assert_eq!(
            parse(r#"{"format":"rungs-progress","version":7,"progress":{}}"#),
            Err(SchemaError::NewerVersion(7))
        );
        assert_eq!(
            parse(r#"{"format":"rungs-progress","version":0}"#),
            Err(SchemaError::UnknownVersion(0))
        );
        let bad_key = r#"{"format":"rungs-progress","version":2,"progress":{"assessments":{"nope":{"rating":"developing","updated":1}}}}"#;
        assert!(matches!(parse(bad_key), Err(SchemaError::Invalid(m)) if m.contains("nope")));
        let bad_rating = r#"{"format":"rungs-progress","version":2,"progress":{"assessments":{"s0123abcd":{"rating":"great","updated":1}}}}"#;
        assert!(matches!(parse(bad_rating), Err(SchemaError::Invalid(_))));
        let v1_bad =
            r#"{"format":"rungs-progress","version":1,"ratings":{"s0123abcd":9},"saved":1}"#;
        assert!(matches!(parse(v1_bad), Err(SchemaError::Invalid(_))));
        assert!(SchemaError::NewerVersion(7)
            .to_string()
            .contains("newer version"));
    }
}
