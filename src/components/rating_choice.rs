//! The rating scale as a radio group with a "Clear" button: the person's own rating on My
//! progress, the reviewer's on a review.

use crate::progress::Rating;
use leptos::prelude::*;

/// `name` must be unique on the page (it groups the radio buttons); `legend` is read by
/// screen readers ("Your rating").
#[component]
pub fn RatingChoice(
    name: String,
    #[prop(into)] rating: Signal<Option<Rating>>,
    on_choose: Callback<Option<Rating>>,
    legend: &'static str,
) -> impl IntoView {
    view! {
        <fieldset class="rating">
            <legend class="visually-hidden">{legend}</legend>
            {Rating::ALL
                .into_iter()
                .map(|r| {
                    view! {
                        <label class=format!("rating-option rating-{}", r.key())>
                            <input
                                type="radio"
                                name=name.clone()
                                value=r.key()
                                prop:checked=move || rating.get() == Some(r)
                                on:change=move |_| on_choose.run(Some(r))
                            />
                            <span>{r.label()}</span>
                        </label>
                    }
                })
                .collect_view()}
            <button
                type="button"
                class="link-button clear-rating"
                disabled=move || rating.get().is_none()
                on:click=move |_| on_choose.run(None)
            >
                "Clear"
            </button>
        </fieldset>
    }
}
