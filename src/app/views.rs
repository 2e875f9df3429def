//! Which view a route shows, and when its code loads. The catalogue, the first view most
//! people see, is in the main wasm. Every other view is a split point: in a release build its
//! code is a wasm file of its own (see `tests/e2e/build/split-wasm.js`), fetched the first time the view opens
//! and then kept, so the first load carries only what the catalogue needs.

use crate::components::notice::{Notice, Tone};
use crate::components::storage_notices::StorageNotices;
use crate::components::update_notice::UpdateNotice;
use crate::pages::{
    about::AboutPage, catalogue::CataloguePage, compare::ComparePage, not_found::NotFound,
    plan::PlanPage, progress::ProgressPage, reply::ReplyPage, review::ReviewPage, role::RolePage,
    skill::SkillPage, sources::SourcesPage,
};
use crate::route::Route;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use send_wrapper::SendWrapper;
use std::future::Future;
use std::pin::Pin;
use wasm_bindgen::JsCast;

/// A view's code could not be fetched: offline before it was ever opened, or a new deployment
/// replaced the files. The page says so and offers a reload instead of failing silently.
#[derive(Debug, Clone)]
pub struct ViewLoadError;

impl From<SplitLoaderError> for ViewLoadError {
    fn from(_: SplitLoaderError) -> Self {
        ViewLoadError
    }
}

type Loaded = Result<AnyView, ViewLoadError>;

/// The view for a route. Sub-views (filters, a role's section) are read by the page itself.
pub fn page_view(route: Route) -> AnyView {
    match route {
        Route::Catalogue { .. } => view! { <CataloguePage /> }.into_any(),
        Route::Role { id, .. } => split(role_view(id)),
        Route::Skill { code } => split(skill_view(code)),
        Route::Compare { .. } => split(compare_view()),
        Route::Progress { .. } => split(progress_view()),
        Route::Plan => split(plan_view()),
        Route::Review { .. } => split(review_view()),
        Route::Reply { .. } => split(reply_view()),
        Route::Sources { .. } => split(sources_view()),
        Route::About { .. } => split(about_view()),
        Route::Unknown { fragment } => {
            view! { <NotFound what=format!("page “{fragment}”") /> }.into_any()
        }
    }
}

/// Starts fetching a view's code when someone shows they are about to open it (a pointer over,
/// or focus on, a link to it), so the view usually opens without waiting for the network, and
/// nobody downloads views they never open. Opening a view loads its code in any case.
pub fn preload_view_of_link(target: &web_sys::EventTarget) {
    let href = target
        .dyn_ref::<web_sys::Element>()
        .and_then(|el| el.closest("a[href^='#/']").ok().flatten())
        .and_then(|link| link.get_attribute("href"));
    let Some(href) = href else { return };
    let route = Route::parse(href.trim_start_matches('#'));
    leptos::task::spawn_local(async move {
        // A failure here is not shown: opening the view retries and explains.
        let _ = match route {
            Route::Role { .. } => preload_role_view().await,
            Route::Skill { .. } => preload_skill_view().await,
            Route::Compare { .. } => preload_compare_view().await,
            Route::Progress { .. } => preload_progress_view().await,
            Route::Plan => preload_plan_view().await,
            Route::Review { .. } => preload_review_view().await,
            Route::Reply { .. } => preload_reply_view().await,
            Route::Sources { .. } => preload_sources_view().await,
            Route::About { .. } => preload_about_view().await,
            Route::Catalogue { .. } | Route::Unknown { .. } => Ok(()),
        };
    });
}

/// A view whose code may still be loading: a short status until it arrives (nothing at all
/// once it is loaded, as the future is then ready at once), or the reason it failed.
fn split(view: impl Future<Output = Loaded> + 'static) -> AnyView {
    split_then(true, view)
}

/// As [`split`]; `after_progress`: the view reads or changes saved progress, so it opens only
/// once that has been read (see `crate::store::reading`).
fn split_then(after_progress: bool, view: impl Future<Output = Loaded> + 'static) -> AnyView {
    load_view(after_progress, Box::pin(view))
}

/// Not generic: one copy of the loading view serves every split view (a copy per view was
/// ~10 KB of the first load's wasm).
#[inline(never)]
fn load_view(after_progress: bool, view: Pin<Box<dyn Future<Output = Loaded>>>) -> AnyView {
    // The loader's future is not `Send`; the browser has one thread, and Suspend asks for it.
    let view = SendWrapper::new(view);
    view! {
        <Suspense fallback=|| {
            view! {
                <p class="view-loading" role="status">
                    "Loading…"
                </p>
            }
        }>
            {Suspend::new(async move {
                if after_progress
                    && SendWrapper::new(crate::store::reading::saved_progress_read()).await.is_err()
                {
                    return load_failed().into_any();
                }
                match view.await {
                    Ok(view) => view,
                    Err(ViewLoadError) => load_failed().into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

fn load_failed() -> impl IntoView {
    let reload = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    view! {
        <Notice tone=Tone::Error>
            <p data-testid="view-load-failed">
                "This view could not be loaded. You may be offline, or a new version of Rungs has been published since this page was opened."
            </p>
            <button type="button" on:click=reload>
                "Reload"
            </button>
        </Notice>
    }
}

// Each split function is one wasm file in a release build; the names become the file names.

#[wasm_split(role_view, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_role_view))]
fn role_view(id: String) -> Loaded {
    Ok(view! { <RolePage id=id /> }.into_any())
}

#[wasm_split(skill_view, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_skill_view))]
fn skill_view(code: String) -> Loaded {
    Ok(view! { <SkillPage code=code /> }.into_any())
}

#[wasm_split(compare_view, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_compare_view))]
fn compare_view() -> Loaded {
    Ok(view! { <ComparePage /> }.into_any())
}

#[wasm_split(progress_view, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_progress_view))]
fn progress_view() -> Loaded {
    Ok(view! { <ProgressPage /> }.into_any())
}

#[wasm_split(plan_view, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_plan_view))]
fn plan_view() -> Loaded {
    Ok(view! { <PlanPage /> }.into_any())
}

#[wasm_split(review_view, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_review_view))]
fn review_view() -> Loaded {
    Ok(view! { <ReviewPage /> }.into_any())
}

#[wasm_split(reply_view, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_reply_view))]
fn reply_view() -> Loaded {
    Ok(view! { <ReplyPage /> }.into_any())
}

/// Notices about stored progress (a failed save, unreadable data, undo), split out of the
/// first load: they show only when something happened, and their buttons save progress.
/// Shown without waiting for saved progress to be read: one of them says it could not be.
pub fn storage_notices() -> AnyView {
    split_then(false, storage_notices_view())
}

#[wasm_split(storage_notices_view, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_storage_notices_view))]
fn storage_notices_view() -> Loaded {
    Ok(view! { <StorageNotices /> }.into_any())
}

/// "A new version is ready", split out of the first load: it shows only after an update.
pub fn update_notice() -> AnyView {
    split(update_notice_view())
}

#[wasm_split(update_notice_view, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_update_notice_view))]
fn update_notice_view() -> Loaded {
    Ok(view! { <UpdateNotice /> }.into_any())
}

#[wasm_split(sources_view, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_sources_view))]
fn sources_view() -> Loaded {
    Ok(view! { <SourcesPage /> }.into_any())
}

#[wasm_split(about_view, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_about_view))]
fn about_view() -> Loaded {
    Ok(view! { <AboutPage /> }.into_any())
}
