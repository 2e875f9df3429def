//! The user's progress on one role, for role cards and comparison headers. Shows nothing until
//! the user has assessed something of that role.

use crate::components::progress_bar::ProgressBar;
use crate::data::{framework, RoleIx};
use crate::store::use_store;
use leptos::prelude::*;

#[component]
pub fn RoleProgress(role: RoleIx) -> impl IntoView {
    let store = use_store();
    let title = framework().roles[role].title;
    move || {
        let score = store.score(role);
        (score.assessed() > 0).then(|| {
            view! {
                <ProgressBar
                    score=Signal::derive(move || store.score(role))
                    label=format!("Your progress on {title}")
                    compact=true
                />
            }
        })
    }
}
