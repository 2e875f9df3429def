//! Everything the framework says about one role, in sections with their own URLs
//! (`#/role/<id>/<section>`), with links to the previous and next level.

use crate::components::omitted_text::OmittedSkillText;
use crate::components::role_progress::RoleProgress;
use crate::components::text_list::TextList;
use crate::data::{framework, Role, RoleIx};
use crate::location::{scroll_to, use_route};
use crate::pages::not_found::NotFound;
use crate::route::Route;
use leptos::prelude::*;

/// The sections a role can have: (anchor key, heading). Only those with content are shown.
fn sections(role: &Role) -> Vec<(&'static str, &'static str)> {
    let mut s = vec![];
    let mut add = |present: bool, key, title| {
        if present {
            s.push((key, title));
        }
    };
    add(
        role.scope_summary.is_some() || !role.overview.is_empty(),
        "overview",
        "Overview",
    );
    add(
        !role.characteristics.is_empty(),
        "characteristics",
        "Key characteristics",
    );
    add(
        !role.responsibilities.is_empty(),
        "responsibilities",
        "Responsibilities",
    );
    add(!role.metrics.is_empty(), "metrics", "Success metrics");
    add(
        !role.challenges.is_empty(),
        "challenges",
        "Challenges and approaches",
    );
    add(
        !role.development.must.is_empty() || !role.development.should.is_empty(),
        "development",
        "Development focus",
    );
    add(
        role.growth.is_some() || role.years_at_level.is_some(),
        "growth",
        "Growth path",
    );
    add(!role.skills.is_empty(), "skills", "Required skills");
    add(!role.matrix.is_empty(), "matrix", "Competency matrix");
    add(!role.notes.is_empty(), "notes", "Notes");
    add(!role.related.is_empty(), "related", "Related resources");
    s
}

fn role_link(ix: RoleIx) -> String {
    Route::role(framework().roles[ix].id).to_fragment()
}

#[component]
pub fn RolePage(id: String) -> impl IntoView {
    let fw = framework();
    let Some((ix, role)) = fw.role_by_id(&id) else {
        return view! { <NotFound what=format!("role “{id}”") /> }.into_any();
    };
    let route = use_route();
    let section = Memo::new(move |_| {
        route.with(|r| match r {
            Route::Role { section, .. } => section.clone(),
            _ => None,
        })
    });
    Effect::new(move |_| {
        if let Some(key) = section.get() {
            scroll_to(&format!("section-{key}"));
        }
    });
    let level = fw.level(role);
    let source = fw.source(role);
    let compare_ids: Vec<String> = std::iter::once(role.id.to_string())
        .chain(
            role.next
                .iter()
                .take(3)
                .map(|&n| fw.roles[n].id.to_string()),
        )
        .collect();
    let compare_href = Route::Compare { ids: compare_ids }.to_fragment();
    let section_link = move |key: &str| {
        Route::Role {
            id: role.id.to_string(),
            section: Some(key.to_string()),
        }
        .to_fragment()
    };

    view! {
        <article class="role-page" data-role=role.id>
            <header class="page-header">
                <p class="breadcrumb">
                    <a href="#/">"Roles"</a>
                    " › "
                    {fw.path(role).name}
                </p>
                <h1>{role.title}</h1>
                <p class="role-meta">
                    <span class="badge badge-level">{level.name}</span>
                    <span>{fw.path(role).name} " path"</span>
                    <span>
                        "Source: "
                        <a href=Route::Sources {
                            id: Some(source.id.to_string()),
                        }
                            .to_fragment()>{source.name}</a>
                    </span>
                </p>
                <nav class="level-nav" aria-label="Levels">
                    {role
                        .previous
                        .map(|p| {
                            view! {
                                <a class="level-prev" rel="prev" href=role_link(p)>
                                    "← Previous level: "
                                    {fw.roles[p].title}
                                    " ("
                                    {fw.level(&fw.roles[p]).name}
                                    ")"
                                </a>
                            }
                        })}
                    {role
                        .next
                        .iter()
                        .map(|&n| {
                            let other_path = (fw.roles[n].path != role.path)
                                .then(|| format!(", {} path", fw.path(&fw.roles[n]).name));
                            view! {
                                <a class="level-next" rel="next" href=role_link(n)>
                                    "Next level: "
                                    {fw.roles[n].title}
                                    " ("
                                    {fw.level(&fw.roles[n]).name}
                                    {other_path}
                                    ") →"
                                </a>
                            }
                        })
                        .collect_view()}
                    <a class="button-link compare-link" href=compare_href>
                        {match role.next.len() {
                            0 => "Compare with another role",
                            1 => "Compare with next level",
                            _ => "Compare with next levels",
                        }}
                    </a>
                    <a class="button-link" href="#/progress">
                        "Assess myself"
                    </a>
                </nav>
                <div class="role-page-progress" data-slot="progress">
                    <RoleProgress role=ix />
                </div>
            </header>
            <nav class="toc" aria-label="On this page">
                <h2 class="toc-title">"On this page"</h2>
                <ul>
                    {sections(role)
                        .into_iter()
                        .map(|(key, title)| {
                            view! {
                                <li>
                                    <a href=section_link(key)>{title}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
            <div class="role-sections">
                <Overview role=role />
                <Characteristics role=role />
                <Responsibilities role=role />
                <Metrics role=role />
                <Challenges role=role />
                <DevelopmentFocus role=role />
                <GrowthPath role=role />
                <RequiredSkills role=role />
                <Matrix role=role />
                <Notes role=role />
                <Related role=role />
            </div>
        </article>
    }
    .into_any()
}

/// A titled section with a stable anchor `section-<key>`.
#[component]
fn RoleSection(key: &'static str, title: &'static str, children: Children) -> impl IntoView {
    view! {
        <section
            class="role-section"
            id=format!("section-{key}")
            aria-labelledby=format!("h-{key}")
        >
            <h2 id=format!("h-{key}")>{title}</h2>
            {children()}
        </section>
    }
}

#[component]
fn Overview(role: &'static Role) -> impl IntoView {
    (role.scope_summary.is_some() || !role.overview.is_empty()).then(|| {
        view! {
            <RoleSection key="overview" title="Overview">
                {role
                    .scope_summary
                    .map(|s| {
                        view! {
                            <p class="scope-summary">
                                <strong>"Scope: "</strong>
                                {s}
                            </p>
                        }
                    })}
                {role.overview.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            </RoleSection>
        }
    })
}

#[component]
fn Characteristics(role: &'static Role) -> impl IntoView {
    (!role.characteristics.is_empty()).then(|| {
        view! {
            <RoleSection key="characteristics" title="Key characteristics">
                <dl class="facts">
                    {role
                        .characteristics
                        .iter()
                        .map(|c| {
                            view! {
                                <dt>{c.name}</dt>
                                <dd>{c.text}</dd>
                            }
                        })
                        .collect_view()}
                </dl>
            </RoleSection>
        }
    })
}

#[component]
fn Responsibilities(role: &'static Role) -> impl IntoView {
    (!role.responsibilities.is_empty()).then(|| {
        view! {
            <RoleSection key="responsibilities" title="Responsibilities">
                {role
                    .responsibilities
                    .iter()
                    .map(|g| {
                        view! {
                            <h3>{g.name}</h3>
                            <TextList items=g.items />
                        }
                    })
                    .collect_view()}
            </RoleSection>
        }
    })
}

#[component]
fn Metrics(role: &'static Role) -> impl IntoView {
    (!role.metrics.is_empty()).then(|| {
        view! {
            <RoleSection key="metrics" title="Success metrics">
                {role
                    .metrics
                    .iter()
                    .map(|g| {
                        view! {
                            <h3>{g.name}</h3>
                            <dl class="facts">
                                {g
                                    .metrics
                                    .iter()
                                    .map(|m| {
                                        view! {
                                            <dt>{m.name}</dt>
                                            <dd>{m.text}</dd>
                                        }
                                    })
                                    .collect_view()}
                            </dl>
                        }
                    })
                    .collect_view()}
            </RoleSection>
        }
    })
}

#[component]
fn Challenges(role: &'static Role) -> impl IntoView {
    (!role.challenges.is_empty()).then(|| {
        view! {
            <RoleSection key="challenges" title="Challenges and approaches">
                {role
                    .challenges
                    .iter()
                    .map(|c| {
                        view! {
                            <div class="challenge">
                                <h3>{c.name}</h3>
                                <p>
                                    <strong>"Challenge: "</strong>
                                    {c.challenge}
                                </p>
                                <p>
                                    <strong>"Approach: "</strong>
                                    {c.approach}
                                </p>
                            </div>
                        }
                    })
                    .collect_view()}
            </RoleSection>
        }
    })
}

#[component]
fn DevelopmentFocus(role: &'static Role) -> impl IntoView {
    let d = &role.development;
    (!d.must.is_empty() || !d.should.is_empty()).then(|| {
        view! {
            <RoleSection key="development" title="Development focus">
                <div class="two-columns">
                    {(!d.must.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <h3>"Must develop"</h3>
                                    <TextList items=d.must />
                                </div>
                            }
                        })}
                    {(!d.should.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <h3>"Should develop"</h3>
                                    <TextList items=d.should />
                                </div>
                            }
                        })}
                </div>
            </RoleSection>
        }
    })
}

#[component]
fn GrowthPath(role: &'static Role) -> impl IntoView {
    (role.growth.is_some() || role.years_at_level.is_some()).then(|| {
        view! {
            <RoleSection key="growth" title="Growth path">
                {role
                    .years_at_level
                    .map(|y| {
                        view! {
                            <p class="years">
                                <strong>"Typical time at this level: "</strong>
                                {y}
                            </p>
                        }
                    })}
                {role
                    .growth
                    .as_ref()
                    .map(|g| {
                        view! {
                            <p>{g.text}</p>
                            <TextList items=g.options />
                        }
                    })}
            </RoleSection>
        }
    })
}

#[component]
fn RequiredSkills(role: &'static Role) -> impl IntoView {
    let fw = framework();
    (!role.skills.is_empty()).then(|| {
        view! {
            <RoleSection key="skills" title="Required skills">
                {fw.source(role).skills_intro.map(|t| view! { <p>{t}</p> })}
                {role
                    .skills
                    .iter()
                    .map(|&s| {
                        let skill = &fw.skills[s];
                        let statements = fw.attainment(skill, role.level).unwrap_or(&[]);
                        view! {
                            <div class="skill-block" id=format!("skill-{}", skill.code)>
                                <h3>
                                    <a href=Route::Skill {
                                        code: skill.code.to_string(),
                                    }
                                        .to_fragment()>{skill.name} " (" {skill.code} ")"</a>
                                </h3>
                                <p class="skill-meta">
                                    {skill.category} " › " {skill.subcategory} " · "
                                    <a href=skill.url target="_blank" rel="noopener noreferrer">
                                        {skill.code}
                                        " in "
                                        {fw.sources[skill.source].name}
                                        " ↗"
                                    </a>
                                </p>
                                {if skill.text_omitted {
                                    view! { <OmittedSkillText skill=skill level=role.level /> }
                                        .into_any()
                                } else {
                                    view! {
                                        <p>{skill.description}</p>
                                        <details class="guidance">
                                            <summary>"Guidance notes"</summary>
                                            <p>{skill.guidance_intro}</p>
                                            <TextList items=skill.guidance />
                                        </details>
                                        <h4>{fw.level(role).name} " attainment"</h4>
                                        <TextList items=statements class="attainment" />
                                    }
                                        .into_any()
                                }}
                            </div>
                        }
                    })
                    .collect_view()}
            </RoleSection>
        }
    })
}

#[component]
fn Matrix(role: &'static Role) -> impl IntoView {
    (!role.matrix.is_empty()).then(|| {
        view! {
            <RoleSection key="matrix" title="Competency matrix">
                {role
                    .matrix
                    .iter()
                    .map(|m| {
                        view! {
                            <div class="matrix-area">
                                <h3>{m.area} " " <span class="grade">{m.grade}</span></h3>
                                <p class="matrix-summary">{m.summary}</p>
                                <dl class="facts">
                                    {m
                                        .attributes
                                        .iter()
                                        .map(|a| {
                                            view! {
                                                <dt>{a.name}</dt>
                                                <dd>{a.text}</dd>
                                            }
                                        })
                                        .collect_view()}
                                </dl>
                            </div>
                        }
                    })
                    .collect_view()}
            </RoleSection>
        }
    })
}

#[component]
fn Notes(role: &'static Role) -> impl IntoView {
    (!role.notes.is_empty()).then(|| {
        view! {
            <RoleSection key="notes" title="Notes">
                {role
                    .notes
                    .iter()
                    .map(|n| {
                        view! {
                            <aside class="note">
                                <h3>{n.title}</h3>
                                <p>{n.text}</p>
                                {n
                                    .link
                                    .as_ref()
                                    .map(|l| {
                                        view! {
                                            <p>
                                                <a href=l.href target="_blank" rel="noopener noreferrer">
                                                    {l.title}
                                                    " ↗"
                                                </a>
                                            </p>
                                        }
                                    })}
                            </aside>
                        }
                    })
                    .collect_view()}
            </RoleSection>
        }
    })
}

#[component]
fn Related(role: &'static Role) -> impl IntoView {
    (!role.related.is_empty()).then(|| {
        view! {
            <RoleSection key="related" title="Related resources">
                <p class="hint">"Pages of the source document; they are not part of this app."</p>
                {role
                    .related
                    .iter()
                    .map(|g| {
                        view! {
                            <h3>{g.name}</h3>
                            <ul>
                                {g
                                    .links
                                    .iter()
                                    .map(|l| {
                                        view! { <li>{l.title} " — " <code>{l.target}</code></li> }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })
                    .collect_view()}
            </RoleSection>
        }
    })
}
