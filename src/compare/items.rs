//! What a role contributes to a comparison: one item per row, each a cell of statements, read
//! from the role's one content description (`data::content`).

use super::{Cell, RowKind, Statement};
use crate::data::content::{Content, Group, Item, SectionKind};
use crate::data::keys::split_sentences;
use crate::data::{Framework, Role};
use crate::markdown::plain_text;
use crate::search::text::normalize;

/// One row's content for one role.
pub(super) struct RowItem {
    pub kind: RowKind,
    pub key: String,
    pub label: String,
    pub detail: Option<String>,
    pub cell: Cell,
}

fn statement(item: &Item) -> Statement {
    Statement {
        label: item.label.map(str::to_string),
        text: plain_text(&item.text),
        key: item.key.clone(),
        from_level: item.from_level,
    }
}

/// Prose (an overview paragraph, a summary) as one statement per sentence.
fn sentences(text: &str) -> impl Iterator<Item = Statement> + '_ {
    split_sentences(text).into_iter().map(|s| Statement {
        label: None,
        text: plain_text(s),
        key: None,
        from_level: None,
    })
}

/// A group's statements: its summary's sentences, then its items. Unassessed paragraphs are
/// split into sentences too, so a paragraph that gains a sentence shows just that sentence.
fn group_statements(group: &Group) -> Vec<Statement> {
    let summary = group.summary.into_iter().flat_map(sentences);
    let items = group.items.iter().flat_map(|i| match (&i.key, i.label) {
        (None, None) => sentences(&i.text).collect::<Vec<_>>(),
        _ => vec![statement(i)],
    });
    summary.chain(items).collect()
}

/// Every row item of `role`, group by group (the column header says its level and path).
/// Competencies align by name, so the same competency in two roles is one row.
pub(super) fn of_role(fw: &Framework, role: &Role) -> Vec<RowItem> {
    let mut out = vec![];
    let content = Content::build(fw, role);
    for section in &content.sections {
        for group in &section.groups {
            let statements = group_statements(group);
            let (kind, key, detail, badge) = match section.kind {
                SectionKind::Overview => (RowKind::Overview, "overview".to_string(), None, None),
                SectionKind::Competencies => {
                    let detail = match group.skill.map(|s| &fw.skills[s]) {
                        Some(skill) => {
                            let category = [skill.category, skill.subcategory];
                            let parts =
                                std::iter::once(skill.code).chain(category.into_iter().flatten());
                            parts.collect::<Vec<_>>().join(" · ")
                        }
                        None => section.title.to_string(),
                    };
                    (
                        RowKind::Competency,
                        format!("competency:{}", normalize(group.name).trim()),
                        Some(detail),
                        group.badge.map(str::to_string),
                    )
                }
                SectionKind::Definition => (
                    RowKind::Definition,
                    group.key.clone(),
                    (group.name != section.title).then(|| section.title.to_string()),
                    None,
                ),
            };
            out.push(RowItem {
                kind,
                key,
                label: group.name.into(),
                detail,
                cell: Cell { badge, statements },
            });
        }
    }
    out
}
