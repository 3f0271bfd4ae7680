//! The catalogue in the browser: the static catalogue file, indexed once, answering the
//! catalogue pages as `GET /api/portal/datasets`, `/categories`, `/agencies` and the stats'
//! catalogue counters would (docs/portal-api.md §3.1, §3.3–§3.5).

use super::file::{CatalogueFile, DatasetEntry};
use crate::search::{self, Index, Params, Query};
use crate::url::CatalogueQuery;
use crate::wire::{self, DatasetSearchResponse, DatasetSummary};
use crate::Lang;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A catalogue file with its search index and the counts its lists show.
pub struct Catalogue {
    file: CatalogueFile,
    /// Built on the first search with text: the home page, the facets alone and a dataset's
    /// entry need none, and a phone saves the time.
    index: OnceLock<Index>,
    /// What a search without text runs over.
    empty: Index,
    /// Datasets per category / agency, by position.
    category_counts: Vec<u64>,
    agency_counts: Vec<u64>,
    by_uri: HashMap<String, usize>,
}

/// The home page's catalogue counters (`wire::Stats` has the community ones too).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CatalogueStats {
    pub datasets: u64,
    /// Datasets updated as often as promised.
    pub actual: u64,
    pub views: u64,
    pub downloads: u64,
}

impl Catalogue {
    /// Takes a (checked) catalogue file; its text index is built when first needed.
    pub fn new(file: CatalogueFile) -> Catalogue {
        let mut category_counts = vec![0; file.categories.len()];
        let mut agency_counts = vec![0; file.agencies.len()];
        for d in &file.datasets {
            d.categories
                .iter()
                .for_each(|&c| category_counts[c as usize] += 1);
            agency_counts[d.agency as usize] += 1;
        }
        let by_uri = file
            .datasets
            .iter()
            .enumerate()
            .map(|(i, d)| (d.api_uri.clone(), i))
            .collect();
        Catalogue {
            file,
            index: OnceLock::new(),
            empty: Index::build(std::iter::empty::<Vec<search::Part>>()),
            category_counts,
            agency_counts,
            by_uri,
        }
    }

    /// One page of results with both facets, as docs §3.1 says: `q.page` (from 1; past the end
    /// the page is empty and the total true), `size` per page, `q.effective_sort()`, names
    /// compared in `lang`.
    pub fn search(&self, q: &CatalogueQuery, lang: Lang, size: u32) -> DatasetSearchResponse {
        let p = Params {
            query: Query::parse(&q.text),
            categories: search::distinct(q.categories.iter().map(String::as_str)),
            agencies: search::distinct(q.agencies.iter().map(String::as_str)),
            sort: q.effective_sort(),
            lang,
        };
        let index = if p.query.is_empty() {
            &self.empty
        } else {
            self.index()
        };
        search::respond(&self.file, index, &p, q.page.max(1), size.max(1))
    }

    /// The text index of every dataset's names, keywords and descriptions.
    pub fn index(&self) -> &Index {
        self.index
            .get_or_init(|| super::Indexing::begin(self).finish())
    }

    /// Whether the text index is built (the app builds it in slices, [`super::Indexing`]).
    pub fn has_index(&self) -> bool {
        self.index.get().is_some()
    }

    /// Takes an index built by [`super::Indexing`] over this catalogue (ignored when it already
    /// has one).
    pub fn set_index(&self, index: Index) {
        let _ = self.index.set(index);
    }

    /// Every category in file order, with its number of datasets.
    pub fn categories(&self) -> Vec<wire::Category> {
        let counts = self.category_counts.iter();
        (self.file.categories.iter().zip(counts))
            .map(|(c, &n)| wire::Category {
                id: c.id.clone(),
                names: c.names.clone(),
                datasets_count: n,
            })
            .collect()
    }

    /// Every agency in file order (those without datasets too), with its number of datasets.
    pub fn agencies(&self) -> Vec<wire::Agency> {
        let counts = self.agency_counts.iter();
        (self.file.agencies.iter().zip(counts))
            .map(|(a, &n)| wire::Agency {
                id: a.id.clone(),
                names: a.names.clone(),
                fullnames: a.fullnames.clone(),
                kind: a.kind,
                datasets_count: n,
            })
            .collect()
    }

    pub fn stats(&self) -> CatalogueStats {
        let d = &self.file.datasets;
        CatalogueStats {
            datasets: d.len() as u64,
            actual: d.iter().filter(|d| d.actual).count() as u64,
            views: d.iter().map(|d| d.views).sum(),
            downloads: d.iter().map(|d| d.downloads).sum(),
        }
    }

    /// A dataset by its apiUri: its summary and its versions, oldest first.
    pub fn dataset(&self, api_uri: &str) -> Option<(DatasetSummary, &[String])> {
        let d = &self.file.datasets[*self.by_uri.get(api_uri)?];
        Some((self.file.summary(d), &d.versions))
    }

    pub fn file(&self) -> &CatalogueFile {
        &self.file
    }

    pub fn len(&self) -> usize {
        self.file.datasets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.file.datasets.is_empty()
    }
}

crate::impl_catalog!(CatalogueFile, DatasetEntry, CatalogueFile::summary);
