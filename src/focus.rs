//! Where keyboard and screen-reader focus goes after a navigation, a retry, or a page whose
//! code arrived late: to the new page's `<h1>`, unless the citizen is busy in the page.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Moves keyboard and screen-reader focus to the page's `<h1>` after a navigation to another
/// path (a new page or another language), so it is announced; the first load keeps the
/// browser's own focus, and query-only changes (filters, paging) keep focus where it is.
#[component]
pub fn FocusOnNavigation() -> impl IntoView {
    let loc = use_location();
    Effect::new(move |prev: Option<(String, Option<String>)>| {
        let path = loc.pathname.get();
        let page = opendata_core::url::parse_query(&loc.search.get())
            .into_iter()
            .find(|(k, _)| k == "page")
            .map(|(_, v)| v);
        match &prev {
            Some((p, _)) if p != &path => {
                NAVIGATED.with(|n| n.set(true));
                focus_later("#main h1", false)
            }
            // Another page of the same list: the link the user followed is gone, so take
            // them to the top of the new results.
            Some((_, pg)) if pg != &page => focus_later("#results-heading", true),
            _ => {}
        }
        (path, page)
    });
}

thread_local! {
    /// Whether the citizen has navigated, or retried a page that could not arrive, since the
    /// app started (the first page keeps the browser's own focus).
    /// Global, not context: set in click handlers, where no reactive owner is current.
    static NAVIGATED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The citizen pressed an error panel's "Try again": the button is gone once it works, so a page
/// whose code (or language) arrives afterwards takes focus to its heading, as after a navigation.
pub fn focus_follows_retry() {
    NAVIGATED.with(|n| n.set(true));
}

/// A page whose code arrived after the navigation (see `lazy_page`) gets the focus move the
/// navigation could not make, unless the citizen has since put focus somewhere in the page.
pub fn focus_heading_after_load() {
    if !NAVIGATED.with(|n| n.get()) {
        return;
    }
    let in_page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|a| a.closest("#main").ok().flatten().is_some());
    if !in_page {
        focus_later("#main h1", false);
    }
}

fn focus_later(selector: &'static str, scroll: bool) {
    request_animation_frame(move || {
        let doc = web_sys::window().and_then(|w| w.document());
        // Someone typing in the search box or toggling a filter keeps their place.
        let busy = doc
            .as_ref()
            .and_then(|d| d.active_element())
            .is_some_and(|a| matches!(a.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
        if busy && scroll {
            return;
        }
        let el = doc
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            if !el.has_attribute("tabindex") {
                let _ = el.set_attribute("tabindex", "-1");
            }
            let _ = el.focus();
            if scroll {
                el.scroll_into_view();
            }
        }
    });
}
