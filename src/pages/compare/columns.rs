//! The table's column headers: each role with its level, the user's progress on it, and
//! buttons to move or remove it (the selection is in the URL, so each is a navigation).

use super::set_roles;
use crate::compare::{reorder, Comparison};
use crate::components::role_progress::RoleProgress;
use crate::data::framework;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn ColumnHeads(comparison: Memo<Comparison>) -> impl IntoView {
    let fw = framework();
    move || {
        let chosen = comparison.with(|c| c.roles.clone());
        let n = chosen.len();
        chosen
            .iter()
            .enumerate()
            .map(|(col, &r)| {
                let role = &fw.roles[r];
                let (left, right, remove) = (chosen.clone(), chosen.clone(), chosen.clone());
                view! {
                    <th scope="col" class=format!("role-col col-{col}") data-role=role.id>
                        <a href=Route::role(role.id).to_fragment()>{role.title}</a>
                        <div class="role-col-meta">
                            <span class="badge badge-level">{fw.level(role).name}</span>
                            <span class="role-col-source">
                                " " {fw.source(role).name} " · " {fw.path(role).name}
                            </span>
                        </div>
                        <div class="role-col-progress" data-slot="progress">
                            <RoleProgress role=r />
                        </div>
                        <div class="col-controls">
                            <button
                                type="button"
                                aria-label=format!("Move {} left", role.title)
                                disabled=col == 0
                                on:click=move |_| set_roles(&reorder(&left, col, -1))
                            >
                                "←"
                            </button>
                            <button
                                type="button"
                                aria-label=format!("Move {} right", role.title)
                                disabled=col + 1 == n
                                on:click=move |_| set_roles(&reorder(&right, col, 1))
                            >
                                "→"
                            </button>
                            <button
                                type="button"
                                class="remove"
                                aria-label=format!("Remove {}", role.title)
                                on:click=move |_| {
                                    let mut r = remove.clone();
                                    r.remove(col);
                                    set_roles(&r);
                                }
                            >
                                "✕"
                                <span class="remove-word">" Remove"</span>
                            </button>
                        </div>
                    </th>
                }
            })
            .collect_view()
    }
}
