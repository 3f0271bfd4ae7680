//! The seed's side of the catalogue search (`opendata_core::search`, re-exported here): what
//! portal-sim indexes of its datasets and applications, and the seed as a searchable catalogue,
//! so `GET /api/portal/datasets` answers exactly as the app's in-browser search does.

pub use opendata_core::search::{
    collation_key, facet, facet_values, respond, Catalog, FacetKey, Field, Index, Kind, Matcher,
    Outcome, Params, Part, Query, Record,
};
/// The catalogue's sort orders (the name `main` and the routes know them by).
pub use opendata_core::url::Sort as SortBy;

use crate::seed::community::ApplicationSeed;
use crate::seed::{DatasetSeed, Seed};
use opendata_core::url::Facet;
use opendata_core::wire::{AgencyKind, DatasetSummary, Names};

/// A dataset's searchable parts: names, keywords and descriptions in all three languages.
pub fn dataset_parts(ds: &DatasetSeed) -> Vec<Part<'_>> {
    opendata_core::search::dataset_parts(&ds.names, &ds.descriptions, &ds.keywords)
}

/// An application's searchable parts: the title weighs like a name, the body like a description,
/// both in the application's one language.
pub fn application_parts(a: &ApplicationSeed) -> Vec<Part<'_>> {
    vec![
        Part {
            field: Field::Name,
            lang: a.lang,
            text: &a.title,
        },
        Part {
            field: Field::Description,
            lang: a.lang,
            text: &a.description,
        },
    ]
}

/// Runs a catalogue search over the seed's datasets (`index` is theirs, in seed order).
pub fn run(seed: &Seed, index: &Index, p: &Params) -> Outcome {
    opendata_core::search::run(seed, index, p)
}

impl Record for DatasetSeed {
    fn agency(&self) -> usize {
        self.agency
    }
    fn categories(&self) -> impl Iterator<Item = usize> + '_ {
        self.categories.iter().copied()
    }
    fn names(&self) -> &Names {
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

impl Catalog for Seed {
    type Record = DatasetSeed;
    fn records(&self) -> &[DatasetSeed] {
        &self.datasets
    }
    fn facet_len(&self, f: Facet) -> usize {
        match f {
            Facet::Category => self.categories.len(),
            Facet::Agency => self.agencies.len(),
        }
    }
    fn facet_value(&self, f: Facet, i: usize) -> (&str, &Names, Option<AgencyKind>) {
        match f {
            Facet::Category => (&self.categories[i].id, &self.categories[i].names, None),
            Facet::Agency => {
                let a = &self.agencies[i];
                (&a.id, &a.names, Some(a.kind))
            }
        }
    }
    fn summary(&self, i: usize) -> DatasetSummary {
        crate::routes::ext::summary(self, &self.datasets[i])
    }
}
