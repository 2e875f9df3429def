//! "Assess these": the statements a comparison found new or changed at a role, listed first
//! on My progress so they can be rated straight away (`#/progress?focus=<role>&since=<role>`).

use super::assess::ExpectationRow;
use super::role_name;
use crate::compare::{new_at, pair_title};
use crate::components::notice::{Notice, Tone};
use crate::data::framework;
use crate::location::navigate;
use crate::progress::expectations::Expectation;
use crate::progress::index::role_expectations;
use crate::route::{Focus, Route};
use leptos::prelude::*;

#[component]
pub fn FocusList(focus: Focus) -> impl IntoView {
    let fw = framework();
    let close = move |_| navigate(&Route::progress());
    let (Some((role, _)), Some((since, _))) =
        (fw.role_by_id(&focus.role), fw.role_by_id(&focus.since))
    else {
        let unknown = [&focus.role, &focus.since]
            .into_iter()
            .filter(|id| fw.role_by_id(id).is_none())
            .map(|id| format!("“{id}”"))
            .collect::<Vec<_>>()
            .join(" and ");
        return view! {
            <Notice
                tone=Tone::Warning
                on_dismiss=Callback::new(move |_| navigate(&Route::progress()))
            >
                "This link asks to assess what is new at a role, but "
                {unknown}
                " is not a role of this framework. Your progress is unchanged."
            </Notice>
        }
        .into_any();
    };
    let keys = new_at(fw, role, since);
    let exps: Vec<&'static Expectation> = keys
        .iter()
        .filter_map(|k| role_expectations(role).iter().find(|e| &e.key == k))
        .collect();
    let heading = NodeRef::<leptos::html::H2>::new();
    // Arriving from the comparison: the list is what the person came for. After the frame in
    // which the app focuses the new page's main content.
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            request_animation_frame(move || {
                let _ = h.focus();
            });
        }
    });
    let back = Route::Compare {
        ids: vec![focus.since.clone(), focus.role.clone()],
    };
    let n = exps.len();
    // By competency, in the comparison's order, as the summary listed them.
    let mut groups: Vec<(String, Vec<&'static Expectation>)> = vec![];
    for e in exps {
        match groups.iter_mut().find(|(g, _)| *g == e.group) {
            Some((_, items)) => items.push(e),
            None => groups.push((e.group.clone(), vec![e])),
        }
    }
    view! {
        <section class="role-section focus-list" aria-labelledby="focus-h">
            <h2 id="focus-h" tabindex="-1" node_ref=heading>
                {pair_title(fw, since, role)}
            </h2>
            <p class="lede">
                {match n {
                    0 => "Nothing new to assess".to_string(),
                    1 => "1 statement to assess".to_string(),
                    n => format!("{n} statements to assess"),
                }} ": new or changed in " {role_name(role)} " compared with " {role_name(since)}
                ". A rating here is the same as in the full list below."
            </p>
            {groups
                .into_iter()
                .map(|(group, items)| {
                    view! {
                        <h3 class="focus-group">{group}</h3>
                        <ul class="expectations">
                            {items
                                .into_iter()
                                .map(|e| {
                                    view! {
                                        <ExpectationRow role=role expectation=e place="focus-" />
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })
                .collect_view()}
            <p class="focus-actions">
                <a class="button-link" href=back.to_fragment()>
                    "Back to the comparison"
                </a>
                <button type="button" on:click=close>
                    "Show my whole progress"
                </button>
            </p>
        </section>
    }
    .into_any()
}
