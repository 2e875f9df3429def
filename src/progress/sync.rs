//! What to write when saving: the user's progress merged with what is stored (another tab may
//! have saved a newer change), and whether the stored text must be backed up first.

use super::schema;
use super::Progress;

/// The outcome of comparing the progress to save with what storage holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveDecision {
    /// What to write (and show): ours merged with what is stored.
    pub progress: Progress,
    /// The stored text could not be read: keep a copy of it before writing over it.
    pub backup_first: bool,
}

/// Decides what to save, given our progress, the stored text (if any) and the time.
/// Times in the stored text are distrusted like any other tab's (see [`Progress::clamp_future`]).
pub fn decide(mine: &Progress, stored: Option<&str>, now: u64) -> SaveDecision {
    let mut progress = mine.clone();
    let mut backup_first = false;
    if let Some(raw) = stored {
        match from_other_tab(mine, raw, now) {
            Some(theirs) => progress.merge(&theirs),
            None => backup_first = true,
        }
    }
    SaveDecision {
        progress,
        backup_first,
    }
}

/// Another tab's saved text, made safe to merge into `mine`; `None` if it cannot be read.
pub fn from_other_tab(mine: &Progress, raw: &str, now: u64) -> Option<Progress> {
    let mut theirs = schema::parse(raw).ok()?;
    theirs.clamp_for(mine, now);
    Some(theirs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Rating;

    #[test]
    fn a_newer_stored_change_is_kept_and_ours_too() {
        let mut stored = Progress::default();
        stored.set_rating("s00000001", Some(Rating::RoleModel), 20);
        let mut mine = Progress::default();
        mine.set_rating("s00000002", Some(Rating::NotYet), 30);
        let d = decide(&mine, Some(&schema::to_storage(&stored)), 40);
        assert!(!d.backup_first);
        assert_eq!(d.progress.rating("s00000001"), Some(Rating::RoleModel));
        assert_eq!(d.progress.rating("s00000002"), Some(Rating::NotYet));
    }

    #[test]
    fn unreadable_stored_text_is_backed_up_first() {
        let mine = Progress::default();
        let d = decide(&mine, Some("{garbage"), 1);
        assert!(d.backup_first);
        assert_eq!(d.progress, mine);
        assert!(!decide(&mine, None, 1).backup_first);
    }

    #[test]
    fn another_tab_cannot_date_a_reset_in_the_future() {
        let mut mine = Progress::default();
        mine.set_rating("s00000001", Some(Rating::Consistently), 100);
        let evil = Progress {
            cleared_at: 10_000_000_000,
            ..Progress::default()
        };
        let theirs = from_other_tab(&mine, &schema::to_storage(&evil), 200).expect("parses");
        assert_eq!(theirs.cleared_at, 200);
        assert_eq!(from_other_tab(&mine, "nope", 200), None);
    }
}
