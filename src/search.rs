//! Filtering the role catalogue: free text, facets with counts, sorting, and explaining an empty
//! result. Pure logic over the framework; the index is built once, never per keystroke.

pub mod filters;
pub mod text;

use crate::data::content::{Content, SectionKind};
use crate::data::{Framework, Role, RoleIx};
pub use filters::{Filters, Sort};
use text::{normalize, query_terms};

/// A dimension the catalogue can be narrowed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Path,
    Level,
    Source,
    /// SFIA skills (by code) and competency-matrix areas (`matrix:<area>`).
    Competency,
    Category,
    Subcategory,
}

impl Facet {
    pub const COUNT: usize = 6;
    pub const ALL: [Facet; Facet::COUNT] = [
        Facet::Path,
        Facet::Level,
        Facet::Source,
        Facet::Competency,
        Facet::Category,
        Facet::Subcategory,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The URL parameter name.
    pub fn url_key(self) -> &'static str {
        match self {
            Facet::Path => "path",
            Facet::Level => "level",
            Facet::Source => "source",
            Facet::Competency => "skill",
            Facet::Category => "category",
            Facet::Subcategory => "subcategory",
        }
    }

    pub fn from_url_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.url_key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Facet::Path => "Career path",
            Facet::Level => "Level",
            Facet::Source => "Source",
            Facet::Competency => "Competency",
            Facet::Category => "Category",
            Facet::Subcategory => "Subcategory",
        }
    }
}

/// One choice within a facet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetOption {
    /// Stable key used in the URL.
    pub key: String,
    pub label: String,
}

/// The weighted fields of a role's searchable text, in [`FIELD_WEIGHTS`] order: title; tags
/// (competency codes and names, matrix areas and grades, categories); summary (scope and
/// overview); body (every other statement).
const FIELD_WEIGHTS: [u32; 4] = [8, 4, 2, 1];
/// Extra weight when a term is a whole word rather than the start or middle of one.
const WHOLE_WORD_BONUS: u32 = 1;

/// Every role's searchable text, folded once. Each distinct text is kept once and roles point
/// at it, so roles that share wording (many teams on one ladder, one grid of competencies)
/// share the memory and the matching work: a query is matched once per distinct text.
struct TextIndex {
    texts: Vec<String>,
    /// `fields[role]`: indices into `texts`, one per field of [`FIELD_WEIGHTS`].
    fields: Vec<[u32; 4]>,
}

/// The four fields of a role's searchable text, unfolded.
fn role_fields(fw: &Framework, role: &Role) -> [String; 4] {
    let content = Content::build(fw, role);
    let (mut tags, mut summary, mut body): (Vec<&str>, Vec<&str>, Vec<&str>) = Default::default();
    for section in &content.sections {
        for group in &section.groups {
            let words = match section.kind {
                SectionKind::Overview => &mut summary,
                SectionKind::Competencies => {
                    tags.push(group.name);
                    tags.extend(group.badge);
                    if let Some(skill) = group.skill.map(|s| &fw.skills[s]) {
                        tags.extend(
                            [Some(skill.code), skill.category, skill.subcategory]
                                .into_iter()
                                .flatten(),
                        );
                    }
                    &mut body
                }
                SectionKind::Definition => {
                    body.push(group.name);
                    &mut body
                }
            };
            words.extend(group.summary);
            for item in &group.items {
                words.extend(item.label);
                words.push(&item.text);
                words.extend(item.examples);
            }
        }
    }
    [
        role.title.to_string(),
        tags.join(" | "),
        summary.join(" | "),
        body.join(" | "),
    ]
}

impl TextIndex {
    fn build(fw: &Framework) -> TextIndex {
        let mut ids: std::collections::HashMap<String, u32> = Default::default();
        let mut texts = vec![];
        let fields = fw
            .roles
            .iter()
            .map(|role| {
                role_fields(fw, role).map(|text| {
                    *ids.entry(text).or_insert_with_key(|text| {
                        texts.push(normalize(text));
                        (texts.len() - 1) as u32
                    })
                })
            })
            .collect();
        TextIndex { texts, fields }
    }

    /// Each role's score for `terms` (`None`: some term is missing), matching each distinct
    /// text once per term.
    fn scores(&self, terms: &[String]) -> Vec<Option<u32>> {
        // 0: no match, 1: inside a word, 2: a whole word.
        let quality: Vec<Vec<u8>> = terms
            .iter()
            .map(|term| self.texts.iter().map(|t| match_quality(t, term)).collect())
            .collect();
        self.fields
            .iter()
            .map(|fields| {
                let mut total = 0;
                for q in &quality {
                    let best = fields
                        .iter()
                        .zip(FIELD_WEIGHTS)
                        .map(|(&f, weight)| match q[f as usize] {
                            0 => 0,
                            1 => weight * 2,
                            _ => weight * 2 + WHOLE_WORD_BONUS,
                        })
                        .max()
                        .unwrap_or(0);
                    if best == 0 {
                        return None;
                    }
                    total += best;
                }
                Some(total)
            })
            .collect()
    }
}

/// How `term` occurs in the folded `text`: 0 not at all, 1 inside a word, 2 as a whole word.
fn match_quality(text: &str, term: &str) -> u8 {
    match text.find(term) {
        None => 0,
        Some(pos) if text[..pos].ends_with(' ') && text[pos + term.len()..].starts_with(' ') => 2,
        Some(_) => 1,
    }
}

/// A narrowing constraint that is in force, for explaining empty results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Constraint {
    Text,
    Facet(Facet),
}

/// The result of applying filters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Matching roles in display order.
    pub hits: Vec<RoleIx>,
    /// For each facet and option: how many roles it would give with the other filters applied.
    pub counts: [Vec<usize>; Facet::COUNT],
    /// When nothing matches: each constraint in force, and how many roles dropping it would give.
    pub relaxations: Vec<(Constraint, usize)>,
}

/// The catalogue's index: facet options and every role's searchable text and facet values.
pub struct Catalogue {
    fw: &'static Framework,
    /// Built on the first text query (or by [`Catalogue::prepare_text`]), not at start-up:
    /// the first view needs no text search.
    text: std::sync::OnceLock<TextIndex>,
    options: [Vec<FacetOption>; Facet::COUNT],
    /// `values[role][facet]`: indices into `options[facet]` that the role has.
    values: Vec<[Vec<usize>; Facet::COUNT]>,
}

fn option_index(options: &mut Vec<FacetOption>, key: &str, label: &str) -> usize {
    match options.iter().position(|o| o.key == key) {
        Some(i) => i,
        None => {
            options.push(FacetOption {
                key: key.to_string(),
                label: label.to_string(),
            });
            options.len() - 1
        }
    }
}

impl Catalogue {
    /// The catalogue of the bundled framework, built on first use and kept for the session.
    pub fn shared() -> &'static Catalogue {
        static SHARED: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
        SHARED.get_or_init(|| Catalogue::new(crate::data::framework()))
    }

    pub fn new(fw: &'static Framework) -> Catalogue {
        let mut options: [Vec<FacetOption>; Facet::COUNT] = Default::default();
        // Paths, levels and sources keep data order; their options are their ids and names.
        fn listed<T>(items: &[T], id_name: impl Fn(&T) -> (&str, &str)) -> Vec<FacetOption> {
            items
                .iter()
                .map(|item| {
                    let (key, label) = id_name(item);
                    FacetOption {
                        key: key.into(),
                        label: label.into(),
                    }
                })
                .collect()
        }
        options[Facet::Path.index()] = listed(fw.paths, |p| (p.id, p.name));
        options[Facet::Level.index()] = listed(fw.levels, |l| (l.id, l.name));
        options[Facet::Source.index()] = listed(fw.sources, |s| (s.id, s.name));
        let mut values = Vec::with_capacity(fw.roles.len());
        for role in fw.roles {
            let mut v: [Vec<usize>; Facet::COUNT] = Default::default();
            v[Facet::Path.index()].push(role.path);
            v[Facet::Level.index()].push(role.level);
            v[Facet::Source.index()].push(role.source);
            for &s in role.skills {
                let skill = &fw.skills[s];
                let comp = &mut options[Facet::Competency.index()];
                let label = format!("{} {}", skill.code, skill.name);
                v[Facet::Competency.index()].push(option_index(comp, skill.code, &label));
                if let Some(category) = skill.category {
                    let cat = &mut options[Facet::Category.index()];
                    v[Facet::Category.index()].push(option_index(cat, category, category));
                }
                if let Some(sub) = skill.subcategory {
                    let label = match skill.category {
                        Some(category) => format!("{category} › {sub}"),
                        None => sub.to_string(),
                    };
                    let opts = &mut options[Facet::Subcategory.index()];
                    v[Facet::Subcategory.index()].push(option_index(opts, sub, &label));
                }
            }
            for m in role.matrix {
                let comp = &mut options[Facet::Competency.index()];
                let key = format!("matrix:{}", m.area);
                let label = format!("{} (matrix)", m.area);
                v[Facet::Competency.index()].push(option_index(comp, &key, &label));
            }
            for list in v.iter_mut() {
                list.sort_unstable();
                list.dedup();
            }
            values.push(v);
        }
        // Skills and categories read best alphabetically; levels and paths keep data order.
        for facet in [Facet::Competency, Facet::Category, Facet::Subcategory] {
            let opts = &mut options[facet.index()];
            let mut order: Vec<usize> = (0..opts.len()).collect();
            order.sort_by(|&a, &b| opts[a].label.cmp(&opts[b].label));
            let mut new_pos = vec![0; opts.len()];
            for (new, &old) in order.iter().enumerate() {
                new_pos[old] = new;
            }
            *opts = order.iter().map(|&i| opts[i].clone()).collect();
            for v in values.iter_mut() {
                for ix in v[facet.index()].iter_mut() {
                    *ix = new_pos[*ix];
                }
                v[facet.index()].sort_unstable();
            }
        }
        Catalogue {
            fw,
            text: Default::default(),
            options,
            values,
        }
    }

    pub fn framework(&self) -> &'static Framework {
        self.fw
    }

    /// Builds the text index now (it is otherwise built by the first text query).
    pub fn prepare_text(&self) {
        self.text_index();
    }

    fn text_index(&self) -> &TextIndex {
        self.text.get_or_init(|| TextIndex::build(self.fw))
    }

    pub fn options(&self, facet: Facet) -> &[FacetOption] {
        &self.options[facet.index()]
    }

    pub fn knows(&self, facet: Facet, key: &str) -> bool {
        self.options(facet).iter().any(|o| o.key == key)
    }

    /// Option labels for a role in one facet (e.g. its competencies).
    pub fn role_options(&self, role: RoleIx, facet: Facet) -> impl Iterator<Item = &FacetOption> {
        self.values[role][facet.index()]
            .iter()
            .map(move |&i| &self.options[facet.index()][i])
    }

    /// Applies the filters: matching roles in order, facet counts, and, when nothing matches,
    /// what each constraint in force excludes.
    pub fn run(&self, filters: &Filters) -> Outcome {
        let terms = query_terms(&filters.text);
        // Selected option indices per facet; `None` when the facet does not narrow.
        let selected: Vec<Option<Vec<usize>>> = Facet::ALL
            .iter()
            .map(|&f| {
                let keys = filters.selected(f);
                (!keys.is_empty()).then(|| {
                    self.options(f)
                        .iter()
                        .enumerate()
                        .filter(|(_, o)| keys.contains(&o.key))
                        .map(|(i, _)| i)
                        .collect()
                })
            })
            .collect();
        let n = self.fw.roles.len();
        let scores: Vec<Option<u32>> = if terms.is_empty() {
            vec![Some(0); n]
        } else {
            self.text_index().scores(&terms)
        };
        // passes[role][facet]
        let passes: Vec<[bool; Facet::COUNT]> = (0..n)
            .map(|r| {
                let mut p = [true; Facet::COUNT];
                for (fi, sel) in selected.iter().enumerate() {
                    if let Some(sel) = sel {
                        p[fi] = self.values[r][fi].iter().any(|v| sel.contains(v));
                    }
                }
                p
            })
            .collect();

        let mut counts: [Vec<usize>; Facet::COUNT] = Default::default();
        for f in Facet::ALL {
            counts[f.index()] = vec![0; self.options(f).len()];
        }
        let mut hits = vec![];
        for r in 0..n {
            if scores[r].is_none() {
                continue;
            }
            let failing: Vec<usize> = (0..Facet::COUNT).filter(|&f| !passes[r][f]).collect();
            match failing.as_slice() {
                [] => {
                    hits.push(r);
                    for (fi, count) in counts.iter_mut().enumerate() {
                        for &v in &self.values[r][fi] {
                            count[v] += 1;
                        }
                    }
                }
                // Fails only facet f: it still counts towards f's other options.
                [f] => {
                    for &v in &self.values[r][*f] {
                        counts[*f][v] += 1;
                    }
                }
                _ => {}
            }
        }

        let sort = match filters.sort {
            Sort::Auto if !terms.is_empty() => Sort::Relevance,
            Sort::Auto => Sort::Level,
            other => other,
        };
        match sort {
            Sort::Title => {
                hits.sort_by(|&a, &b| (self.fw.roles[a].title, a).cmp(&(self.fw.roles[b].title, b)))
            }
            Sort::Relevance => hits.sort_by(|&a, &b| scores[b].cmp(&scores[a]).then(a.cmp(&b))),
            // Roles are stored in level order.
            Sort::Level | Sort::Auto => {}
        }

        let mut relaxations = vec![];
        if hits.is_empty() {
            let all_facets = |r: usize| passes[r].iter().all(|&p| p);
            if !terms.is_empty() {
                let without_text = (0..n).filter(|&r| all_facets(r)).count();
                relaxations.push((Constraint::Text, without_text));
            }
            for f in Facet::ALL {
                if selected[f.index()].is_some() {
                    let without = (0..n)
                        .filter(|&r| {
                            scores[r].is_some()
                                && (0..Facet::COUNT).all(|g| g == f.index() || passes[r][g])
                        })
                        .count();
                    relaxations.push((Constraint::Facet(f), without));
                }
            }
        }
        Outcome {
            hits,
            counts,
            relaxations,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::framework;

    fn catalogue() -> Catalogue {
        Catalogue::new(framework())
    }

    fn ids(c: &Catalogue, hits: &[RoleIx]) -> Vec<&'static str> {
        hits.iter().map(|&r| c.framework().roles[r].id).collect()
    }

    fn search(c: &Catalogue, text: &str) -> Vec<&'static str> {
        let f = Filters {
            text: text.into(),
            ..Filters::default()
        };
        ids(c, &c.run(&f).hits)
    }

    #[test]
    fn empty_query_lists_every_role_by_level() {
        let c = catalogue();
        let out = c.run(&Filters::default());
        assert_eq!(out.hits.len(), framework().roles.len());
        let ranks: Vec<u32> = out
            .hits
            .iter()
            .map(|&r| framework().level(&framework().roles[r]).rank)
            .collect();
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
        assert!(out.relaxations.is_empty());
    }

    #[test]
    fn words_match_in_any_order_and_any_case() {
        let c = catalogue();
        // The handbook role's growth path names "Director or VP of Engineering roles".
        let both = [
            "sfia-vp-of-engineering",
            "handbook-senior-engineering-manager",
        ];
        assert_eq!(search(&c, "engineering VP"), both);
        assert_eq!(search(&c, "vp ENGINEERING"), both);
    }

    #[test]
    fn accents_are_ignored_both_ways() {
        let c = catalogue();
        assert_eq!(search(&c, "dîrector"), search(&c, "director"));
        assert_eq!(search(&c, "DIRECTOR")[0], "sfia-director-of-engineering");
        // The data has "company’s"; a plain apostrophe or none matches too.
        assert_eq!(
            search(&c, "company's"),
            ["crafters-senior-engineering-manager"]
        );
    }

    #[test]
    fn skill_codes_names_attainment_and_attributes_are_searched() {
        let c = catalogue();
        assert_eq!(search(&c, "etmg").len(), 3);
        assert_eq!(search(&c, "supplier management").len(), 3);
        // Level 7 attainment text of SORC only.
        assert_eq!(
            search(&c, "organisation-defining"),
            ["sfia-vp-of-engineering"]
        );
        // A matrix attribute.
        assert_eq!(
            search(&c, "toil elimination"),
            ["crafters-senior-engineering-manager"]
        );
    }

    #[test]
    fn a_query_that_matches_nothing_explains_itself() {
        let c = catalogue();
        let f = Filters {
            text: "astronaut".into(),
            ..Filters::default()
        };
        let out = c.run(&f);
        assert!(out.hits.is_empty());
        assert_eq!(
            out.relaxations,
            vec![(Constraint::Text, framework().roles.len())]
        );
    }

    #[test]
    fn title_matches_rank_above_body_matches() {
        let c = catalogue();
        let hits = search(&c, "director");
        assert_eq!(hits[0], "sfia-director-of-engineering");
        // "Director or VP of Engineering roles" is in the handbook role's growth path.
        assert!(hits.contains(&"handbook-senior-engineering-manager"));
    }

    #[test]
    fn facets_are_and_across_and_or_within() {
        let c = catalogue();
        let mut f = Filters::default();
        f.toggle(Facet::Level, "L6");
        f.toggle(Facet::Level, "L7");
        assert_eq!(
            ids(&c, &c.run(&f).hits),
            ["sfia-director-of-engineering", "sfia-vp-of-engineering"]
        );
        f.toggle(Facet::Source, "crafters");
        assert!(c.run(&f).hits.is_empty());
    }

    #[test]
    fn facet_counts_apply_the_other_filters() {
        let c = catalogue();
        let mut f = Filters::default();
        f.toggle(Facet::Level, "L5");
        let out = c.run(&f);
        let count = |facet: Facet, key: &str| {
            let i = c
                .options(facet)
                .iter()
                .position(|o| o.key == key)
                .expect("option exists");
            out.counts[facet.index()][i]
        };
        // Level counts ignore the level filter itself.
        assert_eq!(count(Facet::Level, "L5"), 3);
        assert_eq!(count(Facet::Level, "L6"), 1);
        // Other facets count within L5.
        assert_eq!(count(Facet::Source, "crafters"), 1);
        assert_eq!(count(Facet::Source, "sfia-management"), 1);
        assert_eq!(count(Facet::Competency, "ETMG"), 1);
        assert_eq!(count(Facet::Competency, "matrix:Craftsmanship"), 1);
    }

    #[test]
    fn options_with_no_roles_count_zero() {
        let c = catalogue();
        let mut f = Filters::default();
        f.toggle(Facet::Source, "crafters");
        let out = c.run(&f);
        let i = c
            .options(Facet::Competency)
            .iter()
            .position(|o| o.key == "ETMG")
            .expect("ETMG option");
        assert_eq!(out.counts[Facet::Competency.index()][i], 0);
    }

    #[test]
    fn every_filter_combined() {
        let c = catalogue();
        let mut f = Filters {
            text: "procurement".into(),
            ..Filters::default()
        };
        f.toggle(Facet::Path, "management");
        f.toggle(Facet::Level, "L6");
        f.toggle(Facet::Source, "sfia-management");
        f.toggle(Facet::Competency, "SORC");
        f.toggle(Facet::Category, "Relationships and engagement");
        f.toggle(Facet::Subcategory, "Stakeholder management");
        assert_eq!(ids(&c, &c.run(&f).hits), ["sfia-director-of-engineering"]);
    }

    #[test]
    fn empty_result_says_which_filters_to_drop() {
        let c = catalogue();
        let mut f = Filters {
            text: "supplier".into(),
            ..Filters::default()
        };
        f.toggle(Facet::Source, "crafters");
        let out = c.run(&f);
        assert!(out.hits.is_empty());
        assert!(out.relaxations.contains(&(Constraint::Text, 1)));
        assert!(out
            .relaxations
            .contains(&(Constraint::Facet(Facet::Source), 3)));
    }

    #[test]
    fn sort_by_title_and_relevance() {
        let c = catalogue();
        let f = Filters {
            sort: Sort::Title,
            ..Filters::default()
        };
        let titles: Vec<&str> = c
            .run(&f)
            .hits
            .iter()
            .map(|&r| framework().roles[r].title)
            .collect();
        let mut sorted = titles.clone();
        sorted.sort();
        assert_eq!(titles, sorted);
    }

    /// The bundled roles repeated `copies` times with new ids and titles, as large frameworks
    /// repeat one ladder for many teams.
    fn repeated(copies: usize) -> &'static Framework {
        let fw = framework();
        let roles: Vec<Role> = (0..copies)
            .flat_map(|c| fw.roles.iter().map(move |r| (c, r)))
            .map(|(c, r)| Role {
                id: Box::leak(format!("{}-{c}", r.id).into_boxed_str()),
                title: Box::leak(
                    format!("{} team {}", r.title, ["alpha", "bravo", "charlie"][c % 3])
                        .into_boxed_str(),
                ),
                ..r.clone()
            })
            .collect();
        Box::leak(Box::new(Framework {
            roles: Box::leak(roles.into_boxed_slice()),
            ..fw.clone()
        }))
    }

    #[test]
    fn roles_that_share_wording_share_its_folded_text() {
        let one = TextIndex::build(repeated(1));
        let three = TextIndex::build(repeated(3));
        // Only the titles are new: every other field is kept once.
        let titles: std::collections::HashSet<&str> =
            framework().roles.iter().map(|r| r.title).collect();
        assert_eq!(three.texts.len(), one.texts.len() + 2 * titles.len());
        // And the copies are found alike, each by its own title.
        let c = Catalogue::new(repeated(3));
        let body_word = search(&c, "supplier").len();
        assert_eq!(body_word, 3 * search(&catalogue(), "supplier").len());
        let bravo = search(&c, "bravo");
        assert_eq!(bravo.len(), framework().roles.len());
        for id in bravo {
            let title = c.framework().role_by_id(id).map(|(_, r)| r.title);
            assert!(
                title.is_some_and(|t| t.ends_with("team bravo")),
                "{title:?}"
            );
        }
    }

    #[test]
    fn the_text_index_waits_for_the_first_text_query() {
        let c = catalogue();
        c.run(&Filters::default());
        assert!(c.text.get().is_none(), "no text query yet");
        search(&c, "director");
        assert!(c.text.get().is_some());
    }

    #[test]
    fn role_competencies_include_skills_and_matrix_areas() {
        let c = catalogue();
        let (ix, _) = framework()
            .role_by_id("crafters-senior-engineering-manager")
            .expect("role");
        let labels: Vec<&str> = c
            .role_options(ix, Facet::Competency)
            .map(|o| o.key.as_str())
            .collect();
        assert_eq!(
            labels,
            ["matrix:Behavior", "matrix:Craftsmanship", "matrix:Impact"]
        );
    }
}
