//! An SVG bar chart of a competency profile: for each competency of the target role, how much
//! of it is met and developing.

use crate::progress::score::Score;
use leptos::prelude::*;

const WIDTH: f64 = 640.0;
const ROW: f64 = 44.0;
const BAR_H: f64 = 14.0;

/// One row per `(competency, score)`; the full bar is everything the target expects.
#[component]
pub fn CompetencyChart(
    #[prop(into)] rows: Signal<Vec<(String, Score)>>,
    #[prop(into)] title: String,
) -> impl IntoView {
    view! {
        <figure class="chart">
            <figcaption>{title.clone()}</figcaption>
            {move || {
                let rows = rows.get();
                let height = ROW * rows.len() as f64 + 8.0;
                let summary = rows
                    .iter()
                    .map(|(g, s)| format!("{g}: {}% met", s.percent_met()))
                    .collect::<Vec<_>>()
                    .join("; ");
                view! {
                    <svg
                        viewBox=format!("0 0 {WIDTH} {height}")
                        width="100%"
                        role="img"
                        aria-label=format!("{title}. {summary}")
                        class="chart-svg"
                    >
                        {rows
                            .into_iter()
                            .enumerate()
                            .map(|(i, (group, s))| {
                                let y = i as f64 * ROW + 4.0;
                                let bar_w = WIDTH - 60.0;
                                let met = bar_w * s.share(s.met) / 100.0;
                                let dev = bar_w * s.share(s.developing) / 100.0;
                                view! {
                                    <g class="chart-row">
                                        <text x="0" y=y + 12.0 class="chart-label">
                                            {group}
                                        </text>
                                        <rect
                                            x="0"
                                            y=y + 18.0
                                            width=bar_w
                                            height=BAR_H
                                            rx="4"
                                            class="chart-track"
                                        />
                                        <rect
                                            x="0"
                                            y=y + 18.0
                                            width=met
                                            height=BAR_H
                                            rx="4"
                                            class="chart-met"
                                        />
                                        <rect
                                            x=met
                                            y=y + 18.0
                                            width=dev
                                            height=BAR_H
                                            class="chart-developing"
                                        />
                                        <text x=bar_w + 8.0 y=y + 30.0 class="chart-value">
                                            {format!("{}%", s.percent_met())}
                                        </text>
                                    </g>
                                }
                            })
                            .collect_view()}
                    </svg>
                }
            }}
            <p class="chart-legend">
                <span class="key key-met"></span>
                " met "
                <span class="key key-developing"></span>
                " developing "
                <span class="key key-track"></span>
                " not yet met"
            </p>
        </figure>
    }
}
