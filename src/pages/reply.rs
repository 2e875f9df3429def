//! The person's side of a review: a reply link is checked against this framework and kept in
//! this browser, then shown at its own URL (`#/progress/reply?id=…`): self and reviewer rating
//! side by side, agreement at a glance, a summary per competency, and the comments. The
//! person's own ratings change only when they adopt a reviewer's rating, one at a time.

mod compared;

use crate::components::notice::{Notice, Tone};
use crate::files::date_of;
use crate::pages::linked::{keep_linked, Linked, RefusedLink};
use crate::progress::index::index;
use crate::progress::review::saved::Kept;
use crate::progress::review::{mismatch, ReviewReply};
use crate::route::Route;
use crate::store::saved::{use_saved, Saved};
use crate::store::use_store;
use compared::Compared;
use leptos::prelude::*;

/// A reply link, read and checked against this framework, or why it cannot be used.
fn read_reply(link: &str) -> Result<ReviewReply, String> {
    let reply = ReviewReply::decode(link).map_err(|e| e.to_string())?;
    match mismatch(&[], reply.views.keys(), |_| true, |key| index().knows(key)) {
        Some(why) => Err(why),
        None => Ok(reply),
    }
}

/// "Sam on 2026-12-03", or "your reviewer" when they left their name out.
pub(crate) fn by_whom(reply: &ReviewReply) -> String {
    let who = match reply.reviewer.is_empty() {
        true => "your reviewer",
        false => reply.reviewer.as_str(),
    };
    format!("{who} on {}", date_of(reply.replied))
}

#[component]
pub fn ReplyPage() -> impl IntoView {
    let kept = Saved::<Kept>::provide();
    // Adopting a reviewer's rating is a change of progress like any other.
    use_store().record_history_while_open();
    let Linked { id, refused } = keep_linked(
        Route::reply_parts,
        read_reply,
        move |link, reply| {
            let mut key = String::new();
            kept.change(|k| key = k.keep(link, reply));
            key
        },
        |id| Route::Reply {
            link: None,
            id: Some(id),
        },
    );
    view! {
        <div class="reply-page">
            <header class="page-header">
                <h1>"Review replies"</h1>
                <p class="lede">
                    "What a reviewer said, beside your own ratings. Your ratings change only when you adopt one of theirs."
                </p>
                <p>
                    <a href=Route::progress().to_fragment()>"Back to My progress"</a>
                </p>
            </header>
            {move || {
                kept.problem()
                    .get()
                    .map(|p| {
                        view! { <Notice tone=Tone::Warning>{format!("Kept replies: {p}")}</Notice> }
                    })
            }}
            <RefusedLink
                refused=refused
                what="reply"
                nothing="Nothing was changed: your progress is as it was."
                testid="reply-refused"
            />
            {move || match id.get() {
                Some(key) => view! { <Compared reply_key=key /> }.into_any(),
                None => view! { <ReplyList /> }.into_any(),
            }}
        </div>
    }
}

/// The replies kept in this browser, newest first.
#[component]
fn ReplyList() -> impl IntoView {
    let kept = use_saved::<Kept>().get();
    move || {
        let rows = kept.with(|k| {
            k.replies()
                .rev()
                .map(|r| {
                    let href = Route::Reply {
                        link: None,
                        id: Some(r.key()),
                    }
                    .to_fragment();
                    (by_whom(r), r.views.len(), href)
                })
                .collect::<Vec<_>>()
        });
        if rows.is_empty() {
            return view! {
                <p class="empty-state" data-testid="replies-empty">
                    "No replies yet. Ask for a review from My progress; when the reviewer sends a link back, open it and it is kept here."
                </p>
            }
            .into_any();
        }
        view! {
            <ul class="review-list" data-testid="reply-list">
                {rows
                    .into_iter()
                    .map(|(who, n, href)| {
                        view! {
                            <li>
                                <a href=href>{format!("Review by {who}")}</a>
                                {format!(" · {n} expectations rated or commented")}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    }
}
