//! My development plan: the gaps to the target role, grouped by competency, with the person's
//! ratings and evidence and room for agreed actions and dates. Prints on A4 or Letter without
//! the site's chrome, and downloads as Markdown for a 1:1 document (`crate::progress::plan`).

use crate::components::notice::{Notice, Tone};
use crate::components::progress_bar::ProgressBar;
use crate::data::framework;
use crate::files;
use crate::pages::progress::role_name;
use crate::progress::index::role_expectations;
use crate::progress::plan::{Gap, Plan};
use crate::progress::roles;
use crate::route::Route;
use crate::store::use_store;
use leptos::prelude::*;

#[component]
pub fn PlanPage() -> impl IntoView {
    let fw = framework();
    let progress = use_store().progress();
    let current = Memo::new(move |_| progress.with(|p| roles::current(fw, p)));
    // The target's gaps; with no target (the top of a ladder, or a branch not chosen yet), the
    // current role's.
    let role = Memo::new(move |_| {
        progress.with(|p| {
            roles::target(fw, p)
                .map(|t| (t, true))
                .or_else(|| roles::current(fw, p).map(|c| (c, false)))
        })
    });
    let date = files::today();
    let download_error = RwSignal::new(None::<String>);
    let markdown = move || {
        let (ix, is_target) = role.get_untracked()?;
        let md = progress.with_untracked(|p| {
            Plan::build(
                p,
                role_expectations(ix),
                current.get_untracked().map(role_name),
                role_name(ix),
                is_target,
            )
            .markdown(fw.name, &files::today())
        });
        Some(md)
    };
    let download = move |_| {
        if let Some(md) = markdown() {
            let name = format!("development-plan-{}.md", files::today());
            download_error.set(files::download(&name, "text/markdown", &md).err());
        }
    };
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="plan-page">
            <header class="page-header">
                <p class="breadcrumb">
                    <a href=Route::progress().to_fragment()>"My progress"</a>
                </p>
                <h1>"Development plan"</h1>
                <p class="lede">
                    "What is not met yet for the role you aim for, with your ratings and evidence, and room to agree actions in a 1:1. "
                    "Print it, or download it as Markdown for a shared document."
                </p>
            </header>
            {move || {
                download_error
                    .get()
                    .map(|e| {
                        view! {
                            <Notice
                                tone=Tone::Error
                                on_dismiss=Callback::new(move |_| download_error.set(None))
                            >
                                <p>"The plan could not be downloaded: " {e} "."</p>
                            </Notice>
                        }
                    })
            }}
            {move || match role.get() {
                None => {
                    view! {
                        <p class="plan-empty" data-testid="plan-empty">
                            "Choose your current role on "
                            <a href=Route::progress().to_fragment()>"My progress"</a>
                            " first: the plan lists what the next role expects that you do not show yet."
                        </p>
                    }
                        .into_any()
                }
                Some((ix, is_target)) => {
                    view! {
                        <div class="button-row plan-tools">
                            <button type="button" class="primary" on:click=print>
                                "Print"
                            </button>
                            <button type="button" on:click=download>
                                "Download Markdown"
                            </button>
                        </div>
                        <dl class="plan-facts">
                            {current
                                .get()
                                .map(|c| {
                                    view! {
                                        <dt>"Current role"</dt>
                                        <dd>{role_name(c)}</dd>
                                    }
                                })} <dt>{if is_target { "Target role" } else { "Role" }}</dt>
                            <dd data-testid="plan-role">{role_name(ix)}</dd> <dt>"Prepared"</dt>
                            <dd>{date.clone()} " from " {fw.name}</dd>
                        </dl>
                        <ProgressBar
                            score=Signal::derive(move || use_store().score(ix))
                            label=format!("Met so far: {}", fw.roles[ix].title)
                        />
                        {progress
                            .with(|p| {
                                let plan = Plan::build(
                                    p,
                                    role_expectations(ix),
                                    None,
                                    String::new(),
                                    true,
                                );
                                if plan.groups.is_empty() {
                                    return view! {
                                        <p class="gaps-done">
                                            "Every expectation of this role is met. Agree what comes next:"
                                        </p>
                                        <ActionLines />
                                    }
                                        .into_any();
                                }
                                plan.groups
                                    .iter()
                                    .map(|g| {
                                        view! {
                                            <section class="plan-group">
                                                <h2>{g.competency.to_string()}</h2>
                                                <ol>{g.gaps.iter().map(gap_item).collect_view()}</ol>
                                            </section>
                                        }
                                    })
                                    .collect_view()
                                    .into_any()
                            })}
                        <section class="plan-group plan-notes">
                            <h2>"Notes"</h2>
                            <div class="plan-lines" aria-hidden="true"></div>
                        </section>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// One gap: the statement, the person's rating and evidence, and lines to fill in.
fn gap_item(gap: &Gap) -> impl IntoView {
    let evidence = gap.evidence.map(|e| {
        let when = (!e.date.is_empty()).then(|| format!(" ({})", e.date));
        view! {
            <p class="plan-evidence">
                <span class="plan-label">"Evidence" {when} ": "</span>
                {e.text.clone()}
            </p>
        }
    });
    view! {
        <li class="plan-gap">
            <p class="plan-statement">{gap.text.to_string()}</p>
            <p class="plan-rating">
                <span class="plan-label">"My rating: "</span>
                {gap.rating_label()}
            </p>
            {evidence}
            <ActionLines />
        </li>
    }
}

/// "Agreed actions" and "By (date)" with room to write, on paper or in the Markdown file.
#[component]
fn ActionLines() -> impl IntoView {
    view! {
        <div class="plan-actions">
            <span class="plan-label">"Agreed actions:"</span>
            <span class="plan-line" aria-hidden="true"></span>
            <span class="plan-label">"By (date):"</span>
            <span class="plan-line plan-line-short" aria-hidden="true"></span>
        </div>
    }
}
