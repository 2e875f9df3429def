//! Shown where a build left out text under restrictive terms: the skill's code, name and level,
//! and a link to the official page that holds the text.

use crate::data::{framework, LevelIx, Skill};
use leptos::prelude::*;

#[component]
pub fn OmittedSkillText(
    skill: &'static Skill,
    #[prop(optional)] level: Option<LevelIx>,
) -> impl IntoView {
    let fw = framework();
    let source = &fw.sources[skill.source];
    let at_level = level
        .map(|l| format!(" at {}", fw.levels[l].name))
        .unwrap_or_default();
    view! {
        <p class="omitted" data-testid="omitted">
            "The text of "
            <strong>{skill.code} " " {skill.name}</strong>
            {at_level}
            " is not included in this build, because of its terms of use ("
            {source.name}
            "). "
            <a href=skill.url target="_blank" rel="noopener noreferrer">
                "Read it on the official page for "
                {skill.code}
                " ↗"
            </a>
        </p>
    }
}
