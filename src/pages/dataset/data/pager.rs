//! The grid's pager: first / previous / "page X of Y" / next / last, as links.

use crate::components::pagination::page_step;
use crate::i18n::*;
use crate::l10n::use_lang;
use leptos::prelude::*;
use opendata_core::format::format_int;

/// First / previous / "page X of Y" / next / last, as links (deep ones carry a pk cursor).
#[component]
pub(super) fn GridPagination(
    page: u32,
    pages: u32,
    first: String,
    prev: String,
    next: String,
    last: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    let step = page_step;
    let position = t_string!(
        i18n,
        page_of,
        page = format_int(u64::from(page), lang),
        total = format_int(u64::from(pages), lang)
    )
    .to_string();
    view! {
        <nav class="pagination" aria-label=t_string!(i18n, pagination_label).to_string()>
            <ul>
                {step(first, "«", t_string!(i18n, page_first).to_string(), page > 1)}
                {step(prev, "‹", t_string!(i18n, page_prev).to_string(), page > 1)} <li>
                    <span class="page-position" aria-current="page">
                        {position}
                    </span>
                </li> {step(next, "›", t_string!(i18n, page_next).to_string(), page < pages)}
                {step(last, "»", t_string!(i18n, page_last).to_string(), page < pages)}
            </ul>
        </nav>
    }
}
