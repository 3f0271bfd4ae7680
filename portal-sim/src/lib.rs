//! portal-sim: a stand-in for the data.egov.kz portal API, for developing and testing the app
//! offline. Deterministic (same seed → same bytes), with fault injection for error-state tests.
//! The contract is docs/portal-api.md.

pub mod dsl;
pub mod rng;
pub mod routes;
pub mod search;
pub mod seed;

use seed::Seed;
use std::sync::{Arc, Mutex};

pub use routes::app;

/// Everything the handlers share.
pub struct AppState {
    pub seed: Seed,
    /// Text index of the datasets, in `seed.datasets` order.
    pub docs: search::Index,
    /// Text index of the applications, in `seed.applications` order.
    pub application_docs: search::Index,
    /// Datasets per category / agency, computed once.
    pub category_counts: Vec<u64>,
    pub agency_counts: Vec<u64>,
    pub faults: Mutex<routes::faults::Faults>,
}

impl AppState {
    pub fn new(seed: u64) -> Arc<AppState> {
        let seed = Seed::new(seed);
        // Built once here so that a query only looks words up (see `search::index`).
        let docs = search::Index::build(seed.datasets.iter().map(search::dataset_parts));
        let application_docs =
            search::Index::build(seed.applications.iter().map(search::application_parts));
        let mut category_counts = vec![0; seed.categories.len()];
        let mut agency_counts = vec![0; seed.agencies.len()];
        for ds in &seed.datasets {
            for &c in &ds.categories {
                category_counts[c] += 1;
            }
            agency_counts[ds.agency] += 1;
        }
        Arc::new(AppState {
            seed,
            docs,
            application_docs,
            category_counts,
            agency_counts,
            faults: Mutex::new(routes::faults::Faults::default()),
        })
    }
}
