//! Personal progress: choose a current and a target role, assess each expectation, see bars,
//! a competency chart and the gaps to the target; share by link, export, import, reset.

use crate::components::competency_chart::CompetencyChart;
use crate::components::notice::{Notice, Tone};
use crate::components::progress_bar::ProgressBar;
use crate::data::{framework, RoleIx};
use crate::files;
use crate::location::{replace, scroll_to, use_route};
use crate::progress::expectations::{groups, Expectation};
use crate::progress::score::{by_group, gaps, Score};
use crate::progress::{codec, schema, Evidence, Progress, Rating};
use crate::route::Route;
use crate::store::{expectation_by_key, role_expectations, use_store, ProgressStore};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Progress waiting for the user to merge or replace.
#[derive(Clone, Debug, PartialEq)]
struct Pending {
    from: String,
    progress: Progress,
    from_link: bool,
}

fn role_ix(id: Option<&str>) -> Option<RoleIx> {
    id.and_then(|id| framework().role_by_id(id))
        .map(|(ix, _)| ix)
}

fn role_name(ix: RoleIx) -> String {
    let fw = framework();
    let r = &fw.roles[ix];
    format!("{} ({}, {})", r.title, fw.level(r).name, fw.source(r).name)
}

fn exp_anchor(role: RoleIx, key: &str) -> String {
    format!("exp-{}-{key}", framework().roles[role].id)
}

fn scroll_and_focus(id: &str) {
    let input = scroll_to(id).and_then(|el| el.query_selector("input").ok().flatten());
    if let Some(input) = input.and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = input.focus();
    }
}

fn share_url(p: &Progress) -> String {
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    format!(
        "{base}{}",
        Route::Progress {
            link: Some(codec::encode(p))
        }
        .to_fragment()
    )
}

#[component]
pub fn ProgressPage() -> impl IntoView {
    let Some(store) = use_store() else {
        return view! { <p class="fatal">"Progress is not available in this view."</p> }.into_any();
    };
    let route = use_route();
    let pending = RwSignal::new(None::<Pending>);
    let link_error = RwSignal::new(None::<String>);

    // A shared link: decode it and ask what to do; never apply it silently.
    Effect::new(move |_| {
        let link = route.with(|r| match r {
            Route::Progress { link } => link.clone(),
            _ => None,
        });
        if let Some(link) = link {
            match codec::decode(&link) {
                Ok(progress) => {
                    link_error.set(None);
                    pending.set(Some(Pending {
                        from: "this link".into(),
                        progress,
                        from_link: true,
                    }));
                }
                Err(e) => link_error.set(Some(e.to_string())),
            }
        }
    });
    let forget_link = move || replace(route, Route::Progress { link: None });

    let current = Memo::new(move |_| store.progress.with(|p| role_ix(p.current_role.as_deref())));
    let target = Memo::new(move |_| {
        store.progress.with(|p| match p.target_role.as_deref() {
            Some(id) => role_ix(Some(id)),
            None => current.get().and_then(|c| framework().roles[c].next),
        })
    });

    view! {
        <div class="progress-page">
            <header class="page-header">
                <h1>"My progress"</h1>
                <p class="lede">
                    "Assess yourself against your role and the one you aim for. Everything stays in this browser; "
                    "it leaves only when you copy a link or export a file."
                </p>
            </header>
            {move || link_error.get().map(|e| view! {
                <Notice tone=Tone::Error on_dismiss=Callback::new(move |_| { link_error.set(None); forget_link(); })>
                    <p><strong>"This progress link cannot be read: "</strong>{e}"."</p>
                    <p>"Nothing was changed: your saved progress is as it was."</p>
                </Notice>
            })}
            {move || pending.get().map(|p| view! { <ImportPreview store=store pending=p on_done=Callback::new(move |from_link: bool| {
                pending.set(None);
                if from_link { forget_link(); }
            }) /> })}
            <RolePickers store=store current=current target=target />
            <Overview store=store current=current target=target />
            <section class="role-section" aria-labelledby="assess-h">
                <h2 id="assess-h">"Assess yourself"</h2>
                <RatingLegend />
                {move || {
                    let mut roles: Vec<RoleIx> = target.get().into_iter().collect();
                    if let Some(c) = current.get() {
                        if !roles.contains(&c) {
                            roles.push(c);
                        }
                    }
                    if roles.is_empty() {
                        view! { <p class="hint">"Choose your current role above to list what it expects."</p> }.into_any()
                    } else {
                        roles.into_iter().map(|r| view! { <AssessList store=store role=r /> }).collect_view().into_any()
                    }
                }}
            </section>
            <DataTools store=store pending=pending />
        </div>
    }
    .into_any()
}

/// The rating scale, explained once.
#[component]
fn RatingLegend() -> impl IntoView {
    view! {
        <dl class="rating-legend">
            <dt>"Not yet"</dt><dd>"not shown yet"</dd>
            <dt>"Developing"</dt><dd>"shown sometimes, or with support"</dd>
            <dt>"Consistently"</dt><dd>"shown reliably without support — counts as met"</dd>
            <dt>"Role model"</dt><dd>"shown so well that others learn from it — counts as met"</dd>
        </dl>
    }
}

#[component]
fn RolePickers(
    store: ProgressStore,
    current: Memo<Option<RoleIx>>,
    target: Memo<Option<RoleIx>>,
) -> impl IntoView {
    let fw = framework();
    let set = move |which: &'static str, value: String| {
        let value = (!value.is_empty()).then_some(value);
        store.update(|p, t| {
            let (c, g) = match which {
                "current" => (value, p.target_role.clone()),
                _ => (p.current_role.clone(), value),
            };
            p.set_roles(c, g, t);
        });
    };
    let options = move || {
        fw.roles
            .iter()
            .enumerate()
            .map(|(i, r)| view! { <option value=r.id>{role_name(i)}</option> })
            .collect_view()
    };
    let unknown = move || {
        store.progress.with(|p| {
            [&p.current_role, &p.target_role]
                .into_iter()
                .flatten()
                .filter(|id| fw.role_by_id(id).is_none())
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="role-section role-pickers" aria-label="Your roles">
            <label>
                <span>"I am now"</span>
                <select id="current-role"
                    prop:value=move || current.get().map(|c| fw.roles[c].id.to_string()).unwrap_or_default()
                    on:change=move |ev| set("current", event_target_value(&ev))>
                    <option value="">"Choose your current role…"</option>
                    {options()}
                </select>
            </label>
            <label>
                <span>"I aim for"</span>
                <select id="target-role"
                    prop:value=move || store.progress.with(|p| p.target_role.clone().unwrap_or_default())
                    on:change=move |ev| set("target", event_target_value(&ev))>
                    <option value="">{move || match current.get().and_then(|c| fw.roles[c].next) {
                        Some(n) => format!("The next level: {}", role_name(n)),
                        None => "The next level (choose a current role first)".to_string(),
                    }}</option>
                    {options()}
                </select>
            </label>
            {move || (!unknown().is_empty()).then(|| view! {
                <p class="hint">"Saved role no longer in this framework: " {unknown().join(", ")} ". Your assessments are kept."</p>
            })}
            {move || target.get().is_none().then(|| current.get().map(|_| view! {
                <p class="hint">"This role has no next level in the framework: choose a target role to see your gaps."</p>
            }))}
        </section>
    }
}

#[component]
fn Overview(
    store: ProgressStore,
    current: Memo<Option<RoleIx>>,
    target: Memo<Option<RoleIx>>,
) -> impl IntoView {
    let fw = framework();
    let bar = move |role: RoleIx, label: &'static str| {
        view! {
            <div class="overview-bar" data-role=fw.roles[role].id>
                <h3>{label} ": " <a href=Route::role(fw.roles[role].id).to_fragment()>{role_name(role)}</a></h3>
                <ProgressBar score=Signal::derive(move || store.score(role)) label=format!("{label}: {}", fw.roles[role].title) />
            </div>
        }
    };
    view! {
        {move || (current.get().is_some() || target.get().is_some()).then(|| view! {
            <section class="role-section overview" aria-labelledby="overview-h">
                <h2 id="overview-h">"Where you stand"</h2>
                <div class="overview-bars">
                    {current.get().map(|c| bar(c, "Current role"))}
                    {target.get().filter(|t| Some(*t) != current.get()).map(|t| bar(t, "Target role"))}
                </div>
                {target.get().map(|t| {
                    let rows = Signal::derive(move || {
                        store.progress.with(|p| {
                            by_group(p, role_expectations(t))
                                .into_iter()
                                .map(|(g, s)| (g.to_string(), s))
                                .collect::<Vec<(String, Score)>>()
                        })
                    });
                    view! {
                        <CompetencyChart rows=rows title=format!("Competency profile against {}", fw.roles[t].title) />
                        <Gaps store=store target=t />
                    }
                })}
            </section>
        })}
    }
}

#[component]
fn Gaps(store: ProgressStore, target: RoleIx) -> impl IntoView {
    let title = framework().roles[target].title;
    view! {
        <div class="gaps" data-testid="gaps">
            {move || {
                let missing: Vec<&'static Expectation> =
                    store.progress.with(|p| gaps(p, role_expectations(target)));
                if missing.is_empty() {
                    view! { <p class="gaps-done">"Every expectation of " {title} " is met. 🎉"</p> }.into_any()
                } else {
                    view! {
                        <h3>"To reach " {title} ": " {missing.len()} " expectations are not yet met"</h3>
                        <ul class="gap-list">
                            {missing.into_iter().map(|e| {
                                let anchor = exp_anchor(target, &e.key);
                                let rating = store.progress.with(|p| p.rating(&e.key));
                                view! {
                                    <li>
                                        <span class="gap-group">{e.group.clone()}</span>
                                        <span class="gap-text">{e.text.clone()}</span>
                                        <span class="gap-rating">{rating.map(Rating::label).unwrap_or("Not assessed")}</span>
                                        <button type="button" class="link-button" on:click=move |_| scroll_and_focus(&anchor)>"Assess"</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </div>
    }
}

#[component]
fn AssessList(store: ProgressStore, role: RoleIx) -> impl IntoView {
    let fw = framework();
    let exps = role_expectations(role);
    let groups = groups(exps);
    view! {
        <div class="assess-role" data-role=fw.roles[role].id>
            <h3>{role_name(role)}</h3>
            {groups.into_iter().map(|g| {
                let items: Vec<&'static Expectation> = exps.iter().filter(|e| e.group == g).collect();
                let score = Signal::derive({
                    let items = items.clone();
                    move || store.progress.with(|p| Score::of(p, items.iter().copied()))
                });
                view! {
                    <details class="assess-group" open>
                        <summary>
                            <span class="assess-group-name">{g.to_string()}</span>
                            <span class="assess-group-score">{move || format!("{}% met", score.get().percent_met())}</span>
                        </summary>
                        <ul class="expectations">
                            {items.into_iter().map(|e| view! { <ExpectationRow store=store role=role expectation=e /> }).collect_view()}
                        </ul>
                    </details>
                }
            }).collect_view()}
        </div>
    }
}

/// One expectation: the rating scale as radio buttons, and optional dated evidence.
#[component]
fn ExpectationRow(
    store: ProgressStore,
    role: RoleIx,
    expectation: &'static Expectation,
) -> impl IntoView {
    let key = expectation.key.as_str();
    let name = format!("rate-{}-{key}", framework().roles[role].id);
    let rating = Memo::new(move |_| store.progress.with(|p| p.rating(key)));
    let evidence = Memo::new(move |_| {
        store
            .progress
            .with(|p| p.evidence(key).cloned().unwrap_or_default())
    });
    let save_evidence = move |text: Option<String>, date: Option<String>| {
        let old = evidence.get_untracked();
        let e = Evidence {
            text: text.unwrap_or(old.text),
            date: date.unwrap_or(old.date),
        };
        store.update(|p, t| p.set_evidence(key, e, t));
    };
    view! {
        <li class="expectation" id=exp_anchor(role, key) data-key=key>
            <p class="expectation-text">{expectation.text.clone()}</p>
            <fieldset class="rating">
                <legend class="visually-hidden">"Your rating"</legend>
                {Rating::ALL.into_iter().map(|r| view! {
                    <label class=format!("rating-option rating-{}", r.key())>
                        <input type="radio" name=name.clone() value=r.key()
                            prop:checked=move || rating.get() == Some(r)
                            on:change=move |_| store.update(|p, t| p.set_rating(key, Some(r), t)) />
                        <span>{r.label()}</span>
                    </label>
                }).collect_view()}
                <button type="button" class="link-button clear-rating"
                    disabled=move || rating.get().is_none()
                    on:click=move |_| store.update(|p, t| p.set_rating(key, None, t))>"Clear"</button>
            </fieldset>
            <details class="evidence" prop:open=move || !evidence.get().text.is_empty()>
                <summary>{move || if evidence.get().text.is_empty() { "Add evidence" } else { "Evidence" }}</summary>
                <label class="evidence-text">
                    <span>"What shows it (kept only in this browser)"</span>
                    <textarea rows="2" prop:value=move || evidence.get().text
                        on:change=move |ev| save_evidence(Some(event_target_value(&ev)), None)></textarea>
                </label>
                <label class="evidence-date">
                    <span>"Date"</span>
                    <input type="date" prop:value=move || evidence.get().date
                        on:change=move |ev| save_evidence(None, Some(event_target_value(&ev))) />
                </label>
            </details>
        </li>
    }
}

/// Shows what an incoming progress (link or file) holds and asks to merge, replace or cancel.
#[component]
fn ImportPreview(store: ProgressStore, pending: Pending, on_done: Callback<bool>) -> impl IntoView {
    let incoming = pending.progress.clone();
    let count = incoming.assessed().count();
    let with_evidence = incoming
        .assessed()
        .filter(|(_, a)| a.evidence.is_some())
        .count();
    let roles = [
        ("current role", &incoming.current_role),
        ("target role", &incoming.target_role),
    ]
    .into_iter()
    .filter_map(|(what, id)| {
        id.as_ref().map(|id| {
            format!(
                "{what}: {}",
                role_ix(Some(id))
                    .map(role_name)
                    .unwrap_or_else(|| id.clone())
            )
        })
    })
    .collect::<Vec<_>>();
    // What it holds, item by item: the expectation (if this framework has it), rating, evidence.
    let items: Vec<(String, String, Option<String>)> = incoming
        .assessed()
        .map(|(key, a)| {
            let what = expectation_by_key(key)
                .map(|e| format!("{} — {}", e.group, e.text))
                .unwrap_or_else(|| format!("{key} (not in this framework; kept)"));
            let rating = a
                .rating
                .map(Rating::label)
                .unwrap_or("No rating")
                .to_string();
            let evidence = a.evidence.as_ref().map(|e| {
                if e.date.is_empty() {
                    e.text.clone()
                } else {
                    format!("{} ({})", e.text, e.date)
                }
            });
            (what, rating, evidence)
        })
        .collect();
    let mine = store.progress.get_untracked();
    let preview = mine.preview_merge(&incoming);
    let mine_empty = mine.is_empty();
    let from_link = pending.from_link;
    let (merge_in, replace_in) = (incoming.clone(), incoming.clone());
    view! {
        <Notice tone=Tone::Info>
            <div class="import-preview" data-testid="import-preview">
                <h2>"Progress from " {pending.from.clone()}</h2>
                <p>{format!("It holds {count} assessment{} ({with_evidence} with evidence)", if count == 1 { "" } else { "s" })}
                    {(!roles.is_empty()).then(|| format!(", {}", roles.join(", ")))} "."</p>
                {(!items.is_empty()).then(|| view! {
                    <details class="import-items">
                        <summary>"Show what it holds"</summary>
                        <ul>
                            {items.into_iter().map(|(what, rating, evidence)| view! {
                                <li>
                                    <strong>{rating}</strong>": " {what}
                                    {evidence.map(|e| view! { <br /><span class="hint">"Evidence: " {e}</span> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    </details>
                })}
                {if mine_empty {
                    view! { <p>"This browser has no progress yet."</p> }.into_any()
                } else {
                    view! {
                        <p>{format!("This browser already has {} assessments.", mine.assessed().count())}</p>
                        <ul class="merge-preview">
                            <li>{if preview.added == 0 && preview.updated == 0 && !preview.roles_change {
                                "Merge: changes nothing — you already have everything it holds.".to_string()
                            } else {
                                format!("Merge: adds {}, updates {} (where the incoming one is newer), keeps {} of yours{}.",
                                    preview.added, preview.updated, preview.kept,
                                    if preview.roles_change { ", and takes its roles" } else { "" })
                            }}</li>
                            <li>"Replace: your progress is replaced by this one (you can undo right after)."</li>
                        </ul>
                    }.into_any()
                }}
                <div class="button-row">
                    <button type="button" class="primary" on:click=move |_| { store.merge_in(&merge_in); on_done.run(from_link); }>
                        {if mine_empty { "Load this progress" } else { "Merge into mine" }}
                    </button>
                    {(!mine_empty).then(|| view! {
                        <button type="button" on:click=move |_| {
                            store.replace_with(&replace_in);
                            on_done.run(from_link);
                        }>"Replace mine"</button>
                    })}
                    <button type="button" on:click=move |_| on_done.run(from_link)>"Cancel"</button>
                </div>
            </div>
        </Notice>
    }
}

#[component]
fn DataTools(store: ProgressStore, pending: RwSignal<Option<Pending>>) -> impl IntoView {
    let link = RwSignal::new(None::<String>);
    let message = RwSignal::new(None::<(Tone, String)>);
    let confirm_reset = RwSignal::new(false);
    let copy_link = move |_| {
        let url = store.progress.with(share_url);
        link.set(Some(url.clone()));
        leptos::task::spawn_local(async move {
            match files::copy(&url).await {
                Ok(()) => message.set(Some((
                    Tone::Info,
                    "Link copied. Anyone who opens it sees this progress, so share it with care."
                        .into(),
                ))),
                Err(e) => message.set(Some((
                    Tone::Warning,
                    format!("Could not copy automatically ({e}); copy the link from the box."),
                ))),
            }
        });
    };
    let export = move |_| {
        let text = store.progress.with(schema::to_export);
        let name = format!("rungs-progress-{}.json", files::today());
        match files::download(&name, "application/json", &text) {
            Ok(()) => message.set(Some((Tone::Info, format!("Exported as {name}.")))),
            Err(e) => message.set(Some((Tone::Error, format!("Export failed: {e}")))),
        }
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let name = file.name();
        leptos::task::spawn_local(async move {
            match files::read_text(file)
                .await
                .map_err(|e| e.to_string())
                .and_then(|t| schema::parse(&t).map_err(|e| e.to_string()))
            {
                Ok(progress) => {
                    message.set(None);
                    pending.set(Some(Pending {
                        from: format!("the file “{name}”"),
                        progress,
                        from_link: false,
                    }));
                }
                Err(e) => message.set(Some((
                    Tone::Error,
                    format!("“{name}” cannot be imported: {e}. Nothing was changed."),
                ))),
            }
        });
    };
    view! {
        <section class="role-section data-tools" aria-labelledby="data-h">
            <h2 id="data-h">"Keep and share"</h2>
            {move || message.get().map(|(tone, text)| view! {
                <Notice tone=tone on_dismiss=Callback::new(move |_| message.set(None))>{text}</Notice>
            })}
            <div class="button-row">
                <button type="button" id="copy-link" on:click=copy_link>"Copy link"</button>
                <button type="button" id="export" on:click=export>"Export file"</button>
                <label class="button-link file-button">
                    "Import file…"
                    <input type="file" id="import-file" accept=".json,application/json" on:change=import />
                </label>
                <button type="button" id="reset" class="danger" on:click=move |_| confirm_reset.set(true)>"Reset…"</button>
            </div>
            {move || link.get().map(|url| view! {
                <label class="share-link">
                    <span>"Your progress link (bookmark it, or open it in another browser):"</span>
                    <input type="text" readonly prop:value=url id="share-link" on:focus=|ev| {
                        if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { i.select(); }
                    } />
                </label>
            })}
            {move || confirm_reset.get().then(|| view! {
                <div class="confirm" role="alertdialog" aria-labelledby="reset-q">
                    <p id="reset-q"><strong>"Reset all your progress in this browser?"</strong>" Ratings, evidence and roles are cleared. You can undo right after."</p>
                    <div class="button-row">
                        <button type="button" class="danger" id="confirm-reset" on:click=move |_| { confirm_reset.set(false); store.reset(); }>"Yes, reset"</button>
                        <button type="button" on:click=move |_| confirm_reset.set(false)>"Cancel"</button>
                    </div>
                </div>
            })}
            <p class="hint">"Rungs sends nothing anywhere: your progress leaves this browser only through a link you copy or a file you export."</p>
        </section>
    }
}
