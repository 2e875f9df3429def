//! "Progress over time": the trend of the share met per role, and what changed since a day the
//! person picks (before a 1:1, say). The snapshots are recorded by the progress store.

use super::role_label;
use crate::components::trend_chart::TrendChart;
use crate::files::today;
use crate::progress::history::since::{describe, RoleChange};
use crate::progress::history::trend::Trend;
use crate::store::use_store;
use leptos::prelude::*;

/// One role's change, with its competencies that moved.
fn role_change(change: RoleChange) -> impl IntoView {
    let headline = match change.before {
        Some(_) => describe(change.before, change.after),
        None => format!(
            "not tracked then; now {} of {} met",
            change.after.met(),
            change.after.total()
        ),
    };
    let groups = change
        .groups
        .into_iter()
        .map(|g| {
            let text = describe(g.before, g.after);
            view! {
                <li>
                    <strong>{g.name}</strong>
                    ": "
                    {text}
                </li>
            }
        })
        .collect_view();
    view! {
        <li data-role=change.role.clone()>
            <strong>{role_label(&change.role)}</strong>
            ": "
            {headline}
            <ul>{groups}</ul>
        </li>
    }
}

#[component]
pub fn OverTime() -> impl IntoView {
    let store = use_store();
    let progress = store.progress();
    let history = Memo::new(move |_| store.history());
    let now = Memo::new(move |_| {
        progress.track();
        store.snapshot_now()
    });
    let today = today();
    let earlier = {
        let today = today.clone();
        Memo::new(move |_| {
            history.with(|h| {
                h.earlier_dates(&today)
                    .into_iter()
                    .map(String::from)
                    .collect::<Vec<_>>()
            })
        })
    };
    // The day to compare with: the person's pick, else the earliest recorded.
    let picked = RwSignal::new(None::<String>);
    let since = Memo::new(move |_| {
        let dates = earlier.get();
        picked
            .get()
            .filter(|d| dates.contains(d))
            .or_else(|| dates.last().cloned())
    });
    let chart = move || {
        let tracked = now.with(|n| n.roles.iter().map(|r| r.role.clone()).collect::<Vec<_>>());
        history.with(|h| {
            let ids: Vec<&str> = tracked.iter().map(String::as_str).collect();
            let roles = Trend::roles(h, &ids);
            let roles: Vec<&str> = roles.iter().map(String::as_str).collect();
            match Trend::of(h, &roles) {
                Some(trend) => {
                    let names = trend.lines.iter().map(|l| role_label(&l.role)).collect();
                    view! { <TrendChart trend=trend names=names /> }.into_any()
                }
                None => view! {
                    <p class="hint" data-testid="over-time-empty">
                        "Nothing recorded yet. Each day you rate something, the share of expectations met is "
                        "recorded here, so you can see it grow."
                    </p>
                }
                .into_any(),
            }
        })
    };
    let changes = move || {
        let dates = earlier.get();
        let Some(date) = since.get() else {
            return (!history.with(|h| h.is_empty())).then(|| {
                view! {
                    <p class="hint">
                        "Changes since an earlier day are listed here from the second day you record."
                    </p>
                }
                .into_any()
            });
        };
        let list = now.with(|n| history.with(|h| h.changes_since(&date, n)));
        let options = dates
            .into_iter()
            .map(|d| {
                let selected = d == date;
                view! {
                    <option value=d.clone() selected=selected>
                        {d.clone()}
                    </option>
                }
            })
            .collect_view();
        let body = if list.is_empty() {
            view! { <p class="hint">{format!("No change since {date}.")}</p> }.into_any()
        } else {
            view! { <ul class="since-list">{list.into_iter().map(role_change).collect_view()}</ul> }
                .into_any()
        };
        Some(
            view! {
                <div class="since" data-testid="since">
                    <h3>
                        <label for="since-date">"What changed since "</label>
                        <select
                            id="since-date"
                            on:change=move |ev| picked.set(Some(event_target_value(&ev)))
                        >
                            {options}
                        </select>
                    </h3>
                    {body}
                </div>
            }
            .into_any(),
        )
    };
    view! {
        <section class="role-section over-time" aria-labelledby="over-time-h">
            <h2 id="over-time-h">"Progress over time"</h2>
            {chart}
            {changes}
        </section>
    }
}
