//! Follows each statement of a row across the columns: neighbouring columns are matched
//! (`statements::align`), matched statements are joined into one line, and each line knows
//! how it changes from column to column.

use super::diff::{diff_words, Change, Piece};
use super::statements::{align as match_statements, Said, Wording};
use super::{Cell, Line, Statement, Step};

/// Word marks help when most of the statement stays: below this share of kept words the
/// statement is a rewrite and is shown whole.
const KEPT_FOR_MARKS: f32 = 0.5;

/// Union-find over every statement of every column.
struct Joined {
    parent: Vec<usize>,
}

impl Joined {
    fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            self.parent[a.max(b)] = a.min(b);
        }
    }
}

fn of_cell(cell: &Option<Cell>) -> &[Statement] {
    cell.as_ref().map_or(&[], |c| c.statements.as_slice())
}

fn said(s: &Statement) -> Said<'_> {
    Said {
        label: s.label.as_deref(),
        text: &s.text,
    }
}

/// The lines of a row with the given cells, in reading order: the first column's order, with
/// each later column's unmatched statements placed after their predecessor in that column.
pub(super) fn align(cells: &[Option<Cell>]) -> Vec<Line> {
    let cols = cells.len();
    // Statement (col, i) is node offset[col] + i.
    let mut offset = vec![0; cols + 1];
    for c in 0..cols {
        offset[c + 1] = offset[c] + of_cell(&cells[c]).len();
    }
    let mut joined = Joined {
        parent: (0..offset[cols]).collect(),
    };
    // same[node]: in the pair leading into its column (from the left), and leading out of it.
    let mut same_in = vec![false; offset[cols]];
    let mut same_out = vec![false; offset[cols]];
    for p in 0..cols.saturating_sub(1) {
        let old: Vec<Said> = of_cell(&cells[p]).iter().map(said).collect();
        let new: Vec<Said> = of_cell(&cells[p + 1]).iter().map(said).collect();
        for pairing in match_statements(&old, &new).pairs {
            let same = pairing.wording == Wording::Same;
            for &i in &pairing.old {
                same_out[offset[p] + i] = same;
                for &j in &pairing.new {
                    joined.join(offset[p] + i, offset[p + 1] + j);
                }
            }
            for &j in &pairing.new {
                same_in[offset[p + 1] + j] = same;
            }
        }
    }
    // One line per group of joined statements, in reading order.
    let mut order: Vec<usize> = vec![]; // roots
    let mut lines: Vec<Line> = vec![];
    let mut line_of_root: Vec<Option<usize>> = vec![None; offset[cols]];
    for c in 0..cols {
        let mut cursor: Option<usize> = None; // position in `order` of the last line seen
        for i in 0..of_cell(&cells[c]).len() {
            let root = joined.root(offset[c] + i);
            let line = match line_of_root[root] {
                Some(line) => line,
                None => {
                    lines.push(Line {
                        parts: vec![vec![]; cols],
                        steps: vec![],
                        marks: vec![],
                    });
                    line_of_root[root] = Some(lines.len() - 1);
                    lines.len() - 1
                }
            };
            lines[line].parts[c].push(i);
            match order.iter().position(|&l| l == line) {
                Some(pos) => cursor = Some(cursor.map_or(pos, |c| c.max(pos))),
                None => {
                    let at = cursor.map_or(0, |c| c + 1);
                    order.insert(at, line);
                    cursor = Some(at);
                }
            }
        }
    }
    for line in &mut lines {
        line.steps = (0..cols.saturating_sub(1))
            .map(|p| {
                let left = &line.parts[p];
                let right = &line.parts[p + 1];
                let right_st = right.iter().map(|&j| &of_cell(&cells[p + 1])[j]);
                match (left.is_empty(), right.is_empty()) {
                    (true, true) => Step::Absent,
                    (true, false) if right_st.clone().all(|s| s.from_level.is_some()) => {
                        Step::Inherited
                    }
                    (true, false) => Step::New,
                    (false, true) => Step::NoLongerListed,
                    (false, false) => {
                        let all_same = left.iter().all(|&i| same_out[offset[p] + i])
                            && right.iter().all(|&j| same_in[offset[p + 1] + j]);
                        match all_same {
                            true => Step::Same,
                            false => Step::Changed,
                        }
                    }
                }
            })
            .collect();
        line.marks = (0..cols).map(|c| marks(cells, line, c)).collect();
    }
    order.into_iter().map(|l| lines[l].clone()).collect()
}

/// Word marks for a one-to-one rewording into column `col` that keeps most of its words.
fn marks(cells: &[Option<Cell>], line: &Line, col: usize) -> Option<Vec<Piece>> {
    if line.step_into(col) != Some(Step::Changed) {
        return None;
    }
    let ([old], [new]) = (line.parts[col - 1].as_slice(), line.parts[col].as_slice()) else {
        return None;
    };
    let old = &of_cell(&cells[col - 1])[*old];
    let new = &of_cell(&cells[col])[*new];
    let pieces = diff_words(&old.text, &new.text);
    let kept: usize = pieces
        .iter()
        .filter(|p| p.change == Change::Same)
        .map(|p| p.text.split_whitespace().count())
        .sum();
    let words = new.text.split_whitespace().count().max(1);
    (kept as f32 / words as f32 >= KEPT_FOR_MARKS).then_some(pieces)
}
