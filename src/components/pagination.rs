//! Pagination as links (copyable, openable in a new tab).

use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use opendata_core::url::{get_param, set_param};

/// A list paged by its own query parameter (`cpage`, `rpage`: tabs that share one query string
/// each keep their page): the current page, and the link to another page of the same view.
pub fn use_page_param(key: &'static str) -> (Memo<u32>, Callback<u32, String>) {
    let loc = use_location();
    let page = Memo::new(move |_| {
        get_param(&loc.search.get(), key)
            .and_then(|p| p.parse::<u32>().ok())
            .filter(|p| *p >= 1)
            .unwrap_or(1)
    });
    let href = Callback::new(move |p: u32| {
        let q = set_param(
            &loc.search.get_untracked(),
            key,
            (p > 1).then(|| p.to_string()).as_deref(),
        );
        format!("{}{q}", loc.pathname.get_untracked())
    });
    (page, href)
}

/// One first/previous/next/last step: a link, or an inactive mark (kept so the layout does
/// not jump) when there is nowhere to go.
pub fn page_step(href: String, text: &'static str, label: String, active: bool) -> AnyView {
    if active {
        view! {
            <li>
                <a class="page-link" href=href aria-label=label>
                    {text}
                </a>
            </li>
        }
        .into_any()
    } else {
        view! {
            <li>
                <span class="page-link inactive" aria-hidden="true">
                    {text}
                </span>
            </li>
        }
        .into_any()
    }
}

/// First/previous, a window of pages
/// around the current one, next/last. Unavailable steps are shown inactive, not removed, so
/// the layout does not jump.
#[component]
pub fn Pagination(
    /// Current page, 1-based.
    page: u32,
    /// Number of pages.
    pages: u32,
    /// The link for a page.
    href: Callback<u32, String>,
) -> impl IntoView {
    let i18n = use_i18n();
    if pages <= 1 {
        return ().into_any();
    }
    let from = page.saturating_sub(2).max(1);
    let to = (page + 2).min(pages);
    let step = move |target: u32, text: &'static str, label: String, active: bool| {
        page_step(href.run(target), text, label, active)
    };
    view! {
        <nav class="pagination" aria-label=t_string!(i18n, pagination_label).to_string()>
            <ul>
                {step(1, "«", t_string!(i18n, page_first).to_string(), page > 1)}
                {step(
                    page.saturating_sub(1),
                    "‹",
                    t_string!(i18n, page_prev).to_string(),
                    page > 1,
                )}
                {(from..=to)
                    .map(|p| {
                        let label = t_string!(i18n, page_n, n = p.to_string()).to_string();
                        if p == page {
                            view! {
                                <li>
                                    <a
                                        class="page-link current"
                                        href=href.run(p)
                                        aria-current="page"
                                        aria-label=label
                                    >
                                        {p}
                                    </a>
                                </li>
                            }
                                .into_any()
                        } else {
                            view! {
                                <li>
                                    <a class="page-link" href=href.run(p) aria-label=label>
                                        {p}
                                    </a>
                                </li>
                            }
                                .into_any()
                        }
                    })
                    .collect_view()}
                {step(page + 1, "›", t_string!(i18n, page_next).to_string(), page < pages)}
                {step(pages, "»", t_string!(i18n, page_last).to_string(), page < pages)}
            </ul>
        </nav>
    }
    .into_any()
}
