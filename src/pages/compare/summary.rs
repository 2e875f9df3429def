//! "What is new at <level>": for each pair of neighbouring columns, the new and changed
//! statements in full, grouped by competency, each going to its line in the table; a way to
//! assess them in My progress; then what is no longer listed.

use super::markup::summary_entries;
use super::options::{use_options, ViewOptions};
use super::role_label;
use crate::compare::{pair_title, Comparison, PairSummary, SummaryGroup};
use crate::data::framework;
use crate::location::scroll_to;
use crate::route::{Focus, Route};
use leptos::prelude::*;

/// Expands the row, then scrolls to the line and moves focus there (after it is drawn).
fn go_to_line(options: ViewOptions, row_key: String, anchor: String) {
    options.expand(&row_key);
    request_animation_frame(move || {
        if let Some(el) = scroll_to(&anchor) {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

fn groups_view(c: &Comparison, groups: &[SummaryGroup]) -> AnyView {
    groups
        .iter()
        .map(|g| {
            let row = &c.rows[g.row];
            let badge = g.badge.clone().map(|(from, to)| {
                let none = || "none".to_string();
                view! {
                    <p class="summary-badge">
                        {format!("{} → {}", from.unwrap_or_else(none), to.unwrap_or_else(none))}
                    </p>
                }
            });
            view! {
                <div class="summary-group">
                    <h4>{row.label.clone()}</h4>
                    {badge}
                    <ul class="summary-list" inner_html=summary_entries(c, g)></ul>
                </div>
            }
        })
        .collect_view()
        .into_any()
}

/// A click on an entry of the lists (drawn as markup): go to its line.
fn on_entry_click(options: ViewOptions, ev: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    let entry = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(".summary-entry").ok().flatten());
    if let Some(entry) = entry {
        let key = entry.get_attribute("data-key").unwrap_or_default();
        let anchor = entry.get_attribute("data-anchor").unwrap_or_default();
        go_to_line(options, key, anchor);
    }
}

fn counts(pair: &PairSummary) -> String {
    format!(
        "{} new, {} changed, {} no longer listed.",
        pair.new, pair.changed, pair.dropped
    )
}

fn pair_view(
    options: ViewOptions,
    comparison: Memo<Comparison>,
    c: &Comparison,
    p: usize,
) -> AnyView {
    let (left, right) = (c.roles[p], c.roles[p + 1]);
    let pair = &c.pairs[p];
    let fw = framework();
    let heading_id = format!("pair-{p}-h");
    let labelled_by = heading_id.clone();
    let assess = (!pair.keys.is_empty()).then(|| {
        let route = Route::Progress {
            link: None,
            focus: Some(Focus {
                role: fw.roles[right].id.to_string(),
                since: fw.roles[left].id.to_string(),
            }),
        };
        let n = pair.keys.len();
        view! {
            <p class="summary-assess">
                <a class="button-link primary" href=route.to_fragment()>
                    {match n {
                        1 => "Assess this statement in My progress".to_string(),
                        n => format!("Assess these {n} statements in My progress"),
                    }}
                </a>
            </p>
        }
    });
    // Drawn when opened (or printed): most people never open it, and it can be long.
    let dropped = (!pair.no_longer_listed.is_empty()).then(|| {
        let open = RwSignal::new(false);
        let printing = options.printing();
        let details = NodeRef::<leptos::html::Details>::new();
        view! {
            <details
                class="summary-dropped"
                node_ref=details
                on:toggle=move |_| open.set(details.get().is_some_and(|d| d.open()))
            >
                <summary>{format!("No longer listed ({})", pair.dropped)}</summary>
                {move || {
                    (open.get() || printing.get())
                        .then(|| {
                            comparison.with(|c| groups_view(c, &c.pairs[p].no_longer_listed))
                        })
                }}
            </details>
        }
    });
    let changes = match pair.changes.is_empty() {
        true => view! { <p class="hint">"Nothing is new or changed."</p> }.into_any(),
        false => groups_view(c, &pair.changes),
    };
    view! {
        <section
            class="pair-summary"
            data-pair=p
            aria-labelledby=labelled_by
            on:click=move |ev| on_entry_click(options, ev)
        >
            <h3 id=heading_id>{pair_title(fw, left, right)}</h3>
            <p class="pair-roles">{role_label(right)} " compared with " {role_label(left)}</p>
            <p class="pair-counts">{counts(pair)}</p>
            {assess}
            {changes}
            {dropped}
        </section>
    }
    .into_any()
}

/// Every pair's summary.
#[component]
pub fn ChangeSummary(comparison: Memo<Comparison>) -> impl IntoView {
    let options = use_options();
    let painted = options.painted();
    // The first pair fills the first screen; the others are drawn once it is painted.
    let first = move || {
        comparison.with(|c| (!c.pairs.is_empty()).then(|| pair_view(options, comparison, c, 0)))
    };
    let rest = move || {
        painted.get().then(|| {
            comparison.with(|c| {
                (1..c.pairs.len())
                    .map(|p| pair_view(options, comparison, c, p))
                    .collect_view()
            })
        })
    };
    view! {
        {first}
        {rest}
    }
}
