//! Wire types: the JSON the portal (and its stand-in) sends, as `docs/portal-api.md` describes it.
//!
//! Portal naming style throughout: `nameKk/nameRu/nameEn`, `createdDate`, camelCase keys.
//! Optional names are `Option` because the real portal has datasets without an English or a
//! Kazakh name; decoders never fail on a missing translation.
//!
//! One concern a file: `names` (the trilingual texts), `catalogue` (categories, agencies,
//! dataset lists and passports), `data` (`/meta`, `/api/detailed`, the mapping), `community`
//! (applications for publication, the apps showcase) and `de` (`wire_struct!`, which declares the
//! types that flatten names with their decoders, from one field list).

mod catalogue;
mod community;
mod data;
pub(crate) mod de;
mod names;

pub use catalogue::{
    ActualizeType, Agency, AgencyKind, AgencyRef, Category, CategoryRef, DatasetDetail,
    DatasetSearchResponse, DatasetSummary, FacetValue, Facets, Responsible, Stats, VersionInfo,
};
pub use community::{
    AppFacets, AppLink, ApplicationDetail, ApplicationFacets, ApplicationSearchResponse,
    ApplicationStatus, ApplicationSummary, AppsResponse, CodeCount, DatasetRef, Platform,
    ShowcaseApp, StatusChange,
};
pub use data::{DetailedResponse, FieldMeta, Mapping, Meta, OrderedMap};
pub use names::{pick, AnswerTexts, Descriptions, FullNames, Keywords, Names};

use serde::{Deserialize, Serialize};

/// The portal's error body: every non-2xx JSON answer is an object with an `error` key.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub error: String,
}
