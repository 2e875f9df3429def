//! One description of a role's content: sections -> groups -> items, in page order. The role
//! page, comparison, search and progress all walk this, so a new kind of content is added here
//! once and every view agrees on it.

use super::keys::{key, Kind};
use super::model::*;
use competency::competency;
use std::sync::OnceLock;

/// A role's whole content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    pub sections: Vec<Section>,
}

/// A titled part of the role page with its own URL (`#/role/<id>/<key>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub key: &'static str,
    pub title: &'static str,
    pub kind: SectionKind,
    /// A sentence introducing the section (a source's "skills intro").
    pub intro: Option<&'static str>,
    pub groups: Vec<Group>,
}

/// What a section holds; decides how comparison aligns it and how the page lays it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    Overview,
    /// Competencies (SFIA skills, grid competencies, matrix areas): aligned across roles.
    Competencies,
    /// Everything else a role definition says.
    Definition,
}

/// A competency, a matrix area, a group of responsibilities...
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Unique within the role and the same for the same thing in another role.
    pub key: String,
    pub name: &'static str,
    /// How progress names the group: "Sourcing (SORC)", "Craftsmanship (C3)".
    pub title: String,
    /// The competency it describes, for linking to its page.
    pub skill: Option<SkillIx>,
    /// A grade ("C3") or a proficiency ("Practitioner").
    pub badge: Option<&'static str>,
    /// Markdown shown under the name (a matrix area's summary, a competency's description).
    pub summary: Option<&'static str>,
    /// The build left this competency's text out (restrictive terms).
    pub omitted: bool,
    /// For a competency of an optional group: (group name, competency code). It counts towards
    /// progress only when the person chose it.
    pub choice: Option<(&'static str, &'static str)>,
    pub items: Vec<Item>,
}

/// One statement, fact or paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Set when the item can be assessed: its expectation key.
    pub key: Option<String>,
    pub kind: Option<Kind>,
    /// "Experience", "Delivery Process": items with labels are shown as a list of terms.
    pub label: Option<&'static str>,
    pub text: String,
    /// A web address the text links to (a note's link).
    pub href: Option<&'static str>,
    pub examples: &'static [&'static str],
    /// For cumulative levels: the lower level this expectation comes from.
    pub from_level: Option<LevelIx>,
    pub earlier: Option<Earlier>,
}

/// A statement's wording before its last change, so a rating of it can be confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Earlier {
    pub text: &'static str,
    /// The key the earlier wording had (statements keyed by their text).
    pub key: Option<String>,
    /// Ratings made before this day (since 1970-01-01) were of the earlier wording.
    pub before_day: Option<i64>,
}

impl Item {
    fn text(text: impl Into<String>) -> Item {
        Item {
            key: None,
            kind: None,
            label: None,
            text: text.into(),
            href: None,
            examples: &[],
            from_level: None,
            earlier: None,
        }
    }

    fn labelled(label: &'static str, text: &'static str) -> Item {
        Item {
            label: Some(label),
            ..Item::text(text)
        }
    }

    fn assessable(mut self, kind: Kind, context: &str, keyed_text: &str) -> Item {
        self.key = Some(key(kind, context, keyed_text));
        self.kind = Some(kind);
        self
    }

    /// The text progress shows: "Label: text" for labelled items.
    pub fn full_text(&self) -> String {
        match self.label {
            Some(label) => format!("{label}: {}", self.text),
            None => self.text.clone(),
        }
    }
}

impl Group {
    fn new(key: String, name: &'static str, items: Vec<Item>) -> Group {
        Group {
            key,
            name,
            title: name.to_string(),
            skill: None,
            badge: None,
            summary: None,
            omitted: false,
            choice: None,
            items,
        }
    }
}

impl Content {
    /// Every item with an expectation key, with its group, in page order.
    pub fn assessable(&self) -> impl Iterator<Item = (&Group, &Item)> {
        self.sections
            .iter()
            .flat_map(|s| &s.groups)
            .flat_map(|g| g.items.iter().map(move |i| (g, i)))
            .filter(|(_, i)| i.key.is_some())
    }

    pub fn section(&self, key: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.key == key)
    }

    /// Describes `role` of `fw`. Sections without content are left out.
    pub fn build(fw: &Framework, role: &Role) -> Content {
        let mut sections = vec![];
        let mut add = |key, title, kind, intro, groups: Vec<Group>| {
            if groups
                .iter()
                .any(|g| !g.items.is_empty() || g.summary.is_some())
            {
                sections.push(Section {
                    key,
                    title,
                    kind,
                    intro,
                    groups,
                });
            }
        };
        let mut overview: Vec<Item> = role
            .scope_summary
            .map(|s| Item::labelled("Scope", s))
            .into_iter()
            .collect();
        overview.extend(role.overview.iter().map(|p| Item::text(*p)));
        let overview = vec![Group::new("overview".into(), "Overview", overview)];
        add(
            "overview",
            "Overview",
            SectionKind::Overview,
            None,
            overview,
        );

        let facts = role.characteristics.iter();
        let facts = facts.map(|c| Item::labelled(c.name, c.text)).collect();
        let facts = vec![Group::new(
            "characteristics".into(),
            "Key characteristics",
            facts,
        )];
        add(
            "characteristics",
            "Key characteristics",
            SectionKind::Definition,
            None,
            facts,
        );

        let groups = role.responsibilities.iter().map(|g| {
            let items = g.items.iter();
            let items = items.map(|i| Item::text(*i).assessable(Kind::Responsibility, g.name, i));
            Group::new(
                format!("responsibilities:{}", g.name),
                g.name,
                items.collect(),
            )
        });
        add(
            "responsibilities",
            "Responsibilities",
            SectionKind::Definition,
            None,
            groups.collect(),
        );

        let groups = role.metrics.iter().map(|g| {
            let items = g.metrics.iter().map(|m| {
                let context = format!("{}/{}", g.name, m.name);
                Item::labelled(m.name, m.text).assessable(Kind::Metric, &context, m.text)
            });
            Group {
                title: format!("Success metrics: {}", g.name),
                ..Group::new(format!("metrics:{}", g.name), g.name, items.collect())
            }
        });
        add(
            "metrics",
            "Success metrics",
            SectionKind::Definition,
            None,
            groups.collect(),
        );

        let groups = role.challenges.iter().map(|c| {
            let items = vec![
                Item::labelled("Challenge", c.challenge),
                Item::labelled("Approach", c.approach),
            ];
            Group::new(format!("challenge:{}", c.name), c.name, items)
        });
        add(
            "challenges",
            "Challenges and approaches",
            SectionKind::Definition,
            None,
            groups.collect(),
        );

        let dev = &role.development;
        let groups = [
            ("must", "Must develop", dev.must),
            ("should", "Should develop", dev.should),
        ];
        let groups = groups.into_iter().filter(|(_, _, items)| !items.is_empty());
        let groups = groups.map(|(key, name, items)| {
            let items = items.iter().map(|i| Item::text(*i)).collect();
            Group::new(format!("development:{key}"), name, items)
        });
        add(
            "development",
            "Development focus",
            SectionKind::Definition,
            None,
            groups.collect(),
        );

        // The growth text introduces its options; the typical time follows them.
        let options = role.growth.iter().flat_map(|g| g.options.iter());
        let mut growth: Vec<Item> = options.map(|o| Item::text(*o)).collect();
        let years = role.years_at_level;
        growth.extend(years.map(|y| Item::labelled("Typical time at this level", y)));
        let growth = vec![Group {
            summary: role.growth.as_ref().map(|g| g.text),
            ..Group::new("growth".into(), "Growth path", growth)
        }];
        add(
            "growth",
            "Growth path",
            SectionKind::Definition,
            None,
            growth,
        );

        let groups = role
            .skills
            .iter()
            .map(|&s| competency(fw, role, s))
            .collect();
        let intro = fw.source(role).skills_intro;
        add(
            "skills",
            "Competencies",
            SectionKind::Competencies,
            intro,
            groups,
        );

        // Optional groups (specialisms): each competency as above, marked with its group.
        let groups = role.optional.iter().flat_map(|o| {
            o.skills.iter().map(move |&s| Group {
                choice: Some((o.name, fw.skills[s].code)),
                ..competency(fw, role, s)
            })
        });
        let title = match role.optional {
            [one] => one.name,
            _ => "Optional competencies",
        };
        add(
            "optional",
            title,
            SectionKind::Competencies,
            None,
            groups.collect(),
        );

        let groups = role.matrix.iter().map(|m| {
            let items = m.attributes.iter().map(|a| {
                let context = format!("{}/{}", m.area, a.name);
                Item::labelled(a.name, a.text).assessable(Kind::Attribute, &context, a.text)
            });
            Group {
                title: format!("{} ({})", m.area, m.grade),
                badge: Some(m.grade),
                summary: Some(m.summary),
                ..Group::new(format!("competency:{}", m.area), m.area, items.collect())
            }
        });
        add(
            "matrix",
            "Competency matrix",
            SectionKind::Competencies,
            None,
            groups.collect(),
        );

        let groups = role.notes.iter().enumerate().map(|(i, n)| {
            let link = n.link.as_ref().map(|link| Item {
                href: Some(link.href),
                ..Item::text(link.title)
            });
            Group {
                summary: Some(n.text),
                ..Group::new(format!("note:{i}"), n.title, link.into_iter().collect())
            }
        });
        add(
            "notes",
            "Notes",
            SectionKind::Definition,
            None,
            groups.collect(),
        );

        let groups = role.related.iter().map(|g| {
            let items = g
                .links
                .iter()
                .map(|l| Item::labelled(l.title, l.target))
                .collect();
            Group::new(format!("related:{}", g.name), g.name, items)
        });
        add(
            "related",
            "Related resources",
            SectionKind::Definition,
            Some("Pages of the source document; they are not part of this app."),
            groups.collect(),
        );
        Content { sections }
    }
}

/// The content of every role of the bundled framework, each built on first use.
pub fn of(role: RoleIx) -> &'static Content {
    static ALL: OnceLock<Vec<OnceLock<Content>>> = OnceLock::new();
    let fw = super::framework();
    let all = ALL.get_or_init(|| fw.roles.iter().map(|_| OnceLock::new()).collect());
    static EMPTY: Content = Content { sections: vec![] };
    match (all.get(role), fw.roles.get(role)) {
        (Some(cell), Some(r)) => cell.get_or_init(|| Content::build(fw, r)),
        _ => &EMPTY,
    }
}

mod competency;
#[cfg(test)]
mod tests;
