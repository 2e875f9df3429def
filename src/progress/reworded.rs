//! Statements whose wording changed after someone rated them: their earlier rating is shown
//! with the old wording, to keep or replace, never dropped or carried over silently.

use super::expectations::Expectation;
use super::{Assessment, Progress};

const DAY_MS: u64 = 86_400_000;

/// A rating made of a statement's earlier wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarlierRating<'a> {
    pub was: &'static str,
    /// The key the rating is stored under: the earlier wording's key, or the statement's own
    /// key when it has an explicit id.
    pub from_key: String,
    pub assessment: &'a Assessment,
}

/// The rating of `e`'s earlier wording that awaits confirming, if any: for a statement keyed
/// by its text, a rating of the earlier text while the new text is unrated; for a statement
/// with an id, a rating of it made before the day the wording changed.
pub fn earlier_rating<'a>(p: &'a Progress, e: &Expectation) -> Option<EarlierRating<'a>> {
    let earlier = e.earlier.as_ref()?;
    let own = p.assessments.get(&e.key);
    let (from_key, assessment) = match (&earlier.key, earlier.before_day) {
        (Some(old), _) if own.is_none() => (old.clone(), p.assessments.get(old)?),
        (None, Some(day)) => {
            let own = own?;
            let changed = u64::try_from(day).ok()?.saturating_mul(DAY_MS);
            (own.updated < changed).then_some((e.key.clone(), own))?
        }
        _ => return None,
    };
    (!assessment.is_cleared()).then_some(EarlierRating {
        was: earlier.text,
        from_key,
        assessment,
    })
}

impl Progress {
    /// Keeps the rating and evidence of `from_key` for the statement `key` as it is worded now.
    pub fn keep_earlier(&mut self, key: &str, from_key: &str, now: u64) {
        let Some(old) = self.assessments.get(from_key).cloned() else {
            return;
        };
        self.set_rating(key, old.rating, now);
        if let Some(evidence) = old.evidence {
            self.set_evidence(key, evidence, now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::expectations::{Earlier, Kind};
    use crate::progress::Rating;

    fn statement(earlier: Earlier) -> Expectation {
        Expectation {
            key: "snew00000".into(),
            kind: Kind::Attainment,
            group: "G".into(),
            text: "New wording.".into(),
            examples: &[],
            from_level: None,
            earlier: Some(earlier),
            choice: None,
        }
    }

    #[test]
    fn a_rating_of_the_earlier_text_waits_to_be_kept() {
        let e = statement(Earlier {
            text: "Old wording.",
            key: Some("sold00000".into()),
            before_day: None,
        });
        let mut p = Progress::default();
        assert_eq!(earlier_rating(&p, &e), None);
        p.set_rating("sold00000", Some(Rating::Consistently), 10);
        let found = earlier_rating(&p, &e).expect("earlier rating");
        assert_eq!(
            (found.was, found.from_key.as_str()),
            ("Old wording.", "sold00000")
        );
        p.keep_earlier("snew00000", "sold00000", 20);
        assert_eq!(p.rating("snew00000"), Some(Rating::Consistently));
        assert_eq!(
            earlier_rating(&p, &e),
            None,
            "kept: nothing left to confirm"
        );
        assert_eq!(
            p.rating("sold00000"),
            Some(Rating::Consistently),
            "the old entry stays"
        );
    }

    #[test]
    fn an_id_statement_rated_before_the_change_asks_again_until_re_rated() {
        let day = 20_000;
        let e = statement(Earlier {
            text: "Old wording.",
            key: None,
            before_day: Some(day),
        });
        let mut p = Progress::default();
        let before = day as u64 * DAY_MS - 1;
        p.set_rating("snew00000", Some(Rating::Developing), before);
        assert_eq!(
            earlier_rating(&p, &e).map(|r| r.from_key),
            Some("snew00000".into())
        );
        p.set_rating("snew00000", Some(Rating::RoleModel), before + 2);
        assert_eq!(earlier_rating(&p, &e), None, "re-rated after the change");
        p.set_rating("snew00000", None, before);
        assert_eq!(
            earlier_rating(&p, &e),
            None,
            "a cleared rating asks nothing"
        );
    }
}
