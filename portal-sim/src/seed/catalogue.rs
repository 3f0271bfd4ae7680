//! The seed as a static catalogue file: what the harvester would write from this stand-in's
//! catalogue endpoints, so the in-browser search can be checked against them (the parity tests).

use super::{iso, last_moment, Seed};
use opendata_core::catalogue::{AgencyEntry, CatalogueFile, CategoryEntry, DatasetEntry, FORMAT};

/// Astana is UTC+5; the seed's dates are Astana time, a harvest time is UTC.
const ASTANA_UTC_OFFSET_MINUTES: i64 = 5 * 60;

/// The seed's catalogue: categories, agencies and datasets in seed order, versions by name,
/// harvested at the seed's last moment.
pub fn catalogue_file(seed: &Seed) -> CatalogueFile {
    CatalogueFile {
        format: FORMAT,
        harvested: format!("{}Z", iso(last_moment() - ASTANA_UTC_OFFSET_MINUTES)),
        categories: seed
            .categories
            .iter()
            .map(|c| CategoryEntry {
                id: c.id.clone(),
                names: c.names.clone(),
            })
            .collect(),
        agencies: seed
            .agencies
            .iter()
            .map(|a| AgencyEntry {
                id: a.id.clone(),
                names: a.names.clone(),
                fullnames: a.fullnames.clone(),
                kind: a.kind,
            })
            .collect(),
        datasets: seed
            .datasets
            .iter()
            .map(|d| DatasetEntry {
                id: d.id,
                api_uri: d.api_uri.clone(),
                names: d.names.clone(),
                descriptions: d.descriptions.clone(),
                keywords: d.keywords.clone(),
                agency: d.agency as u32,
                categories: d.categories.iter().map(|&c| c as u32).collect(),
                created_date: d.created_date.clone(),
                modified_date: d.modified_date.clone(),
                views: d.views,
                downloads: d.downloads,
                actualize_type: d.actualize_type,
                actual: d.actual,
                versions: d.versions.iter().map(|v| v.name.clone()).collect(),
            })
            .collect(),
    }
}
