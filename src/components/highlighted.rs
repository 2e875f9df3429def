//! Text with the search terms marked.

use crate::search::text::highlight;
use leptos::prelude::*;

/// Renders `text`, wrapping every match of `terms` in `<mark>` (case- and accent-insensitive).
#[component]
pub fn Highlighted(text: &'static str, #[prop(into)] terms: Signal<Vec<String>>) -> impl IntoView {
    // A memo, so a keystroke that leaves this text's marks as they were (most texts, most
    // keystrokes) touches none of its DOM: only the marks that change are re-rendered.
    let segments = Memo::new(move |_| terms.with(|terms| highlight(text, terms)));
    move || {
        segments.with(|segments| {
            segments
                .iter()
                .map(|segment| {
                    if segment.matched {
                        view! { <mark>{segment.text.clone()}</mark> }.into_any()
                    } else {
                        segment.text.clone().into_any()
                    }
                })
                .collect_view()
        })
    }
}
