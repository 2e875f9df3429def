//! Roles: fields, references, the competencies they need (and optional groups), and where
//! their previous and next levels sit.

use super::{Checker, Known};
use crate::problem::DataError;
use crate::raw::*;
use std::collections::HashSet;

/// Every rule for one role file.
pub(super) fn check(
    data: &LoadedData,
    known: &Known,
    file: &str,
    r: &RawRole,
    errors: &mut Vec<DataError>,
) {
    let fw = &data.framework;
    let (level_ids, path_ids, source_ids, skill_codes, role_ids) = (
        &known.levels,
        &known.paths,
        &known.sources,
        &known.skills,
        &known.roles,
    );
    let mut c = Checker { file, errors };

    c.slug("id", &r.id);
    c.text("title", &r.title);
    let level = match &r.level {
        None => {
            c.fail("level", "every role needs a level");
            None
        }
        Some(id) => {
            let ix = data.level_index(id);
            c.resolves("level", "level", id, ix.is_some(), level_ids);
            ix
        }
    };
    match &r.path {
        None => c.fail("path", "every role needs a career path"),
        Some(id) => {
            let found = data.path_index(id).is_some();
            c.resolves("path", "career path", id, found, path_ids);
        }
    }
    c.resolves(
        "source",
        "source",
        &r.source,
        data.source_index(&r.source).is_some(),
        source_ids,
    );
    if let Some(s) = &r.scope_summary {
        c.text("scope_summary", s);
    }
    if let Some(s) = &r.years_at_level {
        c.text("years_at_level", s);
    }
    c.texts("overview", &r.overview);

    let mut seen_skills = HashSet::new();
    let listed = r
        .skills
        .iter()
        .enumerate()
        .map(|(i, code)| (format!("skills[{i}]"), code));
    let optional = r.optional.iter().enumerate().flat_map(|(g, group)| {
        let codes = group.competencies.iter().enumerate();
        codes.map(move |(i, code)| (format!("optional[{g}].competencies[{i}]"), code))
    });
    let mut group_names = HashSet::new();
    for (g, group) in r.optional.iter().enumerate() {
        c.text(&format!("optional[{g}].name"), &group.name);
        if !group_names.insert(group.name.as_str()) {
            c.fail(
                format!("optional[{g}].name"),
                format!("group `{}` is listed twice", group.name),
            );
        }
        let n = group.competencies.len();
        if group.choose == 0 || group.choose as usize >= n.max(1) {
            c.fail(
                format!("optional[{g}].choose"),
                format!("choose {} of {n}: must be at least 1 and fewer than the competencies listed (list those everyone needs in `competencies`)", group.choose),
            );
        }
    }
    for (field, code) in listed.chain(optional) {
        let skill = data.skill_index(code).map(|ix| &data.skills[ix].item);
        c.resolves(&field, "skill", code, skill.is_some(), skill_codes);
        if !seen_skills.insert(code.as_str()) {
            c.fail(&field, format!("skill `{code}` is listed twice"));
        }
        if let (Some(skill), Some(level)) = (skill, level) {
            let level_id = &fw.levels[level].id;
            // Its own level's text, or with cumulative levels any level below.
            let cumulative = skill.cumulative.unwrap_or(fw.cumulative);
            let rank = fw.levels[level].rank;
            let described = skill.attainment.iter().any(|a| {
                let for_path = a.path.is_none() || a.path == r.path;
                let at = &a.level == level_id
                    || (cumulative
                        && data
                            .level_index(&a.level)
                            .is_some_and(|l| fw.levels[l].rank < rank));
                for_path && at
            });
            if !described {
                c.fail(
                    &field,
                    format!(
                        "skill `{code}` has no attainment text for the role's level `{level_id}`"
                    ),
                );
            }
        }
    }

    for (i, ch) in r.characteristics.iter().enumerate() {
        c.text(&format!("characteristic[{i}].label"), &ch.label);
        c.text(&format!("characteristic[{i}].text"), &ch.text);
    }
    for (i, g) in r.responsibilities.iter().enumerate() {
        c.text(&format!("responsibility_group[{i}].name"), &g.name);
        c.texts(&format!("responsibility_group[{i}].items"), &g.items);
    }
    for (i, g) in r.metrics.iter().enumerate() {
        c.text(&format!("metric_group[{i}].name"), &g.name);
        c.named(&format!("metric_group[{i}].metric"), &g.metrics);
    }
    for (i, ch) in r.challenges.iter().enumerate() {
        c.text(&format!("challenge[{i}].name"), &ch.name);
        c.text(&format!("challenge[{i}].challenge"), &ch.challenge);
        c.text(&format!("challenge[{i}].approach"), &ch.approach);
    }
    c.texts("development.must", &r.development.must);
    c.texts("development.should", &r.development.should);
    if let Some(g) = &r.growth {
        c.text("growth.text", &g.text);
        c.texts("growth.options", &g.options);
    }
    for (i, m) in r.matrix.iter().enumerate() {
        c.text(&format!("matrix[{i}].area"), &m.area);
        c.text(&format!("matrix[{i}].grade"), &m.grade);
        c.text(&format!("matrix[{i}].summary"), &m.summary);
        c.named(&format!("matrix[{i}].attributes"), &m.attributes);
    }
    for (i, n) in r.notes.iter().enumerate() {
        c.text(&format!("note[{i}].title"), &n.title);
        c.text(&format!("note[{i}].text"), &n.text);
        if let Some(link) = &n.link {
            c.text(&format!("note[{i}].link.title"), &link.title);
            c.link(&format!("note[{i}].link.href"), &link.href);
        }
    }
    for (i, g) in r.related.iter().enumerate() {
        c.text(&format!("related[{i}].name"), &g.name);
        for (j, l) in g.links.iter().enumerate() {
            c.text(&format!("related[{i}].link[{j}].title"), &l.title);
            c.text(&format!("related[{i}].link[{j}].target"), &l.target);
        }
    }

    // Previous and next levels: must exist and sit below / above. A ladder may branch, so a
    // next (or previous) role may be on another career path.
    let rank_of = |ix: Option<usize>| ix.map(|l| fw.levels[l].rank);
    let mut relations: Vec<(String, &String, bool)> = vec![];
    if let Some(p) = &r.previous {
        relations.push(("previous".into(), p, false));
    }
    for (i, n) in r.next.iter().enumerate() {
        let field = if r.next.len() == 1 {
            "next".to_string()
        } else {
            format!("next[{i}]")
        };
        relations.push((field, n, true));
    }
    let mut seen_next = HashSet::new();
    for (field, target, want_higher) in relations {
        if want_higher && !seen_next.insert(target.as_str()) {
            c.fail(&field, format!("role `{target}` is listed twice"));
            continue;
        }
        let other = data.role_index(target).map(|ix| &data.roles[ix].item);
        c.resolves(&field, "role", target, other.is_some(), role_ids);
        let Some(other) = other else { continue };
        if other.id == r.id {
            c.fail(&field, "a role cannot be its own previous or next level");
            continue;
        }
        let (mine, theirs) = (
            rank_of(level),
            rank_of(other.level.as_deref().and_then(|l| data.level_index(l))),
        );
        if let (Some(mine), Some(theirs)) = (mine, theirs) {
            let ok = if want_higher {
                theirs > mine
            } else {
                theirs < mine
            };
            if !ok {
                c.fail(
                    &field,
                    format!(
                        "role `{target}` must be at a {} level",
                        if want_higher { "higher" } else { "lower" }
                    ),
                );
            }
        }
    }
}
