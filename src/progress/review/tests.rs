use super::agreement::{by_group, steps, Agreement, Tally};
use super::*;
use crate::progress::codec::{base64url_decode, base64url_encode};
use crate::progress::{sample, Evidence};

fn reply() -> ReviewReply {
    let mut views = BTreeMap::new();
    views.insert(
        "s0123abcd".to_string(),
        ReviewerView {
            rating: Some(Rating::Developing),
            comment: "Seen in Q3 planning; not yet alone".into(),
        },
    );
    views.insert(
        "r00000001".to_string(),
        ReviewerView {
            rating: Some(Rating::RoleModel),
            comment: String::new(),
        },
    );
    views.insert(
        "a89abcdef".to_string(),
        ReviewerView {
            rating: None,
            comment: "Zoë’s “team” — let us talk".into(),
        },
    );
    ReviewReply {
        id: "0a1b2c3d".into(),
        reviewer: "Sam (manager)".into(),
        replied: 1_764_000_000_000,
        views,
    }
}

/// The reason a decode failed, as the user reads it ("" when it did not fail).
fn err<T>(result: Result<T, LinkError>) -> String {
    result.err().map(|e| e.to_string()).unwrap_or_default()
}

/// Re-seals `body` after a change, so only the content (not the checksum) is wrong.
fn resealed(payload: &str, change: impl FnOnce(&mut Vec<u8>)) -> String {
    let mut bytes = base64url_decode(payload).expect("base64");
    bytes.truncate(bytes.len() - 4);
    change(&mut bytes);
    seal(bytes)
}

#[test]
fn a_request_round_trips_with_or_without_evidence() {
    let p = sample();
    let with = ReviewRequest::new(" Alex ", &p, true, 1_764_000_000_000);
    assert_eq!(with.name, "Alex");
    assert_eq!(with.id.len(), 8);
    assert_eq!(ReviewRequest::decode(&with.encode()), Ok(with.clone()));
    assert!(with.progress.evidence("a89abcdef").is_some());

    let without = ReviewRequest::new("", &p, false, 1_764_000_000_000);
    assert_eq!(
        ReviewRequest::decode(&without.encode()),
        Ok(without.clone())
    );
    assert!(without
        .progress
        .assessments
        .values()
        .all(|a| a.evidence.is_none()));
    assert_eq!(
        without.progress.rating("a89abcdef"),
        Some(Rating::NotYet),
        "ratings stay"
    );
    assert_eq!(without.progress.current_role, p.current_role);
    assert_ne!(with.id, without.id, "each request has its own id");
}

#[test]
fn a_reply_round_trips_and_leaves_out_untouched_expectations() {
    let mut r = reply();
    r.views.insert("s00000002".into(), ReviewerView::default());
    let decoded = ReviewReply::decode(&r.encode()).expect("decodes");
    r.views.remove("s00000002");
    assert_eq!(decoded, r);
    assert_eq!(decoded.comment("r00000001"), None);
    assert_eq!(decoded.rating("a89abcdef"), None);
}

#[test]
fn altered_and_mixed_up_links_are_refused_with_the_reason() {
    let request = ReviewRequest::new("Alex", &sample(), true, 1).encode();
    let answer = reply().encode();
    // One changed character: the checksum says so.
    let mut chars: Vec<char> = answer.chars().collect();
    let i = chars.len() / 2;
    chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
    let tampered: String = chars.into_iter().collect();
    assert_eq!(ReviewReply::decode(&tampered), Err(LinkError::BadChecksum));
    assert!(matches!(
        ReviewReply::decode(&answer[..answer.len() / 2]),
        Err(LinkError::Truncated | LinkError::BadChecksum)
    ));
    // The wrong kind of link names what it is.
    assert!(err(ReviewReply::decode(&request)).contains("request for a review, not a reply"));
    assert!(err(ReviewRequest::decode(&answer)).contains("reply to a review, not a request"));
    let progress_link = crate::progress::codec::encode(&sample());
    assert!(err(ReviewRequest::decode(&progress_link)).contains("progress link, not a review link"));
    assert!(err(crate::progress::codec::decode(&request)).contains("review link"));
    // A newer version, intact, is reported as such.
    let newer = resealed(&answer, |b| b[1] = 9);
    assert_eq!(
        ReviewReply::decode(&newer),
        Err(LinkError::UnknownVersion(9))
    );
    // A request that says "no evidence" but carries some is refused.
    let sneaky = ReviewRequest::new("Alex", &sample(), true, 1).encode();
    let sneaky = resealed(&sneaky, |b| {
        let flags_at = 2 + 4 + 1 + "Alex".len() + 1;
        b[flags_at] = 0;
    });
    assert!(err(ReviewRequest::decode(&sneaky)).contains("evidence"));
    assert!(ReviewRequest::decode(&base64url_encode(b"")).is_err());
}

#[test]
fn over_long_names_and_empty_entries_are_refused() {
    let mut r = reply();
    r.reviewer = "x".repeat(MAX_NAME_CHARS + 1);
    assert!(ReviewReply::decode(&r.encode())
        .unwrap_err()
        .to_string()
        .contains("name"));
    // An entry with neither rating nor comment cannot be written; a crafted one is refused.
    let mut one = reply();
    one.views.retain(|k, _| k == "r00000001");
    let crafted = resealed(&one.encode(), |b| {
        let rating_at = b.len() - 2;
        b[rating_at] = 0;
    });
    assert!(ReviewReply::decode(&crafted)
        .unwrap_err()
        .to_string()
        .contains("empty"));
}

#[test]
fn a_review_must_fit_the_framework() {
    let roles = ["known".to_string()];
    let keys = ["s00000001".to_string(), "s00000002".to_string()];
    let fits = mismatch(&roles, &keys, |r| r == "known", |_| true);
    assert_eq!(fits, None);
    let other_role = mismatch(&["gone".to_string()], &keys, |r| r == "known", |_| true);
    assert!(other_role.unwrap().contains("“gone”"));
    let other_keys = mismatch(&roles, &keys, |_| true, |k| k == "s00000001");
    assert!(other_keys.unwrap().starts_with("1 of the expectations"));
}

#[test]
fn agreement_is_same_one_step_or_further() {
    use Rating::*;
    assert_eq!(
        Agreement::of(Some(Developing), Some(Developing)),
        Agreement::Same
    );
    assert_eq!(
        Agreement::of(Some(Developing), Some(Consistently)),
        Agreement::OneStep
    );
    assert_eq!(
        Agreement::of(Some(Consistently), Some(Developing)),
        Agreement::OneStep
    );
    assert_eq!(
        Agreement::of(Some(NotYet), Some(Consistently)),
        Agreement::Further
    );
    assert_eq!(
        Agreement::of(Some(RoleModel), Some(NotYet)),
        Agreement::Further
    );
    assert_eq!(Agreement::of(None, Some(NotYet)), Agreement::NotCompared);
    assert_eq!(Agreement::of(Some(NotYet), None), Agreement::NotCompared);
    assert_eq!(steps(Some(NotYet), Some(RoleModel)), Some(3));
    assert_eq!(steps(Some(Consistently), Some(Developing)), Some(-1));
    assert_eq!(steps(None, Some(Developing)), None);
}

#[test]
fn the_tally_per_competency_counts_agreement_and_direction() {
    let ex = crate::progress::expectations::for_test;
    // sample(): s0123abcd consistently, a89abcdef not yet, r00000001 role model.
    let role = [
        ex("s0123abcd", "Delivery"),
        ex("r00000001", "Delivery"),
        ex("a89abcdef", "People"),
        ex("s0000beef", "People"),
    ];
    let mut own = sample();
    own.set_evidence(
        "s0000beef",
        Evidence {
            text: "x".into(),
            date: String::new(),
        },
        9,
    );
    let groups = by_group(&own, &reply(), &role);
    assert_eq!(groups[0].0, "Delivery");
    let delivery = groups[0].1;
    assert_eq!(
        (delivery.same, delivery.one_step, delivery.further),
        (1, 1, 0)
    );
    assert_eq!((delivery.reviewer_higher, delivery.reviewer_lower), (0, 1));
    assert_eq!(delivery.percent_same(), 50);
    let people = groups[1].1;
    assert_eq!((people.compared(), people.not_compared), (0, 2));
    assert_eq!(people.percent_same(), 0);
    let all = Tally::of(&own, &reply(), &role);
    assert_eq!(all.compared(), 2);
}

#[test]
fn the_reviewer_desk_keeps_work_per_review_and_reads_back() {
    use super::saved::Desk;
    let request = ReviewRequest::new("Alex", &sample(), false, 1);
    let payload = request.encode();
    let mut desk = Desk::default();
    let id = desk.open(&payload, request.clone(), 10);
    let view = ReviewerView {
        rating: Some(Rating::Consistently),
        comment: "Clear".into(),
    };
    desk.set_view(&id, "s0123abcd", view.clone(), 11);
    desk.set_reviewer(&id, "Sam", 12);
    // Opening the same link again keeps the work done.
    assert_eq!(desk.open(&payload, request.clone(), 13), id);
    assert_eq!(desk.find(&id).map(|(s, _)| s.views.len()), Some(1));
    let reply = desk.reply(&id, 20).expect("a reply");
    assert_eq!(
        (reply.reviewer.as_str(), reply.views["s0123abcd"].clone()),
        ("Sam", view)
    );
    let again = Desk::parse(&desk.to_storage()).expect("reads");
    assert_eq!(again, desk);
    desk.set_view(&id, "s0123abcd", ReviewerView::default(), 21);
    assert!(
        desk.find(&id).is_some_and(|(s, _)| s.views.is_empty()),
        "an empty view is removed"
    );
    desk.remove(&id);
    assert!(desk.find(&id).is_none());
    assert!(Desk::parse(r#"{"format":"rungs-reviews","version":1,"reviews":[{"request":"nope","opened":1,"updated":1}]}"#).is_err());
}

#[test]
fn replies_are_kept_once_and_read_back() {
    use super::saved::Kept;
    let r = reply();
    let mut kept = Kept::default();
    let key = kept.keep(&r.encode(), r.clone());
    kept.keep(&r.encode(), r.clone());
    assert_eq!(kept.replies().count(), 1);
    let mut later = r.clone();
    later.replied += 1000;
    kept.keep(&later.encode(), later.clone());
    assert_eq!(
        kept.replies().count(),
        2,
        "a second reply to the same request is kept too"
    );
    assert_eq!(Kept::parse(&kept.to_storage()), Ok(kept.clone()));
    assert_eq!(kept.find(&key), Some(&r));
    kept.remove(&key);
    assert_eq!(kept.replies().count(), 1);
}
