//! Calibration through links: a person asks for a review with a link carrying their roles and
//! ratings (and, if they choose, their evidence); the reviewer answers with a reply link
//! carrying a rating and a comment per expectation. Both are sealed like progress links
//! (checksummed, versioned, base64url): one format family, one byte layer (`codec::bytes`).
//!
//! Request: `'Q' | version:u8 | id:4 bytes | name:str | created:varint | flags:u8 (bit 0:
//! evidence included) | progress link body (codec::encode_body) | checksum`.
//! Reply: `'R' | version:u8 | id:4 bytes | reviewer:str | replied:varint | count:varint |
//! (kind:u8 | hash:4 bytes | rating+1:u8 (0: none) | comment:str)… | checksum`.

pub mod agreement;
pub mod saved;

use super::codec::{decode_body, encode_body, open, put_str, put_varint, seal, LinkError, Reader};
use super::expectations::{fnv1a, is_key, Kind};
use super::limits::MAX_READ_EVIDENCE_CHARS;
use super::{Progress, Rating};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const REQUEST_TAG: u8 = b'Q';
pub const REPLY_TAG: u8 = b'R';
pub const REVIEW_VERSION: u8 = 1;
/// Names (the person's alias, the reviewer's) longer than this are refused.
pub const MAX_NAME_CHARS: usize = 100;

/// What a person sends to a reviewer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRequest {
    /// Identifies this review in both browsers (8 hex digits).
    pub id: String,
    /// The person's name or alias; may be empty.
    pub name: String,
    /// When it was made (ms).
    pub created: u64,
    /// Roles and ratings; evidence only when `with_evidence`.
    pub progress: Progress,
    pub with_evidence: bool,
}

/// A reviewer's view of one expectation.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ReviewerView {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
}

impl ReviewerView {
    pub fn is_empty(&self) -> bool {
        self.rating.is_none() && self.comment.trim().is_empty()
    }
}

/// What the reviewer sends back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewReply {
    /// The request's id.
    pub id: String,
    pub reviewer: String,
    pub replied: u64,
    /// By expectation key; expectations the reviewer left alone are absent.
    pub views: BTreeMap<String, ReviewerView>,
}

fn invalid(what: impl Into<String>) -> LinkError {
    LinkError::Invalid(what.into())
}

fn id_bytes(id: &str) -> [u8; 4] {
    u32::from_str_radix(id, 16).unwrap_or(0).to_be_bytes()
}

fn read_header(body: &[u8], tag: u8) -> Result<Reader<'_>, LinkError> {
    match (body.first().copied(), body.get(1).copied()) {
        (Some(t), Some(REVIEW_VERSION)) if t == tag => Ok(Reader { bytes: body, at: 2 }),
        (Some(t), Some(v)) if t == tag => Err(LinkError::UnknownVersion(v)),
        (Some(REQUEST_TAG), _) => Err(invalid("it is a request for a review, not a reply")),
        (Some(REPLY_TAG), _) => Err(invalid("it is a reply to a review, not a request")),
        (Some(1..=2), _) => Err(invalid("it is a progress link, not a review link")),
        _ => Err(invalid("it is not a Rungs review link")),
    }
}

fn read_id(r: &mut Reader) -> Result<String, LinkError> {
    let b = r.take(4)?;
    Ok(format!(
        "{:08x}",
        u32::from_be_bytes([b[0], b[1], b[2], b[3]])
    ))
}

fn read_name(r: &mut Reader) -> Result<String, LinkError> {
    let name = r.string()?;
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(invalid(format!(
            "a name is longer than {MAX_NAME_CHARS} characters"
        )));
    }
    Ok(name)
}

impl ReviewRequest {
    /// A request for `progress` (evidence dropped unless `with_evidence`), made at `now`.
    pub fn new(name: &str, progress: &Progress, with_evidence: bool, now: u64) -> ReviewRequest {
        let mut progress = progress.clone();
        progress.assessments.retain(|_, a| !a.is_cleared());
        if !with_evidence {
            for a in progress.assessments.values_mut() {
                a.evidence = None;
            }
            progress.assessments.retain(|_, a| a.rating.is_some());
        }
        let mut seed = encode_body(&progress);
        seed.extend_from_slice(name.as_bytes());
        seed.extend_from_slice(&now.to_be_bytes());
        ReviewRequest {
            id: format!("{:08x}", fnv1a(&seed)),
            name: name.trim().to_string(),
            created: now,
            progress,
            with_evidence,
        }
    }

    pub fn encode(&self) -> String {
        let mut out = vec![REQUEST_TAG, REVIEW_VERSION];
        out.extend_from_slice(&id_bytes(&self.id));
        put_str(&mut out, &self.name);
        put_varint(&mut out, self.created);
        out.push(u8::from(self.with_evidence));
        out.extend_from_slice(&encode_body(&self.progress));
        seal(out)
    }

    pub fn decode(payload: &str) -> Result<ReviewRequest, LinkError> {
        let body = open(payload)?;
        let mut r = read_header(&body, REQUEST_TAG)?;
        let id = read_id(&mut r)?;
        let name = read_name(&mut r)?;
        let created = r.varint()?;
        let with_evidence = match r.byte()? {
            0 => false,
            1 => true,
            f => return Err(invalid(format!("review flags {f} are unknown"))),
        };
        let progress = decode_body(&body[r.at..])?;
        if !with_evidence && progress.assessments.values().any(|a| a.evidence.is_some()) {
            return Err(invalid("it carries evidence it says it leaves out"));
        }
        Ok(ReviewRequest {
            id,
            name,
            created,
            progress,
            with_evidence,
        })
    }
}

impl ReviewReply {
    /// Identifies one reply among several to the same request.
    pub fn key(&self) -> String {
        format!("{}-{}", self.id, self.replied)
    }

    pub fn encode(&self) -> String {
        let mut out = vec![REPLY_TAG, REVIEW_VERSION];
        out.extend_from_slice(&id_bytes(&self.id));
        put_str(&mut out, &self.reviewer);
        put_varint(&mut out, self.replied);
        let views: Vec<_> = self
            .views
            .iter()
            .filter(|(k, v)| is_key(k) && !v.is_empty())
            .collect();
        put_varint(&mut out, views.len() as u64);
        for (key, v) in views {
            out.push(key.as_bytes()[0]);
            out.extend_from_slice(&id_bytes(&key[1..]));
            out.push(v.rating.map_or(0, |r| r.code() + 1));
            put_str(&mut out, v.comment.trim());
        }
        seal(out)
    }

    pub fn decode(payload: &str) -> Result<ReviewReply, LinkError> {
        let body = open(payload)?;
        let mut r = read_header(&body, REPLY_TAG)?;
        let id = read_id(&mut r)?;
        let reviewer = read_name(&mut r)?;
        let replied = r.varint()?;
        let count = r.varint()?;
        // Each entry takes at least 7 bytes: a larger count is a lie, not a reason to loop.
        if count > (body.len() / 7) as u64 {
            return Err(LinkError::Truncated);
        }
        let mut views = BTreeMap::new();
        for _ in 0..count {
            let kind = r.byte()? as char;
            if Kind::from_prefix(kind).is_none() {
                return Err(invalid(format!("unknown expectation kind “{kind}”")));
            }
            let key = format!("{kind}{}", read_id(&mut r)?);
            let rating = match r.byte()? {
                0 => None,
                n => Some(
                    Rating::from_code(n - 1)
                        .ok_or_else(|| invalid(format!("rating {n} is unknown")))?,
                ),
            };
            let comment = r.string()?;
            if comment.chars().count() > MAX_READ_EVIDENCE_CHARS {
                return Err(invalid(format!(
                    "a comment is longer than {MAX_READ_EVIDENCE_CHARS} characters"
                )));
            }
            let view = ReviewerView { rating, comment };
            if view.is_empty() {
                return Err(invalid(format!("the entry for “{key}” is empty")));
            }
            if views.insert(key.clone(), view).is_some() {
                return Err(invalid(format!("“{key}” appears twice")));
            }
        }
        if r.at != body.len() {
            return Err(invalid("unexpected data after the reply"));
        }
        Ok(ReviewReply {
            id,
            reviewer,
            replied,
            views,
        })
    }
}

/// Why a review or reply does not fit this framework (`None` when it does): roles it names
/// and expectations it rates must all be here, or the two sides would not see the same thing.
pub fn mismatch<'a>(
    roles: impl IntoIterator<Item = &'a String>,
    keys: impl IntoIterator<Item = &'a String>,
    knows_role: impl Fn(&str) -> bool,
    knows_key: impl Fn(&str) -> bool,
) -> Option<String> {
    let unknown_roles: Vec<&String> = roles.into_iter().filter(|r| !knows_role(r)).collect();
    if let Some(first) = unknown_roles.first() {
        return Some(format!(
            "it names the role “{first}”, which this framework does not have (was it made with another framework?)"
        ));
    }
    let unknown = keys.into_iter().filter(|k| !knows_key(k)).count();
    (unknown > 0).then(|| {
        format!(
            "{unknown} of the expectations it rates are not in this framework (was it made with another framework, or an earlier version of it?)"
        )
    })
}

#[cfg(test)]
mod tests;
