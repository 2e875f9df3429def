//! The expectations of a role that a user can assess: the assessable items of its content
//! (`crate::data::content`): competency statements, matrix attributes, responsibilities and
//! success metrics. Keys are short hashes of the text (or of a statement's explicit id), so an
//! assessment stays attached when the data is reordered, and a changed sentence starts
//! unassessed (the old assessment stays stored, never deleted).

use crate::data::content::Content;
pub use crate::data::content::Earlier;
pub use crate::data::keys::{fnv1a, is_key, key, split_sentences, Kind};
use crate::data::{Framework, LevelIx, Role};

/// One assessable statement of a role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    /// Kind prefix + 8 hex digits, e.g. `s1a2b3c4d`.
    pub key: String,
    pub kind: Kind,
    /// The competency or section it belongs to, e.g. "Sourcing (SORC)".
    pub group: String,
    pub text: String,
    /// Illustrations shown under it, not rated separately.
    pub examples: &'static [&'static str],
    /// Inherited from this lower level (cumulative levels); `None` when new at the role's level.
    pub from_level: Option<LevelIx>,
    /// Its wording before the last change, for confirming an earlier rating.
    pub earlier: Option<Earlier>,
    /// (optional group, competency code) when it counts only once chosen.
    pub choice: Option<(&'static str, &'static str)>,
}

/// The groups (competencies) of `expectations`, in the order they first appear.
pub fn groups(expectations: &[Expectation]) -> Vec<&str> {
    let mut groups: Vec<&str> = vec![];
    for e in expectations {
        if !groups.contains(&e.group.as_str()) {
            groups.push(&e.group);
        }
    }
    groups
}

/// Every assessable expectation of `role`, grouped by competency, in page order.
pub fn for_role(fw: &Framework, role: &Role) -> Vec<Expectation> {
    from_content(&Content::build(fw, role))
}

/// The assessable items of a role's content.
pub fn from_content(content: &Content) -> Vec<Expectation> {
    content
        .assessable()
        .filter_map(|(group, item)| {
            Some(Expectation {
                key: item.key.clone()?,
                kind: item.kind?,
                group: group.title.clone(),
                text: item.full_text(),
                examples: item.examples,
                from_level: item.from_level,
                earlier: item.earlier.clone(),
                choice: group.choice,
            })
        })
        .collect()
}

/// An attainment expectation with `key` in `group`, its text the key, for tests.
#[cfg(test)]
pub(crate) fn for_test(key: &str, group: &str) -> Expectation {
    Expectation {
        key: key.into(),
        kind: Kind::Attainment,
        group: group.into(),
        text: key.into(),
        examples: &[],
        from_level: None,
        earlier: None,
        choice: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::framework;

    #[test]
    fn sentences_split_at_full_stops_before_capitals() {
        assert_eq!(
            split_sentences("Plans things. Manages e.g. tenders. Drafts contracts."),
            [
                "Plans things.",
                "Manages e.g. tenders.",
                "Drafts contracts."
            ]
        );
        assert_eq!(split_sentences("One sentence"), ["One sentence"]);
        assert!(split_sentences("  ").is_empty());
    }

    #[test]
    fn every_role_has_expectations_with_unique_valid_keys() {
        let fw = framework();
        for role in fw.roles {
            let ex = for_role(fw, role);
            assert!(!ex.is_empty(), "{} has nothing to assess", role.id);
            let mut keys: Vec<&str> = ex.iter().map(|e| e.key.as_str()).collect();
            assert!(keys.iter().all(|k| is_key(k)), "{keys:?}");
            keys.sort();
            keys.dedup();
            assert_eq!(keys.len(), ex.len(), "duplicate keys in {}", role.id);
        }
    }

    #[test]
    fn sfia_statements_are_assessed_per_sentence() {
        let fw = framework();
        let (_, role) = fw
            .role_by_id("sfia-senior-engineering-manager")
            .expect("role");
        let ex = for_role(fw, role);
        assert!(ex
            .iter()
            .any(|e| e.text == "Ensures courses are up to date and accredited (when required)."));
        assert!(ex.iter().all(|e| e.kind == Kind::Attainment));
        // 1 + 2 + 2 + 2 sentences in its four statements.
        assert_eq!(
            ex.iter().filter(|e| e.group == "Sourcing (SORC)").count(),
            7
        );
    }

    #[test]
    fn matrix_responsibilities_and_metrics_are_assessable() {
        let fw = framework();
        let (_, crafters) = fw
            .role_by_id("crafters-senior-engineering-manager")
            .expect("role");
        assert_eq!(for_role(fw, crafters).len(), 18);
        let (_, handbook) = fw
            .role_by_id("handbook-senior-engineering-manager")
            .expect("role");
        let ex = for_role(fw, handbook);
        assert_eq!(
            ex.iter().filter(|e| e.kind == Kind::Responsibility).count(),
            15
        );
        assert_eq!(ex.iter().filter(|e| e.kind == Kind::Metric).count(), 6);
    }

    #[test]
    fn keys_are_stable() {
        // A key must never change for the same text, or stored progress would detach.
        assert_eq!(fnv1a(b"hello"), 0x4f9f_2cab);
        assert_eq!(
            key(Kind::Responsibility, "g", "t"),
            format!("r{:08x}", fnv1a("g\u{1f}t".as_bytes()))
        );
        assert!(is_key("s0123abcd"));
        assert!(!is_key("s1234567"));
        assert!(!is_key("x12345678"));
        assert!(!is_key("s1234567G"));
    }
}
