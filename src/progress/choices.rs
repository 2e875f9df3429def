//! Which competencies of an optional group (a specialism) the person chose. Progress counts an
//! optional competency only once it is chosen. A choice is kept by the group's name, so it
//! holds on every role that offers the same group, and carries its time for merging.

use super::expectations::Expectation;
use super::Progress;
use serde::{Deserialize, Serialize};

/// The competencies chosen in one optional group, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// Competency codes, sorted; empty when the person took every choice back.
    pub chosen: Vec<String>,
    /// Milliseconds since the Unix epoch of the last change.
    pub updated: u64,
}

impl Progress {
    /// True when `code` is chosen in the optional group `group`.
    pub fn is_chosen(&self, group: &str, code: &str) -> bool {
        self.choices
            .get(group)
            .is_some_and(|c| c.chosen.iter().any(|x| x == code))
    }

    /// Chooses (or with `on: false`, un-chooses) competency `code` in `group`.
    pub fn choose(&mut self, group: &str, code: &str, on: bool, now: u64) {
        let choice = self.choices.entry(group.to_string()).or_insert(Choice {
            chosen: vec![],
            updated: now,
        });
        choice.chosen.retain(|x| x != code);
        if on {
            choice.chosen.push(code.to_string());
            choice.chosen.sort();
        }
        choice.updated = now;
    }

    /// True when `e` counts towards progress: it is not optional, or its competency is chosen.
    pub fn counts(&self, e: &Expectation) -> bool {
        e.choice
            .is_none_or(|(group, code)| self.is_chosen(group, code))
    }
}

/// Newer wins; equal times are settled by content, so merge order never matters.
pub(crate) fn newer(a: &Choice, b: &Choice) -> bool {
    (a.updated, &a.chosen) > (b.updated, &b.chosen)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choosing_and_unchoosing_keeps_a_sorted_list_and_a_time() {
        let mut p = Progress::default();
        p.choose("Specialism", "FE", true, 10);
        p.choose("Specialism", "BE", true, 20);
        assert_eq!(p.choices["Specialism"].chosen, ["BE", "FE"]);
        assert!(p.is_chosen("Specialism", "FE"));
        p.choose("Specialism", "FE", false, 30);
        assert!(!p.is_chosen("Specialism", "FE"));
        assert_eq!(p.choices["Specialism"].updated, 30);
        assert!(!p.is_chosen("Other", "BE"));
    }

    #[test]
    fn merging_keeps_the_later_choice_of_each_group() {
        let mut a = Progress::default();
        a.choose("Specialism", "FE", true, 10);
        a.choose("Track", "X", true, 50);
        let mut b = Progress::default();
        b.choose("Specialism", "BE", true, 20);
        b.choose("Track", "Y", true, 40);
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        assert_eq!(ab, ba);
        assert_eq!(ab.choices["Specialism"].chosen, ["BE"]);
        assert_eq!(ab.choices["Track"].chosen, ["X"]);
    }

    #[test]
    fn choices_travel_in_links_as_version_2_and_links_without_stay_version_1() {
        use crate::progress::codec::{base64url_decode, decode, encode};
        let mut p = crate::progress::sample();
        let v1 = base64url_decode(&encode(&p)).expect("base64");
        assert_eq!(v1[0], 1, "no choices: readable by the first release");
        p.choose("Specialism", "FE", true, 1_763_000_400_000);
        p.choose("Specialism", "BE", true, 1_763_000_400_001);
        p.choose("Track", "X", false, 1_763_000_400_002);
        let link = encode(&p);
        assert_eq!(base64url_decode(&link).expect("base64")[0], 2);
        assert_eq!(decode(&link), Ok(p.clone()));
        let file = crate::progress::schema::to_export(&p);
        assert_eq!(crate::progress::schema::parse(&file), Ok(p));
    }
}
