//! Agreement between a person's own rating and a reviewer's, per expectation and per
//! competency: the same, one step apart, or further apart on the four-step scale.

use super::ReviewReply;
use crate::progress::expectations::{groups, Expectation};
use crate::progress::{Progress, Rating};

/// How two ratings of one expectation compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    Same,
    /// Adjacent steps (e.g. Developing and Consistently).
    OneStep,
    /// Two or three steps apart.
    Further,
    /// One side (or both) gave no rating.
    NotCompared,
}

impl Agreement {
    pub fn of(own: Option<Rating>, reviewer: Option<Rating>) -> Agreement {
        match (own, reviewer) {
            (Some(a), Some(b)) => match (a.code() as i8 - b.code() as i8).abs() {
                0 => Agreement::Same,
                1 => Agreement::OneStep,
                _ => Agreement::Further,
            },
            _ => Agreement::NotCompared,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Agreement::Same => "Same",
            Agreement::OneStep => "One step apart",
            Agreement::Further => "Further apart",
            Agreement::NotCompared => "Not compared",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Agreement::Same => "same",
            Agreement::OneStep => "one-step",
            Agreement::Further => "further",
            Agreement::NotCompared => "not-compared",
        }
    }
}

/// Steps from the person's rating to the reviewer's: positive when the reviewer rates higher.
pub fn steps(own: Option<Rating>, reviewer: Option<Rating>) -> Option<i8> {
    Some(reviewer?.code() as i8 - own?.code() as i8)
}

/// How many expectations of a set agree how closely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub same: usize,
    pub one_step: usize,
    pub further: usize,
    pub not_compared: usize,
    /// Of the compared ones, where the reviewer rated higher / lower than the person.
    pub reviewer_higher: usize,
    pub reviewer_lower: usize,
}

impl Tally {
    fn add(&mut self, own: Option<Rating>, reviewer: Option<Rating>) {
        match Agreement::of(own, reviewer) {
            Agreement::Same => self.same += 1,
            Agreement::OneStep => self.one_step += 1,
            Agreement::Further => self.further += 1,
            Agreement::NotCompared => self.not_compared += 1,
        }
        match steps(own, reviewer) {
            Some(s) if s > 0 => self.reviewer_higher += 1,
            Some(s) if s < 0 => self.reviewer_lower += 1,
            _ => {}
        }
    }

    pub fn compared(&self) -> usize {
        self.same + self.one_step + self.further
    }

    /// Share of the compared expectations rated the same, 0–100 (0 when none compared).
    pub fn percent_same(&self) -> u32 {
        (self.same * 100).checked_div(self.compared()).unwrap_or(0) as u32
    }

    pub fn of<'a>(
        own: &Progress,
        reply: &ReviewReply,
        expectations: impl IntoIterator<Item = &'a Expectation>,
    ) -> Tally {
        let mut t = Tally::default();
        for e in expectations {
            t.add(own.rating(&e.key), reply.rating(&e.key));
        }
        t
    }
}

impl ReviewReply {
    pub fn rating(&self, key: &str) -> Option<Rating> {
        self.views.get(key).and_then(|v| v.rating)
    }

    pub fn comment(&self, key: &str) -> Option<&str> {
        self.views
            .get(key)
            .map(|v| v.comment.as_str())
            .filter(|c| !c.trim().is_empty())
    }
}

/// The tally per competency, in the order the competencies first appear.
pub fn by_group<'a>(
    own: &Progress,
    reply: &ReviewReply,
    expectations: &'a [Expectation],
) -> Vec<(&'a str, Tally)> {
    groups(expectations)
        .into_iter()
        .map(|g| {
            let tally = Tally::of(own, reply, expectations.iter().filter(|e| e.group == g));
            (g, tally)
        })
        .collect()
}
