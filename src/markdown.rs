//! A small, safe subset of Markdown for descriptions and guide pages: paragraphs, bulleted and
//! numbered lists, *emphasis*, **strong**, `code` and [links](https://…). The result is plain
//! data that the `Prose` component turns into elements; nothing is ever inserted as HTML, so
//! `<script>` in the data is shown as text. Links other than http(s) stay as their text.

/// A paragraph or a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
}

/// A run of text with at most one style (no nesting: enough for framework prose).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Emphasis(String),
    Strong(String),
    Code(String),
    Link { text: String, href: String },
}

/// The list marker a line starts with, and the rest of the line.
fn list_item(line: &str) -> Option<(bool, &str)> {
    let line = line.trim_start();
    if let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
        return Some((false, rest));
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = line[digits..].strip_prefix(". ")?;
    (digits > 0).then_some((true, rest))
}

/// Splits `text` into blocks: blank lines end a paragraph; list lines make list items (a line
/// indented under an item continues it).
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = vec![];
    let mut paragraph: Vec<&str> = vec![];
    let mut list: Option<(bool, Vec<String>)> = None;
    let flush_paragraph = |p: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !p.is_empty() {
            blocks.push(Block::Paragraph(inline(&p.join(" "))));
            p.clear();
        }
    };
    let flush_list = |l: &mut Option<(bool, Vec<String>)>, blocks: &mut Vec<Block>| {
        if let Some((ordered, items)) = l.take() {
            let items = items.iter().map(|i| inline(i)).collect();
            blocks.push(Block::List { ordered, items });
        }
    };
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush_paragraph(&mut paragraph, &mut blocks);
            flush_list(&mut list, &mut blocks);
        } else if let Some((ordered, rest)) = list_item(line) {
            flush_paragraph(&mut paragraph, &mut blocks);
            if list.as_ref().is_some_and(|(o, _)| *o != ordered) {
                flush_list(&mut list, &mut blocks);
            }
            list.get_or_insert((ordered, vec![]))
                .1
                .push(rest.trim().to_string());
        } else if let Some((_, items)) = list.as_mut().filter(|_| line.starts_with(' ')) {
            if let Some(last) = items.last_mut() {
                last.push(' ');
                last.push_str(trimmed);
            }
        } else {
            flush_list(&mut list, &mut blocks);
            paragraph.push(trimmed);
        }
    }
    flush_paragraph(&mut paragraph, &mut blocks);
    flush_list(&mut list, &mut blocks);
    blocks
}

/// True for the links a page may open: http(s) addresses without spaces or control characters.
pub fn is_web_link(href: &str) -> bool {
    let lower = href.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !href.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Inline styles of one paragraph or list item.
pub fn inline(text: &str) -> Vec<Inline> {
    let mut out = vec![];
    let mut plain = String::new();
    let mut rest = text;
    let mut prev_alnum = false;
    while let Some(c) = rest.chars().next() {
        if let Some((styled, after)) = styled(rest, prev_alnum) {
            if !plain.is_empty() {
                out.push(Inline::Text(std::mem::take(&mut plain)));
            }
            out.push(styled);
            rest = after;
            prev_alnum = false;
        } else {
            plain.push(c);
            rest = &rest[c.len_utf8()..];
            prev_alnum = c.is_alphanumeric();
        }
    }
    if !plain.is_empty() {
        out.push(Inline::Text(plain));
    }
    out
}

/// A styled run at the start of `s`, and what follows it. `_` marks emphasis only at word
/// edges, so `snake_case_name` stays as written.
fn styled(s: &str, prev_alnum: bool) -> Option<(Inline, &str)> {
    let delimited = |open: &str, close: &str| -> Option<(&str, &str)> {
        let body = s.strip_prefix(open)?;
        let end = body.find(close)?;
        let inner = &body[..end];
        (!inner.trim().is_empty() && !inner.starts_with(' '))
            .then(|| (inner, &body[end + close.len()..]))
    };
    if let Some((inner, after)) = delimited("**", "**") {
        return Some((Inline::Strong(inner.into()), after));
    }
    if let Some((inner, after)) = delimited("`", "`") {
        return Some((Inline::Code(inner.into()), after));
    }
    if let Some((inner, after)) = delimited("*", "*") {
        return Some((Inline::Emphasis(inner.into()), after));
    }
    if let Some((inner, after)) = delimited("_", "_") {
        let word_edge = !prev_alnum && !after.starts_with(char::is_alphanumeric);
        if word_edge {
            return Some((Inline::Emphasis(inner.into()), after));
        }
    }
    let (text, after) = delimited("[", "](")?;
    let end = after.find(')')?;
    let href = &after[..end];
    let link = if is_web_link(href) {
        Inline::Link {
            text: text.into(),
            href: href.into(),
        }
    } else {
        // Not a web address (`javascript:`, a relative path): keep only the words.
        Inline::Text(text.into())
    };
    Some((link, &after[end + 1..]))
}

/// The plain words of `text`, for search and comparison.
pub fn plain_text(text: &str) -> String {
    let words = |runs: &[Inline]| -> String {
        runs.iter()
            .map(|r| match r {
                Inline::Text(t) | Inline::Emphasis(t) | Inline::Strong(t) | Inline::Code(t) => {
                    t.as_str()
                }
                Inline::Link { text, .. } => text.as_str(),
            })
            .collect()
    };
    let blocks = parse(text).into_iter().map(|b| match b {
        Block::Paragraph(runs) => words(&runs),
        Block::List { items, .. } => items
            .iter()
            .map(|i| words(i))
            .collect::<Vec<_>>()
            .join("\n"),
    });
    blocks.collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use Inline::*;

    fn t(s: &str) -> Inline {
        Text(s.into())
    }

    #[test]
    fn paragraphs_are_separated_by_blank_lines_and_joined_within() {
        assert_eq!(
            parse("One\nline.\n\nTwo."),
            [
                Block::Paragraph(vec![t("One line.")]),
                Block::Paragraph(vec![t("Two.")])
            ]
        );
        assert!(parse(" \n\n").is_empty());
    }

    #[test]
    fn lists_bulleted_and_numbered_with_continuation_lines() {
        let blocks = parse("Intro:\n- one\n  more\n* two\n\n1. first\n2. second");
        assert_eq!(
            blocks,
            [
                Block::Paragraph(vec![t("Intro:")]),
                Block::List {
                    ordered: false,
                    items: vec![vec![t("one more")], vec![t("two")]]
                },
                Block::List {
                    ordered: true,
                    items: vec![vec![t("first")], vec![t("second")]]
                },
            ]
        );
    }

    #[test]
    fn emphasis_strong_code_and_web_links() {
        assert_eq!(
            inline("a *b* **c** `d` _e_ [f](https://x.org/y)."),
            [
                t("a "),
                Emphasis("b".into()),
                t(" "),
                Strong("c".into()),
                t(" "),
                Code("d".into()),
                t(" "),
                Emphasis("e".into()),
                t(" "),
                Link {
                    text: "f".into(),
                    href: "https://x.org/y".into()
                },
                t("."),
            ]
        );
    }

    #[test]
    fn unsafe_links_and_html_stay_text() {
        assert_eq!(inline("[x](javascript:alert(1))"), [t("x"), t(")")]);
        assert_eq!(inline("[x](data:text/html,hi)"), [t("x")]);
        assert_eq!(
            inline("<script>alert(1)</script>"),
            [t("<script>alert(1)</script>")]
        );
        assert_eq!(inline("2 * 3 * 4"), [t("2 * 3 * 4")]);
        assert_eq!(
            inline("snake_case_name and **"),
            [t("snake_case_name and **")]
        );
    }

    #[test]
    fn plain_text_keeps_every_word() {
        assert_eq!(
            plain_text("A *b* [c](https://d.e)\n\n- f\n- g"),
            "A b c\nf\ng"
        );
    }
}
