//! The expectations of a role that a user can assess: each SFIA attainment sentence, each
//! matrix attribute, each responsibility and success metric. Keys are short hashes of the text,
//! so an assessment stays attached to its sentence when the data is reordered, and a changed
//! sentence starts unassessed (the old assessment stays stored, never deleted).

use crate::data::{Framework, Role};

/// What kind of expectation; the first letter of its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Attainment,
    Attribute,
    Responsibility,
    Metric,
}

impl Kind {
    pub fn prefix(self) -> char {
        match self {
            Kind::Attainment => 's',
            Kind::Attribute => 'a',
            Kind::Responsibility => 'r',
            Kind::Metric => 'k',
        }
    }

    pub fn from_prefix(c: char) -> Option<Kind> {
        [
            Kind::Attainment,
            Kind::Attribute,
            Kind::Responsibility,
            Kind::Metric,
        ]
        .into_iter()
        .find(|k| k.prefix() == c)
    }
}

/// One assessable statement of a role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    /// Kind prefix + 8 hex digits, e.g. `s1a2b3c4d`.
    pub key: String,
    pub kind: Kind,
    /// The competency or section it belongs to, e.g. "Sourcing (SORC)".
    pub group: String,
    pub text: String,
}

/// 32-bit FNV-1a: small, stable across platforms and versions.
pub fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// The key for an expectation of `kind`, from its context and text.
pub fn key(kind: Kind, context: &str, text: &str) -> String {
    let hash = fnv1a(format!("{context}\u{1f}{text}").as_bytes());
    format!("{}{hash:08x}", kind.prefix())
}

/// True if `key` has the shape of an expectation key (used to validate imports and links).
pub fn is_key(key: &str) -> bool {
    let mut chars = key.chars();
    chars.next().and_then(Kind::from_prefix).is_some()
        && key.len() == 9
        && key[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
}

/// Splits a statement into sentences at ". " followed by a capital letter.
pub fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = vec![];
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        let next = text[i + 2..].chars().next();
        if next.is_some_and(char::is_uppercase) {
            out.push(text[start..=i].trim());
            start = i + 2;
        }
    }
    if start < text.len() {
        out.push(text[start..].trim());
    }
    out.retain(|s| !s.is_empty());
    out
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
    let mut out = vec![];
    for &s in role.skills {
        let skill = &fw.skills[s];
        let group = format!("{} ({})", skill.name, skill.code);
        if skill.text_omitted {
            // The build left the text out: the skill at this level is one expectation.
            let level = fw.level(role);
            out.push(Expectation {
                key: key(Kind::Attainment, skill.code, &format!("level:{}", level.id)),
                kind: Kind::Attainment,
                group: group.clone(),
                text: format!(
                    "{} {} at {}, as described on the official page ({})",
                    skill.code, skill.name, level.name, skill.url
                ),
            });
            continue;
        }
        for statement in fw.attainment(skill, role.level).unwrap_or(&[]) {
            for sentence in split_sentences(statement) {
                out.push(Expectation {
                    key: key(Kind::Attainment, skill.code, sentence),
                    kind: Kind::Attainment,
                    group: group.clone(),
                    text: sentence.to_string(),
                });
            }
        }
    }
    for m in role.matrix {
        let group = format!("{} ({})", m.area, m.grade);
        for a in m.attributes {
            out.push(Expectation {
                key: key(Kind::Attribute, &format!("{}/{}", m.area, a.name), a.text),
                kind: Kind::Attribute,
                group: group.clone(),
                text: format!("{}: {}", a.name, a.text),
            });
        }
    }
    for g in role.responsibilities {
        for item in g.items {
            out.push(Expectation {
                key: key(Kind::Responsibility, g.name, item),
                kind: Kind::Responsibility,
                group: g.name.to_string(),
                text: item.to_string(),
            });
        }
    }
    for g in role.metrics {
        for m in g.metrics {
            out.push(Expectation {
                key: key(Kind::Metric, &format!("{}/{}", g.name, m.name), m.text),
                kind: Kind::Metric,
                group: format!("Success metrics: {}", g.name),
                text: format!("{}: {}", m.name, m.text),
            });
        }
    }
    out
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
