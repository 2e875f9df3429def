//! What a merge or a replace would change, worked out by doing it on a copy and comparing, so
//! a preview can never promise something other than what happens. Also the preview's wording.

use super::merge::content;
use super::Progress;

/// The difference between two states of progress, expectation by expectation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Changes {
    /// Assessed afterwards, not before.
    pub added: Vec<String>,
    /// Assessed before and after, with a different rating or evidence.
    pub changed: Vec<String>,
    /// Assessed before, not afterwards.
    pub cleared: Vec<String>,
    /// The current and target roles afterwards, when they differ from before.
    pub roles: Option<(Option<String>, Option<String>)>,
    /// Optional groups whose chosen competencies differ: (group, chosen afterwards).
    pub choices: Vec<(String, Vec<String>)>,
}

impl Changes {
    pub fn between(before: &Progress, after: &Progress) -> Changes {
        let mut c = Changes::default();
        for (key, a) in after.assessed() {
            match before.assessments.get(key).filter(|b| !b.is_cleared()) {
                None => c.added.push(key.clone()),
                Some(b) if content(a) != content(b) => c.changed.push(key.clone()),
                Some(_) => {}
            }
        }
        for (key, _) in before.assessed() {
            if after.assessments.get(key).is_none_or(|a| a.is_cleared()) {
                c.cleared.push(key.clone());
            }
        }
        if (&before.current_role, &before.target_role) != (&after.current_role, &after.target_role)
        {
            c.roles = Some((after.current_role.clone(), after.target_role.clone()));
        }
        let chosen = |p: &Progress, g: &str| {
            p.choices
                .get(g)
                .map(|c| c.chosen.clone())
                .unwrap_or_default()
        };
        let groups = before.choices.keys().chain(after.choices.keys());
        let mut groups: Vec<&String> = groups.collect();
        groups.sort();
        groups.dedup();
        for g in groups {
            let now = chosen(after, g);
            if chosen(before, g) != now {
                c.choices.push((g.clone(), now));
            }
        }
        c
    }

    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.changed.is_empty()
            && self.cleared.is_empty()
            && self.roles.is_none()
            && self.choices.is_empty()
    }

    /// One sentence: "adds 2 assessments, changes 1 and clears 3, and sets your roles to …".
    /// `role_name` turns a role id into what the user reads.
    pub fn describe(&self, role_name: impl Fn(&str) -> String) -> String {
        if self.is_empty() {
            return "changes nothing".into();
        }
        let mut parts = vec![];
        if !self.added.is_empty() {
            parts.push(format!("adds {}", count(self.added.len(), "assessment")));
        }
        if !self.changed.is_empty() {
            parts.push(format!(
                "changes {}",
                count(self.changed.len(), "assessment")
            ));
        }
        if !self.cleared.is_empty() {
            parts.push(format!(
                "clears {}",
                count(self.cleared.len(), "assessment")
            ));
        }
        if let Some((current, target)) = &self.roles {
            let name = |id: &Option<String>, none: &str| {
                id.as_deref().map(&role_name).unwrap_or_else(|| none.into())
            };
            parts.push(format!(
                "sets your current role to {} and your target to {}",
                name(current, "none"),
                name(target, "the next level")
            ));
        }
        for (group, chosen) in &self.choices {
            parts.push(match chosen.is_empty() {
                true => format!("takes back your choice of {group}"),
                false => format!("sets your {group} to {}", chosen.join(", ")),
            });
        }
        join(&parts)
    }
}

/// Progress from a link or a file, made safe to merge and described for its preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// With times from the future set to now.
    pub progress: Progress,
    /// How many of its times lay too far in the future.
    pub clamped: usize,
    /// Role ids it names that this framework does not have (kept all the same).
    pub unknown_roles: Vec<String>,
    /// Assessed expectations this framework does not have (kept all the same).
    pub unknown_keys: Vec<String>,
}

impl Incoming {
    /// Takes `progress` from outside, to be merged into `mine` at `now`.
    pub fn accept(
        mut progress: Progress,
        mine: &Progress,
        now: u64,
        knows_role: impl Fn(&str) -> bool,
        knows_key: impl Fn(&str) -> bool,
    ) -> Incoming {
        let clamped = progress.clamp_for(mine, now);
        let unknown_roles = progress
            .chosen_roles()
            .filter(|id| !knows_role(id))
            .cloned()
            .collect();
        let unknown_keys = progress
            .assessed()
            .map(|(k, _)| k)
            .filter(|k| !knows_key(k))
            .cloned()
            .collect();
        Incoming {
            progress,
            clamped,
            unknown_roles,
            unknown_keys,
        }
    }

    /// `mine` after merging this in.
    pub fn merged_into(&self, mine: &Progress) -> Progress {
        let mut merged = mine.clone();
        merged.merge(&self.progress);
        merged
    }

    /// `mine` replaced by this, stamped after everything `mine` holds (see [`Progress::restored`]).
    pub fn replacing(&self, mine: &Progress, now: u64) -> Progress {
        Progress::restored(&self.progress, mine.next_stamp(now))
    }

    /// What it holds, in one sentence: "It holds 3 assessments (1 with evidence), current role: …".
    pub fn describe(&self, role_name: impl Fn(&str) -> String) -> String {
        let p = &self.progress;
        let n = p.assessed().count();
        let with_evidence = p.assessed().filter(|(_, a)| a.evidence.is_some()).count();
        let mut text = format!(
            "It holds {} ({with_evidence} with evidence)",
            count(n, "assessment")
        );
        for (what, id) in [
            ("current role", &p.current_role),
            ("target role", &p.target_role),
        ] {
            if let Some(id) = id {
                text.push_str(&format!(", {what}: {}", role_name(id)));
            }
        }
        text.push('.');
        text
    }

    /// Warnings for the preview: what the framework does not know, and distrusted times.
    pub fn notes(&self) -> Vec<String> {
        let mut notes = vec![];
        if !self.unknown_keys.is_empty() {
            notes.push(format!(
                "{} not in this framework (perhaps from another version of it): {}. They are kept, and count again if the framework brings them back.",
                match self.unknown_keys.len() {
                    1 => "1 assessed expectation is".to_string(),
                    n => format!("{n} assessed expectations are"),
                },
                capped_list(&self.unknown_keys, 5)
            ));
        }
        if !self.unknown_roles.is_empty() {
            notes.push(format!(
                "{} not in this framework: {}. Kept as chosen.",
                if self.unknown_roles.len() == 1 {
                    "Its role is"
                } else {
                    "Its roles are"
                },
                capped_list(&self.unknown_roles, 5)
            ));
        }
        if self.clamped > 0 {
            notes.push(format!(
                "{} in it lay in the future (a wrong clock, or an edited link); {} as made now.",
                count(self.clamped, "time"),
                if self.clamped == 1 {
                    "it counts"
                } else {
                    "they count"
                }
            ));
        }
        notes
    }
}

/// "1 assessment", "3 assessments".
pub fn count(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        _ => format!("{n} {noun}s"),
    }
}

/// "a, b and c".
fn join(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The first `max` items, then "… and N more".
pub fn capped_list(items: &[String], max: usize) -> String {
    let shown = items
        .iter()
        .take(max)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    match items.len().saturating_sub(max) {
        0 => shown,
        more => format!("{shown} … and {more} more"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::with_ratings as with;
    use crate::progress::{Evidence, Rating};

    fn names(id: &str) -> String {
        format!("Role {id}")
    }

    #[test]
    fn changes_list_added_changed_cleared_and_roles() {
        let before = with(&[
            ("a", Some(Rating::NotYet), 1),
            ("b", Some(Rating::Developing), 1),
            ("c", Some(Rating::RoleModel), 1),
        ]);
        let mut after = with(&[
            ("a", Some(Rating::NotYet), 5),
            ("b", Some(Rating::Consistently), 5),
            ("d", Some(Rating::Developing), 5),
        ]);
        after.set_roles(Some("x".into()), None, 5);
        let c = Changes::between(&before, &after);
        assert_eq!(
            (c.added, c.changed, c.cleared),
            (
                vec!["d".to_string()],
                vec!["b".to_string()],
                vec!["c".to_string()]
            )
        );
        assert_eq!(c.roles, Some((Some("x".into()), None)));
        assert!(Changes::between(&before, &before).is_empty());
    }

    #[test]
    fn a_time_alone_is_no_change() {
        let before = with(&[("a", Some(Rating::NotYet), 1)]);
        let after = with(&[("a", Some(Rating::NotYet), 9)]);
        assert!(Changes::between(&before, &after).is_empty());
    }

    #[test]
    fn describe_names_every_kind_of_change() {
        let mut after = with(&[("d", Some(Rating::Developing), 5)]);
        after.set_roles(Some("x".into()), None, 5);
        let before = with(&[
            ("c", Some(Rating::RoleModel), 1),
            ("e", Some(Rating::NotYet), 1),
        ]);
        let text = Changes::between(&before, &after).describe(names);
        assert_eq!(
            text,
            "adds 1 assessment, clears 2 assessments and sets your current role to Role x and your target to the next level"
        );
        assert_eq!(Changes::default().describe(names), "changes nothing");
    }

    #[test]
    fn a_link_dated_in_the_future_is_previewed_honestly() {
        // The crafted link of the bug report: a reset far in the future, nothing else.
        let now = 1_000_000;
        let mine = with(&[("a", Some(Rating::Consistently), now - 5)]);
        let link = Progress {
            cleared_at: u64::MAX / 2,
            ..Progress::default()
        };
        let incoming = Incoming::accept(link, &mine, now, |_| true, |_| true);
        assert_eq!(incoming.clamped, 1);
        let merged = incoming.merged_into(&mine);
        let changes = Changes::between(&mine, &merged);
        assert_eq!(
            changes.cleared,
            ["a"],
            "the preview says it clears, not 'changes nothing'"
        );
        assert!(incoming.notes().iter().any(|n| n.contains("in the future")));
    }

    #[test]
    fn unknown_roles_and_keys_are_kept_and_named() {
        let mut link = with(&[
            ("s00000001", Some(Rating::Developing), 5),
            ("s00000002", Some(Rating::NotYet), 5),
        ]);
        link.set_roles(Some("gone".into()), Some("known".into()), 5);
        let incoming = Incoming::accept(
            link,
            &Progress::default(),
            10,
            |r| r == "known",
            |k| k == "s00000001",
        );
        assert_eq!(incoming.unknown_roles, ["gone"]);
        assert_eq!(incoming.unknown_keys, ["s00000002"]);
        let notes = incoming.notes().join("\n");
        assert!(
            notes.contains("1 assessed expectation is not in this framework"),
            "{notes}"
        );
        assert!(
            notes.contains("Its role is not in this framework: gone"),
            "{notes}"
        );
        let merged = incoming.merged_into(&Progress::default());
        assert_eq!(merged.rating("s00000002"), Some(Rating::NotYet));
        assert_eq!(merged.current_role.as_deref(), Some("gone"));
    }

    #[test]
    fn replacing_clears_what_the_incoming_does_not_hold() {
        let mine = with(&[
            ("a", Some(Rating::NotYet), 1),
            ("b", Some(Rating::NotYet), 1),
        ]);
        let mut theirs = with(&[("b", Some(Rating::RoleModel), 1)]);
        theirs.set_evidence(
            "c",
            Evidence {
                text: "did it".into(),
                date: String::new(),
            },
            1,
        );
        let incoming = Incoming::accept(theirs, &mine, 100, |_| true, |_| true);
        let replaced = incoming.replacing(&mine, 100);
        let c = Changes::between(&mine, &replaced);
        assert_eq!((c.added.len(), c.changed.len(), c.cleared.len()), (1, 1, 1));
        assert_eq!(
            incoming.describe(names),
            "It holds 2 assessments (1 with evidence)."
        );
    }

    #[test]
    fn counts_and_lists_read_naturally() {
        assert_eq!(count(1, "time"), "1 time");
        assert_eq!(count(3, "time"), "3 times");
        let items: Vec<String> = (1..=7).map(|i| i.to_string()).collect();
        assert_eq!(capped_list(&items, 5), "1, 2, 3, 4, 5 … and 2 more");
        assert_eq!(capped_list(&items[..2], 5), "1, 2");
    }
}
