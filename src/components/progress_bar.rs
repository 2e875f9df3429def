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

/// Where each segment starts and how wide it is, in hundredths of a percent: met, developing,
/// not yet. Whole numbers: formatting floats would put ~10 KB of float printing into the
/// first load's wasm for this bar alone.
fn segments(s: &Score) -> [(u32, u32); 3] {
    let share = |part: usize| match s.total {
        0 => 0,
        total => ((part * 10_000 + total / 2) / total) as u32,
    };
    let met = share(s.met);
    let developing = share(s.developing);
    let not_yet = share(s.not_yet);
    [(0, met), (met, developing), (met + developing, not_yet)]
}

/// Hundredths as an SVG number: 1234 -> "12.34".
fn svg_number(hundredths: u32) -> String {
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
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
                x=move || svg_number(segs.get()[i].0)
                width=move || svg_number(segs.get()[i].1)
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
        assert_eq!(segments(&s), [(0, 5000), (5000, 2500), (7500, 2500)]);
        assert_eq!(segments(&Score::default()), [(0, 0); 3]);
    }

    #[test]
    fn thirds_round_to_the_nearest_hundredth_and_print_as_svg_numbers() {
        let s = Score {
            total: 3,
            met: 1,
            developing: 2,
            not_yet: 0,
        };
        assert_eq!(segments(&s), [(0, 3333), (3333, 6667), (10_000, 0)]);
        assert_eq!(svg_number(3333), "33.33");
        assert_eq!(svg_number(5), "0.05");
        assert_eq!(svg_number(10_000), "100.00");
    }
}
