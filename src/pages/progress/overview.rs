//! "Where you stand": bars for the current and target roles, the competency chart, and the
//! expectations of the target that are not met yet.

use super::{exp_anchor, role_name};
use crate::components::competency_chart::CompetencyChart;
use crate::components::progress_bar::ProgressBar;
use crate::data::{framework, RoleIx};
use crate::location::scroll_to;
use crate::progress::expectations::Expectation;
use crate::progress::index::role_expectations;
use crate::progress::score::{by_group, gaps, Score};
use crate::progress::Rating;
use crate::route::Route;
use crate::store::use_store;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn scroll_and_focus(id: &str) {
    let input = scroll_to(id).and_then(|el| el.query_selector("input").ok().flatten());
    if let Some(input) = input.and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = input.focus();
    }
}

#[component]
pub fn Overview(current: Memo<Option<RoleIx>>, target: Memo<Option<RoleIx>>) -> impl IntoView {
    let store = use_store();
    let progress = store.progress();
    let fw = framework();
    let bar = move |role: RoleIx, label: &'static str| {
        view! {
            <div class="overview-bar" data-role=fw.roles[role].id>
                <h3>
                    {label} ": "
                    <a href=Route::role(fw.roles[role].id).to_fragment()>{role_name(role)}</a>
                </h3>
                <ProgressBar
                    score=Signal::derive(move || store.score(role))
                    label=format!("{label}: {}", fw.roles[role].title)
                />
            </div>
        }
    };
    move || {
        (current.get().is_some() || target.get().is_some()).then(|| {
            view! {
                <section class="role-section overview" aria-labelledby="overview-h">
                    <h2 id="overview-h">"Where you stand"</h2>
                    <div class="overview-bars">
                        {current.get().map(|c| bar(c, "Current role"))}
                        {target
                            .get()
                            .filter(|t| Some(*t) != current.get())
                            .map(|t| bar(t, "Target role"))}
                    </div>
                    {target
                        .get()
                        .map(|t| {
                            let rows = Signal::derive(move || {
                                progress
                                    .with(|p| {
                                        by_group(p, role_expectations(t))
                                            .into_iter()
                                            .map(|(g, s)| (g.to_string(), s))
                                            .collect::<Vec<(String, Score)>>()
                                    })
                            });
                            view! {
                                <CompetencyChart
                                    rows=rows
                                    title=format!(
                                        "Competency profile against {}",
                                        fw.roles[t].title,
                                    )
                                />
                                <Gaps target=t />
                            }
                        })}
                </section>
            }
        })
    }
}

/// The target's expectations not met yet, each with a button that moves to its rating.
#[component]
fn Gaps(target: RoleIx) -> impl IntoView {
    let progress = use_store().progress();
    let title = framework().roles[target].title;
    view! {
        <div class="gaps" data-testid="gaps">
            {move || {
                let missing: Vec<&'static Expectation> = progress
                    .with(|p| gaps(p, role_expectations(target)));
                if missing.is_empty() {
                    view! {
                        <p class="gaps-done">"Every expectation of " {title} " is met. 🎉"</p>
                    }
                        .into_any()
                } else {
                    view! {
                        <h3>
                            "To reach " {title} ": " {missing.len()} " expectations are not yet met"
                        </h3>
                        <p>
                            <a
                                class="button-link"
                                href=Route::Plan.to_fragment()
                                data-testid="plan-link"
                            >
                                "Development plan: print it or download it for a 1:1"
                            </a>
                        </p>
                        <ul class="gap-list">
                            {missing
                                .into_iter()
                                .map(|e| {
                                    let anchor = exp_anchor(target, &e.key);
                                    let rating = progress.with(|p| p.rating(&e.key));
                                    view! {
                                        <li>
                                            <span class="gap-group">{e.group.clone()}</span>
                                            <span class="gap-text">{e.text.clone()}</span>
                                            <span class="gap-rating">
                                                {rating.map(Rating::label).unwrap_or("Not assessed")}
                                            </span>
                                            <button
                                                type="button"
                                                class="link-button"
                                                on:click=move |_| scroll_and_focus(&anchor)
                                            >
                                                "Assess"
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
