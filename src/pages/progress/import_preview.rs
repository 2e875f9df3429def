//! The preview of progress from a link or a file: what it holds, exactly what merging or
//! replacing would change, and the choice (merge, replace, cancel). Nothing changes before.

use super::{role_label, Pending};
use crate::components::notice::{Notice, Tone};
use crate::progress::changes::{count, Changes};
use crate::progress::index::index;
use crate::progress::{Assessment, Progress, Rating};
use crate::store::use_store;
use leptos::prelude::*;

/// An expectation as the preview names it.
fn expectation_label(key: &str) -> String {
    match index().by_key(key) {
        Some(e) => format!("{} — {}", e.group, e.text),
        None => format!("{key} (not in this framework; kept)"),
    }
}

fn rating_label(a: Option<&Assessment>) -> &'static str {
    a.and_then(|a| a.rating)
        .map(Rating::label)
        .unwrap_or("No rating")
}

/// Each change, one line: "Added: Developing — …", "Changed: Developing → Role model — …".
fn change_lines(changes: &Changes, before: &Progress, after: &Progress) -> Vec<String> {
    let mut lines = vec![];
    for key in &changes.added {
        let rating = rating_label(after.assessments.get(key));
        lines.push(format!("Adds {rating}: {}", expectation_label(key)));
    }
    for key in &changes.changed {
        let (was, now) = (
            rating_label(before.assessments.get(key)),
            rating_label(after.assessments.get(key)),
        );
        let what = if was == now {
            format!("{now}, other evidence")
        } else {
            format!("{was} → {now}")
        };
        lines.push(format!("Changes {what}: {}", expectation_label(key)));
    }
    for key in &changes.cleared {
        let rating = rating_label(before.assessments.get(key));
        lines.push(format!("Clears {rating}: {}", expectation_label(key)));
    }
    lines
}

/// One way of taking the progress in (merge or replace): its sentence and, on demand, each change.
#[component]
fn Outcome(label: &'static str, changes: Changes, lines: Vec<String>) -> impl IntoView {
    let summary = if changes.is_empty() {
        format!("{label}: changes nothing — you already have everything it holds.")
    } else {
        format!(
            "{label}: {}. You can undo it right after.",
            changes.describe(role_label)
        )
    };
    view! {
        <li>
            {summary}
            {(!lines.is_empty())
                .then(|| {
                    view! {
                        <details class="import-items">
                            <summary>
                                {format!("Show the {}", count(lines.len(), "change"))}
                            </summary>
                            <ul>
                                {lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                            </ul>
                        </details>
                    }
                })}
        </li>
    }
}

#[component]
pub fn ImportPreview(pending: Pending, on_done: Callback<bool>) -> impl IntoView {
    let store = use_store();
    let progress = store.progress();
    let incoming = pending.incoming;
    let from_link = pending.from_link;
    let holds = incoming.describe(role_label);
    let notes = incoming.notes();
    // What it holds, item by item: the expectation (if this framework has it), rating, evidence.
    let items: Vec<(String, &'static str, Option<String>)> = incoming
        .progress
        .assessed()
        .map(|(key, a)| {
            let evidence = a.evidence.as_ref().map(|e| {
                if e.date.is_empty() {
                    e.text.clone()
                } else {
                    format!("{} ({})", e.text, e.date)
                }
            });
            (expectation_label(key), rating_label(Some(a)), evidence)
        })
        .collect();
    let outcomes =
        {
            let incoming = incoming.clone();
            move || {
                progress.with(|mine| {
                let merged = incoming.merged_into(mine);
                let replaced = incoming.replacing(mine, 0);
                let (m, r) = (Changes::between(mine, &merged), Changes::between(mine, &replaced));
                let (ml, rl) = (change_lines(&m, mine, &merged), change_lines(&r, mine, &replaced));
                let mine_count = mine.assessed().count();
                view! {
                    <p>
                        {if mine.is_empty() {
                            "This browser has no progress yet.".to_string()
                        } else {
                            format!("This browser already has {}.", count(mine_count, "assessment"))
                        }}
                    </p>
                    <ul class="merge-preview">
                        <Outcome label="Merge" changes=m lines=ml />
                        {(!mine.is_empty())
                            .then(|| view! { <Outcome label="Replace" changes=r lines=rl /> })}
                    </ul>
                }
            })
            }
        };
    let mine_empty = move || progress.with(Progress::is_empty);
    let (merge_in, replace_in) = (incoming.clone(), incoming);
    // An imported history only adds days: past scores are never replaced.
    let history = pending.history.clone();
    let history_note = pending.history.as_ref().map(|h| {
        format!(
            "It also holds progress over time ({}), added to yours whichever you choose: days you both recorded keep the later one.",
            count(h.snapshots().len(), "day")
        )
    });
    let take_history = move || {
        if let Some(h) = &history {
            store.merge_history(h);
        }
    };
    let take_history_too = take_history.clone();
    view! {
        <Notice tone=Tone::Info>
            <div class="import-preview" data-testid="import-preview">
                <h2>"Progress from " {pending.from}</h2>
                <p class="import-holds">{holds}</p>
                {history_note.map(|n| view! { <p class="import-history">{n}</p> })}
                {(!notes.is_empty())
                    .then(|| {
                        view! {
                            <ul class="import-notes">
                                {notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                            </ul>
                        }
                    })}
                {(!items.is_empty())
                    .then(|| {
                        view! {
                            <details class="import-items import-holds-items">
                                <summary>"Show what it holds"</summary>
                                <ul>
                                    {items
                                        .into_iter()
                                        .map(|(what, rating, evidence)| {
                                            view! {
                                                <li>
                                                    <strong>{rating}</strong>
                                                    ": "
                                                    {what}
                                                    {evidence
                                                        .map(|e| {
                                                            view! {
                                                                <br />
                                                                <span class="hint">"Evidence: " {e}</span>
                                                            }
                                                        })}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </details>
                        }
                    })}
                {outcomes}
                <div class="button-row">
                    <button
                        type="button"
                        class="primary"
                        on:click=move |_| {
                            store.merge_in(&merge_in);
                            take_history();
                            on_done.run(from_link);
                        }
                    >
                        {move || {
                            if mine_empty() { "Load this progress" } else { "Merge into mine" }
                        }}
                    </button>
                    {move || {
                        let replace_in = replace_in.clone();
                        let take_history = take_history_too.clone();
                        (!mine_empty())
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        on:click=move |_| {
                                            store.replace_with(&replace_in);
                                            take_history();
                                            on_done.run(from_link);
                                        }
                                    >
                                        "Replace mine"
                                    </button>
                                }
                            })
                    }}
                    <button type="button" on:click=move |_| on_done.run(from_link)>
                        "Cancel"
                    </button>
                </div>
            </div>
        </Notice>
    }
}
