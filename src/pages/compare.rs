//! Level comparison: 2–4 roles side by side, rows aligned by competency, word-level changes
//! between neighbouring columns, a summary per pair, and an "only differences" toggle.
//! The selection lives in the URL (`#/compare?roles=a,b`).

use crate::compare::diff::Change;
use crate::compare::{reorder, resolve_ids, Comparison, Row, Step, MAX_ROLES};
use crate::components::notice::{Notice, Tone};
use crate::components::role_progress::RoleProgress;
use crate::data::{framework, RoleIx};
use crate::location::{navigate, replace, scroll_to, use_route};
use crate::route::Route;
use leptos::prelude::*;

fn compare_route(roles: &[RoleIx]) -> Route {
    Route::Compare {
        ids: roles
            .iter()
            .map(|&r| framework().roles[r].id.to_string())
            .collect(),
    }
}

fn role_label(r: RoleIx) -> String {
    let fw = framework();
    let role = &fw.roles[r];
    format!(
        "{} · {} · {}",
        role.title,
        fw.level(role).name,
        fw.source(role).name
    )
}

/// A cell's text, with changes against the column to its left marked.
fn cell_view(row: &Row, col: usize) -> AnyView {
    let Some(text) = row.cells[col].clone() else {
        return view! { <span class="cell-missing">{row.kind.missing()}</span> }.into_any();
    };
    if let Some(Some(pieces)) = row.word_changes.get(col) {
        return pieces
            .iter()
            .map(|p| match p.change {
                Change::Same => p.text.clone().into_any(),
                Change::Added => view! { <ins>{p.text.clone()}</ins> }.into_any(),
                Change::Removed => view! { <del>{p.text.clone()}</del> }.into_any(),
            })
            .collect_view()
            .into_any();
    }
    match row.steps.get(col.wrapping_sub(1)) {
        Some(Step::New) => view! {
            <span class="cell-new">
                <ins>{text}</ins>
            </span>
        }
        .into_any(),
        _ => text.into_any(),
    }
}

fn step_label(step: Step) -> &'static str {
    match step {
        Step::Same => "same",
        Step::Changed => "changed",
        Step::New => "new",
        Step::NoLongerListed => "no longer listed",
        Step::Absent => "",
    }
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let fw = framework();
    let route = use_route();
    let resolved = Memo::new(move |_| {
        route.with(|r| match r {
            Route::Compare { ids } => resolve_ids(fw, ids),
            _ => (vec![], vec![]),
        })
    });
    let roles = Memo::new(move |_| resolved.with(|r| r.0.clone()));
    let comparison = Memo::new(move |_| roles.with(|r| Comparison::build(fw, r)));
    let only_differences = RwSignal::new(false);

    // Unknown ids are dropped from the URL, keeping the known ones, and the user is told.
    let dropped = RwSignal::new(Vec::<String>::new());
    Effect::new(move |_| {
        let d = resolved.with(|r| r.1.clone());
        if !d.is_empty() {
            dropped.set(d);
            replace(route, compare_route(&roles.get_untracked()));
        }
    });

    let set_roles = move |r: Vec<RoleIx>| navigate(&compare_route(&r));
    let add_role = move |ix: RoleIx| {
        let mut r = roles.get_untracked();
        if !r.contains(&ix) && r.len() < MAX_ROLES {
            r.push(ix);
            set_roles(r);
        }
    };

    let picker = move || {
        let chosen = roles.get();
        (chosen.len() < MAX_ROLES).then(|| {
            let options: Vec<RoleIx> = (0..fw.roles.len())
                .filter(|r| !chosen.contains(r))
                .collect();
            view! {
                <label class="add-role">
                    <span>
                        {if chosen.is_empty() { "Choose a role to compare" } else { "Add a role" }}
                    </span>
                    <select
                        id="add-role"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            if let Some((ix, _)) = fw.role_by_id(&value) {
                                add_role(ix);
                            }
                        }
                        prop:value=""
                    >
                        <option value="">"Select a role…"</option>
                        {options
                            .into_iter()
                            .map(|r| {
                                view! { <option value=fw.roles[r].id>{role_label(r)}</option> }
                            })
                            .collect_view()}
                    </select>
                </label>
            }
        })
    };

    // With one role chosen, suggest its next level (each of them where the ladder branches).
    let suggestion = move || {
        let chosen = roles.get();
        match chosen.as_slice() {
            [only] if !fw.roles[*only].next.is_empty() => Some(view! {
                <p class="suggestion">
                    {fw
                        .roles[*only]
                        .next
                        .iter()
                        .map(|&next| {
                            view! {
                                <button
                                    type="button"
                                    class="primary"
                                    on:click=move |_| add_role(next)
                                >
                                    "Compare with the next level: "
                                    {role_label(next)}
                                </button>
                            }
                        })
                        .collect_view()}
                </p>
            }),
            _ => None,
        }
    };

    let header = move || {
        let chosen = roles.get();
        let n = chosen.len();
        chosen
            .iter()
            .enumerate()
            .map(|(col, &r)| {
                let role = &fw.roles[r];
                let chosen_left = chosen.clone();
                let chosen_right = chosen.clone();
                let chosen_remove = chosen.clone();
                view! {
                    <th scope="col" class="role-col" data-role=role.id>
                        <a href=Route::role(role.id).to_fragment()>{role.title}</a>
                        <div class="role-col-meta">
                            <span class="badge badge-level">{fw.level(role).name}</span>
                            " "
                            {fw.source(role).name}
                        </div>
                        <div class="role-col-progress" data-slot="progress">
                            <RoleProgress role=r />
                        </div>
                        <div class="col-controls">
                            <button
                                type="button"
                                aria-label=format!("Move {} left", role.title)
                                disabled=col == 0
                                on:click=move |_| set_roles(reorder(&chosen_left, col, -1))
                            >
                                "←"
                            </button>
                            <button
                                type="button"
                                aria-label=format!("Move {} right", role.title)
                                disabled=col + 1 == n
                                on:click=move |_| set_roles(reorder(&chosen_right, col, 1))
                            >
                                "→"
                            </button>
                            <button
                                type="button"
                                class="remove"
                                aria-label=format!("Remove {}", role.title)
                                on:click=move |_| {
                                    let mut r = chosen_remove.clone();
                                    r.remove(col);
                                    set_roles(r);
                                }
                            >
                                "✕ Remove"
                            </button>
                        </div>
                    </th>
                }
            })
            .collect_view()
    };

    let summary = move || {
        comparison.with(|c| {
            c.pairs
                .iter()
                .enumerate()
                .map(|(p, pair)| {
                    let (left, right) = (c.roles[p], c.roles[p + 1]);
                    let list = |label: &'static str, class: &'static str, rows: &[usize]| {
                        let links: Vec<(String, String)> = rows
                            .iter()
                            .map(|&i| (c.rows[i].anchor(), c.rows[i].label.clone()))
                            .collect();
                        view! {
                            <div class=format!("summary-group {class}")>
                                <h4>{label} " (" {links.len()} ")"</h4>
                                {if links.is_empty() {
                                    view! { <p class="hint">"None"</p> }.into_any()
                                } else {
                                    view! {
                                        <ul>
                                            {links
                                                .into_iter()
                                                .map(|(anchor, label)| {
                                                    view! {
                                                        <li>
                                                            <button
                                                                type="button"
                                                                class="link-button"
                                                                on:click=move |_| {
                                                                    scroll_to(&anchor);
                                                                }
                                                            >
                                                                {label}
                                                            </button>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                        .into_any()
                                }}
                            </div>
                        }
                    };
                    view! {
                        <section class="pair-summary" data-pair=p>
                            <h3>{role_label(left)} " → " {role_label(right)}</h3>
                            <div class="summary-groups">
                                {list("New", "summary-new", &pair.new)}
                                {list("Changed", "summary-changed", &pair.changed)}
                                {list(
                                    "No longer listed",
                                    "summary-removed",
                                    &pair.no_longer_listed,
                                )}
                            </div>
                        </section>
                    }
                })
                .collect_view()
        })
    };

    let body = move || {
        let hide_same = only_differences.get();
        comparison.with(|c| {
            let mut last_kind = None;
            let mut out = vec![];
            for row in c.rows.iter().filter(|r| !(hide_same && r.unchanged())) {
                if last_kind != Some(row.kind) {
                    last_kind = Some(row.kind);
                    out.push(
                        view! {
                            <tr class="group-row">
                                <th colspan=c.roles.len() + 1 scope="colgroup">
                                    {row.kind.title()}
                                </th>
                            </tr>
                        }
                        .into_any(),
                    );
                }
                let status: Vec<&str> = row
                    .steps
                    .iter()
                    .map(|s| step_label(*s))
                    .filter(|s| !s.is_empty())
                    .collect();
                out.push(view! {
                    <tr
                        id=row.anchor()
                        class="compare-row"
                        class:row-unchanged=!row.steps.is_empty() && row.unchanged()
                        data-key=row.key.clone()
                    >
                        <th scope="row" class="row-label">
                            <span>{row.label.clone()}</span>
                            {row
                                .detail
                                .clone()
                                .map(|d| view! { <span class="row-detail">{d}</span> })}
                            {(!row.unchanged())
                                .then(|| {
                                    view! { <span class="row-status">{status.join(" · ")}</span> }
                                })}
                        </th>
                        {(0..c.roles.len())
                            .map(|col| view! { <td class="cell">{cell_view(row, col)}</td> })
                            .collect_view()}
                    </tr>
                }.into_any());
            }
            out.collect_view()
        })
    };

    view! {
        <div class="compare-page">
            <header class="page-header">
                <h1>"Compare levels"</h1>
                <p class="lede">
                    "Pick 2 to 4 roles. Rows line up the same competency or section; each column shows what changes from the one on its left."
                </p>
            </header>
            {move || {
                (!dropped.with(Vec::is_empty))
                    .then(|| {
                        view! {
                            <Notice
                                tone=Tone::Warning
                                on_dismiss=Callback::new(move |_| dropped.set(vec![]))
                            >
                                "Some roles in the link could not be shown and were left out: "
                                {dropped.get().join(", ")}
                                "."
                            </Notice>
                        }
                    })
            }}
            <div class="compare-controls">
                {picker}
                {move || {
                    (roles.with(|r| r.len()) >= 2)
                        .then(|| {
                            view! {
                                <label class="toggle">
                                    <input
                                        type="checkbox"
                                        id="only-differences"
                                        prop:checked=move || only_differences.get()
                                        on:change=move |ev| {
                                            only_differences.set(event_target_checked(&ev))
                                        }
                                    />
                                    " Only differences"
                                </label>
                            }
                        })
                }}
            </div>
            {suggestion}
            {move || match roles.with(|r| r.len()) {
                0 => {
                    view! {
                        <div class="empty-state">
                            <h2>"Nothing to compare yet"</h2>
                            <p>
                                "Choose a role above, or open a role and use “Compare with next level”."
                            </p>
                        </div>
                    }
                        .into_any()
                }
                1 => {
                    view! { <p class="hint">"Add at least one more role to see what changes."</p> }
                        .into_any()
                }
                _ => {
                    view! {
                        <section class="compare-summary" aria-label="Summary of changes">
                            <h2>"What changes"</h2>
                            {summary}
                        </section>
                        <p class="legend" aria-label="Legend">
                            "Legend: "
                            <ins>"added text"</ins>
                            " is underlined, "
                            <del>"removed text"</del>
                            " is struck through, compared with the column to the left."
                        </p>
                    }
                        .into_any()
                }
            }}
            {move || {
                (roles.with(|r| !r.is_empty()))
                    .then(|| {
                        view! {
                            <div
                                class="compare-scroll"
                                tabindex="0"
                                aria-label="Comparison table, scrolls sideways on narrow screens"
                            >
                                <table class="compare-table">
                                    <thead>
                                        <tr>
                                            <th scope="col" class="row-label-head">
                                                "Competency"
                                            </th>
                                            {header}
                                        </tr>
                                    </thead>
                                    <tbody>{body}</tbody>
                                </table>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
