//! One review on the reviewer's desk: the person's roles and ratings (and evidence, if they
//! shared it), the reviewer's rating and comment beside each expectation, and "Send back".

use super::{now, person};
use crate::components::link_box::LinkBox;
use crate::components::notice::{Notice, Tone};
use crate::components::rating_choice::RatingChoice;
use crate::data::{framework, RoleIx};
use crate::location::url_of;
use crate::progress::expectations::{groups, Expectation};
use crate::progress::index::role_expectations;
use crate::progress::review::saved::Desk;
use crate::progress::review::{ReviewRequest, ReviewerView};
use crate::progress::roles;
use crate::route::Route;
use crate::store::saved::use_saved;
use leptos::prelude::*;

#[component]
pub fn ReviewForm(id: String) -> impl IntoView {
    let desk = use_saved::<Desk>();
    let found = desk
        .get()
        .with_untracked(|d| d.find(&id).map(|(s, r)| (s.reviewer.clone(), r.clone())));
    let Some((reviewer, request)) = found else {
        return view! {
            <Notice tone=Tone::Warning>
                <p data-testid="review-missing">
                    "This review is not saved in this browser (it may have been removed). Open the review link again to start it."
                </p>
                <a href=Route::Review {
                    link: None,
                    id: None,
                }
                    .to_fragment()>"All reviews in this browser"</a>
            </Notice>
        }
        .into_any();
    };
    let fw = framework();
    let roles = roles::assessed(fw, &request.progress);
    let role_line = roles
        .iter()
        .map(|&r| fw.roles[r].title)
        .collect::<Vec<_>>()
        .join(" and ");
    let reply = RwSignal::new(None::<String>);
    let send_id = id.clone();
    let send_back = move |_| {
        let payload = desk
            .get()
            .with_untracked(|d| d.reply(&send_id, now()).map(|r| r.encode()));
        reply.set(payload.map(|link| {
            url_of(&Route::Reply {
                link: Some(link),
                id: None,
            })
        }));
    };
    let name_id = id.clone();
    let evidence_note = match request.with_evidence {
        true => "They shared their evidence notes with you.",
        false => "They chose not to share their evidence notes.",
    };
    let request = StoredValue::new(request);
    view! {
        <section class="role-section review-form" data-testid="review-form">
            <h2>{format!("Review for {}", request.with_value(person))}</h2>
            <p class="hint">{format!("Expectations of {role_line}. {evidence_note}")}</p>
            <label class="reviewer-name">
                "Your name, shown with your reply"
                <input
                    id="reviewer-name"
                    type="text"
                    maxlength="100"
                    autocomplete="name"
                    prop:value=reviewer
                    on:change=move |ev| {
                        let name = event_target_value(&ev);
                        desk.change(|d| d.set_reviewer(&name_id, &name, now()));
                    }
                />
            </label>
            {roles
                .into_iter()
                .map(|role| view! { <ReviewRole id=id.clone() role=role request=request /> })
                .collect_view()}
            <div class="button-row">
                <button type="button" class="primary" id="send-back" on:click=send_back>
                    "Send back"
                </button>
            </div>
            {move || {
                reply
                    .get()
                    .map(|url| {
                        view! {
                            <LinkBox
                                url=url
                                label="Your reply: send this link back (it holds your ratings and comments):"
                                id="reply-link"
                            />
                        }
                    })
            }}
        </section>
    }
    .into_any()
}

/// One role's expectations by competency, each with both ratings.
#[component]
fn ReviewRole(id: String, role: RoleIx, request: StoredValue<ReviewRequest>) -> impl IntoView {
    let exps = role_expectations(role);
    let fw = framework();
    view! {
        <div class="review-role" data-role=fw.roles[role].id>
            <h3>{fw.roles[role].title}</h3>
            {groups(exps)
                .into_iter()
                .map(|g| {
                    let items = exps
                        .iter()
                        .filter(|e| e.group == g)
                        .map(|e| {
                            view! {
                                <ReviewItem id=id.clone() role=role expectation=e request=request />
                            }
                        })
                        .collect_view();
                    view! {
                        <h4>{g.to_string()}</h4>
                        <ul class="expectations">{items}</ul>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn ReviewItem(
    id: String,
    role: RoleIx,
    expectation: &'static Expectation,
    request: StoredValue<ReviewRequest>,
) -> impl IntoView {
    let desk = use_saved::<Desk>();
    let reviews = desk.get();
    let key = expectation.key.as_str();
    let (theirs, evidence) = request.with_value(|r| {
        let p = &r.progress;
        (p.rating(key), p.evidence(key).cloned())
    });
    let view_of = {
        let id = id.clone();
        move || {
            reviews.with(|d| {
                d.find(&id)
                    .and_then(|(s, _)| s.views.get(key).cloned())
                    .unwrap_or_default()
            })
        }
    };
    let rating = Signal::derive({
        let view_of = view_of.clone();
        move || view_of().rating
    });
    let change = {
        let id = id.clone();
        let view_of = view_of.clone();
        move |edit: &dyn Fn(&mut ReviewerView)| {
            let mut v = view_of();
            edit(&mut v);
            desk.change(|d| d.set_view(&id, key, v, now()));
        }
    };
    let choose = {
        let change = change.clone();
        Callback::new(move |r| change(&|v: &mut ReviewerView| v.rating = r))
    };
    let comment = view_of().comment;
    let name = format!("review-{}-{key}", framework().roles[role].id);
    view! {
        <li class="expectation review-item" data-key=key>
            <p class="expectation-text">{expectation.text.clone()}</p>
            <p class="review-theirs">
                "Their rating: " <strong>{theirs.map_or("not rated", |r| r.label())}</strong>
                {evidence
                    .map(|e| {
                        let dated = (!e.date.is_empty()).then(|| format!(" ({})", e.date));
                        view! {
                            <br />
                            <span class="hint">"Evidence" {dated} ": " {e.text}</span>
                        }
                    })}
            </p>
            <RatingChoice
                name=name
                rating=rating
                on_choose=choose
                legend="Your rating as reviewer"
            />
            <label class="review-comment">
                "Comment"
                <textarea
                    rows="2"
                    prop:value=comment
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        change(&|v: &mut ReviewerView| v.comment = text.clone());
                    }
                ></textarea>
            </label>
        </li>
    }
}
