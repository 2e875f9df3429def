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

use super::choices::Choice;
use super::expectations::{fnv1a, is_key, Kind};
use super::limits::{thousands, MAX_ID_CHARS, MAX_LINK_CHARS, MAX_READ_EVIDENCE_CHARS};
use super::{Assessment, Evidence, Progress, Rating};
use std::fmt;

/// The newest link version; links without choices are still written as version 1.
pub const LINK_VERSION: u8 = 2;

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

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

pub fn base64url_decode(text: &str) -> Result<Vec<u8>, LinkError> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let values: Vec<u32> = text
        .bytes()
        .map(|c| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32))
        .collect::<Option<_>>()
        .ok_or(LinkError::NotBase64)?;
    for chunk in values.chunks(4) {
        if chunk.len() == 1 {
            return Err(LinkError::Truncated);
        }
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | (v << (18 - 6 * i)));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Ok(out)
}

fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// Encodes progress as the payload of a link. Cleared assessments are left out: the link
/// carries what the user has, not what they removed.
pub fn encode(p: &Progress) -> String {
    let entries: Vec<(&String, &Assessment)> = p.assessed().filter(|(k, _)| is_key(k)).collect();
    let base = entries.iter().map(|(_, a)| a.updated).min().unwrap_or(0);
    let version = if p.choices.is_empty() {
        1
    } else {
        LINK_VERSION
    };
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
    let sum = fnv1a(&out);
    out.extend_from_slice(&sum.to_be_bytes());
    base64url_encode(&out)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, LinkError> {
        let b = *self.bytes.get(self.at).ok_or(LinkError::Truncated)?;
        self.at += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&[u8], LinkError> {
        let end = self.at.checked_add(n).ok_or(LinkError::Truncated)?;
        let s = self.bytes.get(self.at..end).ok_or(LinkError::Truncated)?;
        self.at = end;
        Ok(s)
    }

    fn varint(&mut self) -> Result<u64, LinkError> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(LinkError::Invalid("a number is too long".into()))
    }

    fn string(&mut self) -> Result<String, LinkError> {
        let len = usize::try_from(self.varint()?).map_err(|_| LinkError::Truncated)?;
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec())
            .map_err(|_| LinkError::Invalid("text is not UTF-8".into()))
    }
}

/// Decodes a link payload. Integrity comes first: a damaged link is reported as damaged, not
/// as made by another version. Then every part is checked, so a decoded link re-encodes to the
/// same progress.
pub fn decode(payload: &str) -> Result<Progress, LinkError> {
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(LinkError::Empty);
    }
    if payload.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong(payload.len()));
    }
    let bytes = base64url_decode(payload)?;
    if bytes.len() < 5 {
        return Err(LinkError::Truncated);
    }
    let (body, sum) = bytes.split_at(bytes.len() - 4);
    let expected = u32::from_be_bytes([sum[0], sum[1], sum[2], sum[3]]);
    if fnv1a(body) != expected {
        return Err(LinkError::BadChecksum);
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
        read_choices(&mut r, &mut p)?;
    }
    if r.at != body.len() {
        return Err(LinkError::Invalid(
            "unexpected data after the progress".into(),
        ));
    }
    Ok(p)
}

/// The choices of a version 2 link: at least one group, groups and codes in strictly
/// ascending order (so a decoded link re-encodes to itself), no empty or over-long names.
fn read_choices(r: &mut Reader, p: &mut Progress) -> Result<(), LinkError> {
    let invalid = |what: &str| LinkError::Invalid(what.to_string());
    let count = r.varint()?;
    if count == 0 || count > r.bytes.len() as u64 {
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
mod tests {
    use super::*;
    use crate::progress::sample;

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..20 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            let text = base64url_encode(&bytes);
            assert!(text
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
            assert_eq!(base64url_decode(&text), Ok(bytes));
        }
    }

    #[test]
    fn link_round_trips() {
        let p = sample();
        assert_eq!(decode(&encode(&p)), Ok(p));
        assert_eq!(
            decode(&encode(&Progress::default())),
            Ok(Progress::default())
        );
    }

    #[test]
    fn a_link_from_the_previous_release_still_opens() {
        let link = include_str!("../../tests/fixtures/progress/link-v1.txt");
        assert_eq!(decode(link), Ok(sample()));
    }

    #[test]
    fn duplicate_and_empty_entries_are_refused() {
        let mut p = Progress::default();
        p.set_rating("s00000001", Some(Rating::Developing), 5);
        let link = encode(&p);
        let mut bytes = base64url_decode(&link).expect("base64");
        bytes.truncate(bytes.len() - 4);
        // Flags 0: an entry with neither rating nor evidence.
        let flags_at = bytes.len() - 2;
        let mut empty = bytes.clone();
        empty[flags_at] = 0;
        let sum = fnv1a(&empty);
        empty.extend_from_slice(&sum.to_be_bytes());
        assert!(matches!(
            decode(&base64url_encode(&empty)),
            Err(LinkError::Invalid(_))
        ));
        // The same entry twice.
        let entry = bytes[bytes.len() - 7..].to_vec();
        let count_at = bytes.len() - 8;
        let mut twice = bytes.clone();
        twice[count_at] = 2;
        twice.extend_from_slice(&entry);
        let sum = fnv1a(&twice);
        twice.extend_from_slice(&sum.to_be_bytes());
        assert!(
            matches!(decode(&base64url_encode(&twice)), Err(LinkError::Invalid(m)) if m.contains("twice"))
        );
    }

    #[test]
    fn link_is_compact() {
        let mut p = Progress::default();
        for i in 0..100u32 {
            p.set_rating(
                &format!("s{i:08x}"),
                Some(Rating::Developing),
                1_763_000_000_000 + u64::from(i) * 1000,
            );
        }
        let link = encode(&p);
        assert!(
            link.len() < 1600,
            "100 ratings take {} characters",
            link.len()
        );
    }

    #[test]
    fn a_changed_character_fails_the_checksum() {
        let link = encode(&sample());
        let mut chars: Vec<char> = link.chars().collect();
        let i = chars.len() / 2;
        chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
        let tampered: String = chars.into_iter().collect();
        assert_eq!(decode(&tampered), Err(LinkError::BadChecksum));
    }

    #[test]
    fn truncated_links_are_detected() {
        let link = encode(&sample());
        for cut in [1, 5, link.len() / 2, link.len() - 1] {
            let err = decode(&link[..cut]).expect_err("truncated");
            assert!(
                matches!(err, LinkError::Truncated | LinkError::BadChecksum),
                "{cut}: {err:?}"
            );
        }
    }

    #[test]
    fn other_malformed_links() {
        assert_eq!(decode(""), Err(LinkError::Empty));
        assert_eq!(decode("abc$def"), Err(LinkError::NotBase64));
        // A future version with an intact checksum is reported as such…
        let mut bytes = vec![9u8, 0, 0, 0, 0, 0, 0];
        let sum = fnv1a(&bytes);
        bytes.extend_from_slice(&sum.to_be_bytes());
        assert_eq!(
            decode(&base64url_encode(&bytes)),
            Err(LinkError::UnknownVersion(9))
        );
        // …but a damaged link is damaged, whatever its first byte says.
        bytes[1] = 1;
        assert_eq!(
            decode(&base64url_encode(&bytes)),
            Err(LinkError::BadChecksum)
        );
        assert!(LinkError::BadChecksum
            .to_string()
            .contains("changed or damaged"));
    }
}
