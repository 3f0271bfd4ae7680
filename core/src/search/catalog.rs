//! Searching a catalogue (docs/portal-api.md §3.1): text AND category-any-of AND agency-any-of,
//! each facet counted without its own filter, then sorted and paged.
//!
//! Written once over two traits so that the browser (over the static catalogue file) and
//! portal-sim (over its seed) answer alike by construction.

use super::facet::{facet, facet_values, position, FacetKey};
use super::index::{Field, Index, Part};
use super::query::{Matcher, Query};
use super::sort::sort_hits;
use crate::url::{Facet, Sort};
use crate::wire::{
    AgencyKind, DatasetSearchResponse, DatasetSummary, Descriptions, Facets, Keywords, Names,
};
use crate::Lang;

/// What the filters and sorts read of a dataset (its text is in the [`Index`]).
pub trait Record {
    /// Position of its agency in the catalogue.
    fn agency(&self) -> usize;
    /// Positions of its categories in the catalogue.
    fn categories(&self) -> impl Iterator<Item = usize> + '_;
    fn names(&self) -> &Names;
    fn created_date(&self) -> &str;
    fn modified_date(&self) -> &str;
    fn views(&self) -> u64;
    fn downloads(&self) -> u64;
}

/// A catalogue: datasets in catalogue order (the index's document order), and the categories and
/// agencies they refer to by position.
pub trait Catalog {
    type Record: Record;
    fn records(&self) -> &[Self::Record];
    /// How many values a facet has.
    fn facet_len(&self, f: Facet) -> usize;
    /// Value `i` of a facet: its id, names and (agencies only) kind.
    fn facet_value(&self, f: Facet, i: usize) -> (&str, &Names, Option<AgencyKind>);
    /// Dataset `i` as the lists show it (without `matchedWords`).
    fn summary(&self, i: usize) -> DatasetSummary;
}

/// Implements [`Record`] for `$record` and [`Catalog`] for `$catalogue`, types shaped like the
/// catalogue file's (`datasets`, `categories` and `agencies` lists; the dataset fields by the
/// same names, positions of any integer type); `$summary(&catalogue, &record)` makes a summary.
/// portal-sim's seed is shaped alike: one implementation keeps the two answering alike.
#[macro_export]
macro_rules! impl_catalog {
    ($catalogue:ty, $record:ty, $summary:path) => {
        #[allow(clippy::unnecessary_cast)] // positions may already be `usize`
        impl $crate::search::Record for $record {
            fn agency(&self) -> usize {
                self.agency as usize
            }
            fn categories(&self) -> impl Iterator<Item = usize> + '_ {
                self.categories.iter().map(|&c| c as usize)
            }
            fn names(&self) -> &$crate::wire::Names {
                &self.names
            }
            fn created_date(&self) -> &str {
                &self.created_date
            }
            fn modified_date(&self) -> &str {
                &self.modified_date
            }
            fn views(&self) -> u64 {
                self.views
            }
            fn downloads(&self) -> u64 {
                self.downloads
            }
        }

        impl $crate::search::Catalog for $catalogue {
            type Record = $record;
            fn records(&self) -> &[$record] {
                &self.datasets
            }
            fn facet_len(&self, f: $crate::url::Facet) -> usize {
                match f {
                    $crate::url::Facet::Category => self.categories.len(),
                    $crate::url::Facet::Agency => self.agencies.len(),
                }
            }
            fn facet_value(
                &self,
                f: $crate::url::Facet,
                i: usize,
            ) -> (&str, &$crate::wire::Names, Option<$crate::wire::AgencyKind>) {
                match f {
                    $crate::url::Facet::Category => {
                        (&self.categories[i].id, &self.categories[i].names, None)
                    }
                    $crate::url::Facet::Agency => {
                        let a = &self.agencies[i];
                        (&a.id, &a.names, Some(a.kind))
                    }
                }
            }
            fn summary(&self, i: usize) -> $crate::wire::DatasetSummary {
                $summary(self, &self.datasets[i])
            }
        }
    };
}

/// A dataset's searchable parts: names, keywords and descriptions in all three languages.
pub fn dataset_parts<'a>(n: &'a Names, d: &'a Descriptions, k: &'a Keywords) -> Vec<Part<'a>> {
    let one = |field, lang, text: &'a Option<String>| {
        text.as_deref().map(|text| Part { field, lang, text })
    };
    let many = |lang, kws: &'a [String]| {
        kws.iter().map(move |text| Part {
            field: Field::Keyword,
            lang,
            text,
        })
    };
    [
        one(Field::Name, Lang::Kk, &n.name_kk),
        one(Field::Name, Lang::Ru, &n.name_ru),
        one(Field::Name, Lang::En, &n.name_en),
    ]
    .into_iter()
    .flatten()
    .chain(many(Lang::Kk, &k.keywords_kk))
    .chain(many(Lang::Ru, &k.keywords_ru))
    .chain(many(Lang::En, &k.keywords_en))
    .chain(
        [
            one(Field::Description, Lang::Kk, &d.description_kk),
            one(Field::Description, Lang::Ru, &d.description_ru),
            one(Field::Description, Lang::En, &d.description_en),
        ]
        .into_iter()
        .flatten(),
    )
    .collect()
}

/// Selected facet ids as a search reads them: trimmed, blanks dropped, each once, in order.
pub fn distinct<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in ids.into_iter().map(str::trim).filter(|s| !s.is_empty()) {
        if !out.iter().any(|x| x == id) {
            out.push(id.to_string());
        }
    }
    out
}

/// A search request, its values already checked.
pub struct Params {
    pub query: Query,
    /// Selected ids, each once, in request order.
    pub categories: Vec<String>,
    pub agencies: Vec<String>,
    pub sort: Sort,
    /// The language of `Sort::Name`.
    pub lang: Lang,
}

pub struct Outcome {
    /// Record positions in result order (all pages).
    pub results: Vec<usize>,
    /// The resolved text query, for [`Index::matched_words`] (`None` without text).
    pub matcher: Option<Matcher>,
    /// The category facet's values with their counts.
    pub categories: Vec<(FacetKey, u64)>,
    pub agencies: Vec<(FacetKey, u64)>,
}

/// Runs a catalogue search: text AND category-any-of AND agency-any-of; each facet counted with
/// the other facet's filter applied but not its own; selected values listed even at zero.
pub fn run<C: Catalog + ?Sized>(cat: &C, index: &Index, p: &Params) -> Outcome {
    let resolve = |f, ids: &[String]| -> Vec<Option<usize>> {
        ids.iter().map(|id| position(cat, f, id)).collect()
    };
    let cat_sel = resolve(Facet::Category, &p.categories);
    let ag_sel = resolve(Facet::Agency, &p.agencies);
    let records = cat.records();

    // Text first: everything else is counted within it.
    let matcher = (!p.query.is_empty()).then(|| index.matcher(&p.query));
    let base: Vec<(usize, u32)> = match &matcher {
        Some(m) => index.scores(m),
        None => (0..records.len()).map(|i| (i, 0)).collect(),
    };

    let in_cats = |r: &C::Record| {
        p.categories.is_empty() || r.categories().any(|c| cat_sel.contains(&Some(c)))
    };
    let in_agencies = |r: &C::Record| p.agencies.is_empty() || ag_sel.contains(&Some(r.agency()));

    let mut cat_counts = vec![0u64; cat.facet_len(Facet::Category)];
    let mut ag_counts = vec![0u64; cat.facet_len(Facet::Agency)];
    let mut results: Vec<(usize, u32)> = Vec::new();
    for &(i, s) in &base {
        let r = &records[i];
        let (c, a) = (in_cats(r), in_agencies(r));
        if a {
            r.categories().for_each(|ci| cat_counts[ci] += 1);
        }
        if c {
            ag_counts[r.agency()] += 1;
        }
        if c && a {
            results.push((i, s));
        }
    }

    sort_hits(records, &mut results, p.sort, p.lang);
    Outcome {
        results: results.into_iter().map(|(i, _)| i).collect(),
        matcher,
        categories: facet(&cat_counts, &cat_sel, &p.categories),
        agencies: facet(&ag_counts, &ag_sel, &p.agencies),
    }
}

/// One page of a search as `GET /api/portal/datasets` answers it: the page's summaries with
/// their matched words, the true total, both facets.
pub fn respond<C: Catalog + ?Sized>(
    cat: &C,
    index: &Index,
    p: &Params,
    page: u32,
    size: u32,
) -> DatasetSearchResponse {
    let out = run(cat, index, p);
    let datasets = page_of(&out.results, page, size)
        .map(|i| {
            let mut s = cat.summary(i);
            if let Some(m) = &out.matcher {
                s.matched_words = index.matched_words(i, m);
            }
            s
        })
        .collect();
    DatasetSearchResponse {
        total_count: out.results.len() as u64,
        page,
        size,
        datasets,
        facets: Facets {
            categories: facet_values(cat, Facet::Category, out.categories),
            agencies: facet_values(cat, Facet::Agency, out.agencies),
        },
    }
}

/// The `[(page - 1) * size, page * size)` slice of a result list (`page` from 1); past the end
/// it is empty.
pub fn page_of<T: Copy>(all: &[T], page: u32, size: u32) -> impl Iterator<Item = T> + '_ {
    let start = u64::from(page.max(1) - 1).saturating_mul(u64::from(size));
    all.iter()
        .skip(start.min(all.len() as u64) as usize)
        .take(size as usize)
        .copied()
}
