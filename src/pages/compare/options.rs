//! How the comparison is shown (not what it compares, which is in the URL): only differences,
//! earlier wording, collapsed rows and the column pair shown on a phone. One owner, provided
//! to the page's parts; they read signals and change them through its methods.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct ViewOptions {
    only_differences: RwSignal<bool>,
    show_earlier: RwSignal<bool>,
    /// Keys of the collapsed rows (a list: there are tens, and it keeps the wasm small).
    collapsed: RwSignal<Vec<String>>,
    pair: RwSignal<usize>,
    /// Set when the browser is about to print: parts drawn on demand are drawn for paper.
    printing: RwSignal<bool>,
    /// Set once the page's first screen has been painted: what lies below it is drawn then.
    painted: RwSignal<bool>,
}

impl ViewOptions {
    /// Creates the options and provides them to the components below.
    pub fn provide() -> ViewOptions {
        let options = ViewOptions {
            only_differences: RwSignal::new(false),
            show_earlier: RwSignal::new(false),
            collapsed: RwSignal::new(vec![]),
            pair: RwSignal::new(0),
            printing: RwSignal::new(false),
            painted: RwSignal::new(false),
        };
        // Side effect: after the frame that paints the first screen, draw the rest.
        let painted = options.painted;
        Effect::new(move |_| {
            request_animation_frame(move || {
                set_timeout(move || painted.set(true), std::time::Duration::ZERO);
            });
        });
        let printing = options.printing;
        let listener = window_event_listener(leptos::ev::beforeprint, move |_| printing.set(true));
        on_cleanup(move || listener.remove());
        provide_context(options);
        options
    }

    pub fn only_differences(self) -> Signal<bool> {
        self.only_differences.into()
    }

    pub fn set_only_differences(self, on: bool) {
        self.only_differences.set(on);
    }

    pub fn show_earlier(self) -> Signal<bool> {
        self.show_earlier.into()
    }

    pub fn set_show_earlier(self, on: bool) {
        self.show_earlier.set(on);
    }

    /// Whether the row with `key` is expanded; changes only when that row does.
    pub fn expanded(self, key: String) -> Memo<bool> {
        Memo::new(move |_| self.collapsed.with(|c| !c.contains(&key)))
    }

    pub fn toggle_row(self, key: &str) {
        self.collapsed
            .update(|c| match c.iter().position(|k| k == key) {
                Some(i) => {
                    c.remove(i);
                }
                None => c.push(key.to_string()),
            });
    }

    /// Expands a row (before going to one of its lines).
    pub fn expand(self, key: &str) {
        if self
            .collapsed
            .with_untracked(|c| c.iter().any(|k| k == key))
        {
            self.collapsed.update(|c| c.retain(|k| k != key));
        }
    }

    pub fn collapse_all(self, keys: impl IntoIterator<Item = String>) {
        self.collapsed.set(keys.into_iter().collect());
    }

    pub fn expand_all(self) {
        self.collapsed.set(vec![]);
    }

    /// Which pair of neighbouring columns a narrow screen shows (0 = first and second), of
    /// `pairs`: the last one when a removed role left fewer than were chosen from.
    pub fn shown_pair(self, pairs: usize) -> usize {
        self.pair.get().min(pairs.saturating_sub(1))
    }

    pub fn show_pair(self, pair: usize) {
        self.pair.set(pair);
    }

    /// False while the first screen is drawn, then true: long parts draw their top first.
    pub fn painted(self) -> Signal<bool> {
        self.painted.into()
    }

    pub fn printing(self) -> Signal<bool> {
        self.printing.into()
    }
}

/// The comparison's view options; panics if the page did not provide them.
pub fn use_options() -> ViewOptions {
    expect_context::<ViewOptions>()
}
