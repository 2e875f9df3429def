use super::*;

fn said(texts: &[&'static str]) -> Vec<Said<'static>> {
    texts.iter().map(|t| Said::text(t)).collect()
}

fn one_to_one(a: &Alignment) -> Vec<(usize, usize, Wording)> {
    a.pairs
        .iter()
        .map(|p| {
            assert_eq!((p.old.len(), p.new.len()), (1, 1), "{p:?}");
            (p.old[0], p.new[0], p.wording)
        })
        .collect()
}

#[test]
fn identical_lists_pair_every_statement_as_same() {
    let s = said(&["Manages suppliers.", "Evaluates tenders against criteria."]);
    let a = align(&s, &s);
    assert_eq!(
        one_to_one(&a),
        [(0, 0, Wording::Same), (1, 1, Wording::Same)]
    );
    assert!(a.added.is_empty() && a.dropped.is_empty());
}

#[test]
fn whitespace_and_case_alone_are_the_same_statement() {
    let a = align(
        &said(&["Manages  suppliers."]),
        &said(&["Manages suppliers."]),
    );
    assert_eq!(one_to_one(&a), [(0, 0, Wording::Same)]);
    let a = align(
        &said(&["manages suppliers."]),
        &said(&["Manages suppliers."]),
    );
    assert_eq!(one_to_one(&a), [(0, 0, Wording::Reworded)]);
}

#[test]
fn a_reworded_statement_pairs_with_its_counterpart() {
    let old = said(&[
        "Manages the provision of learning and development, ensuring optimum use of resources.",
        "Arranges facilities and schedules with providers.",
    ]);
    let new = said(&[
        "Arranges facilities, budgets and schedules with external providers.",
        "Manages the provision of all learning and development, ensuring best use of resources.",
        "Evaluates learning outcomes.",
    ]);
    let a = align(&old, &new);
    assert_eq!(
        one_to_one(&a),
        [(1, 0, Wording::Reworded), (0, 1, Wording::Reworded)]
    );
    assert_eq!(a.added, [2]);
    assert!(a.dropped.is_empty());
}

#[test]
fn unrelated_statements_are_new_and_no_longer_listed() {
    let a = align(
        &said(&["Maintains a catalogue of courses."]),
        &said(&["Secures budget for the strategy."]),
    );
    assert!(a.pairs.is_empty());
    assert_eq!(
        (a.added.as_slice(), a.dropped.as_slice()),
        (&[0][..], &[0][..])
    );
}

#[test]
fn reordered_statements_keep_their_pairs_in_the_new_order() {
    let old = said(&[
        "Plans the work.",
        "Reviews supplier performance.",
        "Leads the team.",
    ]);
    let new = said(&[
        "Leads the team.",
        "Plans the work.",
        "Reviews supplier performance.",
    ]);
    let a = align(&old, &new);
    assert_eq!(
        one_to_one(&a),
        [
            (2, 0, Wording::Same),
            (0, 1, Wording::Same),
            (1, 2, Wording::Same)
        ]
    );
}

#[test]
fn a_statement_split_in_two_pairs_with_both_parts() {
    let old = said(&[
        "Maintains and promotes a catalogue of learning activities and ensures courses are accredited.",
    ]);
    let new = said(&[
        "Maintains and promotes a catalogue of learning activities.",
        "Ensures courses are accredited.",
    ]);
    let a = align(&old, &new);
    assert_eq!(
        a.pairs,
        [Pairing {
            old: vec![0],
            new: vec![0, 1],
            wording: Wording::Reworded
        }]
    );
    assert!(a.added.is_empty() && a.dropped.is_empty());
}

#[test]
fn two_statements_merged_into_one_pair_with_it() {
    let old = said(&[
        "Negotiates contracts with suppliers.",
        "Monitors supplier performance against targets.",
    ]);
    let new = said(&[
        "Negotiates contracts with suppliers and monitors supplier performance against targets.",
    ]);
    let a = align(&old, &new);
    assert_eq!(
        a.pairs,
        [Pairing {
            old: vec![0, 1],
            new: vec![0],
            wording: Wording::Reworded
        }]
    );
    assert!(a.added.is_empty() && a.dropped.is_empty());
}

#[test]
fn empty_sides() {
    let some = said(&["Leads the team."]);
    assert_eq!(align(&[], &[]), Alignment::default());
    let a = align(&[], &some);
    assert_eq!((a.pairs.len(), a.added.as_slice()), (0, &[0][..]));
    let a = align(&some, &[]);
    assert_eq!((a.pairs.len(), a.dropped.as_slice()), (0, &[0][..]));
    // Empty and punctuation-only texts match only themselves, never everything.
    let a = align(&said(&["", "."]), &said(&["Leads the team."]));
    assert!(a.pairs.is_empty());
}

#[test]
fn labelled_statements_pair_by_label() {
    let old = [
        Said {
            label: Some("Experience"),
            text: "Two years of leading a team.",
        },
        Said {
            label: Some("Scope"),
            text: "A team.",
        },
    ];
    let new = [
        Said {
            label: Some("Scope"),
            text: "Several teams.",
        },
        Said {
            label: Some("Influence"),
            text: "Two years of leading a team.",
        },
    ];
    let a = align(&old, &new);
    // Same label, new wording; a new label is new even when its text matches another's.
    assert_eq!(one_to_one(&a), [(1, 0, Wording::Reworded)]);
    assert_eq!(
        (a.added.as_slice(), a.dropped.as_slice()),
        (&[1][..], &[0][..])
    );
}

#[test]
fn repeated_statements_pair_once_each() {
    let a = align(
        &said(&["Leads the team.", "Leads the team."]),
        &said(&["Leads the team."]),
    );
    assert_eq!(one_to_one(&a), [(0, 0, Wording::Same)]);
    assert_eq!(a.dropped, [1]);
}

#[test]
fn every_statement_is_accounted_for_exactly_once() {
    let old = said(&[
        "Plans the work.",
        "Negotiates contracts with suppliers.",
        "Monitors supplier performance against targets.",
        "Maintains a catalogue of courses.",
    ]);
    let new = said(&[
        "Negotiates contracts with suppliers and monitors supplier performance against targets.",
        "Plans the work of several teams.",
        "Secures budget.",
    ]);
    let a = align(&old, &new);
    let mut olds: Vec<usize> = a.pairs.iter().flat_map(|p| p.old.clone()).collect();
    olds.extend(&a.dropped);
    olds.sort();
    let mut news: Vec<usize> = a.pairs.iter().flat_map(|p| p.new.clone()).collect();
    news.extend(&a.added);
    news.sort();
    assert_eq!(olds, [0, 1, 2, 3]);
    assert_eq!(news, [0, 1, 2]);
}
