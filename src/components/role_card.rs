//! A role in the catalogue: title, level, path, source, scope and its competencies as chips.

use crate::components::highlighted::Highlighted;
use crate::components::role_progress::RoleProgress;
use crate::data::RoleIx;
use crate::route::Route;
use crate::search::Catalogue;
use leptos::prelude::*;

/// The card for role `role`; search `terms` are highlighted.
#[component]
pub fn RoleCard(
    catalogue: &'static Catalogue,
    role: RoleIx,
    #[prop(into)] terms: Signal<Vec<String>>,
) -> impl IntoView {
    let fw = catalogue.framework();
    let r = &fw.roles[role];
    let href = Route::role(r.id).to_fragment();
    let compare_href = Route::Compare {
        ids: std::iter::once(r.id.to_string())
            .chain(r.next.iter().take(3).map(|&n| fw.roles[n].id.to_string()))
            .collect(),
    }
    .to_fragment();
    let summary = r.scope_summary.or_else(|| r.overview.first().copied());
    view! {
        <li class="role-card" data-role=r.id>
            <h2 class="role-card-title">
                <a href=href>
                    <Highlighted text=r.title terms=terms />
                </a>
            </h2>
            <p class="role-card-meta">
                <span class="badge badge-level">{fw.level(r).name}</span>
                <span>{fw.path(r).name}</span>
                <span class="role-card-source">{fw.source(r).name}</span>
            </p>
            {summary
                .map(|s| {
                    view! {
                        <p class="role-card-summary">
                            <Highlighted text=s terms=terms />
                        </p>
                    }
                })}
            <ul class="chips" aria-label="Competencies">
                {r
                    .skills
                    .iter()
                    .map(|&s| {
                        let skill = &fw.skills[s];
                        view! {
                            <li class="chip chip-skill" title=skill.name>
                                <Highlighted text=skill.code terms=terms />
                                " "
                                <Highlighted text=skill.name terms=terms />
                            </li>
                        }
                    })
                    .collect_view()}
                {r
                    .matrix
                    .iter()
                    .map(|m| {
                        view! {
                            <li class="chip chip-matrix" title=m.summary>
                                <Highlighted text=m.area terms=terms />
                                " "
                                <strong>{m.grade}</strong>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            // Filled by personal progress once the user has assessed this role.
            <div class="role-card-progress" data-slot="progress">
                <RoleProgress role=role />
            </div>
            <p class="role-card-actions">
                <a href=compare_href class="button-link">
                    {match r.next.len() {
                        0 => "Compare",
                        1 => "Compare with next level",
                        _ => "Compare with next levels",
                    }}
                </a>
            </p>
        </li>
    }
}
