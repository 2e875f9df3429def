//! Raw data -> problems: every rule the app relies on (ids, references, levels, text, links).

use crate::problem::{unknown_id, DataError};
use crate::raw::*;
use std::collections::{HashMap, HashSet};

/// Collects problems for one file.
struct Checker<'a> {
    file: &'a str,
    errors: &'a mut Vec<DataError>,
}

impl Checker<'_> {
    fn fail(&mut self, field: impl Into<String>, problem: impl Into<String>) {
        self.errors.push(DataError::new(self.file, field, problem));
    }

    /// Text must say something: no empty or blank strings anywhere.
    fn text(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(field, "is empty; write the text or remove the field");
        }
    }

    /// Links in the data open from the page: only http(s), so no `javascript:` or `data:` URL
    /// can ever run there.
    fn link(&mut self, field: &str, value: &str) {
        let lower = value.to_ascii_lowercase();
        let web = lower.starts_with("https://") || lower.starts_with("http://");
        if !web
            || value.len() <= "https://".len()
            || value.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            self.fail(
                field,
                format!("`{value}` must be a web address starting with https:// (or http://)"),
            );
        }
    }

    fn texts(&mut self, field: &str, values: &[String]) {
        for (i, value) in values.iter().enumerate() {
            self.text(&format!("{field}[{i}]"), value);
        }
    }

    fn named(&mut self, field: &str, values: &[RawNamed]) {
        for (i, v) in values.iter().enumerate() {
            self.text(&format!("{field}[{i}].name"), &v.name);
            self.text(&format!("{field}[{i}].text"), &v.text);
        }
    }

    /// Ids appear in URLs: lowercase letters, digits and hyphens only.
    fn slug(&mut self, field: &str, value: &str) {
        let ok = !value.is_empty()
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok {
            self.fail(
                field,
                format!("`{value}` must be lowercase letters, digits and hyphens"),
            );
        }
    }

    fn resolves(&mut self, field: &str, kind: &str, value: &str, found: bool, known: &[&str]) {
        if !found {
            self.fail(field, unknown_id(kind, value, known));
        }
    }
}

fn duplicates<'a>(
    items: impl Iterator<Item = (&'a str, &'a str)>,
    field: &str,
    kind: &str,
    errors: &mut Vec<DataError>,
) {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for (file, id) in items {
        if let Some(first) = seen.get(id) {
            errors.push(DataError::new(
                file,
                field,
                format!("duplicate {kind} `{id}` (first defined in {first})"),
            ));
        } else {
            seen.insert(id, file);
        }
    }
}

pub fn validate(data: &LoadedData, fw_file: &str, errors: &mut Vec<DataError>) {
    let fw = &data.framework;
    let level_ids: Vec<&str> = fw.levels.iter().map(|l| l.id.as_str()).collect();
    let path_ids: Vec<&str> = fw.paths.iter().map(|p| p.id.as_str()).collect();
    let source_ids: Vec<&str> = data.sources.iter().map(|s| s.item.id.as_str()).collect();

    duplicates(
        level_ids.iter().map(|id| (fw_file, *id)),
        "level.id",
        "level",
        errors,
    );
    duplicates(
        path_ids.iter().map(|id| (fw_file, *id)),
        "path.id",
        "path",
        errors,
    );
    duplicates(
        data.sources
            .iter()
            .map(|s| (s.file.as_str(), s.item.id.as_str())),
        "id",
        "source",
        errors,
    );
    duplicates(
        data.skills
            .iter()
            .map(|s| (s.file.as_str(), s.item.code.as_str())),
        "code",
        "skill",
        errors,
    );
    duplicates(
        data.roles
            .iter()
            .map(|r| (r.file.as_str(), r.item.id.as_str())),
        "id",
        "role",
        errors,
    );

    let mut c = Checker {
        file: fw_file,
        errors,
    };
    c.text("name", &fw.name);
    if fw.levels.is_empty() {
        c.fail("level", "the framework defines no levels");
    }
    if fw.paths.is_empty() {
        c.fail("path", "the framework defines no career paths");
    }
    for (i, level) in fw.levels.iter().enumerate() {
        // Level ids may read like `IC3` or `1.2`.
        c.slug(
            &format!("level[{i}].id"),
            &level.id.to_lowercase().replace('.', "-"),
        );
        c.text(&format!("level[{i}].name"), &level.name);
        if i > 0 && level.rank <= fw.levels[i - 1].rank {
            c.fail(
                format!("level[{i}].rank"),
                format!(
                    "levels must be listed in ascending rank: `{}` has rank {} after `{}` with rank {}",
                    level.id,
                    level.rank,
                    fw.levels[i - 1].id,
                    fw.levels[i - 1].rank
                ),
            );
        }
    }
    for (i, path) in fw.paths.iter().enumerate() {
        c.slug(&format!("path[{i}].id"), &path.id);
        c.text(&format!("path[{i}].name"), &path.name);
    }
    let mut guide_ids = HashSet::new();
    for (i, g) in fw.guides.iter().enumerate() {
        c.slug(&format!("guide[{i}].id"), &g.id);
        if !guide_ids.insert(g.id.as_str()) {
            c.fail(
                format!("guide[{i}].id"),
                format!("duplicate guide `{}`", g.id),
            );
        }
        c.text(&format!("guide[{i}].title"), &g.title);
        c.text(&format!("guide[{i}].body"), &g.body);
    }

    for source in &data.sources {
        let s = &source.item;
        let mut c = Checker {
            file: &source.file,
            errors,
        };
        c.slug("id", &s.id);
        c.text("name", &s.name);
        c.text("origin", &s.origin);
        c.text("terms", &s.terms);
        if let Some(url) = &s.url {
            c.link("url", url);
        }
        if let Some(intro) = &s.skills_intro {
            c.text("skills_intro", intro);
        }
        if let Some(p) = &s.principles {
            c.text("principles.intro", &p.intro);
            c.named("principles.item", &p.items);
        }
        for (i, d) in s.dimensions.iter().enumerate() {
            c.text(&format!("dimension[{i}].name"), &d.name);
            c.texts(&format!("dimension[{i}].paragraphs"), &d.paragraphs);
            c.texts(&format!("dimension[{i}].excellence"), &d.excellence);
        }
    }

    for skill in &data.skills {
        let s = &skill.item;
        let mut c = Checker {
            file: &skill.file,
            errors,
        };
        if s.code.is_empty() || !s.code.chars().all(|ch| ch.is_ascii_alphanumeric()) {
            c.fail(
                "code",
                format!("`{}` must be letters and digits only", s.code),
            );
        }
        c.text("name", &s.name);
        c.text("description", &s.description);
        for (field, value) in [
            ("category", &s.category),
            ("subcategory", &s.subcategory),
            ("guidance_intro", &s.guidance_intro),
        ] {
            if let Some(value) = value {
                c.text(field, value);
            }
        }
        if let Some(url) = &s.url {
            c.link("url", url);
        }
        c.texts("guidance", &s.guidance);
        c.resolves(
            "source",
            "source",
            &s.source,
            source_ids.contains(&s.source.as_str()),
            &source_ids,
        );
        let mut seen_cells = HashSet::new();
        let mut seen_ids = HashSet::new();
        for (i, a) in s.attainment.iter().enumerate() {
            let field = format!("attainment[{i}].level");
            c.resolves(
                &field,
                "level",
                &a.level,
                level_ids.contains(&a.level.as_str()),
                &level_ids,
            );
            if let Some(path) = &a.path {
                let found = path_ids.contains(&path.as_str());
                c.resolves(
                    &format!("attainment[{i}].path"),
                    "career path",
                    path,
                    found,
                    &path_ids,
                );
            }
            if !seen_cells.insert((a.level.as_str(), a.path.as_deref())) {
                let for_path = a
                    .path
                    .as_ref()
                    .map(|p| format!(" for path `{p}`"))
                    .unwrap_or_default();
                c.fail(
                    &field,
                    format!("level `{}` is described twice{for_path}", a.level),
                );
            }
            if let Some(p) = &a.proficiency {
                c.text(&format!("attainment[{i}].proficiency"), p);
            }
            if a.statements.is_empty() {
                c.fail(format!("attainment[{i}].statements"), "has no statements");
            }
            for (j, st) in a.statements.iter().enumerate() {
                let field = format!("attainment[{i}].statements[{j}]");
                statement(&mut c, &field, st, &mut seen_ids);
            }
        }
    }

    let known = Known {
        levels: level_ids.clone(),
        paths: path_ids.clone(),
        sources: source_ids.clone(),
        skills: data.skills.iter().map(|s| s.item.code.as_str()).collect(),
        roles: data.roles.iter().map(|r| r.item.id.as_str()).collect(),
    };
    for role in &data.roles {
        validate_role(data, &known, &role.file, &role.item, errors);
    }
}

/// One statement: text, and for a table its id (unique in the competency), examples and the
/// earlier wording with the date it changed.
fn statement<'a>(
    c: &mut Checker,
    field: &str,
    st: &'a RawStatement,
    seen_ids: &mut HashSet<&'a str>,
) {
    c.text(field, st.text());
    let RawStatement::Full(t) = st else { return };
    if let Some(id) = &t.id {
        c.slug(&format!("{field}.id"), id);
        if !seen_ids.insert(id) {
            c.fail(
                format!("{field}.id"),
                format!("statement id `{id}` is used twice in this competency"),
            );
        }
    }
    c.texts(&format!("{field}.examples"), &t.examples);
    if let Some(was) = &t.was {
        c.text(&format!("{field}.was"), was);
        if was == &t.text {
            c.fail(
                format!("{field}.was"),
                "is the same as the text; remove it or give the earlier wording",
            );
        }
    }
    match (&t.id, &t.was, &t.reworded) {
        (_, _, Some(date)) if crate::dates::days_from_iso(date).is_none() => c.fail(
            format!("{field}.reworded"),
            format!("`{date}` must be a date written YYYY-MM-DD"),
        ),
        (Some(_), Some(_), None) => c.fail(
            format!("{field}.reworded"),
            "a statement with an id and an earlier wording (`was`) needs the date it changed, e.g. reworded = \"2026-11-01\"",
        ),
        (_, None, Some(_)) => c.fail(format!("{field}.was"), "`reworded` needs the earlier wording in `was`"),
        _ => {}
    }
}

/// The ids of each kind, listed once per load for "known: …" messages.
struct Known<'a> {
    levels: Vec<&'a str>,
    paths: Vec<&'a str>,
    sources: Vec<&'a str>,
    skills: Vec<&'a str>,
    roles: Vec<&'a str>,
}

fn validate_role(
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

/// Things that are valid but help nobody: a role with nothing to assess, a skill no role
/// requires, a level no role has. Linear in the size of the data.
pub fn warnings(data: &LoadedData) -> Vec<DataError> {
    let mut out = vec![];
    let mut used_skills = HashSet::new();
    let mut used_levels = HashSet::new();
    for role in &data.roles {
        let r = &role.item;
        used_skills.extend(r.skills.iter().map(String::as_str));
        let optional = r.optional.iter().flat_map(|g| &g.competencies);
        used_skills.extend(optional.map(String::as_str));
        if let Some(level) = &r.level {
            used_levels.insert(level.as_str());
        }
        let assessable = !r.skills.is_empty()
            || !r.optional.is_empty()
            || r.matrix.iter().any(|m| !m.attributes.is_empty())
            || r.responsibilities.iter().any(|g| !g.items.is_empty())
            || r.metrics.iter().any(|g| !g.metrics.is_empty());
        if !assessable {
            out.push(DataError::new(
                role.file.as_str(),
                "(role)",
                "has nothing to assess: no skills, matrix attributes, responsibilities or metrics",
            ));
        }
    }
    for skill in &data.skills {
        if !used_skills.contains(skill.item.code.as_str()) {
            out.push(DataError::new(
                skill.file.as_str(),
                "code",
                format!("skill `{}` is required by no role", skill.item.code),
            ));
        }
    }
    for (i, level) in data.framework.levels.iter().enumerate() {
        if !used_levels.contains(level.id.as_str()) {
            out.push(DataError::new(
                "framework.toml",
                format!("level[{i}]"),
                format!("no role has level `{}`", level.id),
            ));
        }
    }
    out
}
