//! The dataset lists: `getdatasetsre`, `getdatasetsrecount` (filtered) and `getdatasets`.

use super::{bad, positive, text_param, XhrParams, XhrQuery};
use crate::routes::ext::category_ref;
use crate::routes::{json, QueryPairs, St};
use crate::seed::{DatasetSeed, Seed};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use opendata_core::listing::{
    agency_type, join_keywords, CountedListPage, ListCount, ListPage, ListedAgency, ListedCategory,
    ListedDataset,
};
use opendata_core::wire::CategoryRef;

/// The most datasets a list page holds, whatever `count` asks (research §2.7).
pub const LIST_PAGE_MAX: u64 = 10;

/// `status`, `byGovAgencyId`, `categoryId`. `datasetSortSelect`, `statusType` and anything
/// else are accepted and ignored.
struct Filter {
    status: Option<String>,
    agency: Option<String>,
    category: Option<String>,
}

impl Filter {
    fn parse(q: &QueryPairs) -> Result<Filter, String> {
        Ok(Filter {
            status: text_param(q, "status")?.map(str::to_string),
            agency: text_param(q, "byGovAgencyId")?.map(str::to_string),
            category: text_param(q, "categoryId")?.map(str::to_string),
        })
    }

    /// Every seeded dataset is published: another `status` matches nothing.
    fn matches(&self, seed: &Seed, ds: &DatasetSeed) -> bool {
        self.status.as_deref().is_none_or(|s| s == "PUBLISHED")
            && self
                .agency
                .as_deref()
                .is_none_or(|a| seed.agencies[ds.agency].id == a)
            && self
                .category
                .as_deref()
                .is_none_or(|c| ds.categories.iter().any(|&i| seed.categories[i].id == c))
    }

    /// The matching datasets, in catalogue order.
    fn run<'a>(&self, seed: &'a Seed) -> Vec<&'a DatasetSeed> {
        seed.datasets
            .iter()
            .filter(|ds| self.matches(seed, ds))
            .collect()
    }
}

/// `page` (1-based) of `all`, `count` a page but never more than [`LIST_PAGE_MAX`].
fn list_page(
    seed: &Seed,
    all: &[&DatasetSeed],
    q: &QueryPairs,
) -> Result<Vec<ListedDataset>, String> {
    let page = positive(q, "page", 1)?;
    let size = positive(q, "count", LIST_PAGE_MAX)?.min(LIST_PAGE_MAX);
    let start = (page - 1).saturating_mul(size);
    Ok(all
        .iter()
        .skip(usize::try_from(start).unwrap_or(usize::MAX))
        .take(size as usize)
        .map(|ds| listed(seed, ds))
        .collect())
}

/// A dataset as the portal's lists give it.
pub fn listed(seed: &Seed, ds: &DatasetSeed) -> ListedDataset {
    let ag = &seed.agencies[ds.agency];
    let k = &ds.keywords;
    let key_words = [&k.keywords_ru, &k.keywords_kk, &k.keywords_en]
        .into_iter()
        .find_map(|v| join_keywords(v));
    ListedDataset {
        id: ds.id,
        api_uri: ds.api_uri.clone(),
        names: ds.names.clone(),
        descriptions: ds.descriptions.clone(),
        gov_agency: ListedAgency {
            id: ag.id.clone(),
            names: ag.names.clone(),
            fullnames: ag.fullnames.clone(),
            kind: Some(agency_type(ag.kind).to_string()),
        },
        categories: ds
            .categories
            .iter()
            .map(|&c| {
                let CategoryRef { id, names } = category_ref(seed, c);
                ListedCategory { id, names }
            })
            .collect(),
        key_words,
        key_words_kk: join_keywords(&k.keywords_kk),
        key_words_ru: join_keywords(&k.keywords_ru),
        key_words_en: join_keywords(&k.keywords_en),
        status: "PUBLISHED".to_string(),
        created_date: ds.created_date.clone(),
        modified_date: ds.modified_date.clone(),
        views: ds.views,
        downloads: ds.downloads,
        actualize_type: ds.actualize_type,
        actual: ds.actual,
    }
}

/// A script's filtered list (`getdatasetsre`, `getdatasetsrecount`): 400 for a bad filter,
/// else what `answer` makes of the datasets that pass it.
fn filtered(
    st: &St,
    q: &QueryPairs,
    answer: impl FnOnce(&[&DatasetSeed]) -> Result<Response, String>,
) -> Response {
    match Filter::parse(q) {
        Ok(f) => answer(&f.run(&st.seed)).unwrap_or_else(bad),
        Err(e) => bad(e),
    }
}

/// `GET|POST /datasets/getdatasetsre`
pub async fn getdatasetsre(State(st): State<St>, XhrParams(q): XhrParams) -> Response {
    filtered(&st, &q, |all| {
        let datasets = list_page(&st.seed, all, &q)?;
        Ok(json(StatusCode::OK, &ListPage { datasets }, q.pretty()))
    })
}

/// `GET|POST /datasets/getdatasetsrecount`
pub async fn getdatasetsrecount(State(st): State<St>, XhrParams(q): XhrParams) -> Response {
    filtered(&st, &q, |all| {
        let total_count = all.len() as u64;
        Ok(json(StatusCode::OK, &ListCount { total_count }, q.pretty()))
    })
}

/// `GET /datasets/getdatasets?page=&count=&byGovAgencies=&byExternalUsers=&sortBy=`: every
/// dataset, newest first with `sortBy=createdDateDesc`, else in catalogue order.
pub async fn getdatasets(State(st): State<St>, XhrQuery(q): XhrQuery) -> Response {
    let mut all: Vec<&DatasetSeed> = st.seed.datasets.iter().collect();
    match text_param(&q, "sortBy") {
        Ok(Some("createdDateDesc")) => all.sort_by(|a, b| b.created_date.cmp(&a.created_date)),
        Ok(_) => {}
        Err(e) => return bad(e),
    }
    match list_page(&st.seed, &all, &q) {
        Ok(datasets) => json(
            StatusCode::OK,
            &CountedListPage {
                total_count: all.len() as u64,
                datasets,
            },
            q.pretty(),
        ),
        Err(e) => bad(e),
    }
}
