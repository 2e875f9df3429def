//! One group of a role's content (a competency, a matrix area, a list of responsibilities) as
//! the role page shows it: its name, badge and summary, what is new at the role's level, and
//! with cumulative levels what it keeps from the levels below, each marked with its level.

use crate::components::competency_text::{CompetencyDescription, SourcePageLink};
use crate::components::omitted_text::OmittedSkillText;
use crate::components::prose::Prose;
use crate::components::statement_list::Examples;
use crate::data::content::{Group, Item};
use crate::data::{framework, Role};
use crate::route::Route;
use leptos::prelude::*;

/// A group of `role`'s content; `bare` leaves out the heading (the section already says it).
#[component]
pub fn ContentGroup(
    group: &'static Group,
    role: &'static Role,
    #[prop(optional)] bare: bool,
) -> impl IntoView {
    let fw = framework();
    let (new, inherited): (Vec<&'static Item>, Vec<&'static Item>) =
        group.items.iter().partition(|i| i.from_level.is_none());
    let heading = match group.skill {
        Some(s) => {
            let skill = &fw.skills[s];
            let href = Route::Skill {
                code: skill.code.to_string(),
            }
            .to_fragment();
            view! { <a href=href>{skill.name} " (" {skill.code} ")"</a> }.into_any()
        }
        None => group.name.into_any(),
    };
    let skill = group.skill.map(|s| &fw.skills[s]);
    let with_inherited = !inherited.is_empty();
    view! {
        <div class="content-group" data-group=group.key.clone()>
            {(!bare)
                .then(|| {
                    view! {
                        <h3>
                            {heading}
                            {group
                                .badge
                                .map(|b| {
                                    view! {
                                        " "
                                        <span class="grade">{b}</span>
                                    }
                                })}
                        </h3>
                    }
                })}
            {skill.map(|s| view! { <SkillMeta skill=s /> })}
            {group
                .summary
                .map(|s| {
                    view! {
                        <div class="matrix-summary">
                            <Prose text=s />
                        </div>
                    }
                })}
            {skill
                .map(|s| {
                    if group.omitted {
                        view! { <OmittedSkillText skill=s level=role.level /> }.into_any()
                    } else {
                        view! {
                            <CompetencyDescription skill=s />
                            <h4>
                                {if with_inherited { "New at " } else { "At " }}
                                {fw.level(role).name}
                            </h4>
                        }
                            .into_any()
                    }
                })}
            <Items items=new class="attainment" />
            {with_inherited
                .then(|| {
                    view! {
                        <h4 class="inherited-title">"Still expected from earlier levels"</h4>
                        <Items items=inherited class="attainment inherited" />
                    }
                })}
        </div>
    }
}

/// A competency's category and its page at the source, labelled by the source's name.
#[component]
fn SkillMeta(skill: &'static crate::data::Skill) -> impl IntoView {
    let category = match (skill.category, skill.subcategory) {
        (Some(c), Some(s)) => Some(format!("{c} › {s}")),
        (c, s) => c.or(s).map(str::to_string),
    };
    let link = skill.url.map(|_| view! { <SourcePageLink skill=skill /> });
    let dot = (category.is_some() && link.is_some()).then_some(" · ");
    (category.is_some() || link.is_some())
        .then(|| view! { <p class="skill-meta">{category} {dot} {link}</p> })
}

/// Items as a list of terms when every item has a label, else as a bulleted list; examples
/// and the level an inherited item comes from are shown with it.
#[component]
fn Items(items: Vec<&'static Item>, class: &'static str) -> impl IntoView {
    // Runs of labelled items are terms; runs of plain ones a bulleted list, in data order.
    let mut runs: Vec<(bool, Vec<&'static Item>)> = vec![];
    for item in items {
        let labelled = item.label.is_some();
        match runs.last_mut() {
            Some((l, run)) if *l == labelled => run.push(item),
            _ => runs.push((labelled, vec![item])),
        }
    }
    runs.into_iter()
        .map(|(labelled, run)| match labelled {
            true => view! { <Terms items=run /> }.into_any(),
            false => view! { <Bullets items=run class=class /> }.into_any(),
        })
        .collect_view()
}

/// Labelled items as a list of terms.
#[component]
fn Terms(items: Vec<&'static Item>) -> impl IntoView {
    let rows = items.into_iter().map(|i| {
        view! {
            <dt>{i.label}</dt>
            <dd>{i.text.clone()}<Examples items=i.examples /></dd>
        }
    });
    view! { <dl class="facts">{rows.collect_view()}</dl> }
}

/// Plain items as a bulleted list; an inherited one shows the level it comes from.
#[component]
fn Bullets(items: Vec<&'static Item>, class: &'static str) -> impl IntoView {
    let fw = framework();
    let rows = items.into_iter().map(|i| {
        let from = i.from_level.map(|l| {
            view! {
                <span class="badge badge-from" title="Expected since this level">
                    {fw.levels[l].name}
                </span>
                " "
            }
        });
        view! {
            <li data-key=i
                .key
                .clone()>
                {from}
                {match i.href {
                    Some(href) => {
                        view! {
                            <a href=href target="_blank" rel="noopener noreferrer">
                                {i.text.clone()}
                                " ↗"
                            </a>
                        }
                            .into_any()
                    }
                    None => i.text.clone().into_any(),
                }} <Examples items=i.examples />
            </li>
        }
    });
    view! { <ul class=class>{rows.collect_view()}</ul> }
}
