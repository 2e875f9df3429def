//! The byte layer of every Rungs link (progress, review, reply): base64url without padding,
//! varints, length-prefixed strings, and a checksum sealing the whole payload.

use super::LinkError;
use crate::progress::expectations::fnv1a;
use crate::progress::limits::MAX_LINK_CHARS;

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

pub(crate) fn put_varint(out: &mut Vec<u8>, mut n: u64) {
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

pub(crate) fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

pub(crate) struct Reader<'a> {
    pub bytes: &'a [u8],
    pub at: usize,
}

impl Reader<'_> {
    pub fn byte(&mut self) -> Result<u8, LinkError> {
        let b = *self.bytes.get(self.at).ok_or(LinkError::Truncated)?;
        self.at += 1;
        Ok(b)
    }

    pub fn take(&mut self, n: usize) -> Result<&[u8], LinkError> {
        let end = self.at.checked_add(n).ok_or(LinkError::Truncated)?;
        let s = self.bytes.get(self.at..end).ok_or(LinkError::Truncated)?;
        self.at = end;
        Ok(s)
    }

    pub fn varint(&mut self) -> Result<u64, LinkError> {
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

    pub fn string(&mut self) -> Result<String, LinkError> {
        let len = usize::try_from(self.varint()?).map_err(|_| LinkError::Truncated)?;
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec())
            .map_err(|_| LinkError::Invalid("text is not UTF-8".into()))
    }
}

/// Appends the checksum (FNV-1a 32 of everything before) and encodes for a URL.
pub(crate) fn seal(mut body: Vec<u8>) -> String {
    let sum = fnv1a(&body);
    body.extend_from_slice(&sum.to_be_bytes());
    base64url_encode(&body)
}

/// The body of a sealed payload (checksum removed), once it is known to be intact. Integrity
/// comes first: a damaged link is reported as damaged, not as made by another version.
pub(crate) fn open(payload: &str) -> Result<Vec<u8>, LinkError> {
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(LinkError::Empty);
    }
    if payload.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong(payload.len()));
    }
    let mut bytes = base64url_decode(payload)?;
    if bytes.len() < 5 {
        return Err(LinkError::Truncated);
    }
    let sum = bytes.split_off(bytes.len() - 4);
    let expected = u32::from_be_bytes([sum[0], sum[1], sum[2], sum[3]]);
    if fnv1a(&bytes) != expected {
        return Err(LinkError::BadChecksum);
    }
    Ok(bytes)
}
