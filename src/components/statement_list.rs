//! The statements of one level of a competency, each with its examples.

use crate::components::text_list::TextList;
use crate::data::Statement;
use leptos::prelude::*;

/// `<ul class="attainment">` of statements; examples sit under the statement they illustrate.
#[component]
pub fn StatementList(statements: &'static [Statement]) -> impl IntoView {
    let items = statements.iter().map(|st| {
        view! { <li>{st.text} <Examples items=st.examples /></li> }
    });
    view! { <ul class="attainment">{items.collect_view()}</ul> }
}

/// Illustrations under a statement (not rated separately); nothing when there are none.
#[component]
pub fn Examples(items: &'static [&'static str]) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <div class="examples">
                <span class="examples-label">"For example:"</span>
                <TextList items=items />
            </div>
        }
    })
}
