use super::*;
use crate::compare::{Cell, RowKind, Statement};
use crate::data::framework;

#[test]
fn escape_leaves_no_markup() {
    assert_eq!(
        escape(r#"<script>alert("x")</script> & 'y'"#),
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
    );
    assert_eq!(escape("Plain text, café."), "Plain text, café.");
}

fn statement(text: &str) -> Statement {
    Statement {
        label: None,
        text: text.into(),
        key: None,
        from_level: None,
    }
}

/// A two-column row built from texts, as the comparison builds it.
fn row(left: &[&str], right: &[&str]) -> Row {
    let cell = |t: &[&str]| {
        Some(Cell {
            badge: None,
            statements: t.iter().map(|s| statement(s)).collect(),
        })
    };
    let cells = vec![cell(left), cell(right)];
    let mut row = Row {
        kind: RowKind::Competency,
        key: "competency:x".into(),
        label: "X".into(),
        detail: None,
        cells,
        lines: vec![],
        steps: vec![],
    };
    row.align();
    row
}

fn cell(row: &Row, col: usize, show_earlier: bool) -> String {
    let cx = CellContext {
        fw: framework(),
        show_earlier,
        not_next: &["Not at Level 6".into(), String::new()],
    };
    let blocks = row.blocks(|_| true);
    blocks
        .iter()
        .map(|b| block_cell(&cx, row, b, col))
        .collect::<Vec<_>>()
        .join("|")
}

#[test]
fn data_text_is_escaped_in_cells_and_summaries() {
    let r = row(&["<b>old</b>"], &["<img src=x onerror=alert(1)> & more"]);
    let html = cell(&r, 1, true);
    assert!(!html.contains("<img"), "{html}");
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; more"),
        "{html}"
    );
    assert!(!cell(&r, 0, false).contains("<b>"));
}

#[test]
fn new_and_changed_statements_say_so_in_text_and_nothing_is_struck_by_default() {
    let r = row(
        &[
            "Plans the work of the team.",
            "Keeps a catalogue of courses.",
        ],
        &[
            "Plans the work of several teams.",
            "Secures budget for training.",
        ],
    );
    let html = cell(&r, 1, false);
    assert!(
        html.contains(r#"<span class="tag tag-changed">Changed</span>"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<span class="tag tag-new">New</span>"#),
        "{html}"
    );
    assert!(!html.contains("<del>"), "{html}");
    // The words added by a light rewording are marked; with earlier wording on, removed ones.
    assert!(html.contains(r#"<mark class="added">"#), "{html}");
    let earlier = cell(&r, 1, true);
    assert!(earlier.contains(r#"<p class="earlier">"#), "{earlier}");
    assert!(earlier.contains("<del>"), "{earlier}");
    // The left column reads as its own text; screen readers hear what the next one drops.
    let left = cell(&r, 0, false);
    assert!(!left.contains("tag"), "{left}");
    assert!(
        left.contains(r#"<span class="visually-hidden"> (Not at Level 6)</span>"#),
        "{left}"
    );
}

#[test]
fn every_statement_gets_the_id_its_summary_entry_goes_to() {
    let fw = framework();
    let ids: Vec<usize> = (0..fw.roles.len().min(2)).collect();
    let c = Comparison::build(fw, &ids);
    for g in c.pairs.iter().flat_map(|p| &p.changes) {
        let entries = summary_entries(&c, g);
        let row = &c.rows[g.row];
        let cx = CellContext {
            fw,
            show_earlier: false,
            not_next: &[String::new(), String::new()],
        };
        let cells: String = row
            .blocks(|_| true)
            .iter()
            .map(|b| block_cell(&cx, row, b, 1))
            .collect();
        for e in &g.entries {
            let anchor = escape(&row.line_anchor(e.line));
            assert!(entries.contains(&format!(r#"data-anchor="{anchor}""#)));
            assert!(cells.contains(&format!(r#"id="{anchor}""#)), "{anchor}");
        }
    }
}

#[test]
fn the_role_list_offers_every_role_not_chosen_with_escaped_labels() {
    let fw = framework();
    let chosen = [0];
    let html = role_options(fw, &chosen, |r| format!("<{}> & co", fw.roles[r].title));
    assert!(html.starts_with(NO_ROLE_OPTION));
    assert_eq!(html.matches("<option ").count(), fw.roles.len());
    assert!(!html.contains(&format!(r#"value="{}""#, fw.roles[0].id)));
    for role in &fw.roles[1..] {
        assert!(html.contains(&format!(r#"value="{}""#, escape(role.id))));
        assert!(html.contains(&escape(&format!("<{}> & co", role.title))));
    }
}

#[test]
fn a_rows_lines_are_one_table_row_per_block_after_a_line_of_badges() {
    let cx = CellContext {
        fw: framework(),
        show_earlier: false,
        not_next: &["Not at Level 6".into(), String::new()],
    };
    let mut r = row(&["Writes tests"], &["Writes tests", "Reviews <code>"]);
    let blocks = r.blocks(|_| true);
    let plain = row_lines(&cx, &r, &blocks);
    assert!(
        !plain.contains("badge-line"),
        "no badges, no badge line: {plain}"
    );
    assert_eq!(plain.matches(r#"<tr class="line">"#).count(), blocks.len());
    assert_eq!(plain.matches("<td ").count(), 2 * blocks.len());
    assert!(plain.contains("Reviews &lt;code&gt;"), "{plain}");

    // A grade in one column and a role without the competency in the other.
    if let Some(c) = r.cells[0].as_mut() {
        c.badge = Some("C<3>".into());
    }
    r.cells[1] = None;
    let badged = row_lines(&cx, &r, &[]);
    assert!(
        badged.starts_with(r#"<tr class="line badge-line">"#),
        "{badged}"
    );
    assert!(
        badged.contains(r#"<span class="badge badge-grade">C&lt;3&gt;</span>"#),
        "{badged}"
    );
    assert!(badged.contains(RowKind::Competency.missing()), "{badged}");
}
