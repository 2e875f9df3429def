//! One filter facet: a group of checkboxes, each with the number of roles it would give.

use crate::search::{Facet, FacetOption};
use leptos::prelude::*;

/// Checkboxes for `facet`. `counts[i]` is the number of roles option `i` would give with the
/// other filters applied; options that would give none are shown disabled with "0" unless
/// selected, so a user can always untick them.
#[component]
pub fn FacetGroup(
    facet: Facet,
    options: Vec<FacetOption>,
    #[prop(into)] counts: Signal<Vec<usize>>,
    #[prop(into)] selected: Signal<Vec<String>>,
    #[prop(into)] on_toggle: Callback<String>,
) -> impl IntoView {
    let group_id = format!("facet-{}", facet.url_key());
    view! {
        <fieldset class="facet" id=group_id.clone() data-facet=facet.url_key()>
            <legend>{facet.label()}</legend>
            {options
                .into_iter()
                .enumerate()
                .map(|(i, option)| {
                    let key = option.key.clone();
                    let key_for_checked = key.clone();
                    let is_selected = Signal::derive(move || {
                        selected.with(|s| s.contains(&key_for_checked))
                    });
                    let count = Signal::derive(move || {
                        counts.with(|c| c.get(i).copied().unwrap_or(0))
                    });
                    let empty = Signal::derive(move || count.get() == 0 && !is_selected.get());
                    view! {
                        <label
                            class="facet-option"
                            class:facet-empty=empty
                            data-key=option.key.clone()
                        >
                            <input
                                type="checkbox"
                                prop:checked=is_selected
                                disabled=empty
                                on:change=move |_| on_toggle.run(key.clone())
                            />
                            <span class="facet-label">{option.label}</span>
                            <span
                                class="facet-count"
                                aria-label=move || format!("{} roles", count.get())
                            >
                                {count}
                            </span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
