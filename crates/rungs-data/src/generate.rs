//! Turns validated data into Rust source for `crate::data::model` types, so the app starts with
//! the framework already in memory and never parses anything in the browser.
//!
//! Used by the app's `build.rs`; never part of the wasm.

use crate::raw::{LoadedData, RawNamed, RawRole, RawSkill, RawSource, RawStatement};
use std::fmt::Write;

/// A Rust string literal (Debug formatting escapes exactly what Rust source needs).
fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn opt_lit(s: &Option<String>) -> String {
    match s {
        Some(s) => format!("Some({})", lit(s)),
        None => "None".into(),
    }
}

fn opt_ix(ix: Option<usize>) -> String {
    match ix {
        Some(ix) => format!("Some({ix})"),
        None => "None".into(),
    }
}

fn list<T>(items: &[T], each: impl Fn(&T) -> String) -> String {
    let parts: Vec<String> = items.iter().map(each).collect();
    format!("&[{}]", parts.join(", "))
}

fn strs(items: &[String]) -> String {
    list(items, |s| lit(s))
}

fn named(items: &[RawNamed]) -> String {
    list(items, |n| {
        format!("Named {{ name: {}, text: {} }}", lit(&n.name), lit(&n.text))
    })
}

fn source(s: &RawSource) -> String {
    let principles = match &s.principles {
        Some(p) => format!(
            "Some(Principles {{ intro: {}, items: {} }})",
            lit(&p.intro),
            named(&p.items)
        ),
        None => "None".into(),
    };
    let dimensions = list(&s.dimensions, |d| {
        format!(
            "Dimension {{ name: {}, paragraphs: {}, excellence: {} }}",
            lit(&d.name),
            strs(&d.paragraphs),
            strs(&d.excellence)
        )
    });
    format!(
        "Source {{ id: {}, name: {}, origin: {}, terms: {}, url: {}, restricted: {}, skills_intro: {}, principles: {principles}, dimensions: {dimensions} }}",
        lit(&s.id),
        lit(&s.name),
        lit(&s.origin),
        lit(&s.terms),
        opt_lit(&s.url),
        s.restricted,
        opt_lit(&s.skills_intro),
    )
}

fn skill(data: &LoadedData, s: &RawSkill, omit_restricted: bool) -> Result<String, String> {
    let source = data
        .source_index(&s.source)
        .ok_or_else(|| format!("skill {}: unresolved source", s.code))?;
    // Restricted descriptive text never reaches the generated code when it is to be left out.
    let omit = omit_restricted && data.sources[source].item.restricted;
    let keep = |text: &str| {
        if omit {
            String::new()
        } else {
            text.to_string()
        }
    };
    let keep_all = |texts: &[String]| if omit { vec![] } else { texts.to_vec() };
    let mut attainment: Vec<(usize, String)> = vec![];
    for a in &s.attainment {
        let level = data
            .level_index(&a.level)
            .ok_or_else(|| format!("skill {}: unresolved level {}", s.code, a.level))?;
        let path = match &a.path {
            Some(p) => Some(
                data.path_index(p)
                    .ok_or_else(|| format!("skill {}: unresolved path {p}", s.code))?,
            ),
            None => None,
        };
        let statements = if omit { &[][..] } else { &a.statements[..] };
        attainment.push((
            level,
            format!(
                "Attainment {{ level: {level}, path: {}, proficiency: {}, statements: {} }}",
                opt_ix(path),
                opt_lit(&a.proficiency),
                list(statements, statement)
            ),
        ));
    }
    // Level order; the wording for every path before path-specific ones.
    attainment.sort_by_key(|(level, _)| *level);
    let cumulative = s.cumulative.unwrap_or(data.framework.cumulative);
    let keep_opt = |text: &Option<String>| if omit { None } else { text.clone() };
    Ok(format!(
        "Skill {{ code: {}, name: {}, source: {source}, category: {}, subcategory: {}, url: {}, description: {}, guidance_intro: {}, guidance: {}, cumulative: {cumulative}, text_omitted: {omit}, attainment: {} }}",
        lit(&s.code),
        lit(&s.name),
        opt_lit(&s.category),
        opt_lit(&s.subcategory),
        opt_lit(&s.url),
        lit(&keep(&s.description)),
        opt_lit(&keep_opt(&s.guidance_intro)),
        strs(&keep_all(&s.guidance)),
        list(&attainment, |(_, a)| a.clone()),
    ))
}

fn statement(st: &RawStatement) -> String {
    match st {
        RawStatement::Text(text) => format!(
            "Statement {{ text: {}, id: None, examples: &[], was: None, reworded_day: None }}",
            lit(text)
        ),
        RawStatement::Full(t) => format!(
            "Statement {{ text: {}, id: {}, examples: {}, was: {}, reworded_day: {:?} }}",
            lit(&t.text),
            opt_lit(&t.id),
            strs(&t.examples),
            opt_lit(&t.was),
            t.reworded.as_deref().and_then(crate::dates::days_from_iso)
        ),
    }
}

fn role(data: &LoadedData, r: &RawRole) -> Result<String, String> {
    let missing = |what: &str| format!("role {}: unresolved {what}", r.id);
    let level = r
        .level
        .as_deref()
        .and_then(|l| data.level_index(l))
        .ok_or_else(|| missing("level"))?;
    let path = r
        .path
        .as_deref()
        .and_then(|p| data.path_index(p))
        .ok_or_else(|| missing("path"))?;
    let source = data
        .source_index(&r.source)
        .ok_or_else(|| missing("source"))?;
    let mut skills = vec![];
    for code in &r.skills {
        skills.push(data.skill_index(code).ok_or_else(|| missing("skill"))?);
    }
    let mut optional = vec![];
    for g in &r.optional {
        let mut codes = vec![];
        for code in &g.competencies {
            codes.push(data.skill_index(code).ok_or_else(|| missing("skill"))?);
        }
        optional.push(format!(
            "OptionalGroup {{ name: {}, choose: {}, skills: {} }}",
            lit(&g.name),
            g.choose,
            list(&codes, |ix| ix.to_string())
        ));
    }
    let relation = |id: &Option<String>| -> Result<Option<usize>, String> {
        match id {
            Some(id) => data
                .role_index(id)
                .map(Some)
                .ok_or_else(|| missing("previous/next role")),
            None => Ok(None),
        }
    };
    let previous = relation(&r.previous)?;
    let next = r
        .next
        .iter()
        .map(|id| data.role_index(id).ok_or_else(|| missing("next role")))
        .collect::<Result<Vec<usize>, String>>()?;

    let mut out = String::new();
    let _ = write!(
        out,
        "Role {{ id: {}, title: {}, level: {level}, path: {path}, source: {source}, scope_summary: {}, overview: {}, skills: {}, optional: &[{}], ",
        lit(&r.id),
        lit(&r.title),
        opt_lit(&r.scope_summary),
        strs(&r.overview),
        list(&skills, |ix| ix.to_string()),
        optional.join(", "),
    );
    let _ = write!(
        out,
        "characteristics: {}, ",
        list(&r.characteristics, |c| format!(
            "Named {{ name: {}, text: {} }}",
            lit(&c.label),
            lit(&c.text)
        ))
    );
    let _ = write!(
        out,
        "responsibilities: {}, ",
        list(&r.responsibilities, |g| format!(
            "ResponsibilityGroup {{ name: {}, items: {} }}",
            lit(&g.name),
            strs(&g.items)
        ))
    );
    let _ = write!(
        out,
        "metrics: {}, ",
        list(&r.metrics, |g| format!(
            "MetricGroup {{ name: {}, metrics: {} }}",
            lit(&g.name),
            named(&g.metrics)
        ))
    );
    let _ = write!(
        out,
        "challenges: {}, ",
        list(&r.challenges, |c| format!(
            "Challenge {{ name: {}, challenge: {}, approach: {} }}",
            lit(&c.name),
            lit(&c.challenge),
            lit(&c.approach)
        ))
    );
    let _ = write!(
        out,
        "development: Development {{ must: {}, should: {} }}, ",
        strs(&r.development.must),
        strs(&r.development.should)
    );
    let growth = match &r.growth {
        Some(g) => format!(
            "Some(Growth {{ text: {}, options: {} }})",
            lit(&g.text),
            strs(&g.options)
        ),
        None => "None".into(),
    };
    let _ = write!(
        out,
        "growth: {growth}, years_at_level: {}, ",
        opt_lit(&r.years_at_level)
    );
    let _ = write!(
        out,
        "matrix: {}, ",
        list(&r.matrix, |m| format!(
            "MatrixArea {{ area: {}, grade: {}, summary: {}, attributes: {} }}",
            lit(&m.area),
            lit(&m.grade),
            lit(&m.summary),
            named(&m.attributes)
        ))
    );
    let _ = write!(
        out,
        "notes: {}, ",
        list(&r.notes, |n| {
            let link = match &n.link {
                Some(l) => format!(
                    "Some(Link {{ title: {}, href: {} }})",
                    lit(&l.title),
                    lit(&l.href)
                ),
                None => "None".into(),
            };
            format!(
                "Note {{ title: {}, text: {}, link: {link} }}",
                lit(&n.title),
                lit(&n.text)
            )
        })
    );
    let _ = write!(
        out,
        "previous: {}, next: {}, related: {} }}",
        opt_ix(previous),
        list(&next, |ix| ix.to_string()),
        list(&r.related, |g| format!(
            "RelatedGroup {{ name: {}, links: {} }}",
            lit(&g.name),
            list(&g.links, |l| format!(
                "RelatedLink {{ title: {}, target: {} }}",
                lit(&l.title),
                lit(&l.target)
            ))
        ))
    );
    Ok(out)
}

/// Rust source defining `pub static FRAMEWORK: Framework`. Expects validated data; a reference
/// that does not resolve is reported as an error rather than generating broken code.
/// With `omit_restricted`, descriptive skill text of restricted sources is left out.
pub fn generate(data: &LoadedData, omit_restricted: bool) -> Result<String, String> {
    let fw = &data.framework;
    let levels = list(&fw.levels, |l| {
        format!(
            "Level {{ id: {}, rank: {}, name: {} }}",
            lit(&l.id),
            l.rank,
            lit(&l.name)
        )
    });
    let paths = list(&fw.paths, |p| {
        format!(
            "CareerPath {{ id: {}, name: {} }}",
            lit(&p.id),
            lit(&p.name)
        )
    });
    let sources = list(&data.sources, |s| source(&s.item));
    let guides = list(&fw.guides, |g| {
        format!(
            "Guide {{ id: {}, title: {}, body: {} }}",
            lit(&g.id),
            lit(&g.title),
            lit(&g.body)
        )
    });
    let mut skills = vec![];
    for s in &data.skills {
        skills.push(skill(data, &s.item, omit_restricted)?);
    }
    let mut roles = vec![];
    for r in &data.roles {
        roles.push(role(data, &r.item)?);
    }
    Ok(format!(
        "// Generated by build.rs from data/. Do not edit.\n\
         pub static FRAMEWORK: Framework = Framework {{\n  name: {},\n  levels: {levels},\n  paths: {paths},\n  sources: {sources},\n  skills: &[\n    {}\n  ],\n  roles: &[\n    {}\n  ],\n  guides: {guides},\n  cumulative: {},\n  restricted_text_omitted: {omit_restricted},\n}};\n",
        lit(&fw.name),
        skills.join(",\n    "),
        roles.join(",\n    "),
        fw.cumulative,
    ))
}

/// Reads the RUNGS_OMIT_RESTRICTED build option: unset, empty, `0`, `false` or `no` keep the
/// full text; `1`, `true` or `yes` leave restricted text out. Anything else is an error, so a
/// typo cannot ship text that was meant to be left out.
pub fn omit_restricted_option(value: Option<&str>) -> Result<bool, String> {
    match value.map(|v| v.trim().to_ascii_lowercase()).as_deref() {
        None | Some("" | "0" | "false" | "no") => Ok(false),
        Some("1" | "true" | "yes") => Ok(true),
        Some(other) => Err(format!(
            "RUNGS_OMIT_RESTRICTED must be 1/true/yes or 0/false/no, not `{other}`"
        )),
    }
}
