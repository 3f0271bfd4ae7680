//! The static catalogue index: what the harvester (`harvest/`) writes from the portal's own
//! catalogue endpoints, and what the app downloads once and searches in the browser.
//!
//! Two files, served beside the app's static files (or from any CDN, as `config.json` names):
//! - `manifest.json` ([`Manifest`]): small, never cached for long (`no-cache`), names the
//!   current catalogue file;
//! - `catalogue-<hash>.json` ([`CatalogueFile`]): content-hashed, so it can be cached forever.

pub mod file;

pub use file::{
    AgencyEntry, CatalogueFile, CategoryEntry, DatasetEntry, FormatError, Manifest, FORMAT,
};
