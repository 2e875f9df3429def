//! What the two browsers keep of reviews. The reviewer's desk: each request as received (its
//! link payload, so it is read back through the same checks) and the reviewer's work on it. The
//! person's kept replies: each reply link payload, newest last. Pure; stored by `crate::store`.

use super::{ReviewReply, ReviewRequest, ReviewerView, MAX_NAME_CHARS};
use crate::progress::limits::MAX_READ_EVIDENCE_CHARS;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const DESK_FORMAT: &str = "rungs-reviews";
pub const KEPT_FORMAT: &str = "rungs-replies";
const VERSION: u32 = 1;

/// One review on the reviewer's desk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedReview {
    /// The request link's payload.
    pub request: String,
    #[serde(default)]
    pub reviewer: String,
    #[serde(default)]
    pub views: BTreeMap<String, ReviewerView>,
    pub opened: u64,
    pub updated: u64,
}

/// The reviews saved in the reviewer's browser, in the order they were opened.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Desk {
    reviews: Vec<(SavedReview, ReviewRequest)>,
}

#[derive(Serialize, Deserialize)]
struct StoredDesk {
    format: String,
    version: u32,
    reviews: Vec<SavedReview>,
}

#[derive(Serialize, Deserialize)]
struct StoredKept {
    format: String,
    version: u32,
    replies: Vec<String>,
}

fn check_format(format: &str, version: u32, expected: &str) -> Result<(), String> {
    if format != expected {
        return Err(format!(
            "it is not a Rungs list of reviews (no \"format\": \"{expected}\")"
        ));
    }
    if version != VERSION {
        return Err(format!("its version {version} is unknown"));
    }
    Ok(())
}

impl Desk {
    pub fn reviews(&self) -> impl DoubleEndedIterator<Item = (&SavedReview, &ReviewRequest)> {
        self.reviews.iter().map(|(s, r)| (s, r))
    }

    pub fn find(&self, id: &str) -> Option<(&SavedReview, &ReviewRequest)> {
        self.reviews().find(|(_, r)| r.id == id)
    }

    /// Puts a received request on the desk; one already there keeps the work done on it.
    /// Returns its id.
    pub fn open(&mut self, payload: &str, request: ReviewRequest, now: u64) -> String {
        let id = request.id.clone();
        if self.find(&id).is_none() {
            let saved = SavedReview {
                request: payload.to_string(),
                reviewer: String::new(),
                views: BTreeMap::new(),
                opened: now,
                updated: now,
            };
            self.reviews.push((saved, request));
        }
        id
    }

    fn saved_mut(&mut self, id: &str) -> Option<&mut SavedReview> {
        self.reviews
            .iter_mut()
            .find(|(_, r)| r.id == id)
            .map(|(s, _)| s)
    }

    /// The reviewer's rating and comment on one expectation (an empty view removes it).
    pub fn set_view(&mut self, id: &str, key: &str, view: ReviewerView, now: u64) {
        if let Some(s) = self.saved_mut(id) {
            if view.is_empty() {
                s.views.remove(key);
            } else {
                s.views.insert(key.to_string(), view);
            }
            s.updated = now;
        }
    }

    pub fn set_reviewer(&mut self, id: &str, name: &str, now: u64) {
        if let Some(s) = self.saved_mut(id) {
            s.reviewer = name.chars().take(MAX_NAME_CHARS).collect();
            s.updated = now;
        }
    }

    pub fn remove(&mut self, id: &str) {
        self.reviews.retain(|(_, r)| r.id != id);
    }

    /// The reply to send back for review `id`, as of `now`.
    pub fn reply(&self, id: &str, now: u64) -> Option<ReviewReply> {
        self.find(id).map(|(s, r)| ReviewReply {
            id: r.id.clone(),
            reviewer: s.reviewer.trim().to_string(),
            replied: now,
            views: s.views.clone(),
        })
    }

    pub fn to_storage(&self) -> String {
        let stored = StoredDesk {
            format: DESK_FORMAT.into(),
            version: VERSION,
            reviews: self.reviews.iter().map(|(s, _)| s.clone()).collect(),
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// Reads a stored desk; every request is read back through its link's checks.
    pub fn parse(text: &str) -> Result<Desk, String> {
        let stored: StoredDesk =
            serde_json::from_str(text).map_err(|e| format!("it is not a list of reviews ({e})"))?;
        check_format(&stored.format, stored.version, DESK_FORMAT)?;
        let mut desk = Desk::default();
        for s in stored.reviews {
            let request = ReviewRequest::decode(&s.request)
                .map_err(|e| format!("a saved review cannot be read: {e}"))?;
            let too_long = s
                .views
                .values()
                .any(|v| v.comment.chars().count() > MAX_READ_EVIDENCE_CHARS);
            if too_long {
                return Err("a saved comment is too long".into());
            }
            desk.reviews.push((s, request));
        }
        Ok(desk)
    }
}

/// The replies a person has opened, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Kept {
    replies: Vec<(String, ReviewReply)>,
}

impl Kept {
    pub fn replies(&self) -> impl DoubleEndedIterator<Item = &ReviewReply> {
        self.replies.iter().map(|(_, r)| r)
    }

    pub fn find(&self, key: &str) -> Option<&ReviewReply> {
        self.replies().find(|r| r.key() == key)
    }

    /// Keeps a reply (once, however often its link is opened). Returns its key.
    pub fn keep(&mut self, payload: &str, reply: ReviewReply) -> String {
        let key = reply.key();
        if self.find(&key).is_none() {
            self.replies.push((payload.to_string(), reply));
        }
        key
    }

    pub fn remove(&mut self, key: &str) {
        self.replies.retain(|(_, r)| r.key() != key);
    }

    pub fn to_storage(&self) -> String {
        let stored = StoredKept {
            format: KEPT_FORMAT.into(),
            version: VERSION,
            replies: self.replies.iter().map(|(p, _)| p.clone()).collect(),
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    pub fn parse(text: &str) -> Result<Kept, String> {
        let stored: StoredKept =
            serde_json::from_str(text).map_err(|e| format!("it is not a list of replies ({e})"))?;
        check_format(&stored.format, stored.version, KEPT_FORMAT)?;
        let mut kept = Kept::default();
        for payload in stored.replies {
            let reply = ReviewReply::decode(&payload)
                .map_err(|e| format!("a kept reply cannot be read: {e}"))?;
            kept.keep(&payload, reply);
        }
        Ok(kept)
    }
}
