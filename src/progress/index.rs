//! Every role's expectations, computed once, and the lookup of an expectation by its key
//! (for describing imported progress). Indexed: no lookup walks the framework.

use super::expectations::{for_role, Expectation};
use crate::data::{framework, Framework, RoleIx};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The expectations of a framework, by role and by key.
#[derive(Debug)]
pub struct ExpectationIndex {
    by_role: Vec<Vec<Expectation>>,
    /// Key -> (role, position in that role's list); the first role that has it.
    by_key: HashMap<String, (RoleIx, usize)>,
}

impl ExpectationIndex {
    pub fn build(fw: &Framework) -> ExpectationIndex {
        let by_role: Vec<Vec<Expectation>> = fw.roles.iter().map(|r| for_role(fw, r)).collect();
        let mut by_key = HashMap::new();
        for (role, list) in by_role.iter().enumerate() {
            for (i, e) in list.iter().enumerate() {
                by_key.entry(e.key.clone()).or_insert((role, i));
            }
        }
        ExpectationIndex { by_role, by_key }
    }

    /// A role's expectations in page order; empty for an unknown role.
    pub fn for_role(&self, role: RoleIx) -> &[Expectation] {
        self.by_role.get(role).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The expectation with `key`, in whichever role has it.
    pub fn by_key(&self, key: &str) -> Option<&Expectation> {
        let &(role, i) = self.by_key.get(key)?;
        self.by_role.get(role)?.get(i)
    }

    pub fn knows(&self, key: &str) -> bool {
        self.by_key.contains_key(key)
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
}
