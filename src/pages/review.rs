//! The reviewer's side of a review: a request link is checked against this framework and put
//! on the reviewer's desk (saved in this browser), then worked on at its own short URL
//! (`#/review?id=…`). Without an id, the reviews saved here are listed.

mod form;

use crate::components::notice::{Notice, Tone};
use crate::data::framework;
use crate::pages::linked::{keep_linked, Linked, RefusedLink};
use crate::progress::index::index;
use crate::progress::review::saved::Desk;
use crate::progress::review::{mismatch, ReviewRequest};
use crate::route::Route;
use crate::store::saved::{use_saved, Saved};
use form::ReviewForm;
use leptos::prelude::*;

fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// A request link, read and checked against this framework, or why it cannot be used.
fn read_request(link: &str) -> Result<ReviewRequest, String> {
    let request = ReviewRequest::decode(link).map_err(|e| e.to_string())?;
    let fw = framework();
    let p = &request.progress;
    match mismatch(
        p.chosen_roles(),
        p.assessments.keys(),
        |id| fw.role_by_id(id).is_some(),
        |key| index().knows(key),
    ) {
        Some(why) => Err(why),
        None => Ok(request),
    }
}

/// "Alex" or "someone" when the person left their name out.
pub(crate) fn person(request: &ReviewRequest) -> String {
    match request.name.is_empty() {
        true => "someone".into(),
        false => request.name.clone(),
    }
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    let desk = Saved::<Desk>::provide();
    // A request link is put on the desk; the review continues at its id.
    let Linked { id, refused } = keep_linked(
        Route::review_parts,
        read_request,
        move |link, request| {
            let mut id = String::new();
            desk.change(|d| id = d.open(link, request, now()));
            id
        },
        |id| Route::Review {
            link: None,
            id: Some(id),
        },
    );
    view! {
        <div class="review-page">
            <header class="page-header">
                <h1>"Review"</h1>
                <p class="lede">
                    "Rate each expectation beside the person's own rating and add comments, then send a link back. "
                    "Your work is saved in this browser as you go; nothing goes through a server."
                </p>
            </header>
            {move || {
                desk.problem()
                    .get()
                    .map(|p| {
                        view! { <Notice tone=Tone::Warning>{format!("Your reviews: {p}")}</Notice> }
                    })
            }}
            <RefusedLink
                refused=refused
                what="review"
                nothing="Nothing was saved. Ask for a new link if it was cut or changed."
                testid="review-refused"
            />
            {move || match id.get() {
                Some(id) => view! { <ReviewForm id=id /> }.into_any(),
                None => view! { <ReviewList /> }.into_any(),
            }}
        </div>
    }
}

/// The reviews saved in this browser, newest first.
#[component]
fn ReviewList() -> impl IntoView {
    let desk = use_saved::<Desk>();
    let reviews = desk.get();
    let fw = framework();
    move || {
        let rows = reviews.with(|d| {
            d.reviews()
                .rev()
                .map(|(saved, request)| {
                    let roles = request
                        .progress
                        .chosen_roles()
                        .filter_map(|id| fw.role_by_id(id))
                        .map(|(_, r)| r.title)
                        .collect::<Vec<_>>()
                        .join(" → ");
                    let href = Route::Review {
                        link: None,
                        id: Some(request.id.clone()),
                    }
                    .to_fragment();
                    (person(request), roles, saved.views.len(), href)
                })
                .collect::<Vec<_>>()
        });
        if rows.is_empty() {
            return view! {
                <p class="empty-state" data-testid="reviews-empty">
                    "No reviews in this browser yet. When someone sends you a review link, open it and it is kept here until you remove it."
                </p>
            }
            .into_any();
        }
        view! {
            <section class="role-section" aria-labelledby="reviews-h">
                <h2 id="reviews-h">"Reviews in this browser"</h2>
                <ul class="review-list" data-testid="review-list">
                    {rows
                        .into_iter()
                        .map(|(name, roles, rated, href)| {
                            view! {
                                <li>
                                    <a href=href>{format!("Review for {name}")}</a>
                                    {format!(" · {roles} · {rated} rated or commented")}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
        .into_any()
    }
}
