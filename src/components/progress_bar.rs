//! A stacked bar: met, developing, not yet, and what is left unassessed, with the share met.

use crate::progress::score::Score;
use leptos::prelude::*;

/// Describes a score in words, for the bar's text and screen readers.
pub fn describe(s: &Score) -> String {
    format!(
        "{}% met: {} of {} expectations met, {} developing, {} not yet, {} not assessed",
        s.percent_met(),
        s.met,
        s.total,
        s.developing,
        s.not_yet,
        s.unassessed()
    )
}

/// The bar for `score`, named `label` for assistive technology.
#[component]
pub fn ProgressBar(
    #[prop(into)] score: Signal<Score>,
    #[prop(into)] label: String,
    /// Only the bar and the percentage, for cards and table headers.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let width = move |part: fn(&Score) -> usize| {
        move || score.with(|s| format!("width: {:.2}%", s.share(part(s))))
    };
    view! {
        <div class="progress" class:progress-compact=compact>
            <div
                class="progress-track"
                role="progressbar"
                aria-label=label
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=move || score.with(|s| s.percent_met().to_string())
                aria-valuetext=move || score.with(describe)
            >
                <span class="seg seg-met" style=width(|s| s.met)></span>
                <span class="seg seg-developing" style=width(|s| s.developing)></span>
                <span class="seg seg-not-yet" style=width(|s| s.not_yet)></span>
            </div>
            <p class="progress-text">
                {move || if compact {
                    score.with(|s| format!("{}% met · {} of {}", s.percent_met(), s.met, s.total))
                } else {
                    score.with(describe)
                }}
            </p>
        </div>
    }
}
