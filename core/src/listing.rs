//! The portal's own catalogue AJAX answers (`/datasets/getdatasetsre`, `…recount`,
//! `/datasets/getdatasets`; docs/portal-api.md §1.6–§1.7): what portal-sim serves and the harvester
//! (`harvest/`) reads. Field names as third-party clients read them (research §2.7); `type` of
//! the agency, `keyWordsKk/Ru/En`, `actualizeType` and `actual` are inferred (\[I\]).
//!
//! Decoding is strict where the catalogue needs a value (`id`, `apiUri`, `govAgency`, the
//! dates: a missing one is an error naming it) and lenient elsewhere (absent names, counters
//! and keywords are empty; unknown keys are ignored).

use crate::wire::{ActualizeType, AgencyKind, Descriptions, FullNames, Names};
use serde::{Deserialize, Serialize};

/// `getdatasetsre`: one page of datasets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListPage {
    pub datasets: Vec<ListedDataset>,
}

/// `getdatasetsrecount`: how many datasets the same filters match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListCount {
    pub total_count: u64,
}

/// `getdatasets` (the older form): a page and the count together.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CountedListPage {
    pub total_count: u64,
    pub datasets: Vec<ListedDataset>,
}

/// A dataset as the portal's catalogue lists give it. No version information: the versions
/// come from `/api/v4/mapping/{apiUri}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListedDataset {
    pub id: u64,
    pub api_uri: String,
    #[serde(flatten)]
    pub names: Names,
    #[serde(flatten)]
    pub descriptions: Descriptions,
    pub gov_agency: ListedAgency,
    #[serde(default)]
    pub categories: Vec<ListedCategory>,
    /// Comma-separated, Russian (else Kazakh, else English), as in `/meta`'s `keywords`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_words: Option<String>,
    /// Comma-separated, per language; absent when there are none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_words_kk: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_words_ru: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_words_en: Option<String>,
    #[serde(default)]
    pub status: String,
    /// ISO local date-times, Astana time.
    pub created_date: String,
    pub modified_date: String,
    #[serde(default)]
    pub views: u64,
    #[serde(default)]
    pub downloads: u64,
    #[serde(default)]
    pub actualize_type: ActualizeType,
    #[serde(default)]
    pub actual: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListedAgency {
    pub id: String,
    #[serde(flatten)]
    pub names: Names,
    #[serde(flatten)]
    pub fullnames: FullNames,
    /// `CGO` (central), `MIO` (local executive bodies), `QUASI` (everything else), after the
    /// portal's statistics endpoints (`getstatisticsbycgogovagencies` …).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListedCategory {
    pub id: String,
    #[serde(flatten)]
    pub names: Names,
}

/// The portal's agency `type` for a kind.
pub fn agency_type(kind: AgencyKind) -> &'static str {
    match kind {
        AgencyKind::Central => "CGO",
        AgencyKind::Regional => "MIO",
        AgencyKind::Other => "QUASI",
    }
}

/// The kind of an agency `type`: `CGO` central, `MIO` regional, anything else or none other.
pub fn agency_kind(portal_type: Option<&str>) -> AgencyKind {
    match portal_type.map(str::trim) {
        Some(t) if t.eq_ignore_ascii_case("CGO") => AgencyKind::Central,
        Some(t) if t.eq_ignore_ascii_case("MIO") => AgencyKind::Regional,
        _ => AgencyKind::Other,
    }
}

/// Keywords as the lists write them: comma-separated; `None` when there are none.
pub fn join_keywords(words: &[String]) -> Option<String> {
    (!words.is_empty()).then(|| words.join(", "))
}

/// A comma-separated keyword string split back: trimmed, empties dropped.
pub fn split_keywords(s: Option<&str>) -> Vec<String> {
    s.unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agency_types_round_trip() {
        for k in [AgencyKind::Central, AgencyKind::Regional, AgencyKind::Other] {
            assert_eq!(agency_kind(Some(agency_type(k))), k);
        }
        assert_eq!(agency_kind(None), AgencyKind::Other);
        assert_eq!(agency_kind(Some("mio")), AgencyKind::Regional);
        assert_eq!(agency_kind(Some("SOMETHING")), AgencyKind::Other);
    }

    #[test]
    fn keywords_split_and_join() {
        let w = vec!["школа".to_string(), "білім беру".to_string()];
        assert_eq!(join_keywords(&w).as_deref(), Some("школа, білім беру"));
        assert_eq!(split_keywords(join_keywords(&w).as_deref()), w);
        assert_eq!(split_keywords(Some(" a ,, b ,")), vec!["a", "b"]);
        assert!(split_keywords(None).is_empty());
        assert_eq!(join_keywords(&[]), None);
    }

    #[test]
    fn an_item_decodes_leniently_but_needs_its_keys() {
        let ok = r#"{"id":1,"apiUri":"x","nameRu":"Школы","govAgency":{"id":"a","type":"MIO"},
            "createdDate":"2020-01-01T00:00:00","modifiedDate":"2020-01-02T00:00:00","extra":[1]}"#;
        let d: ListedDataset = serde_json::from_str(ok).unwrap();
        assert_eq!(d.names.name_ru.as_deref(), Some("Школы"));
        assert_eq!(
            agency_kind(d.gov_agency.kind.as_deref()),
            AgencyKind::Regional
        );
        assert!(d.categories.is_empty());
        let no_uri = ok.replace(r#""apiUri":"x","#, "");
        let e = serde_json::from_str::<ListedDataset>(&no_uri).unwrap_err();
        assert!(e.to_string().contains("apiUri"), "{e}");
        let e = serde_json::from_str::<ListPage>("{}").unwrap_err();
        assert!(e.to_string().contains("datasets"), "{e}");
    }
}
