//! Markdown prose from the framework data, rendered as elements (never as raw HTML).

use crate::markdown::{parse, Block, Inline};
use leptos::prelude::*;

/// Paragraphs and lists of `text` (the safe Markdown subset of `crate::markdown`).
#[component]
pub fn Prose(#[prop(into)] text: String) -> impl IntoView {
    parse(&text)
        .into_iter()
        .map(|block| match block {
            Block::Paragraph(runs) => view! { <p>{runs_view(runs)}</p> }.into_any(),
            Block::List { ordered: false, items } => {
                view! { <ul>{items.into_iter().map(|i| view! { <li>{runs_view(i)}</li> }).collect_view()}</ul> }
                    .into_any()
            }
            Block::List { ordered: true, items } => {
                view! { <ol>{items.into_iter().map(|i| view! { <li>{runs_view(i)}</li> }).collect_view()}</ol> }
                    .into_any()
            }
        })
        .collect_view()
}

fn runs_view(runs: Vec<Inline>) -> impl IntoView {
    runs.into_iter()
        .map(|run| match run {
            Inline::Text(t) => t.into_any(),
            Inline::Emphasis(t) => view! { <em>{t}</em> }.into_any(),
            Inline::Strong(t) => view! { <strong>{t}</strong> }.into_any(),
            Inline::Code(t) => view! { <code>{t}</code> }.into_any(),
            Inline::Link { text, href } => view! {
                <a href=href target="_blank" rel="noopener noreferrer">
                    {text}
                    " ↗"
                </a>
            }
            .into_any(),
        })
        .collect_view()
}
