//! Limits on what users and files may put into progress, with the messages that explain them.
//! Checked before anything is saved.

/// Evidence notes longer than this cannot be saved from the editor (a counter shows it).
pub const MAX_EVIDENCE_CHARS: usize = 2_000;
/// Evidence up to this long is still read from storage, files and links (an earlier release
/// had no editor limit), so no saved note is ever refused.
pub const MAX_READ_EVIDENCE_CHARS: usize = 20_000;
/// Import files larger than this are refused before they are read.
pub const MAX_IMPORT_BYTES: f64 = 2_000_000.0;
/// Links longer than this are cut by some browsers, mail and chat tools: warn before copying.
pub const LINK_WARN_CHARS: usize = 2_000;
/// Link payloads longer than this are refused unread.
pub const MAX_LINK_CHARS: usize = 1_000_000;
/// Role ids from outside longer than this are refused.
pub const MAX_ID_CHARS: usize = 200;

/// Why a note cannot be saved, or `None` when it can.
pub fn evidence_problem(text: &str) -> Option<String> {
    let n = text.chars().count();
    (n > MAX_EVIDENCE_CHARS).then(|| {
        format!(
            "The note is {} characters long; at most {} can be saved. Shorten it to save.",
            thousands(n),
            thousands(MAX_EVIDENCE_CHARS)
        )
    })
}

/// Why an import file cannot be read, or `None` when its size is fine.
pub fn import_size_problem(bytes: f64) -> Option<String> {
    (bytes > MAX_IMPORT_BYTES).then(|| {
        format!(
            "it is {:.1} MB, and a Rungs progress file is at most {:.0} MB",
            bytes / 1e6,
            MAX_IMPORT_BYTES / 1e6
        )
    })
}

/// A warning to show before copying a link of `chars` characters, if it is too long to travel.
pub fn link_length_warning(chars: usize) -> Option<String> {
    (chars > LINK_WARN_CHARS).then(|| {
        format!(
            "This link is {} characters long. Some browsers, mail and chat tools cut links longer than {} characters, and a cut link cannot be opened. Export a file instead, or copy the link anyway.",
            thousands(chars),
            thousands(LINK_WARN_CHARS)
        )
    })
}

/// "12,345".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_limit_counts_characters_not_bytes() {
        assert_eq!(evidence_problem(&"é".repeat(MAX_EVIDENCE_CHARS)), None);
        let msg = evidence_problem(&"x".repeat(MAX_EVIDENCE_CHARS + 1)).unwrap_or_default();
        assert!(
            msg.contains("2,001 characters") && msg.contains("at most 2,000"),
            "{msg}"
        );
    }

    #[test]
    fn import_and_link_limits_explain_themselves() {
        assert_eq!(import_size_problem(10_000.0), None);
        let msg = import_size_problem(3_400_000.0).unwrap_or_default();
        assert!(
            msg.contains("3.4 MB") && msg.contains("at most 2 MB"),
            "{msg}"
        );
        assert_eq!(link_length_warning(LINK_WARN_CHARS), None);
        let msg = link_length_warning(5_400).unwrap_or_default();
        assert!(
            msg.contains("5,400 characters") && msg.contains("Export a file"),
            "{msg}"
        );
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
