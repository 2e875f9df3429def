//! Expectation keys: what kind of statement (the first letter) and a short hash of its context
//! and text, so an assessment stays attached to its statement when the data is reordered.

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
