//! The catalogue file format (version [`FORMAT`]). Plain derived serde structs (no `flatten`,
//! which costs the app's wasm a generic buffering decoder); lists refer to agencies and
//! categories by their position, so each name is written once.

use crate::wire::{
    ActualizeType, AgencyKind, AgencyRef, CategoryRef, DatasetSummary, Descriptions, FullNames,
    Keywords, Names,
};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The format version this build reads and writes. A change that an older app could not read
/// bumps it; the app then says the catalogue is newer than it (a reload fetches the new app).
pub const FORMAT: u32 = 1;

/// `manifest.json`: which catalogue file is current, and what it holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    pub format: u32,
    /// When the harvest ended, UTC, RFC 3339 (`2026-12-07T03:00:00Z`).
    pub harvested: String,
    /// The catalogue file's name, relative to the manifest's URL (`catalogue-<hash>.json`).
    pub file: String,
    /// The catalogue file's length in bytes (uncompressed).
    pub bytes: u64,
    pub datasets: u64,
    pub categories: u64,
    pub agencies: u64,
}

/// `catalogue-<hash>.json`: every published dataset with what the catalogue pages need.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CatalogueFile {
    pub format: u32,
    /// As in the manifest.
    pub harvested: String,
    /// In the portal's order (the order its own lists use).
    pub categories: Vec<CategoryEntry>,
    /// In the portal's order: central agencies, then akimats, then other organisations.
    pub agencies: Vec<AgencyEntry>,
    /// In the portal's catalogue order (ties in every sort break by this order).
    pub datasets: Vec<DatasetEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CategoryEntry {
    pub id: String,
    pub names: Names,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgencyEntry {
    pub id: String,
    /// Short names (acronyms: «ҚР ДСМ», «МЗ РК»).
    pub names: Names,
    /// Full official names, where the portal gives them.
    #[serde(default)]
    pub fullnames: FullNames,
    #[serde(default)]
    pub kind: AgencyKind,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DatasetEntry {
    /// The portal's numeric id.
    pub id: u64,
    /// The index its data lives under (`/api/v4/{apiUri}`).
    pub api_uri: String,
    pub names: Names,
    #[serde(default)]
    pub descriptions: Descriptions,
    #[serde(default)]
    pub keywords: Keywords,
    /// Position in [`CatalogueFile::agencies`].
    pub agency: u32,
    /// Positions in [`CatalogueFile::categories`].
    #[serde(default)]
    pub categories: Vec<u32>,
    /// ISO local date-times, Astana time (`2024-03-05T10:20:00`).
    pub created_date: String,
    pub modified_date: String,
    #[serde(default)]
    pub views: u64,
    #[serde(default)]
    pub downloads: u64,
    #[serde(default)]
    pub actualize_type: ActualizeType,
    /// Updated as often as promised.
    #[serde(default)]
    pub actual: bool,
    /// Versions, oldest first (`v1`…`vN`, or `data`); the last is the current one. Never empty.
    pub versions: Vec<String>,
}

/// Why a catalogue file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// Written by a newer harvester than this app knows (reloading fetches the newer app).
    Newer(u32),
    /// Not this format: bad JSON, a missing key, an index out of range, no versions.
    Invalid(String),
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Newer(v) => write!(f, "catalogue format {v} is newer than {FORMAT}"),
            FormatError::Invalid(why) => write!(f, "not a catalogue file: {why}"),
        }
    }
}

impl std::error::Error for FormatError {}

/// Reads `format` first, so that a newer file is said as such rather than as garbage (its other
/// keys may have changed), then the whole of `T`.
pub(super) fn decode_versioned<'a, T: Deserialize<'a>>(json: &'a str) -> Result<T, FormatError> {
    #[derive(Deserialize)]
    struct Version {
        format: u32,
    }
    let invalid = |e: serde_json::Error| FormatError::Invalid(e.to_string());
    let v: Version = serde_json::from_str(json).map_err(invalid)?;
    if v.format > FORMAT {
        return Err(FormatError::Newer(v.format));
    }
    serde_json::from_str(json).map_err(invalid)
}

impl Manifest {
    /// Reads a manifest; a newer format is [`FormatError::Newer`].
    pub fn decode(json: &str) -> Result<Manifest, FormatError> {
        let m: Manifest = decode_versioned(json)?;
        if m.file.is_empty() || m.file.contains(['/', '\\', '?', '#']) || m.file.starts_with('.') {
            return Err(FormatError::Invalid(format!("bad file name {:?}", m.file)));
        }
        Ok(m)
    }
}

impl CatalogueFile {
    /// Reads and checks a catalogue file: the format version first (so a newer file is said as
    /// such, not as garbage), then every cross-reference.
    pub fn decode(json: &str) -> Result<CatalogueFile, FormatError> {
        super::Opening::begin(json)?.finish()
    }

    /// Every agency and category position in range, every dataset with a version, no apiUri
    /// twice.
    pub fn check(&self) -> Result<(), FormatError> {
        if self.format != FORMAT {
            return Err(FormatError::Invalid(format!("format {}", self.format)));
        }
        let mut seen = std::collections::HashSet::new();
        for d in &self.datasets {
            let bad = |why: &str| FormatError::Invalid(format!("dataset {:?}: {why}", d.api_uri));
            if d.agency as usize >= self.agencies.len() {
                return Err(bad("agency out of range"));
            }
            if d.categories
                .iter()
                .any(|&c| c as usize >= self.categories.len())
            {
                return Err(bad("category out of range"));
            }
            if d.versions.is_empty() {
                return Err(bad("no versions"));
            }
            if !seen.insert(d.api_uri.as_str()) {
                return Err(bad("listed twice"));
            }
        }
        Ok(())
    }

    /// A dataset as the catalogue lists show it (the wire type the pages render).
    pub fn summary(&self, d: &DatasetEntry) -> DatasetSummary {
        let agency = &self.agencies[d.agency as usize];
        DatasetSummary {
            id: d.id,
            api_uri: d.api_uri.clone(),
            names: d.names.clone(),
            descriptions: d.descriptions.clone(),
            keywords: d.keywords.clone(),
            gov_agency: AgencyRef {
                id: agency.id.clone(),
                names: agency.names.clone(),
                kind: agency.kind,
            },
            categories: d
                .categories
                .iter()
                .map(|&c| {
                    let c = &self.categories[c as usize];
                    CategoryRef {
                        id: c.id.clone(),
                        names: c.names.clone(),
                    }
                })
                .collect(),
            status: "PUBLISHED".to_string(),
            created_date: d.created_date.clone(),
            modified_date: d.modified_date.clone(),
            views: d.views,
            downloads: d.downloads,
            actualize_type: d.actualize_type,
            actual: d.actual,
            last_version: d.versions.last().cloned().unwrap_or_default(),
            matched_words: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> CatalogueFile {
        CatalogueFile {
            format: FORMAT,
            harvested: "2026-12-07T03:00:00Z".into(),
            categories: vec![CategoryEntry {
                id: "c1".into(),
                names: Names::new("Білім беру", "Образование", "Education"),
            }],
            agencies: vec![AgencyEntry {
                id: "a1".into(),
                names: Names::new("ҚР ОҒМ", "МП РК", "ME RK"),
                fullnames: FullNames::default(),
                kind: AgencyKind::Central,
            }],
            datasets: vec![DatasetEntry {
                id: 1,
                api_uri: "schools".into(),
                names: Names::new("Мектептер", "Школы", "Schools"),
                descriptions: Descriptions::default(),
                keywords: Keywords::default(),
                agency: 0,
                categories: vec![0],
                created_date: "2020-01-01T00:00:00".into(),
                modified_date: "2021-01-01T00:00:00".into(),
                views: 5,
                downloads: 1,
                actualize_type: ActualizeType::Monthly,
                actual: true,
                versions: vec!["v1".into(), "v2".into()],
            }],
        }
    }

    #[test]
    fn round_trips_and_summarises() {
        let c = sample();
        let json = serde_json::to_string(&c).unwrap();
        let back = CatalogueFile::decode(&json).unwrap();
        assert_eq!(back, c);
        let s = back.summary(&back.datasets[0]);
        assert_eq!(s.last_version, "v2");
        assert_eq!(s.gov_agency.id, "a1");
        assert_eq!(s.categories[0].id, "c1");
    }

    #[test]
    fn a_newer_format_is_said_as_such() {
        let mut c = sample();
        c.format = FORMAT + 1;
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(
            CatalogueFile::decode(&json),
            Err(FormatError::Newer(FORMAT + 1))
        );
        // Even when the rest is not understood.
        assert_eq!(
            CatalogueFile::decode(r#"{"format":99,"whatever":[]}"#),
            Err(FormatError::Newer(99))
        );
    }

    #[test]
    fn broken_files_are_refused() {
        for bad in ["", "[]", "{\"format\":1", "{\"format\":1}", "null"] {
            assert!(matches!(
                CatalogueFile::decode(bad),
                Err(FormatError::Invalid(_))
            ));
        }
        let mut c = sample();
        c.datasets[0].agency = 7;
        assert!(c.check().is_err());
        let mut c = sample();
        c.datasets[0].categories = vec![3];
        assert!(c.check().is_err());
        let mut c = sample();
        c.datasets[0].versions.clear();
        assert!(c.check().is_err());
        let mut c = sample();
        c.datasets.push(c.datasets[0].clone());
        assert!(c.check().is_err());
    }

    #[test]
    fn manifest_names_a_file_beside_it() {
        let ok = r#"{"format":1,"harvested":"x","file":"catalogue-ab12.json","bytes":1,"datasets":1,"categories":1,"agencies":1}"#;
        assert_eq!(Manifest::decode(ok).unwrap().file, "catalogue-ab12.json");
        for f in ["../x.json", "a/b.json", "", ".hidden", "x?y"] {
            let m = ok.replace("catalogue-ab12.json", f);
            assert!(Manifest::decode(&m).is_err(), "{f}");
        }
        assert_eq!(
            Manifest::decode(r#"{"format":2}"#),
            Err(FormatError::Newer(2))
        );
    }
}
