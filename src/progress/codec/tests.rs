use super::*;
use crate::progress::expectations::fnv1a;
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
    let link = include_str!("../../../tests/fixtures/progress/link-v1.txt");
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

#[test]
fn progress_over_time_travels_in_a_link_only_when_included() {
    use crate::progress::history::{Counts, History, RoleSnapshot, Snapshot};
    let p = sample();
    let mut h = History::default();
    for (date, met) in [("2026-10-01", 1), ("2026-11-15", 3)] {
        h.record(Snapshot {
            date: date.into(),
            taken: 1_763_000_000_000 + met as u64,
            roles: vec![RoleSnapshot {
                role: "sfia-senior-engineering-manager".into(),
                score: Counts([21, met, 2, 0]),
                groups: vec![("Supplier management (SUPP)".into(), Counts([5, met, 0, 0]))],
            }],
        });
    }
    let link = encode_with_history(&p, &h);
    assert_eq!(decode_with_history(&link), Ok((p.clone(), Some(h.clone()))));
    assert_eq!(decode(&link), Ok(p.clone()), "the progress reads the same");
    // Without history the link is the earlier version, byte for byte.
    assert_eq!(encode_with_history(&p, &History::default()), encode(&p));
    assert_eq!(decode_with_history(&encode(&p)), Ok((p.clone(), None)));
    // Names are written once: a second snapshot of the same role costs a few bytes.
    assert!(
        link.len() - encode(&p).len() < 140,
        "{} characters",
        link.len() - encode(&p).len()
    );
}

#[test]
fn day_numbers_and_dates_convert_both_ways() {
    use crate::progress::history::{date_of_day, day_number};
    for date in ["1970-01-01", "2000-02-29", "2026-12-03", "2100-03-01"] {
        let n = day_number(date).expect("a date");
        assert_eq!(date_of_day(n), date);
    }
}
