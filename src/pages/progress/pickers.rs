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
                        {move || match current.get().map(|c| fw.roles[c].next) {
                            Some([n]) => format!("The next level: {}", role_name(*n)),
                            Some([]) => "The next level (this role has none)".to_string(),
                            Some(_) => {
                                "The next level (this role leads to several: choose one)"
                                    .to_string()
                            }
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
                let c = current.get().filter(|_| target.get().is_none())?;
                let hint = match fw.roles[c].next {
                    [] => {
                        "This role has no next level in the framework: choose a target role to see your gaps."
                            .to_string()
                    }
                    several => {
                        format!(
                            "This role leads to several roles ({}): choose one as your target to see your gaps.",
                            several
                                .iter()
                                .map(|&n| fw.roles[n].title)
                                .collect::<Vec<_>>()
                                .join(", "),
                        )
                    }
                };
                Some(view! { <p class="hint">{hint}</p> })
            }}
        </section>
    }
}
