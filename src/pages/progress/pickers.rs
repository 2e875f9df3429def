//! The two role choices: the role held now and the one aimed for (by default the next level).

use super::role_name;
use crate::data::{framework, RoleIx};
use crate::progress::roles::{self, Which};
use crate::store::use_store;
use leptos::prelude::*;

#[component]
pub fn RolePickers(current: Memo<Option<RoleIx>>, target: Memo<Option<RoleIx>>) -> impl IntoView {
    let store = use_store();
    let progress = store.progress();
    let fw = framework();
    let options = move || {
        fw.roles
            .iter()
            .enumerate()
            .map(|(i, r)| view! { <option value=r.id>{role_name(i)}</option> })
            .collect_view()
    };
    let unknown = Memo::new(move |_| progress.with(|p| roles::unknown(fw, p)));
    view! {
        <section class="role-section role-pickers" aria-label="Your roles">
            <label>
                <span>"I am now"</span>
                <select
                    id="current-role"
                    prop:value=move || {
                        current.get().map(|c| fw.roles[c].id.to_string()).unwrap_or_default()
                    }
                    on:change=move |ev| store.choose_role(Which::Current, &event_target_value(&ev))
                >
                    <option value="">"Choose your current role…"</option>
                    {options()}
                </select>
            </label>
            <label>
                <span>"I aim for"</span>
                <select
                    id="target-role"
                    prop:value=move || progress.with(|p| p.target_role.clone().unwrap_or_default())
                    on:change=move |ev| store.choose_role(Which::Target, &event_target_value(&ev))
                >
                    <option value="">
                        {move || match current.get().and_then(|c| fw.roles[c].next) {
                            Some(n) => format!("The next level: {}", role_name(n)),
                            None => "The next level (choose a current role first)".to_string(),
                        }}
                    </option>
                    {options()}
                </select>
            </label>
            {move || {
                let unknown = unknown.get();
                (!unknown.is_empty())
                    .then(|| {
                        view! {
                            <p class="hint">
                                "Saved role no longer in this framework: " {unknown.join(", ")}
                                ". Your assessments are kept."
                            </p>
                        }
                    })
            }}
            {move || {
                (target.get().is_none() && current.get().is_some())
                    .then(|| {
                        view! {
                            <p class="hint">
                                "This role has no next level in the framework: choose a target role to see your gaps."
                            </p>
                        }
                    })
            }}
        </section>
    }
}
