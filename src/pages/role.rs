//! Everything the framework says about one role, in sections with their own URLs
//! (`#/role/<id>/<section>`), with links to the previous and next level.

use crate::components::content_group::ContentGroup;
use crate::components::prose::Prose;
use crate::components::role_progress::RoleProgress;
use crate::data::content::{self, Section, SectionKind};
use crate::data::{framework, Role, RoleIx};
use crate::location::use_anchor;
use crate::pages::not_found::NotFound;
use crate::route::Route;
use leptos::prelude::*;

fn role_link(ix: RoleIx) -> String {
    Route::role(framework().roles[ix].id).to_fragment()
}

#[component]
pub fn RolePage(id: String) -> impl IntoView {
    let fw = framework();
    let Some((ix, role)) = fw.role_by_id(&id) else {
        return view! { <NotFound what=format!("role “{id}”") /> }.into_any();
    };
    use_anchor(
        |r| match r {
            Route::Role { section, .. } => section.clone(),
            _ => None,
        },
        "section",
    );
    let level = fw.level(role);
    let source = fw.source(role);
    let content = content::of(ix);
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
                    {content
                        .sections
                        .iter()
                        .map(|s| {
                            view! {
                                <li>
                                    <a href=section_link(s.key)>{s.title}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
            <div class="role-sections">
                {content
                    .sections
                    .iter()
                    .map(|section| view! { <RoleSection section=section role=role /> })
                    .collect_view()}
            </div>
        </article>
    }
    .into_any()
}

/// A titled section with a stable anchor `section-<key>`: its groups, each with a heading
/// unless the section is one group of the same name.
#[component]
fn RoleSection(section: &'static Section, role: &'static Role) -> impl IntoView {
    let key = section.key;
    let single = section.groups.len() == 1 && section.groups[0].name == section.title;
    let body = if section.kind == SectionKind::Overview {
        // The overview is prose: Markdown paragraphs, the scope first.
        let items = section.groups.iter().flat_map(|g| &g.items);
        items
            .map(|i| match i.label {
                Some(label) => view! {
                    <p class="scope-summary">
                        <strong>{label} ": "</strong>
                        {i.text.clone()}
                    </p>
                }
                .into_any(),
                None => view! { <Prose text=i.text.clone() /> }.into_any(),
            })
            .collect_view()
            .into_any()
    } else if single {
        view! { <ContentGroup group=&section.groups[0] role=role bare=true /> }.into_any()
    } else {
        section
            .groups
            .iter()
            .map(|g| view! { <ContentGroup group=g role=role /> })
            .collect_view()
            .into_any()
    };
    view! {
        <section
            class="role-section"
            id=format!("section-{key}")
            aria-labelledby=format!("h-{key}")
        >
            <h2 id=format!("h-{key}")>{section.title}</h2>
            {section.intro.map(|t| view! { <p>{t}</p> })}
            {(key == "optional").then(|| view! { <p class="hint">{choose_hint(role)}</p> })}
            {body}
        </section>
    }
}

/// How many competencies of each optional group a person chooses, in words.
fn choose_hint(role: &Role) -> String {
    let fw = framework();
    let groups = role.optional.iter().map(|o| {
        let names: Vec<&str> = o.skills.iter().map(|&s| fw.skills[s].name).collect();
        format!("{}: choose {} of {}", o.name, o.choose, names.join(", "))
    });
    let groups: Vec<String> = groups.collect();
    format!(
        "{}. My progress counts only the ones you choose.",
        groups.join("; ")
    )
}
