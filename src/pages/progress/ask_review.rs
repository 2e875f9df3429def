//! "Ask for a review": a link carrying the person's roles and ratings (and, if they choose,
//! their evidence notes) for a manager or a peer to open in their own browser.

use crate::components::link_box::LinkBox;
use crate::location::url_of;
use crate::progress::review::{ReviewRequest, MAX_NAME_CHARS};
use crate::route::Route;
use crate::store::use_store;
use leptos::prelude::*;

#[component]
pub fn AskReview() -> impl IntoView {
    let progress = use_store().progress();
    let name = RwSignal::new(String::new());
    let with_evidence = RwSignal::new(false);
    let link = RwSignal::new(None::<String>);
    let nothing_to_review = move || progress.with(|p| p.current_role.is_none());
    let make = move |_| {
        let request = progress.with_untracked(|p| {
            ReviewRequest::new(
                &name.get_untracked(),
                p,
                with_evidence.get_untracked(),
                js_sys::Date::now() as u64,
            )
        });
        // A new link each time: an old one shown would no longer match what is sent.
        link.set(None);
        link.set(Some(url_of(&Route::Review {
            link: Some(request.encode()),
            id: None,
        })));
    };
    view! {
        <section class="role-section ask-review" aria-labelledby="ask-review-h">
            <h2 id="ask-review-h">"Ask for a review"</h2>
            <p>
                "Send your ratings to your manager or a peer: they rate each expectation beside yours, add comments, and send a link back. "
                "Nothing goes through a server; your own ratings change only if you adopt theirs."
            </p>
            <div class="ask-review-form">
                <label>
                    "Your name or alias (optional)"
                    <input
                        id="review-name"
                        type="text"
                        maxlength=MAX_NAME_CHARS.to_string()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </label>
                <label class="check">
                    <input
                        id="review-evidence"
                        type="checkbox"
                        on:change=move |ev| with_evidence.set(event_target_checked(&ev))
                    />
                    " Include my evidence notes"
                </label>
                <button
                    type="button"
                    class="primary"
                    id="make-review-link"
                    disabled=nothing_to_review
                    on:click=make
                >
                    "Copy review link"
                </button>
            </div>
            {move || {
                nothing_to_review()
                    .then(|| {
                        view! {
                            <p class="hint">
                                "Choose your current role above to ask for a review."
                            </p>
                        }
                    })
            }}
            {move || {
                link.get()
                    .map(|url| {
                        view! {
                            <LinkBox
                                url=url
                                label="Your review link (anyone who opens it sees your ratings):"
                                id="review-link"
                            />
                        }
                    })
            }}
            <p>
                <a href=Route::Reply {
                    link: None,
                    id: None,
                }
                    .to_fragment()>"Replies you have opened"</a>
            </p>
        </section>
    }
}
