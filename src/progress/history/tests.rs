use super::trend::{y_of, Trend, PAD, WIDTH};
use super::*;

fn counts(total: u32, met: u32) -> Counts {
    Counts([total, met, 0, 0])
}

fn snap(date: &str, taken: u64, role: &str, met: u32) -> Snapshot {
    Snapshot {
        date: date.into(),
        taken,
        roles: vec![RoleSnapshot {
            role: role.into(),
            score: counts(10, met),
            groups: vec![("Leadership".into(), counts(4, met.min(4)))],
        }],
    }
}

fn dates(h: &History) -> Vec<&str> {
    h.snapshots().iter().map(|s| s.date.as_str()).collect()
}

#[test]
fn one_snapshot_per_day_the_latest_of_the_day_wins() {
    let mut h = History::default();
    assert!(h.record(snap("2026-11-02", 1, "r", 1)));
    assert!(h.record(snap("2026-11-02", 2, "r", 3)));
    assert!(h.record(snap("2026-11-01", 3, "r", 0)));
    assert_eq!(dates(&h), ["2026-11-01", "2026-11-02"]);
    assert_eq!(h.snapshots()[1].roles[0].score.met(), 3);
}

#[test]
fn a_day_that_ends_where_the_previous_one_did_is_not_kept() {
    let mut h = History::default();
    h.record(snap("2026-11-01", 1, "r", 2));
    assert!(h.record(snap("2026-11-02", 2, "r", 3)));
    // Changed back the same day: that day holds nothing new.
    assert!(h.record(snap("2026-11-02", 3, "r", 2)));
    assert_eq!(dates(&h), ["2026-11-01"]);
    assert!(!h.record(snap("2026-11-03", 4, "r", 2)));
}

#[test]
fn old_snapshots_thin_to_one_per_month_and_the_total_is_bounded() {
    let mut h = History::default();
    // Two years of daily changes.
    let mut taken = 0;
    for year in [2025, 2026] {
        for month in 1..=12 {
            for day in 1..=28 {
                taken += 1;
                h.record(snap(
                    &format!("{year}-{month:02}-{day:02}"),
                    taken,
                    "r",
                    (taken % 10) as u32,
                ));
            }
        }
    }
    let all = dates(&h);
    assert!(all.len() <= MAX_SNAPSHOTS);
    assert_eq!(all.last(), Some(&"2026-12-28"));
    // The newest are daily, the older ones the last recorded day of their month.
    let daily = &all[all.len() - KEEP_DAILY..];
    assert!(daily.windows(2).all(|w| w[0] < w[1]));
    assert!(all.contains(&"2025-03-28"));
    assert!(!all.contains(&"2025-03-27"));
    let text = h.to_storage();
    assert!(
        text.len() < 60_000,
        "a bounded history stays small: {}",
        text.len()
    );
}

#[test]
fn merging_keeps_every_date_and_the_later_of_one_date() {
    let mut mine = History::default();
    mine.record(snap("2026-11-01", 1, "r", 1));
    mine.record(snap("2026-11-03", 5, "r", 3));
    let mut theirs = History::default();
    theirs.record(snap("2026-11-02", 2, "r", 2));
    theirs.record(snap("2026-11-03", 9, "r", 4));
    mine.merge(&theirs);
    assert_eq!(dates(&mine), ["2026-11-01", "2026-11-02", "2026-11-03"]);
    assert_eq!(mine.snapshots()[2].roles[0].score.met(), 4);
    let mut again = mine.clone();
    again.merge(&mine);
    assert_eq!(again, mine, "merging is idempotent");
}

#[test]
fn storage_round_trip_and_refusals() {
    let mut h = History::default();
    h.record(snap("2026-11-01", 1, "r", 1));
    h.record(snap("2026-11-02", 2, "r", 2));
    assert_eq!(History::parse(&h.to_storage()), Ok(h.clone()));
    assert!(History::parse("{").is_err());
    assert!(
        History::parse(r#"{"format":"other","version":1,"snapshots":[]}"#)
            .unwrap_err()
            .contains("not a Rungs history")
    );
    assert!(
        History::parse(r#"{"format":"rungs-history","version":9,"snapshots":[]}"#)
            .unwrap_err()
            .contains("version 9")
    );
    let bad_date = r#"{"format":"rungs-history","version":1,"snapshots":[{"date":"2026-13-01","taken":1,"roles":[]}]}"#;
    assert!(History::parse(bad_date).unwrap_err().contains("2026-13-01"));
    let bad_counts = r#"{"format":"rungs-history","version":1,"snapshots":[{"date":"2026-11-01","taken":1,"roles":[{"role":"r","score":[2,3,0,0]}]}]}"#;
    assert!(History::parse(bad_counts).unwrap_err().contains("counts"));
}

#[test]
fn an_export_file_may_carry_a_history() {
    let mut h = History::default();
    h.record(snap("2026-11-01", 1, "r", 1));
    let file = serde_json::json!({ "format": "rungs-progress", "version": 2, "progress": {}, "history": h.to_value() }).to_string();
    assert_eq!(History::from_export(&file), Ok(Some(h)));
    let without = r#"{"format":"rungs-progress","version":2,"progress":{}}"#;
    assert_eq!(History::from_export(without), Ok(None));
}

#[test]
fn changes_since_a_date_name_what_moved() {
    let mut h = History::default();
    h.record(snap("2026-11-01", 1, "r", 1));
    h.record(snap("2026-11-10", 2, "r", 3));
    let now = Snapshot {
        date: "2026-12-01".into(),
        taken: 3,
        roles: vec![
            RoleSnapshot {
                role: "r".into(),
                score: counts(10, 6),
                groups: vec![
                    ("Leadership".into(), counts(4, 4)),
                    ("Delivery".into(), counts(6, 2)),
                ],
            },
            RoleSnapshot {
                role: "next".into(),
                score: counts(12, 1),
                groups: vec![],
            },
        ],
    };
    // A date between snapshots compares with the latest one before it.
    let changes = h.changes_since("2026-11-05", &now);
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[0].role, "r");
    assert_eq!(changes[0].met_delta(), 5);
    let names: Vec<&str> = changes[0].groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Leadership", "Delivery"]);
    assert_eq!(changes[0].groups[0].met_delta(), 3);
    assert_eq!(changes[0].groups[1].before, None);
    assert_eq!(changes[1].before, None, "not tracked then");
    assert!(
        h.changes_since("2026-10-01", &now).is_empty(),
        "nothing recorded by then"
    );
    let same = h.snapshots()[1].clone();
    assert!(h.changes_since("2026-11-10", &same).is_empty());
    assert_eq!(h.earlier_dates("2026-11-10"), ["2026-11-01"]);
}

#[test]
fn dates_are_checked_and_numbered_by_calendar_day() {
    assert_eq!(day_number("1970-01-01"), Some(0));
    assert_eq!(day_number("2000-03-01"), Some(11_017));
    assert_eq!(
        day_number("2026-03-01")
            .zip(day_number("2026-02-28"))
            .map(|(a, b)| a - b),
        Some(1)
    );
    for bad in [
        "2026-1-01",
        "2026-00-10",
        "2026-02-32",
        "abcd-ef-gh",
        "2026/01/01",
        "",
    ] {
        assert!(!is_date(bad), "{bad}");
    }
}

#[test]
fn the_trend_spaces_points_by_time_and_scales_the_share_met() {
    let mut h = History::default();
    h.record(snap("2026-11-01", 1, "r", 0));
    h.record(snap("2026-11-03", 2, "r", 5));
    h.record(snap("2026-11-11", 3, "r", 10));
    let t = Trend::of(&h, &["r", "never"]).expect("a trend");
    assert_eq!(t.lines.len(), 1, "roles never recorded have no line");
    let p = &t.lines[0].points;
    assert_eq!(p[0].x, PAD.0);
    assert_eq!(p[2].x, WIDTH - PAD.1);
    // Day 2 of 10 lies a fifth of the way along.
    assert!((p[1].x - (PAD.0 + (WIDTH - PAD.0 - PAD.1) / 5.0)).abs() < 1e-9);
    assert_eq!((p[0].y, p[1].y, p[2].y), (y_of(0), y_of(50), y_of(100)));
    assert!(y_of(100) < y_of(0), "more met is higher up");
    assert_eq!(
        (t.first.as_str(), t.last.as_str()),
        ("2026-11-01", "2026-11-11")
    );
    assert_eq!(t.lines[0].polyline().split(' ').count(), 3);
    assert_eq!(Trend::of(&History::default(), &["r"]), None);
}

#[test]
fn a_snapshot_scores_each_role_and_competency_from_the_progress() {
    use crate::progress::{with_ratings, Rating};
    let ex = crate::progress::expectations::for_test;
    let role = [ex("a", "A"), ex("b", "A"), ex("c", "B")];
    let p = with_ratings(&[
        ("a", Some(Rating::Consistently), 1),
        ("c", Some(Rating::Developing), 1),
    ]);
    let s = Snapshot::of(&p, "2026-12-03", 7, &[("role-1", &role)]);
    assert_eq!(s.date, "2026-12-03");
    assert_eq!(s.roles[0].score, Counts([3, 1, 1, 0]));
    assert_eq!(
        s.roles[0].groups,
        [
            ("A".to_string(), Counts([2, 1, 0, 0])),
            ("B".to_string(), Counts([1, 0, 1, 0]))
        ]
    );
    assert_eq!(s.roles[0].score.percent_met(), 33);
}

#[test]
fn the_chart_draws_the_roles_tracked_now_then_former_ones() {
    let mut h = History::default();
    h.record(snap("2026-01-01", 1, "old", 3));
    h.record(snap("2026-02-01", 2, "older-still", 3));
    h.record(snap("2026-03-01", 3, "now", 1));
    assert_eq!(
        Trend::roles(&h, &["now", "next"]),
        ["now", "next", "older-still", "old"]
    );
    assert_eq!(Trend::roles(&h, &["a", "b", "c"]).len(), trend::MAX_LINES);
}

#[test]
fn a_history_stored_by_this_release_keeps_reading() {
    // Written by the first release with history; later releases must read it unchanged.
    let text = include_str!("../../../tests/fixtures/progress/history-v1.json");
    let h = History::parse(text).expect("reads");
    assert_eq!(dates(&h), ["2026-11-02", "2026-12-03"]);
    assert_eq!(
        h.snapshots()[1].roles[1].groups,
        vec![],
        "groups may be absent"
    );
    // Written back, the same content (an absent list of groups is written as empty).
    let again = text
        .trim()
        .replace(r#"[24,1,0,0]}"#, r#"[24,1,0,0],"groups":[]}"#);
    assert_eq!(h.to_storage(), again);
}

#[test]
fn changes_are_described_in_words() {
    use super::since::describe;
    assert_eq!(
        describe(Some(Counts([5, 1, 0, 0])), Counts([5, 3, 0, 0])),
        "1 → 3 of 5 met (+2)"
    );
    assert_eq!(
        describe(Some(Counts([5, 3, 0, 0])), Counts([5, 2, 1, 0])),
        "3 → 2 of 5 met (-1)"
    );
    assert_eq!(
        describe(Some(Counts([5, 3, 0, 0])), Counts([5, 3, 1, 1])),
        "3 of 5 met (no change); rated 3 → 5"
    );
    assert_eq!(describe(None, Counts([4, 2, 0, 0])), "new here: 2 of 4 met");
}
