//! One skill: its definition, and every role that requires it with that level's attainment text.

use crate::components::competency_text::{CompetencyDescription, SourcePageLink};
use crate::components::omitted_text::OmittedSkillText;
use crate::components::statement_list::StatementList;
use crate::data::framework;
use crate::pages::not_found::NotFound;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn SkillPage(code: String) -> impl IntoView {
    let fw = framework();
    let Some((ix, skill)) = fw.skill_by_code(&code) else {
        return view! { <NotFound what=format!("competency “{code}”") /> }.into_any();
    };
    let source = &fw.sources[skill.source];
    view! {
        <article class="skill-page" data-skill=skill.code>
            <header class="page-header">
                <p class="breadcrumb">
                    <a href="#/">"Roles"</a>
                    " › Competencies"
                </p>
                <h1>{skill.name} " (" {skill.code} ")"</h1>
                <p class="skill-meta">
                    {[skill.category, skill.subcategory]
                        .into_iter()
                        .flatten()
                        .map(|c| {
                            view! {
                                {c}
                                " › "
                            }
                        })
                        .collect_view()} "Source: "
                    <a href=Route::Sources {
                        id: Some(source.id.to_string()),
                    }
                        .to_fragment()>{source.name}</a>
                    {skill
                        .url
                        .map(|_| {
                            view! {
                                " · "
                                <SourcePageLink skill=skill />
                            }
                        })}
                </p>
            </header>
            <section class="role-section">
                <h2>"Description"</h2>
                {if skill.text_omitted {
                    view! { <OmittedSkillText skill=skill /> }.into_any()
                } else {
                    view! { <CompetencyDescription skill=skill open=true /> }.into_any()
                }}
            </section>
            <section class="role-section">
                <h2>"Level by level, and the roles that need it"</h2>
                <ol class="skill-levels">
                    {skill
                        .attainment
                        .iter()
                        .map(|a| {
                            let roles: Vec<_> = fw
                                .roles_requiring(ix)
                                .filter(|(_, r)| {
                                    r.level == a.level
                                        && fw.attainment(skill, a.level, r.path).map(|x| x.path)
                                            == Some(a.path)
                                })
                                .collect();
                            let path = a.path.map(|p| format!(" · {} path", fw.paths[p].name));
                            view! {
                                <li class="skill-level" data-level=fw.levels[a.level].id>
                                    <h3>
                                        {fw.levels[a.level].name} {path}
                                        {a
                                            .proficiency
                                            .map(|p| {
                                                view! {
                                                    " "
                                                    <span class="grade">{p}</span>
                                                }
                                            })}
                                    </h3>
                                    {if roles.is_empty() {
                                        view! {
                                            <p class="hint">
                                                "No role in this framework requires it at this level."
                                            </p>
                                        }
                                            .into_any()
                                    } else {
                                        view! {
                                            <p class="skill-roles">
                                                {roles
                                                    .into_iter()
                                                    .map(|(_, r)| {
                                                        view! {
                                                            <a href=Route::Role {
                                                                id: r.id.to_string(),
                                                                section: Some("skills".into()),
                                                            }
                                                                .to_fragment()>{r.title}</a>
                                                            " "
                                                        }
                                                    })
                                                    .collect_view()}
                                            </p>
                                        }
                                            .into_any()
                                    }}
                                    {if skill.text_omitted {
                                        view! { <OmittedSkillText skill=skill level=a.level /> }
                                            .into_any()
                                    } else {
                                        view! { <StatementList statements=a.statements /> }
                                            .into_any()
                                    }}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
        </article>
    }
    .into_any()
}
