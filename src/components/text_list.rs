//! A bulleted list of static strings.

use leptos::prelude::*;

/// `<ul>` of the given items; renders nothing for an empty list.
#[component]
pub fn TextList(
    items: &'static [&'static str],
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! { <ul class=class>{items.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}</ul> }
    })
}
