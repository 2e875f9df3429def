//! The trend chart's geometry: share of expectations met per role over time, as points in an
//! SVG view box. Time runs left to right by calendar day, so a quiet month looks like one.

use super::{day_number, Counts, History};

pub const WIDTH: f64 = 640.0;
pub const HEIGHT: f64 = 220.0;
/// Room for the axis labels: left, right, top, bottom.
pub const PAD: (f64, f64, f64, f64) = (56.0, 16.0, 14.0, 36.0);

/// One recorded day of one role.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub date: String,
    pub counts: Counts,
    pub x: f64,
    pub y: f64,
}

/// One role's line.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub role: String,
    pub points: Vec<Point>,
}

impl Line {
    /// The SVG `points` attribute of a polyline through the points.
    pub fn polyline(&self) -> String {
        self.points
            .iter()
            .map(|p| format!("{:.1},{:.1}", p.x, p.y))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The chart: a line per role, the dates at either end of the time axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub lines: Vec<Line>,
    pub first: String,
    pub last: String,
}

/// The y of a share met (0–100) in the view box.
pub fn y_of(percent: u32) -> f64 {
    let (_, _, top, bottom) = PAD;
    top + (100.0 - percent.min(100) as f64) / 100.0 * (HEIGHT - top - bottom)
}

/// At most this many lines: more would not be readable.
pub const MAX_LINES: usize = 4;

impl Trend {
    /// The roles to draw: those tracked now, then others recorded earlier (a former role after
    /// a promotion), most recently recorded first, at most [`MAX_LINES`].
    pub fn roles(history: &History, tracked_now: &[&str]) -> Vec<String> {
        let mut roles: Vec<String> = tracked_now.iter().map(|r| r.to_string()).collect();
        for s in history.snapshots().iter().rev() {
            for r in &s.roles {
                if !roles.contains(&r.role) {
                    roles.push(r.role.clone());
                }
            }
        }
        roles.truncate(MAX_LINES);
        roles
    }

    /// Lines for `roles` (in that order; roles never recorded are left out). `None` when
    /// nothing was recorded for any of them.
    pub fn of(history: &History, roles: &[&str]) -> Option<Trend> {
        let recorded: Vec<_> = history
            .snapshots()
            .iter()
            .filter_map(|s| day_number(&s.date).map(|d| (d, s)))
            .collect();
        let (first, last) = (recorded.first()?, recorded.last()?);
        let span = (last.0 - first.0) as f64;
        let (left, right, _, _) = PAD;
        let x_of = |day: i64| match span > 0.0 {
            true => left + (day - first.0) as f64 / span * (WIDTH - left - right),
            // One day only: in the middle.
            false => left + (WIDTH - left - right) / 2.0,
        };
        let lines: Vec<Line> = roles
            .iter()
            .map(|role| Line {
                role: role.to_string(),
                points: recorded
                    .iter()
                    .filter_map(|(day, s)| {
                        s.role(role).map(|r| Point {
                            date: s.date.clone(),
                            counts: r.score,
                            x: x_of(*day),
                            y: y_of(r.score.percent_met()),
                        })
                    })
                    .collect(),
            })
            .filter(|l| !l.points.is_empty())
            .collect();
        (!lines.is_empty()).then(|| Trend {
            lines,
            first: first.1.date.clone(),
            last: last.1.date.clone(),
        })
    }
}
