//! The roles a person has chosen: which role they hold, which they aim for (by default the next
//! level of the current one), and choosing either without losing the other.

use super::Progress;
use crate::data::{Framework, RoleIx};

/// Which of the two role choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Current,
    Target,
}

/// The role the person holds now, if the framework has it.
pub fn current(fw: &Framework, p: &Progress) -> Option<RoleIx> {
    p.current_role
        .as_deref()
        .and_then(|id| fw.role_by_id(id))
        .map(|(ix, _)| ix)
}

/// The role the person aims for: their explicit choice, or else the next level of the current
/// role when there is exactly one (where the ladder branches, the person chooses). An explicit
/// choice the framework no longer has gives no target (not a silent default).
pub fn target(fw: &Framework, p: &Progress) -> Option<RoleIx> {
    match p.target_role.as_deref() {
        Some(id) => fw.role_by_id(id).map(|(ix, _)| ix),
        None => current(fw, p).and_then(|c| default_target(fw, c)),
    }
}

/// The next level of `role` when it leads to exactly one role.
pub fn default_target(fw: &Framework, role: RoleIx) -> Option<RoleIx> {
    only(fw.roles[role].next)
}

/// The one role of `next`; none when there is none or the ladder branches.
fn only(next: &[RoleIx]) -> Option<RoleIx> {
    match next {
        [one] => Some(*one),
        _ => None,
    }
}

/// The roles after choosing `id` (empty: none) for `which`; the other choice is kept.
pub fn choose(p: &Progress, which: Which, id: &str) -> (Option<String>, Option<String>) {
    let id = (!id.is_empty()).then(|| id.to_string());
    match which {
        Which::Current => (id, p.target_role.clone()),
        Which::Target => (p.current_role.clone(), id),
    }
}

/// Saved role ids the framework does not have (kept, and named to the user).
pub fn unknown(fw: &Framework, p: &Progress) -> Vec<String> {
    p.chosen_roles()
        .filter(|id| fw.role_by_id(id).is_none())
        .cloned()
        .collect()
}

/// The roles whose expectations the person assesses: the target first, then the current one.
pub fn assessed(fw: &Framework, p: &Progress) -> Vec<RoleIx> {
    let mut roles: Vec<RoleIx> = target(fw, p).into_iter().collect();
    if let Some(c) = current(fw, p) {
        if !roles.contains(&c) {
            roles.push(c);
        }
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::framework;

    /// A role with a next level, whatever the framework.
    fn role_with_next(fw: &Framework) -> Option<(RoleIx, RoleIx)> {
        fw.roles.iter().enumerate().find_map(|(i, r)| match r.next {
            [n] => Some((i, *n)),
            _ => None,
        })
    }

    fn with_roles(current: Option<&str>, target: Option<&str>) -> Progress {
        let mut p = Progress::default();
        p.set_roles(current.map(Into::into), target.map(Into::into), 1);
        p
    }

    #[test]
    fn the_target_defaults_to_the_next_level() {
        let fw = framework();
        let Some((c, n)) = role_with_next(fw) else {
            return;
        };
        let p = with_roles(Some(fw.roles[c].id), None);
        assert_eq!(current(fw, &p), Some(c));
        assert_eq!(target(fw, &p), Some(n));
        assert_eq!(assessed(fw, &p), [n, c]);
        let explicit = with_roles(Some(fw.roles[c].id), Some(fw.roles[c].id));
        assert_eq!(target(fw, &explicit), Some(c));
        assert_eq!(assessed(fw, &explicit), [c]);
    }

    #[test]
    fn unknown_roles_are_named_and_give_no_target() {
        let fw = framework();
        let p = with_roles(Some("no-such-role"), Some("gone-too"));
        assert_eq!(current(fw, &p), None);
        assert_eq!(target(fw, &p), None);
        assert_eq!(unknown(fw, &p), ["no-such-role", "gone-too"]);
        assert!(assessed(fw, &p).is_empty());
    }

    #[test]
    fn a_branching_ladder_has_no_default_target() {
        assert_eq!(only(&[3]), Some(3));
        assert_eq!(only(&[]), None);
        assert_eq!(only(&[3, 4]), None, "the person chooses between branches");
    }

    #[test]
    fn choosing_one_role_keeps_the_other() {
        let p = with_roles(Some("a"), Some("b"));
        assert_eq!(
            choose(&p, Which::Current, "c"),
            (Some("c".into()), Some("b".into()))
        );
        assert_eq!(choose(&p, Which::Target, ""), (Some("a".into()), None));
    }
}
