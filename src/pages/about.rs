//! About the framework this deployment holds: its guide pages (what it is for, how to use it),
//! then its levels and career paths at a glance. Works for any framework, with or without guides.

use crate::components::prose::Prose;
use crate::data::framework;
use crate::location::use_anchor;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let fw = framework();
    use_anchor(
        |r| match r {
            Route::About { id } => id.clone(),
            _ => None,
        },
        "guide",
    );
    let guide_href = |id: &str| {
        Route::About {
            id: Some(id.to_string()),
        }
        .to_fragment()
    };
    let roles_on = |path| fw.roles.iter().filter(|r| r.path == path).count();
    let roles_at = |level| fw.roles.iter().filter(|r| r.level == level).count();
    let count = |n: usize| match n {
        0 => "no roles".to_string(),
        1 => "1 role".to_string(),
        n => format!("{n} roles"),
    };
    view! {
        <div class="about-page">
            <header class="page-header">
                <h1>{fw.name}</h1>
                <p class="lede">
                    {count(fw.roles.len())} " on " {fw.paths.len()}
                    {if fw.paths.len() == 1 { " career path, " } else { " career paths, " }}
                    {fw.levels.len()} {if fw.levels.len() == 1 { " level" } else { " levels" }}
                    {fw
                        .cumulative
                        .then_some(". Each level includes what the levels below it expect")} "."
                </p>
            </header>
            {(fw.guides.len() > 1)
                .then(|| {
                    view! {
                        <nav class="guide-index" aria-label="Guides">
                            <h2 class="toc-title">"Guides"</h2>
                            <ul>
                                {fw
                                    .guides
                                    .iter()
                                    .map(|g| {
                                        view! {
                                            <li>
                                                <a href=guide_href(g.id)>{g.title}</a>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </nav>
                    }
                })}
            {fw
                .guides
                .iter()
                .map(|g| {
                    view! {
                        <section
                            class="role-section guide"
                            id=format!("guide-{}", g.id)
                            aria-labelledby=format!("h-guide-{}", g.id)
                        >
                            <h2 id=format!("h-guide-{}", g.id)>{g.title}</h2>
                            <Prose text=g.body />
                        </section>
                    }
                })
                .collect_view()}
            {fw
                .guides
                .is_empty()
                .then(|| {
                    view! {
                        <p class="hint">
                            "This framework comes without guide pages; its roles say what each level expects."
                        </p>
                    }
                })}
            <section class="role-section" aria-labelledby="h-levels">
                <h2 id="h-levels">"Levels"</h2>
                <dl class="facts">
                    {fw
                        .levels
                        .iter()
                        .enumerate()
                        .map(|(i, l)| {
                            view! {
                                <dt>{l.name} " " <span class="grade">{l.id}</span></dt>
                                <dd>
                                    <a href=Route::Catalogue {
                                        query: vec![("level".into(), l.id.into())],
                                    }
                                        .to_fragment()>{count(roles_at(i))}</a>
                                </dd>
                            }
                        })
                        .collect_view()}
                </dl>
            </section>
            <section class="role-section" aria-labelledby="h-paths">
                <h2 id="h-paths">"Career paths"</h2>
                <dl class="facts">
                    {fw
                        .paths
                        .iter()
                        .enumerate()
                        .map(|(i, p)| {
                            view! {
                                <dt>{p.name}</dt>
                                <dd>
                                    <a href=Route::Catalogue {
                                        query: vec![("path".into(), p.id.into())],
                                    }
                                        .to_fragment()>{count(roles_on(i))}</a>
                                </dd>
                            }
                        })
                        .collect_view()}
                </dl>
            </section>
        </div>
    }
}
