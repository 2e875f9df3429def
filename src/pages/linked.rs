//! Views that keep what a link brings (a review request on the reviewer's side, a reply on the
//! person's): the link is read and checked, kept in this browser, and the address becomes the
//! kept item's id, short and read from storage on a reload. A link that cannot be used is
//! refused with the reason and nothing is kept.

use crate::components::notice::{Notice, Tone};
use crate::location::{replace, use_route};
use crate::route::Route;
use leptos::prelude::*;

/// The id the view shows, and why the last link was refused.
pub struct Linked {
    pub id: Memo<Option<String>>,
    pub refused: ReadSignal<Option<String>>,
}

/// The link and the id of a view's route, or `None` when the route is another view's.
type Parts = fn(&Route) -> Option<(Option<&str>, Option<&str>)>;

/// `parts` picks this view's link and id out of the route; `read` checks a link's payload;
/// `keep` stores what it holds and returns its id; `at` is the route of a kept id.
pub fn keep_linked<T: 'static>(
    parts: Parts,
    read: fn(&str) -> Result<T, String>,
    keep: impl Fn(&str, T) -> String + 'static,
    at: fn(String) -> Route,
) -> Linked {
    let route = use_route();
    let refused = RwSignal::new(None::<String>);
    // Only this view's own routes: when the address moves to another view, this one is on its
    // way out and must not read (or refuse) that view's link.
    Effect::new(move |_| {
        let Some(link) = route.with(|r| parts(r).and_then(|(link, _)| link).map(String::from))
        else {
            return;
        };
        match read(&link) {
            Ok(item) => {
                let id = keep(&link, item);
                refused.set(None);
                replace(route, at(id));
            }
            Err(why) => refused.set(Some(why)),
        }
    });
    Linked {
        id: Memo::new(move |_| route.with(|r| parts(r).and_then(|(_, id)| id).map(String::from))),
        refused: refused.read_only(),
    }
}

/// Why a link was refused, and that nothing changed; `what` names the link ("review"),
/// `testid` the paragraph for tests.
#[component]
pub fn RefusedLink(
    refused: ReadSignal<Option<String>>,
    what: &'static str,
    nothing: &'static str,
    testid: &'static str,
) -> impl IntoView {
    move || {
        refused.get().map(|why| {
            view! {
                <Notice tone=Tone::Error>
                    <p data-testid=testid>
                        <strong>{format!("This {what} link cannot be used: ")}</strong>
                        {why}
                        "."
                    </p>
                    <p>{nothing}</p>
                </Notice>
            }
        })
    }
}
