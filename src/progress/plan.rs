//! A development plan for a 1:1: the gaps to the role the person aims for, grouped by
//! competency, each with their own rating and evidence, and room for agreed actions and dates.
//! The plan page shows and prints it; [`Plan::markdown`] is the same content as a file.

use super::expectations::{groups, Expectation};
use super::score::{gaps, Score};
use super::{Evidence, Progress, Rating};

/// The plan for one role (the target, or the current role when there is no target).
#[derive(Debug, Clone, PartialEq)]
pub struct Plan<'a> {
    /// "Title (Level, Source)" of the role held now, if chosen.
    pub current: Option<String>,
    /// The role the gaps are measured against.
    pub role: String,
    /// Whether `role` is the target (else the current role: no target chosen or none above).
    pub is_target: bool,
    pub score: Score,
    pub groups: Vec<PlanGroup<'a>>,
}

/// The gaps of one competency, in page order.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanGroup<'a> {
    pub competency: &'a str,
    pub gaps: Vec<Gap<'a>>,
}

/// One expectation not yet met: unassessed, not yet, or developing.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap<'a> {
    pub text: &'a str,
    pub rating: Option<Rating>,
    pub evidence: Option<&'a Evidence>,
}

impl Gap<'_> {
    /// The person's rating as the plan words it.
    pub fn rating_label(&self) -> &'static str {
        self.rating.map_or("Not assessed yet", Rating::label)
    }
}

impl<'a> Plan<'a> {
    /// The plan against `expectations` (those of `role`), with the role names as shown.
    pub fn build(
        progress: &'a Progress,
        expectations: &'a [Expectation],
        current: Option<String>,
        role: String,
        is_target: bool,
    ) -> Plan<'a> {
        let missing = gaps(progress, expectations);
        let groups = groups(expectations)
            .into_iter()
            .map(|competency| PlanGroup {
                competency,
                gaps: missing
                    .iter()
                    .filter(|e| e.group == competency)
                    .map(|e| Gap {
                        text: &e.text,
                        rating: progress.rating(&e.key),
                        evidence: progress.evidence(&e.key),
                    })
                    .collect(),
            })
            .filter(|g| !g.gaps.is_empty())
            .collect();
        Plan {
            current,
            role,
            is_target,
            score: Score::of(progress, expectations),
            groups,
        }
    }

    pub fn gap_count(&self) -> usize {
        self.groups.iter().map(|g| g.gaps.len()).sum()
    }

    /// The plan as a Markdown document for a 1:1, prepared on `date` (YYYY-MM-DD) from `framework`.
    pub fn markdown(&self, framework: &str, date: &str) -> String {
        let mut out = String::from("# Development plan\n\n");
        if let Some(current) = &self.current {
            out += &format!("- **Current role:** {}\n", escape(current));
        }
        let which = if self.is_target {
            "Target role"
        } else {
            "Role"
        };
        out += &format!("- **{which}:** {}\n", escape(&self.role));
        out += &format!(
            "- **Met so far:** {} of {} expectations ({}%)\n",
            self.score.met,
            self.score.total,
            self.score.percent_met()
        );
        out += &format!("- **Prepared:** {date} from {}\n", escape(framework));
        if self.groups.is_empty() {
            out += "\nEvery expectation of this role is met. Agree what comes next:\n\n";
            out += "- Agreed actions:\n- By (date):\n";
            return out;
        }
        for group in &self.groups {
            out += &format!("\n## {}\n\n", escape(group.competency));
            for (n, gap) in group.gaps.iter().enumerate() {
                out += &format!("{}. **{}**\n", n + 1, escape(&one_line(gap.text)));
                out += &format!("   - My rating: {}\n", gap.rating_label());
                if let Some(e) = gap.evidence {
                    let when = if e.date.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", e.date)
                    };
                    out += &format!("   - Evidence{when}: {}\n", escape(&one_line(&e.text)));
                }
                out += "   - Agreed actions:\n   - By (date):\n";
            }
        }
        out
    }
}

/// Text on one line: a list item's text must not end the item.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The framework's and the person's text as literal text, never as Markdown or HTML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests;
