//! Competencies (and SFIA skills): their fields, their cells (level, path, proficiency) and
//! statements (ids, examples, earlier wordings).

use super::Checker;
use crate::raw::*;
use std::collections::HashSet;

/// Every rule for one competency file.
pub(super) fn check(
    c: &mut Checker,
    s: &RawSkill,
    level_ids: &[&str],
    path_ids: &[&str],
    source_ids: &[&str],
) {
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
        source_ids,
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
            level_ids,
        );
        if let Some(path) = &a.path {
            let found = path_ids.contains(&path.as_str());
            c.resolves(
                &format!("attainment[{i}].path"),
                "career path",
                path,
                found,
                path_ids,
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
            statement(c, &field, st, &mut seen_ids);
        }
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
