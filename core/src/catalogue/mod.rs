//! The static catalogue index: what the harvester (`harvest/`) writes from the portal's own
//! catalogue endpoints, and what the app downloads once and searches in the browser.
//!
//! Two files, served beside the app's static files (or from any CDN, as `config.json` names):
//! - `manifest.json` ([`Manifest`]): small, never cached for long (`no-cache`), names the
//!   current catalogue file;
//! - `catalogue-<hash>.json` ([`CatalogueFile`]): content-hashed, so it can be cached forever.
//!
//! [`Catalogue`] indexes a catalogue file and searches it as the portal's catalogue pages do.

pub mod file;
pub mod open;
pub mod search;
pub mod shards;

pub use file::{
    AgencyEntry, CatalogueFile, CategoryEntry, DatasetEntry, FormatError, Manifest, FORMAT,
};
pub use open::{Indexing, Opening};
pub use search::{Catalogue, CatalogueStats};

impl CatalogueStats {
    /// Share of datasets up to date, in whole percent (rounded down, as `wire::Stats` does).
    pub fn actual_percent(&self) -> u64 {
        (self.actual * 100).checked_div(self.datasets).unwrap_or(0)
    }
}
