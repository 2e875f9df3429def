//! A competency's own text, the same on the role page and the competency page: its
//! description (Markdown), its guidance notes, and the link to its page at the source.

use crate::components::prose::Prose;
use crate::components::text_list::TextList;
use crate::data::{framework, Skill};
use leptos::prelude::*;

/// The description and, when there are any, the guidance notes (`open` unfolds them).
#[component]
pub fn CompetencyDescription(skill: &'static Skill, #[prop(optional)] open: bool) -> impl IntoView {
    view! {
        <Prose text=skill.description />
        {(!skill.guidance.is_empty())
            .then(|| {
                view! {
                    <details class="guidance" open=open>
                        <summary>"Guidance notes"</summary>
                        {skill.guidance_intro.map(|t| view! { <p>{t}</p> })}
                        <TextList items=skill.guidance />
                    </details>
                }
            })}
    }
}

/// "CODE in *source name* ↗", linking the competency's page at its source; nothing without a
/// `url`. Labelled by the source, whatever framework it is.
#[component]
pub fn SourcePageLink(skill: &'static Skill) -> impl IntoView {
    let source = &framework().sources[skill.source];
    skill.url.map(|url| {
        view! {
            <a href=url target="_blank" rel="noopener noreferrer">
                {skill.code}
                " in "
                {source.name}
                " ↗"
            </a>
        }
    })
}
