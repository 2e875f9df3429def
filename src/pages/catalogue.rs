//! The start page: every role in the framework.

use crate::data::framework;
use leptos::prelude::*;

#[component]
pub fn CataloguePage() -> impl IntoView {
    let fw = framework();
    view! {
        <h1>"Roles"</h1>
        <ul class="role-list">
            {fw.roles.iter().map(|role| view! {
                <li class="role-card" data-role=role.id>
                    <h2><a href=format!("#/role/{}", role.id)>{role.title}</a></h2>
                    <p>{fw.level(role).name} " · " {fw.path(role).name} " · " {fw.source(role).name}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}
