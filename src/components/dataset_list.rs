//! A list of dataset cards: name (in the UI language, visibly marked when it falls back, with
//! the search's matched words highlighted), owner agency, categories, last update, views and
//! downloads.

use crate::i18n::*;
use crate::l10n::{downloads_count, owned, use_lang, views_count, Tr};
use crate::routing::href;
use leptos::prelude::*;
use opendata_core::format::Date;
use opendata_core::routes::Route;
use opendata_core::wire::DatasetSummary;

#[component]
pub fn DatasetList(
    /// The datasets, in display order.
    datasets: Vec<DatasetSummary>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    view! {
        <ul class="dataset-list">
            {datasets
                .into_iter()
                .map(|d| {
                    let href = href(lang, &Route::dataset(&d.api_uri));
                    let marks = d.matched_words.clone();
                    let categories = d
                        .categories
                        .iter()
                        .filter_map(|c| c.names.pick(lang).map(|(s, _)| s.to_string()))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let date = Date::parse(&d.modified_date);
                    view! {
                        <li class="dataset-card">
                            <h3>
                                <a href=href>
                                    <Tr value=owned(d.names.pick(lang)) marks=marks />
                                </a>
                            </h3>
                            <p class="meta">
                                <span class="visually-hidden">{t_string!(i18n, owner)} ": "</span>
                                <Tr value=owned(d.gov_agency.names.pick(lang)) />
                                {(!categories.is_empty())
                                    .then(|| {
                                        view! {
                                            " · "
                                            <span class="visually-hidden">
                                                {t_string!(i18n, categories_heading)} ": "
                                            </span>
                                            {categories}
                                        }
                                    })}
                            </p>
                            <p class="meta">
                                {date
                                    .map(|dt| {
                                        view! {
                                            <span>
                                                {t_string!(i18n, updated_on)} " "
                                                <time datetime=dt.iso()>{dt.format(lang)}</time>
                                            </span>
                                            " · "
                                        }
                                    })} <span>{views_count(i18n, d.views)}</span> " · "
                                <span>{downloads_count(i18n, d.downloads)}</span>
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
