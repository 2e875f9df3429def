//! An SVG line chart of the share of expectations met over time, one line per role, with the
//! same numbers as a table for screen readers and for reading exact values. Lines differ by
//! dash pattern as well as colour, so they can be told apart without colour.

use crate::progress::history::trend::{y_of, Trend, HEIGHT, PAD, WIDTH};
use leptos::prelude::*;

/// `names[i]` names `trend.lines[i]`.
#[component]
pub fn TrendChart(trend: Trend, names: Vec<String>) -> impl IntoView {
    let (left, right, _, bottom) = PAD;
    let latest: Vec<String> = trend
        .lines
        .iter()
        .zip(&names)
        .map(|(l, n)| {
            let pct = l.points.last().map_or(0, |p| p.counts.percent_met());
            format!("{n}: {pct}% met")
        })
        .collect();
    let label = format!(
        "Share of expectations met from {} to {}. Latest: {}.",
        trend.first,
        trend.last,
        latest.join("; ")
    );
    let grid = [0u32, 25, 50, 75, 100]
        .into_iter()
        .map(|pct| {
            let y = y_of(pct);
            view! {
                <line x1=left x2=WIDTH - right y1=y y2=y class="trend-grid" />
                <text x=left - 6.0 y=y + 4.0 text-anchor="end" class="chart-label">
                    {format!("{pct}%")}
                </text>
            }
        })
        .collect_view();
    let lines = trend
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let class = format!("trend-series trend-{}", i % 4);
            let dots = line
                .points
                .iter()
                .map(|p| view! { <circle cx=p.x cy=p.y r="3.5" /> })
                .collect_view();
            view! {
                <g class=class data-role=line.role.clone()>
                    <polyline points=line.polyline() fill="none" />
                    {dots}
                </g>
            }
        })
        .collect_view();
    let legend = names
        .iter()
        .zip(&latest)
        .enumerate()
        .map(|(i, (_, text))| {
            view! {
                <li>
                    <svg
                        class=format!("trend-key trend-{}", i % 4)
                        viewBox="0 0 28 8"
                        aria-hidden="true"
                    >
                        <line x1="0" x2="28" y1="4" y2="4" />
                    </svg>
                    {text.clone()}
                </li>
            }
        })
        .collect_view();
    // Table rows: every recorded date, oldest first, a cell per role.
    let mut dates: Vec<&str> = trend
        .lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.date.as_str()))
        .collect();
    dates.sort_unstable();
    dates.dedup();
    let rows = dates
        .iter()
        .map(|date| {
            let cells = trend
                .lines
                .iter()
                .map(|l| {
                    let cell = l.points.iter().find(|p| p.date == *date).map(|p| {
                        let c = p.counts;
                        format!("{}% ({} of {})", c.percent_met(), c.met(), c.total())
                    });
                    view! { <td>{cell.unwrap_or_else(|| "—".into())}</td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{date.to_string()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let heads = names
        .iter()
        .map(|n| view! { <th scope="col">{n.clone()}</th> })
        .collect_view();
    view! {
        <figure class="chart trend-chart" data-testid="trend-chart">
            <figcaption>"Share of expectations met"</figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                width="100%"
                role="img"
                aria-label=label
                class="chart-svg"
            >
                {grid}
                <text x=left y=HEIGHT - bottom + 24.0 class="chart-label">
                    {trend.first.clone()}
                </text>
                <text
                    x=WIDTH - right
                    y=HEIGHT - bottom + 24.0
                    text-anchor="end"
                    class="chart-label"
                >
                    {trend.last.clone()}
                </text>
                {lines}
            </svg>
            <ul class="trend-legend">{legend}</ul>
            <details class="trend-table">
                <summary>"Show as a table"</summary>
                <table>
                    <caption class="visually-hidden">"Share of expectations met, by date"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Date"</th>
                            {heads}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
