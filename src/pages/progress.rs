//! Personal progress: choose a current and a target role, assess each expectation, see bars,
//! a competency chart and the gaps to the target; share by link, export, import, reset.
//! Each part of the view is a module below; every change goes through the `ProgressStore`.

mod ask_review;
mod assess;
mod data_tools;
mod focus;
mod import_preview;
mod over_time;
mod overview;
mod pickers;

use crate::components::notice::{Notice, Tone};
use crate::data::{framework, RoleIx};
use crate::location::{replace, use_route};
use crate::progress::changes::Incoming;
use crate::progress::history::History;
use crate::progress::{codec, roles};
use crate::route::Route;
use crate::store::use_store;
use ask_review::AskReview;
use assess::{AssessList, RatingLegend};
use data_tools::DataTools;
use focus::FocusList;
use import_preview::ImportPreview;
use leptos::prelude::*;
use over_time::OverTime;
use overview::Overview;
use pickers::RolePickers;

/// Progress from a link or a file, waiting for the user to merge, replace or cancel.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Pending {
    /// "this link", "the file “x.json”".
    pub from: String,
    pub incoming: Incoming,
    /// The history of scores an export file carried, merged in with the progress.
    pub history: Option<History>,
    pub from_link: bool,
}

/// "Title (Level, Source)": a role as the pickers and previews name it.
pub(crate) fn role_name(ix: RoleIx) -> String {
    let fw = framework();
    let r = &fw.roles[ix];
    format!("{} ({}, {})", r.title, fw.level(r).name, fw.source(r).name)
}

/// A role id as the user reads it, also when this framework does not have it.
pub(crate) fn role_label(id: &str) -> String {
    match framework().role_by_id(id) {
        Some((ix, _)) => role_name(ix),
        None => format!("“{id}” (not in this framework)"),
    }
}

/// The id of an expectation's row, for "Assess" links.
pub(crate) fn exp_anchor(role: RoleIx, key: &str) -> String {
    format!("exp-{}-{key}", framework().roles[role].id)
}

#[component]
pub fn ProgressPage() -> impl IntoView {
    let store = use_store();
    store.record_history_while_open();
    let route = use_route();
    let pending = RwSignal::new(None::<Pending>);
    let link_error = RwSignal::new(None::<String>);

    // A shared link: decode it and ask what to do; never apply it silently.
    Effect::new(move |_| {
        let link = route.with(|r| match r {
            Route::Progress { link, .. } => link.clone(),
            _ => None,
        });
        if let Some(link) = link {
            match codec::decode_with_history(&link) {
                Ok((progress, history)) => {
                    link_error.set(None);
                    pending.set(Some(Pending {
                        from: "this link".into(),
                        incoming: store.accept(progress),
                        history,
                        from_link: true,
                    }));
                }
                Err(e) => link_error.set(Some(e.to_string())),
            }
        }
    });
    let forget_link = move || {
        let focus = route.with_untracked(|r| match r {
            Route::Progress { focus, .. } => focus.clone(),
            _ => None,
        });
        replace(route, Route::Progress { link: None, focus });
    };
    let focus = Memo::new(move |_| {
        route.with(|r| match r {
            Route::Progress { focus, .. } => focus.clone(),
            _ => None,
        })
    });

    let fw = framework();
    let progress = store.progress();
    let current = Memo::new(move |_| progress.with(|p| roles::current(fw, p)));
    let target = Memo::new(move |_| progress.with(|p| roles::target(fw, p)));
    let assessed = Memo::new(move |_| progress.with(|p| roles::assessed(fw, p)));

    view! {
        <div class="progress-page">
            <header class="page-header">
                <h1>"My progress"</h1>
                <p class="lede">
                    "Assess yourself against your role and the one you aim for. Everything stays in this browser; "
                    "it leaves only when you copy a link or export a file."
                </p>
            </header>
            {move || {
                link_error
                    .get()
                    .map(|e| {
                        view! {
                            <Notice
                                tone=Tone::Error
                                on_dismiss=Callback::new(move |_| {
                                    link_error.set(None);
                                    forget_link();
                                })
                            >
                                <p>
                                    <strong>"This progress link cannot be read: "</strong>
                                    {e}
                                    "."
                                </p>
                                <p>"Nothing was changed: your saved progress is as it was."</p>
                            </Notice>
                        }
                    })
            }}
            {move || {
                pending
                    .get()
                    .map(|p| {
                        view! {
                            <ImportPreview
                                pending=p
                                on_done=Callback::new(move |from_link: bool| {
                                    pending.set(None);
                                    if from_link {
                                        forget_link();
                                    }
                                })
                            />
                        }
                    })
            }}
            {move || focus.get().map(|f| view! { <FocusList focus=f /> })}
            <RolePickers current=current target=target />
            <Overview current=current target=target />
            <OverTime />
            <section class="role-section" aria-labelledby="assess-h">
                <h2 id="assess-h">"Assess yourself"</h2>
                <RatingLegend />
                {move || {
                    let roles = assessed.get();
                    if roles.is_empty() {
                        view! {
                            <p class="hint">
                                "Choose your current role above to list what it expects."
                            </p>
                        }
                            .into_any()
                    } else {
                        roles
                            .into_iter()
                            .map(|r| view! { <AssessList role=r /> })
                            .collect_view()
                            .into_any()
                    }
                }}
            </section>
            <AskReview />
            <DataTools pending=pending />
        </div>
    }
}
