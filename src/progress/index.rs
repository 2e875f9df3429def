//! Every role's expectations, computed once, and the lookup of an expectation by its key
//! (for describing imported progress). Indexed: no lookup walks the framework.

use super::expectations::{for_role, Expectation};
use crate::data::{framework, Framework, RoleIx};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The expectations of a framework, by role and by key. Both are built on first use: a
/// role's list when it is first asked for (a card or a page shows only a few roles), the key
/// lookup when progress from outside is described. Neither keeps every role's list, so memory
/// stays with what is shown, at any framework size.
#[derive(Debug)]
pub struct ExpectationIndex {
    fw: &'static Framework,
    by_role: Vec<OnceLock<Vec<Expectation>>>,
    /// Key -> (role, position in that role's list); the first role that has it.
    by_key: OnceLock<HashMap<String, (RoleIx, usize)>>,
}

impl ExpectationIndex {
    pub fn build(fw: &'static Framework) -> ExpectationIndex {
        ExpectationIndex {
            fw,
            by_role: fw.roles.iter().map(|_| OnceLock::new()).collect(),
            by_key: OnceLock::new(),
        }
    }

    /// A role's expectations in page order; empty for an unknown role.
    pub fn for_role(&self, role: RoleIx) -> &[Expectation] {
        match (self.by_role.get(role), self.fw.roles.get(role)) {
            (Some(cell), Some(r)) => cell.get_or_init(|| for_role(self.fw, r)),
            _ => &[],
        }
    }

    fn keys(&self) -> &HashMap<String, (RoleIx, usize)> {
        self.by_key.get_or_init(|| {
            let mut by_key = HashMap::new();
            for (role, r) in self.fw.roles.iter().enumerate() {
                // Each role's list is made, read and dropped: only the keys stay.
                for (i, e) in for_role(self.fw, r).into_iter().enumerate() {
                    by_key.entry(e.key).or_insert((role, i));
                }
            }
            by_key
        })
    }

    /// The expectation with `key`, in whichever role has it.
    pub fn by_key(&self, key: &str) -> Option<&Expectation> {
        let &(role, i) = self.keys().get(key)?;
        self.for_role(role).get(i)
    }

    pub fn knows(&self, key: &str) -> bool {
        self.keys().contains_key(key)
    }

    /// How many roles' lists have been made so far.
    #[cfg(test)]
    fn roles_built(&self) -> usize {
        self.by_role.iter().filter(|c| c.get().is_some()).count()
    }
}

/// The index of the bundled framework, built on first use.
pub fn index() -> &'static ExpectationIndex {
    static INDEX: OnceLock<ExpectationIndex> = OnceLock::new();
    INDEX.get_or_init(|| ExpectationIndex::build(framework()))
}

/// A role's expectations in the bundled framework.
pub fn role_expectations(role: RoleIx) -> &'static [Expectation] {
    index().for_role(role)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_expectation_is_found_by_its_key() {
        let fw = framework();
        let index = ExpectationIndex::build(fw);
        for role in 0..fw.roles.len() {
            for e in index.for_role(role) {
                assert_eq!(index.by_key(&e.key).map(|x| &x.text), Some(&e.text));
                assert!(index.knows(&e.key));
            }
        }
        assert!(index.by_key("s00000000").is_none() || index.knows("s00000000"));
        assert!(index.for_role(fw.roles.len()).is_empty());
    }

    #[test]
    fn lists_are_made_for_the_roles_asked_for_only() {
        let fw = framework();
        let index = ExpectationIndex::build(fw);
        assert_eq!(index.roles_built(), 0);
        let first = index.for_role(0).to_vec();
        assert_eq!(index.roles_built(), 1);
        // Looking keys up needs every role's keys, not every role's list.
        let key = &first[0].key;
        assert!(index.knows(key));
        assert_eq!(index.by_key(key).map(|e| &e.text), Some(&first[0].text));
        assert_eq!(index.roles_built(), 1);
    }
}
