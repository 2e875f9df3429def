//! Text with the search terms marked.

use crate::search::text::highlight;
use leptos::prelude::*;

/// Renders `text`, wrapping every match of `terms` in `<mark>` (case- and accent-insensitive).
#[component]
pub fn Highlighted(text: &'static str, #[prop(into)] terms: Signal<Vec<String>>) -> impl IntoView {
    move || {
        terms.with(|terms| {
            highlight(text, terms)
                .into_iter()
                .map(|segment| {
                    if segment.matched {
                        view! { <mark>{segment.text}</mark> }.into_any()
                    } else {
                        segment.text.into_any()
                    }
                })
                .collect_view()
        })
    }
}
