//! portal-sim: a stand-in for the data.egov.kz portal API, for developing and testing the app
//! offline. Deterministic (same seed → same bytes), with fault injection for error-state tests,
//! and a SQLite store for what signed-in citizens change. The contract is docs/portal-api.md.

pub mod dsl;
pub mod openapi;
pub mod rng;
pub mod routes;
pub mod search;
pub mod seed;
pub mod store;

use seed::Seed;
use std::path::Path;
use std::sync::{Arc, Mutex};
use store::Store;

pub use routes::app;

/// Which portal the stand-in plays (`--profile`, docs §4).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Profile {
    /// data.egov.kz as it is today: the portal's own endpoints (§1) only; every
    /// `/api/portal/...` path is a 404.
    Today,
    /// Today's endpoints plus our `/api/portal/...` extension (§3).
    #[default]
    Extended,
}

impl Profile {
    pub fn parse(s: &str) -> Option<Profile> {
        match s {
            "today" => Some(Profile::Today),
            "extended" => Some(Profile::Extended),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Today => "today",
            Profile::Extended => "extended",
        }
    }
}

/// Everything the handlers share. The seed-derived parts are behind `Arc`s so that tests can
/// give one catalogue several stores ([`AppState::fork`]) without seeding again.
pub struct AppState {
    pub seed: Arc<Seed>,
    /// Text index of the datasets, in `seed.datasets` order.
    pub docs: Arc<search::Index>,
    /// Text index of the seeded applications, in `seed.applications` order.
    pub application_docs: Arc<search::Index>,
    /// Datasets per category / agency, computed once.
    pub category_counts: Arc<Vec<u64>>,
    pub agency_counts: Arc<Vec<u64>>,
    pub faults: Mutex<routes::faults::Faults>,
    /// Sessions, comments, requests, subscriptions, contacts, votes, new applications.
    pub store: Store,
    /// Origins allowed to call with credentials (CORS), exactly as browsers send `Origin`.
    pub allowed_origins: Vec<String>,
    pub profile: Profile,
    /// `--catalogue DIR`: the harvested catalogue served at `/catalogue/{file}`.
    pub catalogue_dir: std::sync::OnceLock<std::path::PathBuf>,
}

impl AppState {
    /// The seeded state (extended profile) with an in-memory store and no CORS origins.
    pub fn new(seed: u64) -> Arc<AppState> {
        Self::new_as(seed, Profile::Extended)
    }

    /// [`AppState::new`] in the today profile: no `/api/portal/...`.
    pub fn new_today(seed: u64) -> Arc<AppState> {
        Self::new_as(seed, Profile::Today)
    }

    fn new_as(seed: u64, profile: Profile) -> Arc<AppState> {
        let store = Store::memory().expect("an in-memory SQLite database opens");
        Self::build(seed, store, Vec::new(), profile).expect("an empty store takes the seed")
    }

    /// `--db PATH` (or in memory without it), `--allow-origin`s and `--profile`.
    pub fn open(
        seed: u64,
        db: Option<&Path>,
        allowed_origins: Vec<String>,
        profile: Profile,
    ) -> Result<Arc<AppState>, String> {
        let store = match db {
            Some(p) => Store::open(p)?,
            None => Store::memory()?,
        };
        Self::build(seed, store, allowed_origins, profile)
    }

    /// The seeded state on `store` (which gets the seed's comments and requests if empty).
    pub fn with_store(seed: u64, store: Store) -> Result<Arc<AppState>, String> {
        Self::build(seed, store, Vec::new(), Profile::Extended)
    }

    fn build(
        seed: u64,
        store: Store,
        allowed_origins: Vec<String>,
        profile: Profile,
    ) -> Result<Arc<AppState>, String> {
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
        store.seed_once(&seed)?;
        Ok(Arc::new(AppState {
            seed: Arc::new(seed),
            docs: Arc::new(docs),
            application_docs: Arc::new(application_docs),
            category_counts: Arc::new(category_counts),
            agency_counts: Arc::new(agency_counts),
            faults: Mutex::new(routes::faults::Faults::default()),
            store,
            allowed_origins,
            profile,
            catalogue_dir: Default::default(),
        }))
    }

    /// The same catalogue and profile on another store (seeded if empty), with no faults and
    /// these origins: a fresh stand-in for one test, or the same file "after a restart".
    pub fn fork(
        &self,
        store: Store,
        allowed_origins: Vec<String>,
    ) -> Result<Arc<AppState>, String> {
        store.seed_once(&self.seed)?;
        Ok(Arc::new(AppState {
            seed: self.seed.clone(),
            docs: self.docs.clone(),
            application_docs: self.application_docs.clone(),
            category_counts: self.category_counts.clone(),
            agency_counts: self.agency_counts.clone(),
            faults: Mutex::new(routes::faults::Faults::default()),
            store,
            allowed_origins,
            profile: self.profile,
            catalogue_dir: self.catalogue_dir.clone(),
        }))
    }
}
