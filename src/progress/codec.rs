//! Progress in a URL: compact, URL-safe, versioned and checksummed, so a bookmark or a shared
//! link carries the whole progress and a damaged link is detected rather than half-read.
//!
//! Layout (then base64url without padding):
//! `version:u8 | current:str | target:str | roles_updated:varint | cleared_at:varint |
//!  base_time:varint | count:varint | entries… | fnv1a32(all before):4 bytes`
//! Entry: `kind:u8 | hash:4 bytes | flags:u8 (bits 0–2 rating+1, bit 3 evidence) |
//!  updated-base_time:varint | [evidence text:str | date:str]`. Strings are varint length + UTF-8.
//! Version 2 (only when the progress holds choices of optional groups, so links without them
//! stay readable by the first release) adds before the checksum:
//! `count:varint | (group:str | updated:varint | n:varint | code:str × n)…`, groups and codes
//! in ascending order.
//! Version 3 (only when the person includes their progress over time) has the choices section
//! always (its count may be 0) and then the history (see `codec/history.rs`).

use super::choices::Choice;
use super::expectations::{is_key, Kind};
use super::history::History;
use super::limits::{thousands, MAX_ID_CHARS, MAX_READ_EVIDENCE_CHARS};
use super::{Assessment, Evidence, Progress, Rating};
use std::fmt;

mod bytes;
mod history;
pub use bytes::{base64url_decode, base64url_encode};
pub(crate) use bytes::{open, put_str, put_varint, seal, Reader};

/// The newest link version; links are written in the oldest version that holds what they carry
/// (1: ratings, 2: chosen specialisms, 3: progress over time), so older releases open them.
pub const LINK_VERSION: u8 = 3;

/// Why a link could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    NotBase64,
    Truncated,
    BadChecksum,
    UnknownVersion(u8),
    TooLong(usize),
    Invalid(String),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => write!(f, "the link holds no progress"),
            LinkError::NotBase64 => write!(
                f,
                "the link contains characters a progress link never has (was it edited?)"
            ),
            LinkError::Truncated => {
                write!(f, "the link is cut short (was it copied only in part?)")
            }
            LinkError::BadChecksum => write!(
                f,
                "the link's checksum does not match: it was changed or damaged"
            ),
            LinkError::UnknownVersion(v) => write!(
                f,
                "the link was made by a newer version of Rungs (link version {v})"
            ),
            LinkError::TooLong(n) => write!(
                f,
                "the link is {} characters long, more than any progress link",
                thousands(*n)
            ),
            LinkError::Invalid(e) => write!(f, "the link's content is not valid: {e}"),
        }
    }
}

/// Encodes progress as the payload of a link. Cleared assessments are left out: the link
/// carries what the user has, not what they removed.
pub fn encode(p: &Progress) -> String {
    seal(encode_body(p))
}

/// [`encode`], with the progress over time when there is any (version 3).
pub fn encode_with_history(p: &Progress, history: &History) -> String {
    if history.is_empty() {
        return encode(p);
    }
    let mut out = encode_body(p);
    out[0] = 3;
    if p.choices.is_empty() {
        put_varint(&mut out, 0);
    }
    history::put_history(&mut out, history);
    seal(out)
}

/// The unsealed bytes of a progress link (no checksum), also carried inside review links.
pub(crate) fn encode_body(p: &Progress) -> Vec<u8> {
    let entries: Vec<(&String, &Assessment)> = p.assessed().filter(|(k, _)| is_key(k)).collect();
    let base = entries.iter().map(|(_, a)| a.updated).min().unwrap_or(0);
    // The oldest version that holds what the link carries (3 is set by the history).
    let version = if p.choices.is_empty() { 1 } else { 2 };
    let mut out = vec![version];
    put_str(&mut out, p.current_role.as_deref().unwrap_or(""));
    put_str(&mut out, p.target_role.as_deref().unwrap_or(""));
    put_varint(&mut out, p.roles_updated);
    put_varint(&mut out, p.cleared_at);
    put_varint(&mut out, base);
    put_varint(&mut out, entries.len() as u64);
    for (key, a) in entries {
        out.push(key.as_bytes()[0]);
        let hash = u32::from_str_radix(&key[1..], 16).unwrap_or(0);
        out.extend_from_slice(&hash.to_be_bytes());
        let rating = a.rating.map(|r| r.code() + 1).unwrap_or(0);
        let flags = rating | if a.evidence.is_some() { 8 } else { 0 };
        out.push(flags);
        put_varint(&mut out, a.updated - base);
        if let Some(e) = &a.evidence {
            put_str(&mut out, &e.text);
            put_str(&mut out, &e.date);
        }
    }
    if !p.choices.is_empty() {
        put_varint(&mut out, p.choices.len() as u64);
        for (group, c) in &p.choices {
            put_str(&mut out, group);
            put_varint(&mut out, c.updated);
            put_varint(&mut out, c.chosen.len() as u64);
            for code in &c.chosen {
                put_str(&mut out, code);
            }
        }
    }
    out
}

/// Decodes a link payload. Integrity comes first: a damaged link is reported as damaged, not
/// as made by another version. Then every part is checked, so a decoded link re-encodes to the
/// same progress.
pub fn decode(payload: &str) -> Result<Progress, LinkError> {
    decode_body(&open(payload)?)
}

/// [`decode`], with the progress over time the link carries, if any.
pub fn decode_with_history(payload: &str) -> Result<(Progress, Option<History>), LinkError> {
    read_body(&open(payload)?)
}

/// Reads the unsealed bytes of a progress link (see [`encode_body`]).
pub(crate) fn decode_body(body: &[u8]) -> Result<Progress, LinkError> {
    read_body(body).map(|(p, _)| p)
}

fn read_body(body: &[u8]) -> Result<(Progress, Option<History>), LinkError> {
    if let Some(&(super::review::REQUEST_TAG | super::review::REPLY_TAG)) = body.first() {
        return Err(LinkError::Invalid(
            "it is a review link, not a progress link".into(),
        ));
    }
    if !(1..=LINK_VERSION).contains(&body[0]) {
        return Err(LinkError::UnknownVersion(body[0]));
    }
    let mut r = Reader { bytes: body, at: 1 };
    let current = r.string()?;
    let target = r.string()?;
    if current.chars().count().max(target.chars().count()) > MAX_ID_CHARS {
        return Err(LinkError::Invalid("a role id is too long".into()));
    }
    let mut p = Progress {
        current_role: (!current.is_empty()).then_some(current),
        target_role: (!target.is_empty()).then_some(target),
        roles_updated: r.varint()?,
        cleared_at: r.varint()?,
        ..Progress::default()
    };
    let base = r.varint()?;
    let count = r.varint()?;
    // Each entry takes at least 7 bytes: a larger count is a lie, not a reason to loop.
    if count > (body.len() / 7) as u64 {
        return Err(LinkError::Truncated);
    }
    for _ in 0..count {
        let kind = r.byte()? as char;
        if Kind::from_prefix(kind).is_none() {
            return Err(LinkError::Invalid(format!(
                "unknown expectation kind “{kind}”"
            )));
        }
        let hash = r.take(4)?;
        let key = format!(
            "{kind}{:08x}",
            u32::from_be_bytes([hash[0], hash[1], hash[2], hash[3]])
        );
        let flags = r.byte()?;
        if flags & !15 != 0 || flags == 0 {
            return Err(LinkError::Invalid(format!(
                "entry flags {flags} are unknown"
            )));
        }
        let rating = match flags & 7 {
            0 => None,
            n => Some(
                Rating::from_code(n - 1)
                    .ok_or_else(|| LinkError::Invalid(format!("rating {n} is unknown")))?,
            ),
        };
        let updated = base
            .checked_add(r.varint()?)
            .ok_or_else(|| LinkError::Invalid("a time is out of range".into()))?;
        let evidence = if flags & 8 != 0 {
            let e = Evidence {
                text: r.string()?,
                date: r.string()?,
            };
            if e.text.is_empty() && e.date.is_empty() {
                return Err(LinkError::Invalid("an evidence note is empty".into()));
            }
            if e.text.chars().count() > MAX_READ_EVIDENCE_CHARS {
                return Err(LinkError::Invalid(format!(
                    "an evidence note is longer than {MAX_READ_EVIDENCE_CHARS} characters"
                )));
            }
            Some(e)
        } else {
            None
        };
        let entry = Assessment {
            rating,
            evidence,
            updated,
        };
        if p.assessments.insert(key.clone(), entry).is_some() {
            return Err(LinkError::Invalid(format!("“{key}” appears twice")));
        }
    }
    if body[0] >= 2 {
        read_choices(&mut r, &mut p, body[0] >= 3)?;
    }
    let history = match body[0] {
        3 => Some(history::read_history(&mut r)?),
        _ => None,
    };
    if r.at != body.len() {
        return Err(LinkError::Invalid(
            "unexpected data after the progress".into(),
        ));
    }
    Ok((p, history))
}

/// The choices of a version 2 link: at least one group, groups and codes in strictly
/// ascending order (so a decoded link re-encodes to itself), no empty or over-long names.
fn read_choices(r: &mut Reader, p: &mut Progress, may_be_empty: bool) -> Result<(), LinkError> {
    let invalid = |what: &str| LinkError::Invalid(what.to_string());
    let count = r.varint()?;
    if (count == 0 && !may_be_empty) || count > r.bytes.len() as u64 {
        return Err(invalid("the list of chosen competencies is malformed"));
    }
    let name_ok = |s: &str| !s.is_empty() && s.chars().count() <= MAX_ID_CHARS;
    for _ in 0..count {
        let group = r.string()?;
        let updated = r.varint()?;
        let n = r.varint()?;
        if n > r.bytes.len() as u64 {
            return Err(LinkError::Truncated);
        }
        let mut chosen: Vec<String> = vec![];
        for _ in 0..n {
            let code = r.string()?;
            if !name_ok(&code) || chosen.last().is_some_and(|last| *last >= code) {
                return Err(invalid(
                    "a chosen competency is empty, too long or out of order",
                ));
            }
            chosen.push(code);
        }
        let in_order = p
            .choices
            .keys()
            .next_back()
            .is_none_or(|last| *last < group);
        if !name_ok(&group) || !in_order {
            return Err(invalid(
                "an optional group is empty, too long or out of order",
            ));
        }
        p.choices.insert(group, Choice { chosen, updated });
    }
    Ok(())
}

#[cfg(test)]
mod tests;
