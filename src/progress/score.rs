//! Progress maths: how much of a role's expectations are met, per role and per competency,
//! and what is still missing for a target role.

use super::expectations::{groups, Expectation};
use super::{Progress, Rating};

/// Counts of a set of expectations by rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Score {
    pub total: usize,
    /// Rated consistently or role model.
    pub met: usize,
    pub developing: usize,
    pub not_yet: usize,
}

impl Score {
    pub fn of<'a>(
        progress: &Progress,
        expectations: impl IntoIterator<Item = &'a Expectation>,
    ) -> Score {
        let mut s = Score::default();
        // An optional competency the person has not chosen does not count.
        for e in expectations.into_iter().filter(|e| progress.counts(e)) {
            s.total += 1;
            match progress.rating(&e.key) {
                Some(r) if r.is_met() => s.met += 1,
                Some(Rating::Developing) => s.developing += 1,
                Some(_) => s.not_yet += 1,
                None => {}
            }
        }
        s
    }

    pub fn assessed(&self) -> usize {
        self.met + self.developing + self.not_yet
    }

    pub fn unassessed(&self) -> usize {
        self.total - self.assessed()
    }

    /// Share of expectations met, 0–100, rounded down (100 only when all are met).
    pub fn percent_met(&self) -> u32 {
        percent(self.met, self.total)
    }

    /// Share rated at all, 0–100.
    pub fn percent_assessed(&self) -> u32 {
        percent(self.assessed(), self.total)
    }

    /// Share of a part, 0–100, for drawing bar segments.
    pub fn share(&self, part: usize) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            part as f64 * 100.0 / self.total as f64
        }
    }
}

fn percent(part: usize, total: usize) -> u32 {
    (part * 100).checked_div(total).unwrap_or(0) as u32
}

/// Scores per competency group, in the order the groups first appear.
pub fn by_group<'a>(progress: &Progress, expectations: &'a [Expectation]) -> Vec<(&'a str, Score)> {
    groups(expectations)
        .into_iter()
        .map(|g| {
            let score = Score::of(progress, expectations.iter().filter(|e| e.group == g));
            (g, score)
        })
        .filter(|(_, score)| score.total > 0)
        .collect()
}

/// The expectations not yet met (unassessed, not yet, or developing), in page order.
pub fn gaps<'a>(progress: &Progress, expectations: &'a [Expectation]) -> Vec<&'a Expectation> {
    expectations
        .iter()
        .filter(|e| progress.counts(e) && !progress.rating(&e.key).is_some_and(Rating::is_met))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::expectations::for_test as ex;

    #[test]
    fn empty_progress_scores_zero() {
        let e = [ex("s00000001", "A"), ex("s00000002", "A")];
        let s = Score::of(&Progress::default(), &e);
        assert_eq!(
            s,
            Score {
                total: 2,
                ..Score::default()
            }
        );
        assert_eq!(s.percent_met(), 0);
        assert_eq!(s.unassessed(), 2);
    }

    #[test]
    fn met_means_consistently_or_better() {
        let e = [ex("a", "A"), ex("b", "A"), ex("c", "B"), ex("d", "B")];
        let mut p = Progress::default();
        p.set_rating("a", Some(Rating::RoleModel), 1);
        p.set_rating("b", Some(Rating::Consistently), 1);
        p.set_rating("c", Some(Rating::Developing), 1);
        p.set_rating("d", Some(Rating::NotYet), 1);
        let s = Score::of(&p, &e);
        assert_eq!(
            (s.met, s.developing, s.not_yet, s.unassessed()),
            (2, 1, 1, 0)
        );
        assert_eq!(s.percent_met(), 50);
        assert_eq!(s.percent_assessed(), 100);
        let groups = by_group(&p, &e);
        assert_eq!(groups[0].0, "A");
        assert_eq!(groups[0].1.percent_met(), 100);
        assert_eq!(groups[1].1.percent_met(), 0);
        let g: Vec<&str> = gaps(&p, &e).iter().map(|e| e.key.as_str()).collect();
        assert_eq!(g, ["c", "d"]);
    }

    #[test]
    fn percent_rounds_down_and_never_divides_by_zero() {
        let s = Score {
            total: 3,
            met: 2,
            ..Score::default()
        };
        assert_eq!(s.percent_met(), 66);
        assert_eq!(Score::default().percent_met(), 0);
        assert_eq!(Score::default().share(1), 0.0);
    }
}
