//! The comparison table: one column per role (header stays in view while scrolling), one
//! collapsible block per competency or section, and inside it one line per statement with
//! its counterparts side by side. Each column reads as its own text: new and changed
//! statements get a calm highlight and a word saying so; earlier wording only on demand.

use super::columns::ColumnHeads;
use super::markup::{row_lines, CellContext};
use super::options::use_options;
use crate::compare::{where_next, Comparison, RowKind};
use crate::components::busy::Busy;
use crate::data::framework;
use leptos::prelude::*;

/// What screen readers hear on a statement the next column drops: "Not at Level 6", or
/// "Not in <role>" when both are at one level.
fn not_next_labels(c: &Comparison) -> Vec<String> {
    let fw = framework();
    let mut out: Vec<String> = c
        .roles
        .windows(2)
        .map(|w| format!("Not {}", where_next(fw, w[0], w[1])))
        .collect();
    out.push(String::new());
    out
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
            return String::new();
        }
        let hide_same = options.only_differences().get();
        let show_earlier = options.show_earlier().get();
        comparison.with(|c| {
            let r = &c.rows[row];
            let not_next = not_next_labels(c);
            let cx = CellContext {
                fw: framework(),
                show_earlier,
                not_next: &not_next,
            };
            row_lines(&cx, r, &r.blocks(|l| !hide_same || l.differs()))
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
        <tbody
            id=lines_id
            class="compare-lines"
            class:row-unchanged=unchanged
            inner_html=lines
        ></tbody>
    }
}

/// Rows drawn at once; the rest follow right after the first paint, so a long comparison
/// shows its top without waiting for all of it.
const FIRST_ROWS: usize = 6;

/// How many rows the first paint draws: with two roles or more the summary of what changes
/// fills the first screen above the table, so all of the table follows that paint.
fn first_rows(c: &Comparison) -> usize {
    match c.roles.len() {
        0 | 1 => FIRST_ROWS,
        _ => 0,
    }
}

/// The rows at `rows` (indices into the comparison), each kind of row under its heading.
fn rows_view(
    comparison: Memo<Comparison>,
    c: &Comparison,
    rows: &[usize],
    mut last: Option<RowKind>,
) -> AnyView {
    let mut out = vec![];
    for &i in rows {
        let row = &c.rows[i];
        if last != Some(row.kind) {
            last = Some(row.kind);
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
    out.collect_view().into_any()
}

/// The table of the chosen roles; `builds` counts how often the comparison was computed.
#[component]
pub fn CompareTable(comparison: Memo<Comparison>, builds: StoredValue<usize>) -> impl IntoView {
    let options = use_options();
    let hide_same = options.only_differences();
    let shown = Memo::new(move |_| {
        let hide_same = hide_same.get();
        comparison.with(|c| {
            (0..c.rows.len())
                .filter(|&i| !(hide_same && c.rows[i].unchanged()))
                .collect::<Vec<usize>>()
        })
    });
    let complete = options.painted();
    let first = move || {
        shown.with(|rows| {
            comparison.with(|c| match rows.is_empty() {
                true => view! {
                    <tbody>
                        <tr>
                            <td colspan=c.roles.len() class="hint">
                                "These roles say the same thing everywhere."
                            </td>
                        </tr>
                    </tbody>
                }
                .into_any(),
                false => rows_view(comparison, c, &rows[..rows.len().min(first_rows(c))], None),
            })
        })
    };
    let rest = move || {
        complete.get().then(|| {
            shown.with(|rows| {
                comparison.with(|c| {
                    let cut = rows.len().min(first_rows(c));
                    let last = cut.checked_sub(1).map(|i| c.rows[rows[i]].kind);
                    rows_view(comparison, c, &rows[cut..], last)
                })
            })
        })
    };
    view! {
        <table
            class="compare-table"
            data-cols=move || comparison.with(|c| c.roles.len())
            data-pair=move || options.shown_pair(comparison.with(|c| c.pairs.len()))
            data-complete=move || complete.get().to_string()
            data-builds=move || {
                comparison.track();
                builds.get_value()
            }
        >
            <caption class="visually-hidden">
                "Each column is one role; each line follows one statement across the roles."
            </caption>
            <thead>
                <tr>
                    <ColumnHeads comparison=comparison />
                </tr>
            </thead>
            {first}
            {rest}
        </table>
        // The rows past the first screen are drawn right after it is painted; a long
        // comparison says so meanwhile rather than looking finished.
        {move || {
            let more = shown.with(|rows| comparison.with(|c| rows.len() > first_rows(c)));
            (more && !complete.get())
                .then(|| {
                    view! {
                        <Busy what="Drawing the rest of the comparison…" testid="compare-busy" />
                    }
                })
        }}
    }
}
