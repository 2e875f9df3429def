use super::*;
use crate::progress::expectations::Kind;

fn ex(key: &str, group: &str, text: &str) -> Expectation {
    Expectation {
        key: key.into(),
        kind: Kind::Attainment,
        group: group.into(),
        text: text.into(),
        examples: &[],
        from_level: None,
        earlier: None,
        choice: None,
    }
}

fn sample() -> (Progress, Vec<Expectation>) {
    let e = vec![
        ex("s00000001", "Sourcing", "Plans *all* sourcing"),
        ex("s00000002", "Sourcing", "Negotiates contracts"),
        ex("s00000003", "People", "Coaches\nmanagers"),
        ex("s00000004", "Budgets", "Owns the budget"),
    ];
    let mut p = Progress::default();
    p.set_rating("s00000001", Some(Rating::Consistently), 1);
    p.set_rating("s00000002", Some(Rating::Developing), 2);
    p.set_evidence(
        "s00000002",
        Evidence {
            text: "Led the 2026 renewal".into(),
            date: "2026-10-15".into(),
        },
        3,
    );
    p.set_rating("s00000004", Some(Rating::RoleModel), 4);
    (p, e)
}

#[test]
fn gaps_are_grouped_by_competency_with_rating_and_evidence() {
    let (p, e) = sample();
    let plan = Plan::build(&p, &e, Some("Now".into()), "Next".into(), true);
    let names: Vec<&str> = plan.groups.iter().map(|g| g.competency).collect();
    // Budgets is met in full: no group for it.
    assert_eq!(names, ["Sourcing", "People"]);
    assert_eq!(plan.gap_count(), 2);
    let negotiate = &plan.groups[0].gaps[0];
    assert_eq!(negotiate.text, "Negotiates contracts");
    assert_eq!(negotiate.rating_label(), "Developing");
    assert_eq!(
        negotiate.evidence.map(|e| e.date.as_str()),
        Some("2026-10-15")
    );
    assert_eq!(plan.groups[1].gaps[0].rating_label(), "Not assessed yet");
    assert_eq!((plan.score.met, plan.score.total), (2, 4));
}

#[test]
fn markdown_holds_the_same_content_as_literal_text() {
    let (p, e) = sample();
    let md = Plan::build(&p, &e, Some("Now (L5)".into()), "Next (L6)".into(), true)
        .markdown("Our *ladder*", "2026-12-02");
    assert!(md.starts_with("# Development plan\n"));
    assert!(md.contains("- **Current role:** Now (L5)\n"));
    assert!(md.contains("- **Target role:** Next (L6)\n"));
    assert!(md.contains("- **Met so far:** 2 of 4 expectations (50%)\n"));
    assert!(md.contains("from Our \\*ladder\\*"));
    assert!(md.contains("\n## Sourcing\n\n1. **Negotiates contracts**\n   - My rating: Developing\n   - Evidence (2026-10-15): Led the 2026 renewal\n   - Agreed actions:\n   - By (date):\n"));
    // A line break in the data does not end the list item.
    assert!(md.contains("1. **Coaches managers**\n"));
    // Met expectations are not gaps.
    assert!(!md.contains("Plans"));
    assert!(!md.contains("Owns the budget"));
}

#[test]
fn a_role_met_in_full_still_makes_a_plan() {
    let (mut p, e) = sample();
    for key in ["s00000002", "s00000003"] {
        p.set_rating(key, Some(Rating::Consistently), 9);
    }
    let plan = Plan::build(&p, &e, None, "Now".into(), false);
    assert_eq!(plan.gap_count(), 0);
    let md = plan.markdown("F", "2026-12-02");
    assert!(md.contains("- **Role:** Now\n"));
    assert!(md.contains("Every expectation of this role is met"));
    assert!(!md.contains("Current role"));
}
