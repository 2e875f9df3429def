//! A dismissible message box (information, warning or error).

use leptos::prelude::*;

/// How serious a notice is; sets its colour and its ARIA role.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tone {
    Info,
    Warning,
    Error,
}

impl Tone {
    fn class(self) -> &'static str {
        match self {
            Tone::Info => "notice notice-info",
            Tone::Warning => "notice notice-warning",
            Tone::Error => "notice notice-error",
        }
    }
}

/// A message with an optional "Dismiss" button that calls `on_dismiss`.
#[component]
pub fn Notice(
    tone: Tone,
    children: Children,
    #[prop(optional, into)] on_dismiss: Option<Callback<()>>,
) -> impl IntoView {
    let role = if tone == Tone::Error {
        "alert"
    } else {
        "status"
    };
    view! {
        <div class=tone.class() role=role>
            <div class="notice-body">{children()}</div>
            {on_dismiss
                .map(|cb| {
                    view! {
                        <button type="button" class="notice-dismiss" on:click=move |_| cb.run(())>
                            "Dismiss"
                        </button>
                    }
                })}
        </div>
    }
}
