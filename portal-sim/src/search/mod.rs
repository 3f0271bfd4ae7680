//! The seed's side of the catalogue search (`opendata_core::search`, re-exported here): what
//! portal-sim indexes of its datasets and applications, and the seed as a searchable catalogue,
//! so `GET /api/portal/datasets` answers exactly as the app's in-browser search does.

pub use opendata_core::search::{
    collation_key, distinct, facet, facet_values, respond, Catalog, FacetKey, Field, Index, Kind,
    Matcher, Outcome, Params, Part, Query, Record,
};

use crate::seed::community::ApplicationSeed;
use crate::seed::{DatasetSeed, Seed};

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

opendata_core::impl_catalog!(Seed, DatasetSeed, crate::routes::ext::summary);
