//! A stacked bar: met, developing, not yet, and what is left unassessed, with the share met.
//! Drawn as SVG rectangles, so it needs no inline styles (the Content-Security-Policy allows none).

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

/// Where each segment starts and how wide it is, in percent: met, developing, not yet.
fn segments(s: &Score) -> [(f64, f64); 3] {
    let met = s.share(s.met);
    let developing = s.share(s.developing);
    let not_yet = s.share(s.not_yet);
    [(0.0, met), (met, developing), (met + developing, not_yet)]
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
    let segs = Memo::new(move |_| score.with(segments));
    let seg = move |i: usize, class: &'static str| {
        view! {
            <rect
                class=class
                y="0"
                height="1"
                x=move || format!("{:.2}", segs.get()[i].0)
                width=move || format!("{:.2}", segs.get()[i].1)
            />
        }
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
                <svg
                    class="progress-segs"
                    viewBox="0 0 100 1"
                    preserveAspectRatio="none"
                    aria-hidden="true"
                    focusable="false"
                >
                    {seg(0, "seg seg-met")}
                    {seg(1, "seg seg-developing")}
                    {seg(2, "seg seg-not-yet")}
                </svg>
            </div>
            <p class="progress-text">
                {move || {
                    if compact {
                        score
                            .with(|s| {
                                format!("{}% met · {} of {}", s.percent_met(), s.met, s.total)
                            })
                    } else {
                        score.with(describe)
                    }
                }}
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_follow_each_other() {
        let s = Score {
            total: 4,
            met: 2,
            developing: 1,
            not_yet: 1,
        };
        assert_eq!(segments(&s), [(0.0, 50.0), (50.0, 25.0), (75.0, 25.0)]);
        assert_eq!(segments(&Score::default()), [(0.0, 0.0); 3]);
    }
}
