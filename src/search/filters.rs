//! The catalogue's filter state and its URL form (`?q=…&level=L5&level=L6&sort=title`).

use super::Facet;

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Relevance while searching, level otherwise.
    #[default]
    Auto,
    Level,
    Title,
    Relevance,
}

impl Sort {
    pub fn key(self) -> &'static str {
        match self {
            Sort::Auto => "",
            Sort::Level => "level",
            Sort::Title => "title",
            Sort::Relevance => "relevance",
        }
    }

    fn parse(value: &str) -> Option<Sort> {
        match value {
            "level" => Some(Sort::Level),
            "title" => Some(Sort::Title),
            "relevance" => Some(Sort::Relevance),
            _ => None,
        }
    }
}

/// What the user filters the catalogue by. Option keys are the ones [`super::Catalogue`] lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    pub text: String,
    /// Selected option keys per facet, indexed by [`Facet::index`].
    pub selected: [Vec<String>; Facet::COUNT],
    pub sort: Sort,
}

impl Filters {
    pub fn selected(&self, facet: Facet) -> &[String] {
        &self.selected[facet.index()]
    }

    pub fn is_selected(&self, facet: Facet, key: &str) -> bool {
        self.selected(facet).iter().any(|k| k == key)
    }

    /// Adds or removes one option.
    pub fn toggle(&mut self, facet: Facet, key: &str) {
        let list = &mut self.selected[facet.index()];
        match list.iter().position(|k| k == key) {
            Some(i) => {
                list.remove(i);
            }
            None => list.push(key.to_string()),
        }
    }

    /// True when nothing narrows the catalogue (sort does not count).
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.selected.iter().all(Vec::is_empty)
    }

    /// Everything cleared, keeping the chosen sort.
    pub fn cleared(&self) -> Filters {
        Filters {
            sort: self.sort,
            ..Filters::default()
        }
    }

    /// The URL query for these filters, in a stable order.
    pub fn to_query(&self) -> Vec<(String, String)> {
        let mut q = vec![];
        if !self.text.trim().is_empty() {
            q.push(("q".to_string(), self.text.clone()));
        }
        for facet in Facet::ALL {
            for key in self.selected(facet) {
                q.push((facet.url_key().to_string(), key.clone()));
            }
        }
        if self.sort != Sort::Auto {
            q.push(("sort".to_string(), self.sort.key().to_string()));
        }
        q
    }

    /// Reads filters from a URL query. `known(facet, key)` says whether an option exists; values
    /// that do not, and unknown parameters, are dropped and described in the returned list so
    /// the user can be told.
    pub fn from_query(
        query: &[(String, String)],
        known: impl Fn(Facet, &str) -> bool,
    ) -> (Filters, Vec<String>) {
        let mut filters = Filters::default();
        let mut ignored = vec![];
        for (key, value) in query {
            if key == "q" {
                filters.text = value.clone();
            } else if key == "sort" {
                match Sort::parse(value) {
                    Some(sort) => filters.sort = sort,
                    None => ignored.push(format!("sort “{value}”")),
                }
            } else if let Some(facet) = Facet::from_url_key(key) {
                if !known(facet, value) {
                    ignored.push(format!("{} “{value}”", facet.label().to_lowercase()));
                } else if !filters.is_selected(facet, value) {
                    filters.selected[facet.index()].push(value.clone());
                }
            } else {
                ignored.push(format!("parameter “{key}”"));
            }
        }
        (filters, ignored)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn query_round_trip() {
        let mut f = Filters {
            text: "manager".into(),
            sort: Sort::Title,
            ..Filters::default()
        };
        f.toggle(Facet::Level, "L5");
        f.toggle(Facet::Level, "L6");
        f.toggle(Facet::Competency, "ETMG");
        let (back, ignored) = Filters::from_query(&f.to_query(), |_, _| true);
        assert_eq!(back, f);
        assert!(ignored.is_empty());
    }

    #[test]
    fn unknown_values_and_parameters_are_reported() {
        let (f, ignored) = Filters::from_query(
            &q(&[
                ("level", "L5"),
                ("level", "L99"),
                ("colour", "red"),
                ("sort", "sideways"),
            ]),
            |facet, key| facet == Facet::Level && key == "L5",
        );
        assert_eq!(f.selected(Facet::Level), ["L5"]);
        assert_eq!(f.sort, Sort::Auto);
        assert_eq!(
            ignored,
            ["level “L99”", "parameter “colour”", "sort “sideways”"]
        );
    }

    #[test]
    fn toggle_adds_then_removes() {
        let mut f = Filters::default();
        f.toggle(Facet::Path, "management");
        assert!(f.is_selected(Facet::Path, "management"));
        assert!(!f.is_empty());
        f.toggle(Facet::Path, "management");
        assert!(f.is_empty());
    }

    #[test]
    fn repeated_values_are_kept_once() {
        let (f, _) = Filters::from_query(&q(&[("level", "L5"), ("level", "L5")]), |_, _| true);
        assert_eq!(f.selected(Facet::Level), ["L5"]);
    }
}
