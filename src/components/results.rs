//! The frame of a list page's results: the count, the list (or an empty message), pagination.

use crate::components::Pagination;
use leptos::prelude::*;

#[component]
pub fn Results(
    /// "123 datasets", in the UI language.
    count: String,
    /// Shown instead of the list when nothing matched.
    empty: String,
    /// Whether this page of results is empty.
    is_empty: bool,
    /// Current page (clamped to the last), 1-based.
    page: u32,
    /// Number of pages.
    pages: u32,
    /// The link for a page.
    href: Callback<u32, String>,
    /// The list itself.
    children: Children,
) -> impl IntoView {
    view! {
        <p class="result-count">{count}</p>
        {if is_empty {
            view! { <p class="empty">{empty}</p> }.into_any()
        } else {
            view! {
                {children()}
                <Pagination page=page.min(pages) pages=pages href=href />
            }
                .into_any()
        }}
    }
}
