//! Level comparison: 2–4 roles side by side. "What is new at <level>" first, then a table whose
//! rows are competencies and sections and whose lines follow each statement across the roles.
//! The selection lives in the URL (`#/compare?roles=a,b`); how it is shown is in `options`.

mod columns;
mod markup;
mod options;
mod summary;
mod table;

use crate::compare::{pair_title, resolve_ids, Comparison, MAX_ROLES};
use crate::components::notice::{Notice, Tone};
use crate::data::{framework, RoleIx};
use crate::location::{navigate, replace, use_route};
use crate::route::Route;
use leptos::prelude::*;
use options::{use_options, ViewOptions};
use summary::ChangeSummary;
use table::CompareTable;

fn compare_route(roles: &[RoleIx]) -> Route {
    Route::Compare {
        ids: roles
            .iter()
            .map(|&r| framework().roles[r].id.to_string())
            .collect(),
    }
}

/// Shows these roles (a new history entry, so back returns to the previous selection).
fn set_roles(roles: &[RoleIx]) {
    navigate(&compare_route(roles));
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
    // Built once per selection: toggles and collapsing never recompute it. The table shows
    // the count (`data-builds`) so the end-to-end tests can hold that.
    let builds = StoredValue::new(0usize);
    let comparison = Memo::new(move |_| {
        builds.update_value(|n| *n += 1);
        roles.with(|r| Comparison::build(fw, r))
    });
    let painted = ViewOptions::provide().painted();

    // Unknown ids are dropped from the URL, keeping the known ones, and the user is told.
    let dropped = RwSignal::new(Vec::<String>::new());
    Effect::new(move |_| {
        let d = resolved.with(|r| r.1.clone());
        if !d.is_empty() {
            dropped.set(d);
            replace(route, compare_route(&roles.get_untracked()));
        }
    });

    let add_role = move |ix: RoleIx| {
        let mut r = roles.get_untracked();
        if !r.contains(&ix) && r.len() < MAX_ROLES {
            r.push(ix);
            set_roles(&r);
        }
    };

    // The list of roles to add holds every role of the framework (thousands, for some): it is
    // written as markup in one go, and only after the first screen is painted.
    let picker = move || {
        let chosen = roles.get();
        (chosen.len() < MAX_ROLES).then(|| {
            let options = move || match painted.get() {
                true => markup::role_options(fw, &roles.get(), role_label),
                false => markup::NO_ROLE_OPTION.to_string(),
            };
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
                        inner_html=options
                        prop:value=""
                    ></select>
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

    view! {
        <div class="compare-page">
            <header class="page-header">
                <h1>"Compare levels"</h1>
                <p class="lede">
                    "Pick 2 to 4 roles to see what is new at the next level. Each column reads as its role's own text; lines follow one statement across the roles."
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
            <div class="compare-controls">{picker}</div>
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
                    view! {
                        <p class="hint">"Add at least one more role to see what changes."</p>
                        <CompareTable comparison=comparison builds=builds />
                    }
                        .into_any()
                }
                _ => {
                    view! {
                        <section class="compare-summary" aria-labelledby="summary-h">
                            <h2 id="summary-h">"What changes"</h2>
                            <ChangeSummary comparison=comparison />
                        </section>
                        <section class="compare-details" aria-labelledby="details-h">
                            <h2 id="details-h">"Side by side"</h2>
                            <TableControls comparison=comparison />
                            <CompareTable comparison=comparison builds=builds />
                        </section>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// Toggles for the table: only differences, earlier wording, expand or collapse every row,
/// and on a narrow screen which pair of columns to show.
#[component]
fn TableControls(comparison: Memo<Comparison>) -> impl IntoView {
    let options = use_options();
    let pairs = move || comparison.with(|c| c.roles.len().saturating_sub(1));
    let pair_switch = move || {
        (pairs() > 1).then(|| {
            let buttons = comparison.with(|c| {
                c.roles
                    .windows(2)
                    .enumerate()
                    .map(|(p, w)| {
                        let (left, right) = (w[0], w[1]);
                        view! {
                            <button
                                type="button"
                                aria-pressed=move || {
                                    let pairs = comparison.with(|c| c.pairs.len());
                                    (options.shown_pair(pairs) == p).to_string()
                                }
                                on:click=move |_| options.show_pair(p)
                            >
                                {pair_title(framework(), left, right)}
                            </button>
                        }
                    })
                    .collect_view()
            });
            view! {
                <div class="pair-switch" role="group" aria-label="Columns shown on this screen">
                    {buttons}
                </div>
            }
        })
    };
    view! {
        <div class="table-controls">
            <Toggle
                id="only-differences"
                label="Only differences"
                on=options.only_differences()
                set=Callback::new(move |on| options.set_only_differences(on))
            />
            <Toggle
                id="show-earlier"
                label="Show earlier wording"
                on=options.show_earlier()
                set=Callback::new(move |on| options.set_show_earlier(on))
            />
            <span class="row-buttons">
                <button type="button" on:click=move |_| options.expand_all()>
                    "Expand all"
                </button>
                <button
                    type="button"
                    on:click=move |_| {
                        options
                            .collapse_all(
                                comparison
                                    .with_untracked(|c| {
                                        c.rows.iter().map(|r| r.key.clone()).collect::<Vec<_>>()
                                    }),
                            )
                    }
                >
                    "Collapse all"
                </button>
            </span>
            {pair_switch}
        </div>
        <p class="legend">
            <span class="tag tag-new">"New"</span>
            " statements are new at that column's level, "
            <span class="tag tag-changed">"Changed"</span>
            " ones reworded from the column on their left; "
            <mark class="added">"highlighted words"</mark>
            " are new wording. “Show earlier wording” shows what they replace."
        </p>
    }
}

/// A labelled checkbox for one of the view options.
#[component]
fn Toggle(
    id: &'static str,
    label: &'static str,
    on: Signal<bool>,
    set: Callback<bool>,
) -> impl IntoView {
    view! {
        <label class="toggle">
            <input
                type="checkbox"
                id=id
                prop:checked=move || on.get()
                on:change=move |ev| set.run(event_target_checked(&ev))
            />
            " "
            {label}
        </label>
    }
}
