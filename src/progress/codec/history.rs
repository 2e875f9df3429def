//! Progress over time in a progress link (version 3, only when the person includes it): the
//! role ids and competency names once each, then every snapshot by calendar day, with its roles
//! and competencies as indices into those names and their counts as varints.
//!
//! `n:varint | name:str × n | count:varint | (day:varint | taken:varint | roles:varint |
//!  (role:varint | counts:4 varints | groups:varint | (name:varint | counts:4 varints)…)…)…`

use super::bytes::{put_str, put_varint, Reader};
use super::LinkError;
use crate::progress::history::{date_of_day, day_number, Counts, History, RoleSnapshot, Snapshot};

fn put_counts(out: &mut Vec<u8>, c: Counts) {
    for n in c.0 {
        put_varint(out, u64::from(n));
    }
}

fn read_counts(r: &mut Reader) -> Result<Counts, LinkError> {
    let mut c = [0u32; 4];
    for n in c.iter_mut() {
        *n = u32::try_from(r.varint()?).map_err(|_| invalid("a count is out of range"))?;
    }
    Ok(Counts(c))
}

fn invalid(what: &str) -> LinkError {
    LinkError::Invalid(what.to_string())
}

/// Appends the history (days before 1970 cannot be written and are left out).
pub(super) fn put_history(out: &mut Vec<u8>, history: &History) {
    let written: Vec<(i64, &Snapshot)> = history
        .snapshots()
        .iter()
        .filter_map(|s| day_number(&s.date).filter(|d| *d >= 0).map(|d| (d, s)))
        .collect();
    let mut names: Vec<&str> = vec![];
    for (_, s) in &written {
        for r in &s.roles {
            for name in
                std::iter::once(r.role.as_str()).chain(r.groups.iter().map(|(g, _)| g.as_str()))
            {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
    }
    let index = |name: &str| names.iter().position(|n| *n == name).unwrap_or(0) as u64;
    put_varint(out, names.len() as u64);
    for name in &names {
        put_str(out, name);
    }
    put_varint(out, written.len() as u64);
    for (day, s) in &written {
        put_varint(out, *day as u64);
        put_varint(out, s.taken);
        put_varint(out, s.roles.len() as u64);
        for r in &s.roles {
            put_varint(out, index(&r.role));
            put_counts(out, r.score);
            put_varint(out, r.groups.len() as u64);
            for (g, c) in &r.groups {
                put_varint(out, index(g));
                put_counts(out, *c);
            }
        }
    }
}

/// Reads a history written by [`put_history`], checked as a stored one is.
pub(super) fn read_history(r: &mut Reader) -> Result<History, LinkError> {
    // Every item takes at least a byte: a larger count is a lie, not a reason to loop.
    let bounded = |n: u64, r: &Reader| match n <= (r.bytes.len() - r.at) as u64 {
        true => Ok(n),
        false => Err(LinkError::Truncated),
    };
    let n = bounded(r.varint()?, r)?;
    let names = (0..n).map(|_| r.string()).collect::<Result<Vec<_>, _>>()?;
    let name = |i: u64| {
        names
            .get(i as usize)
            .cloned()
            .ok_or_else(|| invalid("a history name is missing"))
    };
    let count = bounded(r.varint()?, r)?;
    let mut snapshots = vec![];
    for _ in 0..count {
        let day =
            i64::try_from(r.varint()?).map_err(|_| invalid("a history day is out of range"))?;
        let taken = r.varint()?;
        let roles = bounded(r.varint()?, r)?;
        let mut list = vec![];
        for _ in 0..roles {
            let role = name(r.varint()?)?;
            let score = read_counts(r)?;
            let groups = bounded(r.varint()?, r)?;
            let mut gs = vec![];
            for _ in 0..groups {
                let g = name(r.varint()?)?;
                gs.push((g, read_counts(r)?));
            }
            list.push(RoleSnapshot {
                role,
                score,
                groups: gs,
            });
        }
        snapshots.push(Snapshot {
            date: date_of_day(day),
            taken,
            roles: list,
        });
    }
    History::from_snapshots(snapshots).map_err(LinkError::Invalid)
}
