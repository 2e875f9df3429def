//! Properties of progress that must hold for every input, checked on thousands of generated
//! ones (seeded, so a failure repeats): merging is commutative, associative and idempotent,
//! ties included; times from outside cannot win future merges; and decoding any text (a link,
//! a stored record, an import file) never panics and either fails cleanly or gives a value that
//! encodes and decodes to itself.

use rungs::progress::codec::{base64url_decode, base64url_encode, decode, encode};
use rungs::progress::expectations::fnv1a;
use rungs::progress::merge::CLOCK_ALLOWANCE_MS;
use rungs::progress::schema::{parse, to_export, to_storage};
use rungs::progress::{Assessment, Evidence, Progress, Rating};

const CASES: usize = 3_000;

/// SplitMix64: small, seeded, good enough to spread test inputs.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// A time from a small range, so that equal times (ties) are common.
    fn time(&mut self) -> u64 {
        self.below(6)
    }

    fn role(&mut self) -> Option<String> {
        self.chance(70)
            .then(|| self.pick(&["a", "b", "zoë-role", "x/y"]).to_string())
    }

    fn evidence(&mut self) -> Option<Evidence> {
        self.chance(40).then(|| Evidence {
            text: self
                .pick(&["led it", "Zoë’s “team”", "<b>x</b>", "a\nb", ""])
                .to_string(),
            date: self.pick(&["", "2026-11-01"]).to_string(),
        })
    }

    fn progress(&mut self) -> Progress {
        let mut p = Progress {
            current_role: self.role(),
            target_role: self.role(),
            roles_updated: self.time(),
            cleared_at: if self.chance(25) { self.time() } else { 0 },
            ..Progress::default()
        };
        for i in 0..self.below(6) {
            let key = format!("{}{:08x}", self.pick(&['s', 'a', 'r', 'k']), i % 4);
            let mut evidence = self.evidence();
            if evidence
                .as_ref()
                .is_some_and(|e| e.text.is_empty() && e.date.is_empty())
            {
                evidence = None;
            }
            let a = Assessment {
                rating: self.chance(80).then(|| *self.pick(&Rating::ALL)),
                evidence,
                updated: self.time(),
            };
            p.assessments.insert(key, a);
        }
        // Choices of optional groups (specialisms), in links from version 2 on.
        for _ in 0..self.below(3) {
            let group = self
                .pick(&["Specialism", "Track", "Zoë’s focus"])
                .to_string();
            let code = self.pick(&["FE", "BE", "DATA"]).to_string();
            let (on, t) = (self.chance(70), self.time());
            p.choose(&group, &code, on, t);
        }
        p
    }
}

fn merged(a: &Progress, b: &Progress) -> Progress {
    let mut m = a.clone();
    m.merge(b);
    m
}

#[test]
fn merge_is_commutative_associative_and_idempotent() {
    let mut g = Gen(1);
    for case in 0..CASES {
        let (a, b, c) = (g.progress(), g.progress(), g.progress());
        let ab = merged(&a, &b);
        assert_eq!(
            ab,
            merged(&b, &a),
            "commutative, case {case}: {a:?} / {b:?}"
        );
        assert_eq!(merged(&ab, &b), ab, "idempotent, case {case}");
        assert_eq!(merged(&ab, &a), ab, "idempotent, case {case}");
        assert_eq!(
            merged(&ab, &c),
            merged(&a, &merged(&b, &c)),
            "associative, case {case}"
        );
    }
}

#[test]
fn after_any_merge_a_new_change_survives_merging_the_same_input_again() {
    let mut g = Gen(2);
    for case in 0..CASES {
        let now = 1_000 + g.below(10);
        let mine = g.progress();
        let mut incoming = g.progress();
        // Some inputs lie about the future, far or near.
        for a in incoming.assessments.values_mut() {
            if g.chance(30) {
                a.updated = g
                    .pick(&[u64::MAX, now * 1000, now + CLOCK_ALLOWANCE_MS + 1])
                    .to_owned();
            }
        }
        if g.chance(30) {
            incoming.cleared_at = u64::MAX;
        }
        incoming.clamp_future(now.max(mine.latest_time()));
        let limit = now.max(mine.latest_time()) + CLOCK_ALLOWANCE_MS;
        assert!(incoming.latest_time() <= limit, "case {case}: {incoming:?}");
        let mut after = merged(&mine, &incoming);
        let t = after.next_stamp(now);
        after.set_rating("s000000ff", Some(Rating::Developing), t);
        after.set_roles(Some("mine".into()), None, t);
        after.merge(&incoming);
        after.merge(&mine);
        assert_eq!(
            after.rating("s000000ff"),
            Some(Rating::Developing),
            "case {case}"
        );
        assert_eq!(after.current_role.as_deref(), Some("mine"), "case {case}");
    }
}

/// A decoded value must encode and decode to itself.
fn check_link(text: &str) {
    if let Ok(p) = decode(text) {
        assert_eq!(decode(&encode(&p)), Ok(p), "re-encoding {text:?}");
    }
}

#[test]
fn generated_progress_survives_a_link() {
    let mut g = Gen(3);
    for case in 0..CASES {
        let mut p = g.progress();
        p.assessments.retain(|_, a| !a.is_cleared());
        assert_eq!(decode(&encode(&p)), Ok(p), "case {case}");
    }
}

#[test]
fn decoding_any_link_text_fails_cleanly_or_round_trips() {
    let mut g = Gen(4);
    let alphabet: Vec<char> =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_ =%é"
            .chars()
            .collect();
    for _ in 0..CASES {
        // Random text.
        let len = g.below(40) as usize;
        let text: String = (0..len).map(|_| *g.pick(&alphabet)).collect();
        check_link(&text);
        // A valid link, mutated: a character changed, inserted or removed, or cut short.
        let link = encode(&g.progress());
        let mut chars: Vec<char> = link.chars().collect();
        let at = g.below(chars.len() as u64) as usize;
        match g.below(4) {
            0 => chars[at] = *g.pick(&alphabet),
            1 => chars.insert(at, *g.pick(&alphabet)),
            2 => {
                chars.remove(at);
            }
            _ => chars.truncate(at),
        }
        check_link(&chars.into_iter().collect::<String>());
        // Random bytes behind a correct checksum, so the parser itself is exercised.
        let mut bytes = base64url_decode(&link).unwrap_or_default();
        bytes.truncate(bytes.len().saturating_sub(4));
        for _ in 0..=g.below(3) {
            if !bytes.is_empty() {
                let i = g.below(bytes.len() as u64) as usize;
                bytes[i] = g.next() as u8;
            }
        }
        if g.chance(30) {
            bytes.truncate(g.below(bytes.len() as u64 + 1) as usize);
        }
        if let Some(first) = bytes.first_mut() {
            *first = 1;
        }
        let sum = fnv1a(&bytes);
        bytes.extend_from_slice(&sum.to_be_bytes());
        check_link(&base64url_encode(&bytes));
    }
}

/// A parsed record must save and read back as itself, in storage and export form.
fn check_record(text: &str) {
    if let Ok(p) = parse(text) {
        assert_eq!(
            parse(&to_storage(&p)),
            Ok(p.clone()),
            "storage form of {text:?}"
        );
        assert_eq!(parse(&to_export(&p)), Ok(p), "export form of {text:?}");
    }
}

#[test]
fn parsing_any_stored_record_or_import_file_fails_cleanly_or_round_trips() {
    let mut g = Gen(5);
    let pieces = [
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "null",
        "true",
        "0",
        "1",
        "-1",
        "1e99",
        "18446744073709551616",
        "\"format\"",
        "\"rungs-progress\"",
        "\"version\"",
        "2",
        "1",
        "\"progress\"",
        "\"assessments\"",
        "\"s0123abcd\"",
        "\"rating\"",
        "\"developing\"",
        "\"updated\"",
        "\"evidence\"",
        "\"text\"",
        "\"date\"",
        "\"current_role\"",
        "\"\"",
        "\"ratings\"",
        "\"saved\"",
        "\"role\"",
        "\\u0000",
        " ",
    ];
    for _ in 0..CASES {
        let text: String = (0..g.below(30)).map(|_| *g.pick(&pieces)).collect();
        check_record(&text);
        let valid = if g.chance(50) {
            to_storage(&g.progress())
        } else {
            to_export(&g.progress())
        };
        let mut chars: Vec<char> = valid.chars().collect();
        for _ in 0..=g.below(2) {
            let at = g.below(chars.len() as u64) as usize;
            match g.below(3) {
                0 => chars[at] = *g.pick(&['0', '9', '"', '{', ' ', 'x', ':']),
                1 => {
                    chars.remove(at);
                }
                _ => chars.insert(at, *g.pick(&['0', ',', '"', '-'])),
            }
        }
        check_record(&chars.into_iter().collect::<String>());
    }
}
