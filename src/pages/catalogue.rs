//! The role catalogue: search, facets with counts, sorting, and role cards. The filter state
//! lives in the URL, so it can be copied, reloaded and walked with back and forward.

use crate::components::facet_group::FacetGroup;
use crate::components::notice::{Notice, Tone};
use crate::components::role_card::RoleCard;
use crate::location::{navigate, replace, use_route};
use crate::route::Route;
use crate::search::text::query_terms;
use crate::search::{Catalogue, Constraint, Facet, Filters, Sort};
use leptos::prelude::*;

fn constraint_label(c: &Constraint, filters: &Filters) -> String {
    match c {
        Constraint::Text => format!("the search “{}”", filters.text.trim()),
        Constraint::Facet(f) => format!("the {} filter", f.label().to_lowercase()),
    }
}

fn without(c: &Constraint, filters: &Filters) -> Filters {
    let mut f = filters.clone();
    match c {
        Constraint::Text => f.text.clear(),
        Constraint::Facet(facet) => f.selected[facet.index()].clear(),
    }
    f
}

/// Cards rendered at first, and added by each "Show more": a few screens' worth, so a
/// framework of any size renders (and re-renders while typing) only what can be seen.
pub const PAGE: usize = 24;

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Moves focus to the link of the card at `index` in the results.
fn focus_card(index: usize) {
    let selector = format!(".role-grid > li:nth-child({}) a", index + 1);
    if let Ok(Some(link)) = document().query_selector(&selector) {
        if let Ok(link) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(link) {
            let _ = link.focus();
        }
    }
}

#[component]
pub fn CataloguePage() -> impl IntoView {
    let cat = Catalogue::shared();
    // The text index is built just after the first cards are painted, so they never wait for
    // it and the first keystroke usually finds it ready.
    request_animation_frame(move || {
        set_timeout(move || cat.prepare_text(), std::time::Duration::ZERO)
    });
    let route = use_route();
    let parsed = Memo::new(move |_| {
        route.with(|r| match r {
            Route::Catalogue { query } => Filters::from_query(query, |f, k| cat.knows(f, k)),
            _ => (Filters::default(), vec![]),
        })
    });
    let filters = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let outcome = Memo::new(move |_| filters.with(|f| cat.run(f)));
    // A memo: every highlighted text on the cards reads it, and a keystroke that does not
    // change the terms (a trailing space) changes no card.
    let terms = Memo::new(move |_| filters.with(|f| query_terms(&f.text)));
    // "Show more" widens the list for the filters it was pressed with. Any other filters
    // (back and forward too) show one page; changing the filters here starts again at one
    // page even when they come back to the same ones, so no keystroke renders a long list.
    let more = RwSignal::new((Filters::default(), 0usize));
    let shown = Memo::new(move |_| {
        let extra = more.with(|(f, n)| filters.with(|now| if f == now { *n } else { 0 }));
        outcome.with(|o| o.hits.len().min(PAGE + extra))
    });
    let show_more = move |_| {
        let from = shown.get_untracked();
        more.set((filters.get_untracked(), from));
        // Keyboard users continue at the first new card.
        request_animation_frame(move || focus_card(from));
    };

    // Unknown values in a link are dropped from the URL, and the user is told which.
    let ignored = RwSignal::new(Vec::<String>::new());
    Effect::new(move |_| {
        let dropped = parsed.with(|p| p.1.clone());
        if !dropped.is_empty() {
            ignored.set(dropped);
            let clean = Route::Catalogue {
                query: filters.get_untracked().to_query(),
            };
            replace(route, clean);
        }
    });

    // Facet and sort changes add a history entry; typing replaces the current one.
    let apply = move |f: Filters, new_entry: bool| {
        more.set((f.clone(), 0));
        let r = Route::Catalogue {
            query: f.to_query(),
        };
        if new_entry {
            navigate(&r);
        } else {
            replace(route, r);
        }
    };
    let toggle = move |facet: Facet| {
        Callback::new(move |key: String| {
            let mut f = filters.get_untracked();
            f.toggle(facet, &key);
            apply(f, true);
        })
    };
    let search_input = NodeRef::<leptos::html::Input>::new();
    // On narrow screens the facets fold away behind a toggle (CSS shows it only there).
    let facets_open = RwSignal::new(false);
    let active_facets = move || filters.with(|f| f.selected.iter().map(Vec::len).sum::<usize>());

    // "/" focuses the search box, as on many sites.
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let typing = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
            .unwrap_or(false);
        if ev.key() == "/" && !typing && !ev.ctrl_key() && !ev.meta_key() {
            if let Some(input) = search_input.get_untracked() {
                ev.prevent_default();
                let _ = input.focus();
            }
        }
    });
    on_cleanup(move || handle.remove());

    let total = cat.framework().roles.len();
    let count_text = move || {
        let n = outcome.with(|o| o.hits.len());
        if filters.with(Filters::is_empty) {
            format!("Showing all {}", plural(n, "role", "roles"))
        } else {
            format!("{} of {total} match", plural(n, "role", "roles"))
        }
    };

    let facets: Vec<_> = Facet::ALL
        .into_iter()
        .filter(|&f| !cat.options(f).is_empty())
        .map(|facet| {
            view! {
                <FacetGroup
                    facet=facet
                    options=cat.options(facet).to_vec()
                    counts=Signal::derive(move || outcome.with(|o| o.counts[facet.index()].clone()))
                    selected=Signal::derive(move || filters.with(|f| f.selected(facet).to_vec()))
                    on_toggle=toggle(facet)
                />
            }
        })
        .collect();

    view! {
        <div class="catalogue">
            <header class="page-header">
                <h1>"Roles"</h1>
                <p class="lede">
                    "What each role and level expects, in the " {cat.framework().name}
                    ". Search and filter, then open a role or compare it with the next level."
                </p>
            </header>
            {move || {
                (!ignored.with(Vec::is_empty))
                    .then(|| {
                        view! {
                            <Notice
                                tone=Tone::Warning
                                on_dismiss=Callback::new(move |_| ignored.set(vec![]))
                            >
                                "The link had filters this framework does not know, so they were ignored: "
                                {ignored.get().join(", ")}
                                "."
                            </Notice>
                        }
                    })
            }}
            <div class="catalogue-layout">
                <aside
                    class="filters"
                    class:filters-open=move || facets_open.get()
                    aria-label="Filters"
                >
                    <div class="search-box">
                        <label for="search">
                            "Search" <span class="kbd-hint" aria-hidden="true">
                                "press "
                                <kbd>"/"</kbd>
                            </span>
                        </label>
                        <input
                            id="search"
                            type="search"
                            node_ref=search_input
                            placeholder="Title, competency, code or any text"
                            autocomplete="off"
                            prop:value=move || filters.with(|f| f.text.clone())
                            on:input=move |ev| {
                                let mut f = filters.get_untracked();
                                f.text = event_target_value(&ev);
                                apply(f, false);
                            }
                        />
                    </div>
                    <button
                        type="button"
                        class="filters-toggle"
                        aria-expanded=move || facets_open.get().to_string()
                        aria-controls="facet-list"
                        on:click=move |_| facets_open.update(|o| *o = !*o)
                    >
                        {move || match (facets_open.get(), active_facets()) {
                            (true, _) => "Hide filters".to_string(),
                            (false, 0) => "Show filters".to_string(),
                            (false, n) => format!("Show filters ({n} active)"),
                        }}
                    </button>
                    <div id="facet-list" class="facet-list">
                        {facets}
                    </div>
                    <button
                        type="button"
                        class="clear-all"
                        disabled=move || filters.with(Filters::is_empty)
                        on:click=move |_| apply(filters.get_untracked().cleared(), true)
                    >
                        "Clear all filters"
                    </button>
                </aside>
                <section class="results" aria-labelledby="results-count">
                    <div class="results-bar">
                        <p
                            id="results-count"
                            class="results-count"
                            role="status"
                            aria-live="polite"
                        >
                            {count_text}
                        </p>
                        <label class="sort">
                            "Sort by "
                            <select
                                on:change=move |ev| {
                                    let mut f = filters.get_untracked();
                                    f.sort = match event_target_value(&ev).as_str() {
                                        "title" => Sort::Title,
                                        "relevance" => Sort::Relevance,
                                        "level" => Sort::Level,
                                        _ => Sort::Auto,
                                    };
                                    apply(f, true);
                                }
                                prop:value=move || filters.with(|f| f.sort.key().to_string())
                            >
                                <option value="">"Best (relevance when searching)"</option>
                                <option value="level">"Level"</option>
                                <option value="title">"Title"</option>
                                <option value="relevance">"Relevance"</option>
                            </select>
                        </label>
                    </div>
                    {move || {
                        outcome
                            .with(|o| o.hits.is_empty())
                            .then(|| {
                                let f = filters.get();
                                let relax = outcome.with(|o| o.relaxations.clone());
                                view! {
                                    <div class="empty-state" data-testid="empty-state">
                                        <h2>"No role matches all of these filters"</h2>
                                        <p>
                                            "Together these filters exclude every role. Dropping one of them gives:"
                                        </p>
                                        <ul>
                                            {relax
                                                .into_iter()
                                                .map(|(c, n)| {
                                                    let label = constraint_label(&c, &f);
                                                    let next = without(&c, &f);
                                                    view! {
                                                        <li>
                                                            <button
                                                                type="button"
                                                                class="link-button"
                                                                on:click=move |_| apply(next.clone(), true)
                                                            >
                                                                "Drop "
                                                                {label.clone()}
                                                            </button>
                                                            " → "
                                                            {plural(n, "role", "roles")}
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                        <button
                                            type="button"
                                            on:click=move |_| apply(
                                                filters.get_untracked().cleared(),
                                                true,
                                            )
                                        >
                                            "Clear all filters"
                                        </button>
                                    </div>
                                }
                            })
                    }}
                    <ul class="role-grid">
                        <For
                            each=move || {
                                outcome
                                    .with(|o| {
                                        o.hits.iter().take(shown.get()).copied().collect::<Vec<_>>()
                                    })
                            }
                            key=|r| *r
                            children=move |r| {
                                view! { <RoleCard catalogue=cat role=r terms=terms /> }
                            }
                        />
                    </ul>
                    {move || {
                        let total = outcome.with(|o| o.hits.len());
                        let n = shown.get();
                        (n < total)
                            .then(|| {
                                view! {
                                    <div class="show-more">
                                        <p>{format!("Showing {n} of {total}.")}</p>
                                        <button type="button" on:click=show_more>
                                            {format!("Show {} more", PAGE.min(total - n))}
                                        </button>
                                    </div>
                                }
                            })
                    }}
                </section>
            </div>
        </div>
    }
}
