//! Assessing a role: its expectations grouped by competency, each rated on the scale with an
//! optional dated evidence note.

use super::{exp_anchor, role_name};
use crate::components::rating_choice::RatingChoice;
use crate::components::statement_list::Examples;
use crate::data::{framework, RoleIx};
use crate::progress::expectations::{groups, Expectation};
use crate::progress::index::role_expectations;
use crate::progress::limits::{thousands, MAX_EVIDENCE_CHARS};
use crate::progress::reworded::earlier_rating;
use crate::progress::score::Score;
use crate::progress::Evidence;
use crate::store::use_store;
use leptos::prelude::*;

/// The rating scale, explained once.
#[component]
pub fn RatingLegend() -> impl IntoView {
    view! {
        <dl class="rating-legend">
            <dt>"Not yet"</dt>
            <dd>"not shown yet"</dd>
            <dt>"Developing"</dt>
            <dd>"shown sometimes, or with support"</dd>
            <dt>"Consistently"</dt>
            <dd>"shown reliably without support — counts as met"</dd>
            <dt>"Role model"</dt>
            <dd>"shown so well that others learn from it — counts as met"</dd>
        </dl>
    }
}

/// Every expectation of `role`, one collapsible group per competency with its share met.
#[component]
pub fn AssessList(role: RoleIx) -> impl IntoView {
    let progress = use_store().progress();
    let fw = framework();
    let exps = role_expectations(role);
    let groups = groups(exps);
    view! {
        <div class="assess-role" data-role=fw.roles[role].id>
            <h3>{role_name(role)}</h3>
            {groups
                .into_iter()
                .map(|g| {
                    let items: Vec<&'static Expectation> = exps
                        .iter()
                        .filter(|e| e.group == g)
                        .collect();
                    let score = Signal::derive({
                        let items = items.clone();
                        move || progress.with(|p| Score::of(p, items.iter().copied()))
                    });
                    let choice = items.first().and_then(|e| e.choice);
                    let chosen = Signal::derive(move || {
                        choice
                            .is_none_or(|(group, code)| progress.with(|p| p.is_chosen(group, code)))
                    });
                    view! {
                        <details class="assess-group" open>
                            <summary>
                                <span class="assess-group-name">{g.to_string()}</span>
                                <span class="assess-group-score">
                                    {move || match chosen.get() {
                                        true => format!("{}% met", score.get().percent_met()),
                                        false => "not chosen: does not count".to_string(),
                                    }}
                                </span>
                            </summary>
                            {choice
                                .map(|(group, code)| {
                                    view! { <ChooseOptional group=group code=code /> }
                                })}
                            <ul class="expectations">
                                {items
                                    .into_iter()
                                    .map(|e| view! { <ExpectationRow role=role expectation=e /> })
                                    .collect_view()}
                            </ul>
                        </details>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The checkbox that chooses a competency of an optional group (a specialism), so that it
/// counts towards progress.
#[component]
fn ChooseOptional(group: &'static str, code: &'static str) -> impl IntoView {
    let store = use_store();
    let progress = store.progress();
    view! {
        <label class="choose-optional">
            <input
                type="checkbox"
                prop:checked=move || progress.with(|p| p.is_chosen(group, code))
                on:change=move |ev| store.choose(group, code, event_target_checked(&ev))
            />
            " One of my choices for "
            {group}
            " (counts towards my progress)"
        </label>
    }
}

/// One expectation: the rating scale as radio buttons, and optional dated evidence.
/// `place` tells apart two rows of the same expectation on the page (the focus list and the
/// full list): their ids and radio groups differ, their rating is the same.
#[component]
pub(super) fn ExpectationRow(
    role: RoleIx,
    expectation: &'static Expectation,
    #[prop(optional)] place: &'static str,
) -> impl IntoView {
    let store = use_store();
    let progress = store.progress();
    let key = expectation.key.as_str();
    let name = format!("{place}rate-{}-{key}", framework().roles[role].id);
    let rating = Memo::new(move |_| progress.with(|p| p.rating(key)));
    let evidence =
        Memo::new(move |_| progress.with(|p| p.evidence(key).cloned().unwrap_or_default()));
    let from = expectation.from_level.map(|l| {
        view! {
            <span class="badge badge-from" title="Expected since this level">
                {framework().levels[l].name}
            </span>
            " "
        }
    });
    view! {
        <li class="expectation" id=format!("{place}{}", exp_anchor(role, key)) data-key=key>
            <p class="expectation-text">{from} {expectation.text.clone()}</p>
            <Examples items=expectation.examples />
            <EarlierWording expectation=expectation />
            <RatingChoice
                name=name
                rating=rating
                on_choose=Callback::new(move |r| store.set_rating(key, r))
                legend="Your rating"
            />
            <EvidenceEditor key=key evidence=evidence place=place />
        </li>
    }
}

/// When the statement was reworded after the user rated it: the earlier wording and rating,
/// to keep for the new wording or to replace by rating again.
#[component]
fn EarlierWording(expectation: &'static Expectation) -> impl IntoView {
    let store = use_store();
    let progress = store.progress();
    let earlier = Memo::new(move |_| {
        progress.with(|p| {
            earlier_rating(p, expectation).map(|e| (e.was, e.from_key, e.assessment.rating))
        })
    });
    move || {
        earlier.get().map(|(was, from_key, rating)| {
            let rated = rating.map_or("with evidence", |r| r.label());
            view! {
                <div class="reworded" role="status">
                    <p>
                        "This statement was reworded. You rated the earlier wording (" <q>{was}</q>
                        ") as " <strong>{rated}</strong> "."
                    </p>
                    <button
                        type="button"
                        class="button-link keep-earlier"
                        on:click=move |_| store.keep_earlier(&expectation.key, &from_key)
                    >
                        "Keep my rating"
                    </button>
                    " or choose a rating for the new wording."
                </div>
            }
        })
    }
}

/// An evidence note and its date, with a character counter; a note over the limit is not saved
/// and says why.
#[component]
fn EvidenceEditor(
    key: &'static str,
    evidence: Memo<Evidence>,
    place: &'static str,
) -> impl IntoView {
    let store = use_store();
    // What is in the box while typing, for the counter; the saved note is `evidence`.
    let typed = RwSignal::new(None::<usize>);
    let problem = RwSignal::new(None::<String>);
    let length = move || {
        typed
            .get()
            .unwrap_or_else(|| evidence.with(|e| e.text.chars().count()))
    };
    let save = move |text: Option<String>, date: Option<String>| {
        let old = evidence.get_untracked();
        let e = Evidence {
            text: text.unwrap_or(old.text),
            date: date.unwrap_or(old.date),
        };
        problem.set(store.set_evidence(key, e).err());
    };
    let counter_id = format!("{place}count-{key}");
    view! {
        <details class="evidence" prop:open=move || !evidence.get().text.is_empty()>
            <summary>{move || if length() == 0 { "Add evidence" } else { "Evidence" }}</summary>
            <label class="evidence-text">
                <span>"What shows it (kept only in this browser)"</span>
                <textarea
                    rows="2"
                    maxlength=MAX_EVIDENCE_CHARS.to_string()
                    aria-describedby=counter_id.clone()
                    prop:value=move || evidence.get().text
                    on:input=move |ev| typed.set(Some(event_target_value(&ev).chars().count()))
                    on:change=move |ev| save(Some(event_target_value(&ev)), None)
                ></textarea>
            </label>
            <p
                class="evidence-count"
                class:over=move || { length() > MAX_EVIDENCE_CHARS }
                id=counter_id
            >
                {move || {
                    format!(
                        "{} / {} characters",
                        thousands(length()),
                        thousands(MAX_EVIDENCE_CHARS),
                    )
                }}
            </p>
            {move || {
                problem
                    .get()
                    .map(|p| {
                        view! {
                            <p class="evidence-problem" role="alert">
                                {p}
                            </p>
                        }
                    })
            }}
            <label class="evidence-date">
                <span>"Date"</span>
                <input
                    type="date"
                    prop:value=move || evidence.get().date
                    on:change=move |ev| save(None, Some(event_target_value(&ev)))
                />
            </label>
        </details>
    }
}
