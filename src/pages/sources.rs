//! Where the framework text comes from: each source, its terms of use, what in it is
//! restricted, the roles and skills taken from it, and its framework principles.

use crate::components::text_list::TextList;
use crate::data::{framework, Source, SourceIx};
use crate::location::use_anchor;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn SourcesPage() -> impl IntoView {
    let fw = framework();
    let focus = use_anchor(
        |r| match r {
            Route::Sources { id } => id.clone(),
            _ => None,
        },
        "source",
    );
    let unknown = move || {
        focus
            .get()
            .filter(|id| fw.source_by_id(id).is_none())
            .map(|id| {
                view! {
                    <p class="notice notice-warning" role="status">
                        "There is no source “"
                        {id}
                        "”; here are all of them."
                    </p>
                }
            })
    };
    view! {
        <div class="sources-page">
            <header class="page-header">
                <h1>"Sources and licences"</h1>
                <p class="lede">
                    "Every text in Rungs comes from one of these documents, under the terms shown. If you host Rungs, you must respect them."
                </p>
            </header>
            {unknown}
            {fw
                .restricted_text_omitted
                .then(|| {
                    view! {
                        <p class="notice notice-info" data-testid="build-omits">
                            "This build leaves out text under restrictive terms: such competencies show their code, name, level and a link to the official page instead."
                        </p>
                    }
                })}
            {fw
                .sources
                .iter()
                .enumerate()
                .map(|(ix, s)| view! { <SourceSection ix=ix source=s /> })
                .collect_view()}
        </div>
    }
}

#[component]
fn SourceSection(ix: SourceIx, source: &'static Source) -> impl IntoView {
    let fw = framework();
    let roles: Vec<_> = fw.roles_from_source(ix).collect();
    let skills: Vec<_> = fw.skills.iter().filter(|s| s.source == ix).collect();
    view! {
        <section
            class="role-section source"
            id=format!("source-{}", source.id)
            data-source=source.id
        >
            <h2>{source.name}</h2>
            <dl class="facts">
                <dt>"Origin"</dt>
                <dd>{source.origin}</dd>
                <dt>"Terms of use"</dt>
                <dd class="terms">{source.terms}</dd>
                {source
                    .url
                    .map(|u| {
                        view! {
                            <dt>"Link"</dt>
                            <dd>
                                <a href=u target="_blank" rel="noopener noreferrer">
                                    {u}
                                    " ↗"
                                </a>
                            </dd>
                        }
                    })}
                {source
                    .restricted
                    .then(|| {
                        view! {
                            <dt>"Restricted text"</dt>
                            <dd class="restricted">
                                "Competency descriptions, guidance notes and level texts are under these terms. "
                                {if fw.restricted_text_omitted {
                                    "This build leaves them out."
                                } else {
                                    "This build includes them; a build can leave them out (see README)."
                                }}
                            </dd>
                        }
                    })}
            </dl>
            <h3>"Roles from this source (" {roles.len()} ")"</h3>
            <ul>
                {roles
                    .into_iter()
                    .map(|(_, r)| {
                        view! {
                            <li>
                                <a href=Route::role(r.id).to_fragment()>{r.title}</a>
                                " · "
                                {fw.level(r).name}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {(!skills.is_empty())
                .then(|| {
                    view! {
                        <h3>"Competencies from this source"</h3>
                        <ul>
                            {skills
                                .into_iter()
                                .map(|s| {
                                    view! {
                                        <li>
                                            <a href=Route::Skill {
                                                code: s.code.to_string(),
                                            }
                                                .to_fragment()>{s.name} " (" {s.code} ")"</a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            {source
                .principles
                .as_ref()
                .map(|p| {
                    view! {
                        <h3>"Framework principles"</h3>
                        <p>{p.intro}</p>
                        <dl class="facts">
                            {p
                                .items
                                .iter()
                                .map(|i| {
                                    view! {
                                        <dt>{i.name}</dt>
                                        <dd>{i.text}</dd>
                                    }
                                })
                                .collect_view()}
                        </dl>
                    }
                })}
            {source
                .dimensions
                .iter()
                .map(|d| {
                    view! {
                        <h3>{d.name}</h3>
                        {d.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                        {(!d.excellence.is_empty())
                            .then(|| {
                                view! {
                                    <p>
                                        <strong>"Excellence here looks like:"</strong>
                                    </p>
                                    <TextList items=d.excellence />
                                }
                            })}
                    }
                })
                .collect_view()}
        </section>
    }
}
