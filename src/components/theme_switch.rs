//! The header's theme choice: System, Light or Dark, remembered in this browser.
//! The select keeps its own state (nothing else reads it), so it needs no signal: one less
//! reactive type in the first load.

use crate::theme::Theme;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let stored = Theme::stored();
    let choose = |ev: leptos::ev::Event| {
        let Some(theme) = Theme::parse(&event_target_value(&ev)) else {
            return;
        };
        // Shown either way; when it cannot be kept, the select says why on hover.
        let why = theme
            .choose()
            .err()
            .map(|e| format!("Not remembered: {e}."));
        if let Some(select) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = match why {
                Some(why) => select.set_attribute("title", &why),
                None => select.remove_attribute("title"),
            };
        }
    };
    view! {
        <label class="theme-switch">
            <span>"Theme"</span>
            <select data-testid="theme" on:change=choose>
                {Theme::ALL
                    .into_iter()
                    .map(|t| {
                        view! {
                            <option value=t.key() selected=t == stored>
                                {t.label()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
