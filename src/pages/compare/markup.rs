//! The comparison's statements as HTML text. A 4-role comparison holds over a thousand
//! elements of plain text; made one by one through wasm-bindgen they took ~45 ms, while the
//! browser parses the same markup in a few. So each cell and each summary list is written
//! here, escaped, and set at once; the page keeps its interactive parts (toggles, buttons) as
//! components and handles clicks on these lists by delegation. Pure, so tested natively.

use crate::compare::diff::{Change, Piece};
use crate::compare::{Comparison, Line, Row, Step, SummaryGroup};
use crate::data::{Framework, RoleIx};
use std::fmt::Write;

/// The first entry of the "Add a role" list, and all of it until the first screen is painted.
pub const NO_ROLE_OPTION: &str = r#"<option value="">Select a role…</option>"#;

/// The "Add a role" list: the first entry, then every role not chosen yet, named by `label`.
pub fn role_options(fw: &Framework, chosen: &[RoleIx], label: impl Fn(RoleIx) -> String) -> String {
    let mut out = NO_ROLE_OPTION.to_string();
    for r in (0..fw.roles.len()).filter(|r| !chosen.contains(r)) {
        let _ = write!(
            out,
            r#"<option value="{}">{}</option>"#,
            escape(fw.roles[r].id),
            escape(&label(r))
        );
    }
    out
}

/// Escapes text for HTML content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// "New", "Changed": said in text next to the highlight, so colour is never the only signal.
fn tag(out: &mut String, step: Option<Step>) {
    match step {
        Some(Step::New) => out.push_str(r#"<span class="tag tag-new">New</span>"#),
        Some(Step::Changed) => out.push_str(r#"<span class="tag tag-changed">Changed</span>"#),
        _ => {}
    }
}

fn step_class(step: Option<Step>) -> &'static str {
    match step {
        None => "first",
        Some(Step::New) => "new",
        Some(Step::Changed) => "changed",
        Some(Step::NoLongerListed) => "dropped",
        Some(Step::Inherited) => "inherited",
        Some(Step::Same) => "same",
        Some(Step::Absent) => "absent",
    }
}

/// Words of a light rewording: the new side marks what was added, the earlier side (on
/// demand) what was removed.
fn pieces(out: &mut String, pieces: &[Piece], keep: Change, (open, close): (&str, &str)) {
    for p in pieces
        .iter()
        .filter(|p| p.change == Change::Same || p.change == keep)
    {
        match p.change {
            Change::Same => out.push_str(&escape(&p.text)),
            _ => {
                let _ = write!(out, "{open}{}{close}", escape(&p.text));
            }
        }
    }
}

/// What the table needs to know besides the row: the framework's level names, whether to
/// show earlier wording, and how each column's "not in the next column" reads.
pub struct CellContext<'a> {
    pub fw: &'a Framework,
    pub show_earlier: bool,
    /// Per column: "Not at Level 6", for screen readers on statements the next column drops.
    pub not_next: &'a [String],
}

/// One line's statements in column `col`.
fn said(out: &mut String, cx: &CellContext, row: &Row, i: usize, col: usize) {
    let line: &Line = &row.lines[i];
    let step = line.step_into(col);
    let said = row.statements(line, col);
    let marks = (said.len() == 1)
        .then(|| line.marks[col].as_deref())
        .flatten();
    let _ = write!(
        out,
        r#"<div class="said step-{}" id="{}" tabindex="-1">"#,
        step_class(step),
        escape(&row.line_anchor(i))
    );
    tag(out, step);
    for s in &said {
        if said.len() > 1 {
            out.push_str(r#"<span class="statement">"#);
        }
        if let Some(l) = s.from_level {
            let _ = write!(
                out,
                r#"<span class="badge badge-from" title="Expected since this level">From {}</span>"#,
                escape(cx.fw.levels[l].name)
            );
        }
        if let Some(label) = &s.label {
            let _ = write!(out, "<strong>{}: </strong>", escape(label));
        }
        match marks {
            Some(p) => pieces(
                out,
                p,
                Change::Added,
                (r#"<mark class="added">"#, "</mark>"),
            ),
            None => out.push_str(&escape(&s.text)),
        }
        if said.len() > 1 {
            out.push_str("</span>");
        }
    }
    if line.steps.get(col) == Some(&Step::NoLongerListed) {
        let note = cx.not_next.get(col).map(String::as_str).unwrap_or_default();
        let _ = write!(
            out,
            r#"<span class="visually-hidden"> ({})</span>"#,
            escape(note)
        );
    }
    if cx.show_earlier && step == Some(Step::Changed) {
        out.push_str(r#"<p class="earlier"><span class="earlier-label">Earlier: </span>"#);
        match &line.marks[col] {
            Some(p) => pieces(out, p, Change::Removed, ("<del>", "</del>")),
            None => out.push_str(&escape(&row.line_text(line, col - 1))),
        }
        out.push_str("</p>");
    }
    out.push_str("</div>");
}

/// The statements of a block of lines in column `col`, or why there are none.
pub fn block_cell(cx: &CellContext, row: &Row, block: &[usize], col: usize) -> String {
    let mut out = String::new();
    let filled: Vec<usize> = block
        .iter()
        .copied()
        .filter(|&i| !row.lines[i].parts[col].is_empty())
        .collect();
    let dropped = block
        .iter()
        .any(|&i| row.lines[i].step_into(col) == Some(Step::NoLongerListed));
    if filled.is_empty() && dropped && row.cells[col].is_some() {
        out.push_str(r#"<span class="cell-note">No longer listed</span>"#);
    }
    for i in filled {
        said(&mut out, cx, row, i, col);
    }
    out
}

/// A row's lines as table rows: a line of badges (or "not required") per column when the
/// row has any, then one line per block of statements. One string for the whole row, as the
/// browser parses it in one go where cell by cell it would start its parser hundreds of times.
pub fn row_lines(cx: &CellContext, row: &Row, blocks: &[Vec<usize>]) -> String {
    let mut out = String::new();
    let badges = row
        .cells
        .iter()
        .any(|c| c.as_ref().is_none_or(|c| c.badge.is_some()));
    if badges {
        out.push_str(r#"<tr class="line badge-line">"#);
        for (col, cell) in row.cells.iter().enumerate() {
            let _ = write!(out, r#"<td class="cell col-{col} cell-badge">"#);
            match cell {
                Some(c) => {
                    if let Some(b) = &c.badge {
                        let _ = write!(
                            out,
                            r#"<span class="badge badge-grade">{}</span>"#,
                            escape(b)
                        );
                    }
                }
                None => {
                    let _ = write!(
                        out,
                        r#"<span class="cell-missing">{}</span>"#,
                        row.kind.missing()
                    );
                }
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    for block in blocks {
        out.push_str(r#"<tr class="line">"#);
        for col in 0..row.cells.len() {
            let _ = write!(
                out,
                r#"<td class="cell col-{col}">{}</td>"#,
                block_cell(cx, row, block, col)
            );
        }
        out.push_str("</tr>");
    }
    out
}

/// A summary's entries of one group, as buttons that go to their line (`data-key` is the
/// row to expand, `data-anchor` the line to go to).
pub fn summary_entries(c: &Comparison, group: &SummaryGroup) -> String {
    let row = &c.rows[group.row];
    let mut out = String::new();
    for e in &group.entries {
        let _ = write!(
            out,
            r#"<li><button type="button" class="summary-entry" data-key="{}" data-anchor="{}">"#,
            escape(&row.key),
            escape(&row.line_anchor(e.line))
        );
        tag(&mut out, Some(e.step));
        let _ = write!(
            out,
            r#"<span class="summary-text">{}</span></button></li>"#,
            escape(&e.text)
        );
    }
    out
}

#[cfg(test)]
mod tests;
