//! Release builds carry the plain catalogue prerendered in `index.html` (see
//! `tests/e2e/build/prerender.js`), so it paints before the wasm has loaded. The app takes
//! over by removing it right before mounting, in the same task: no frame shows neither, and
//! as the app renders the same markup, nothing moves. What the person did meanwhile is kept:
//! text typed into the search box, its focus, and the scroll position.

use crate::route::Route;
use crate::search::Filters;
use wasm_bindgen::JsCast;

/// What the prerendered page held when the app took over; [`Handover::finish`] gives it back.
#[derive(Debug, Default)]
pub struct Handover {
    focus_search: bool,
    scroll_y: f64,
    prerendered: bool,
}

/// The catalogue route that carries search text typed before the app started.
pub fn route_with_search(typed: &str) -> Route {
    let filters = Filters {
        text: typed.to_string(),
        ..Filters::default()
    };
    Route::Catalogue {
        query: filters.to_query(),
    }
}

/// Removes the prerendered page. Call right before mounting the app.
pub fn take_over() -> Handover {
    let Some(window) = web_sys::window() else {
        return Handover::default();
    };
    let Some(document) = window.document() else {
        return Handover::default();
    };
    let Ok(nodes) = document.query_selector_all("body > [data-prerendered]") else {
        return Handover::default();
    };
    if nodes.length() == 0 {
        return Handover::default();
    }
    let search = document
        .query_selector("[data-prerendered] #search")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    let focus_search = match (&search, document.active_element()) {
        (Some(input), Some(active)) => input.is_same_node(Some(&active)),
        _ => false,
    };
    let typed = search.map(|input| input.value()).unwrap_or_default();
    let at_catalogue = matches!(
        Route::parse(&window.location().hash().unwrap_or_default()),
        Route::Catalogue { ref query } if query.is_empty()
    );
    if at_catalogue && !typed.trim().is_empty() {
        if let Ok(history) = window.history() {
            let fragment = route_with_search(&typed).to_fragment();
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&fragment));
        }
    }
    let scroll_y = window.scroll_y().unwrap_or(0.0);
    for i in 0..nodes.length() {
        if let Some(el) = nodes
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            el.remove();
        }
    }
    Handover {
        focus_search,
        scroll_y,
        prerendered: true,
    }
}

impl Handover {
    /// Gives the live app what the person had in the prerendered page. Call right after mounting.
    pub fn finish(self) {
        if !self.prerendered {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        window.scroll_to_with_x_and_y(0.0, self.scroll_y);
        let search = window
            .document()
            .and_then(|d| d.get_element_by_id("search"))
            .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let (true, Some(input)) = (self.focus_search, search) {
            let _ = input.focus();
            let end = input.value().len() as u32;
            let _ = input.set_selection_range(end, end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_becomes_the_catalogue_search() {
        let route = route_with_search("senior eng");
        assert_eq!(Route::parse(&route.to_fragment()), route);
        let Route::Catalogue { query } = route else {
            panic!("a catalogue route");
        };
        assert_eq!(query, vec![("q".to_string(), "senior eng".to_string())]);
    }
}
