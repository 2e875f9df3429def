//! The comparison table: one column per role (header stays in view while scrolling), one
//! collapsible block per competency or section, and inside it one line per statement with
//! its counterparts side by side. Each column reads as its own text: new and changed
//! statements get a calm highlight and a word saying so; earlier wording only on demand.

use super::columns::ColumnHeads;
use super::options::use_options;
use crate::compare::diff::{Change, Piece};
use crate::compare::{Comparison, Line, Row, Step};
use crate::data::framework;
use leptos::prelude::*;

/// "New", "Changed": said in text next to the highlight, so colour is never the only signal.
fn tag(step: Option<Step>) -> Option<AnyView> {
    let (class, text) = match step? {
        Step::New => ("tag tag-new", "New"),
        Step::Changed => ("tag tag-changed", "Changed"),
        _ => return None,
    };
    Some(view! { <span class=class>{text}</span> }.into_any())
}

/// The new wording with its added words marked (`marks` from a light rewording).
fn marked(pieces: &[Piece]) -> AnyView {
    pieces
        .iter()
        .filter(|p| p.change != Change::Removed)
        .map(|p| match p.change {
            Change::Added => view! { <mark class="added">{p.text.clone()}</mark> }.into_any(),
            _ => p.text.clone().into_any(),
        })
        .collect_view()
        .into_any()
}

/// The earlier wording, shown on demand; removed words marked when the change is light.
fn earlier(row: &Row, line: &Line, col: usize) -> AnyView {
    let text: AnyView = match &line.marks[col] {
        Some(pieces) => pieces
            .iter()
            .filter(|p| p.change != Change::Added)
            .map(|p| match p.change {
                Change::Removed => view! { <del>{p.text.clone()}</del> }.into_any(),
                _ => p.text.clone().into_any(),
            })
            .collect_view()
            .into_any(),
        None => {
            let said = row.statements(line, col - 1);
            let texts: Vec<String> = said.iter().map(|s| s.full_text()).collect();
            texts.join(" ").into_any()
        }
    };
    view! {
        <p class="earlier">
            <span class="earlier-label">"Earlier: "</span>
            {text}
        </p>
    }
    .into_any()
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

/// One line's statements in column `col`: its tag, its words, and where it goes next.
fn said_view(row: &Row, i: usize, col: usize, show_earlier: bool, not_next: &str) -> AnyView {
    let fw = framework();
    let line = &row.lines[i];
    let step = line.step_into(col);
    let said = row.statements(line, col);
    let marks = (said.len() == 1).then(|| line.marks[col].clone()).flatten();
    let dropped_next = line.steps.get(col) == Some(&Step::NoLongerListed);
    let texts = said.iter().map(|s| {
        let from = s.from_level.map(|l| {
            view! {
                <span class="badge badge-from" title="Expected since this level">
                    "From "
                    {fw.levels[l].name}
                </span>
                " "
            }
        });
        let label = s.label.clone().map(|l| view! { <strong>{l} ": "</strong> });
        let text = match &marks {
            Some(pieces) => marked(pieces),
            None => s.text.clone().into_any(),
        };
        view! {
            <span class="statement">{from} {label} {text}</span>
            " "
        }
    });
    view! {
        <div
            class=format!("said step-{}", step_class(step))
            id=(!said.is_empty()).then(|| row.line_anchor(i))
            tabindex="-1"
        >
            {tag(step)}
            {texts.collect_view()}
            {dropped_next
                .then(|| view! { <span class="visually-hidden">{format!(" ({not_next})")}</span> })}
            {(show_earlier && step == Some(Step::Changed)).then(|| earlier(row, line, col))}
        </div>
    }
    .into_any()
}

/// The statements of a block of lines in column `col`, or why there are none.
fn block_cell(
    row: &Row,
    block: &[usize],
    col: usize,
    show_earlier: bool,
    not_next: &str,
) -> AnyView {
    let filled: Vec<usize> = block
        .iter()
        .copied()
        .filter(|&i| !row.lines[i].parts[col].is_empty())
        .collect();
    let note = (filled.is_empty()
        && row.cells[col].is_some()
        && block
            .iter()
            .any(|&i| row.lines[i].step_into(col) == Some(Step::NoLongerListed)))
    .then(|| view! { <span class="cell-note">"No longer listed"</span> });
    view! {
        <td class=format!(
            "cell col-{col}",
        )>
            {note}
            {filled
                .into_iter()
                .map(|i| said_view(row, i, col, show_earlier, not_next))
                .collect_view()}
        </td>
    }
    .into_any()
}

/// What a dropped statement's tag says: "Not at Level 6", or "Not in <role>" at one level.
fn not_next_labels(c: &Comparison) -> Vec<String> {
    let fw = framework();
    let mut out: Vec<String> = c
        .roles
        .windows(2)
        .map(|w| {
            let (l, r) = (&fw.roles[w[0]], &fw.roles[w[1]]);
            match l.level == r.level {
                true => format!("Not in {}", r.title),
                false => format!("Not at {}", fw.level(r).name),
            }
        })
        .collect();
    out.push(String::new());
    out
}

/// A badge or "not required" per column, when the row has any.
fn badge_line(row: &Row) -> Option<AnyView> {
    let any = row
        .cells
        .iter()
        .any(|c| c.as_ref().is_none_or(|c| c.badge.is_some()));
    any.then(|| {
        let cells = row.cells.iter().enumerate().map(|(col, cell)| match cell {
            Some(c) => view! {
                <td class=format!(
                    "cell col-{col} cell-badge",
                )>
                    {c.badge.clone().map(|b| view! { <span class="badge badge-grade">{b}</span> })}
                </td>
            }
            .into_any(),
            None => view! {
                <td class=format!("cell col-{col} cell-badge")>
                    <span class="cell-missing">{row.kind.missing()}</span>
                </td>
            }
            .into_any(),
        });
        view! { <tr class="line badge-line">{cells.collect_view()}</tr> }.into_any()
    })
}

/// One competency or section: a header that expands and collapses it, then its lines.
#[component]
fn CompareRow(comparison: Memo<Comparison>, row: usize) -> impl IntoView {
    let options = use_options();
    let (key, label, detail, status, anchor, cols) = comparison.with_untracked(|c| {
        let r = &c.rows[row];
        let status: Vec<&str> = r
            .steps
            .iter()
            .map(|s| s.label())
            .filter(|s| !s.is_empty())
            .collect();
        let status = (!r.unchanged()).then(|| status.join(" · "));
        (
            r.key.clone(),
            r.label.clone(),
            r.detail.clone(),
            status,
            r.anchor(),
            c.roles.len(),
        )
    });
    let unchanged = status.is_none();
    let expanded = options.expanded(key.clone());
    let lines_id = format!("{anchor}-lines");
    let toggle_key = key.clone();
    let lines = move || {
        if !expanded.get() {
            return None;
        }
        let hide_same = options.only_differences().get();
        let show_earlier = options.show_earlier().get();
        comparison.with(|c| {
            let r = &c.rows[row];
            let not_next = not_next_labels(c);
            let blocks = r.blocks(|l| !hide_same || l.differs());
            let lines = blocks.into_iter().map(|block| {
                view! {
                    <tr class="line">
                        {(0..r.cells.len())
                            .map(|col| block_cell(r, &block, col, show_earlier, &not_next[col]))
                            .collect_view()}
                    </tr>
                }
            });
            Some(view! {
                {badge_line(r)}
                {lines.collect_view()}
            })
        })
    };
    view! {
        <tbody id=anchor class="compare-row" class:row-unchanged=unchanged data-key=key>
            <tr class="row-head">
                <th colspan=cols scope="colgroup">
                    <button
                        type="button"
                        class="row-toggle"
                        aria-expanded=move || expanded.get().to_string()
                        aria-controls=lines_id.clone()
                        on:click=move |_| options.toggle_row(&toggle_key)
                    >
                        <span class="row-toggle-icon" aria-hidden="true">
                            {move || if expanded.get() { "▾" } else { "▸" }}
                        </span>
                        <span class="row-label">{label}</span>
                    </button>
                    {detail.map(|d| view! { <span class="row-detail">{d}</span> })}
                    {status.map(|s| view! { <span class="row-status">{s}</span> })}
                </th>
            </tr>
        </tbody>
        <tbody id=lines_id class="compare-lines" class:row-unchanged=unchanged>
            {lines}
        </tbody>
    }
}

/// The table of the chosen roles.
#[component]
pub fn CompareTable(comparison: Memo<Comparison>) -> impl IntoView {
    let options = use_options();
    let body = move || {
        let hide_same = options.only_differences().get();
        comparison.with(|c| {
            let mut last_kind = None;
            let mut out = vec![];
            for (i, row) in c.rows.iter().enumerate() {
                if hide_same && row.unchanged() {
                    continue;
                }
                if last_kind != Some(row.kind) {
                    last_kind = Some(row.kind);
                    out.push(
                        view! {
                            <tbody class="group">
                                <tr class="group-row">
                                    <th colspan=c.roles.len() scope="colgroup">
                                        {row.kind.title()}
                                    </th>
                                </tr>
                            </tbody>
                        }
                        .into_any(),
                    );
                }
                out.push(view! { <CompareRow comparison=comparison row=i /> }.into_any());
            }
            if out.is_empty() {
                let n = c.roles.len();
                out.push(
                    view! {
                        <tbody>
                            <tr>
                                <td colspan=n class="hint">
                                    "These roles say the same thing everywhere."
                                </td>
                            </tr>
                        </tbody>
                    }
                    .into_any(),
                );
            }
            out.collect_view()
        })
    };
    let pair = options.pair();
    view! {
        <table
            class="compare-table"
            data-cols=move || comparison.with(|c| c.roles.len())
            data-pair=move || pair.get()
        >
            <caption class="visually-hidden">
                "Each column is one role; each line follows one statement across the roles."
            </caption>
            <thead>
                <tr>
                    <ColumnHeads comparison=comparison />
                </tr>
            </thead>
            {body}
        </table>
    }
}
