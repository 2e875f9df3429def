//! One reply beside the person's own ratings: a summary per competency (same, one step apart,
//! further apart), then every expectation with both ratings, the agreement in words, the
//! reviewer's comment, and a button to adopt the reviewer's rating. Another kept reply can be
//! shown alongside, to compare two reviews.

use super::by_whom;
use crate::components::notice::{Notice, Tone};
use crate::data::{framework, RoleIx};
use crate::progress::expectations::{groups, Expectation};
use crate::progress::index::role_expectations;
use crate::progress::review::agreement::{by_group, Agreement};
use crate::progress::review::saved::Kept;
use crate::progress::review::ReviewReply;
use crate::progress::roles;
use crate::route::Route;
use crate::store::saved::use_saved;
use crate::store::use_store;
use leptos::prelude::*;

fn label(r: Option<crate::progress::Rating>) -> &'static str {
    r.map_or("not rated", |r| r.label())
}

#[component]
pub fn Compared(reply_key: String) -> impl IntoView {
    let kept = use_saved::<Kept>().get();
    let progress = use_store().progress();
    let fw = framework();
    let Some(reply) = kept.with_untracked(|k| k.find(&reply_key).cloned()) else {
        return view! {
            <Notice tone=Tone::Warning>
                <p data-testid="reply-missing">
                    "This reply is not kept in this browser. Open the reply link again to see it."
                </p>
                <a href=Route::Reply {
                    link: None,
                    id: None,
                }
                    .to_fragment()>"All kept replies"</a>
            </Notice>
        }
        .into_any();
    };
    let others: Vec<(String, String)> = kept.with_untracked(|k| {
        k.replies()
            .filter(|r| r.key() != reply_key)
            .map(|r| (r.key(), by_whom(r)))
            .collect()
    });
    let other_key = RwSignal::new(String::new());
    let other = Memo::new(move |_| {
        let key = other_key.get();
        kept.with(|k| k.find(&key).cloned())
    });
    let roles = Memo::new(move |_| progress.with(|p| roles::assessed(fw, p)));
    let title = format!("Review by {}", by_whom(&reply));
    let reply = StoredValue::new(reply);
    let compare = (!others.is_empty()).then(|| {
        view! {
            <label class="compare-reply">
                "Compare with another reply "
                <select
                    id="compare-reply"
                    on:change=move |ev| other_key.set(event_target_value(&ev))
                >
                    <option value="">"None"</option>
                    {others
                        .into_iter()
                        .map(|(key, who)| view! { <option value=key>{who}</option> })
                        .collect_view()}
                </select>
            </label>
        }
    });
    view! {
        <section class="role-section reply-view" data-testid="reply-view">
            <h2>{title}</h2>
            {compare}
            {move || {
                let roles = roles.get();
                if roles.is_empty() {
                    return view! {
                        <p class="hint">
                            "Choose your current role on My progress to see this review beside your ratings."
                        </p>
                    }
                        .into_any();
                }
                roles
                    .into_iter()
                    .map(|role| view! { <ReplyRole role=role reply=reply other=other /> })
                    .collect_view()
                    .into_any()
            }}
        </section>
    }
    .into_any()
}

#[component]
fn ReplyRole(
    role: RoleIx,
    reply: StoredValue<ReviewReply>,
    other: Memo<Option<ReviewReply>>,
) -> impl IntoView {
    let progress = use_store().progress();
    let exps = role_expectations(role);
    let fw = framework();
    let summary = move || {
        progress.with(|p| {
            reply.with_value(|r| {
                by_group(p, r, exps)
                    .into_iter()
                    .map(|(g, t)| {
                        view! {
                            <tr>
                                <th scope="row">{g.to_string()}</th>
                                <td>{t.same}</td>
                                <td>{t.one_step}</td>
                                <td>{t.further}</td>
                                <td>{t.not_compared}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <div class="reply-role" data-role=fw.roles[role].id>
            <h3>{fw.roles[role].title}</h3>
            <table class="reply-summary" data-testid="reply-summary">
                <caption>"Agreement per competency"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Competency"</th>
                        <th scope="col">"Same"</th>
                        <th scope="col">"One step apart"</th>
                        <th scope="col">"Further apart"</th>
                        <th scope="col">"Not compared"</th>
                    </tr>
                </thead>
                <tbody>{summary}</tbody>
            </table>
            {groups(exps)
                .into_iter()
                .map(|g| {
                    let items = exps
                        .iter()
                        .filter(|e| e.group == g)
                        .map(|e| view! { <ReplyItem expectation=e reply=reply other=other /> })
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
fn ReplyItem(
    expectation: &'static Expectation,
    reply: StoredValue<ReviewReply>,
    other: Memo<Option<ReviewReply>>,
) -> impl IntoView {
    let store = use_store();
    let progress = store.progress();
    let key = expectation.key.as_str();
    let own = Memo::new(move |_| progress.with(|p| p.rating(key)));
    let (theirs, comment) = reply.with_value(|r| (r.rating(key), r.comment(key).map(String::from)));
    let agreement = move || Agreement::of(own.get(), theirs);
    view! {
        <li class="expectation reply-item" data-key=key data-agreement=move || agreement().key()>
            <p class="expectation-text">{expectation.text.clone()}</p>
            <dl class="reply-ratings">
                <div>
                    <dt>"You"</dt>
                    <dd class="reply-own" class:unrated=move || own.get().is_none()>
                        {move || label(own.get())}
                    </dd>
                </div>
                <div>
                    <dt>"Reviewer"</dt>
                    <dd class="reply-theirs" class:unrated=theirs.is_none()>
                        {label(theirs)}
                    </dd>
                </div>
                {move || {
                    other
                        .get()
                        .map(|o| {
                            view! {
                                <div>
                                    <dt>{format!("Reply by {}", by_whom(&o))}</dt>
                                    <dd class="reply-other">{label(o.rating(key))}</dd>
                                </div>
                            }
                        })
                }}
                <div>
                    <dt>"Agreement"</dt>
                    <dd>
                        <span class=move || {
                            format!("agreement agreement-{}", agreement().key())
                        }>{move || agreement().label()}</span>
                    </dd>
                </div>
            </dl>
            {comment.map(|c| view! { <blockquote class="reply-comment">{c}</blockquote> })}
            {move || {
                (theirs.is_some() && own.get() != theirs)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="adopt"
                                on:click=move |_| store.set_rating(key, theirs)
                            >
                                {format!("Use the reviewer's rating ({})", label(theirs))}
                            </button>
                        }
                    })
            }}
        </li>
    }
}
