//! The 400 answer of a refused change: the fields at fault and their codes.

use serde::{Deserialize, Serialize};

/// 400 answer of a change: `{"error":"validation","fields":[{"field":"text","code":"tooLong"}]}`.
/// Fields are in form order; codes are [`FieldCode`]s.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ValidationErrorBody {
    pub error: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub fields: Vec<FieldError>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The JSON key of the request body (`text`, `reason`, `channels`, `value`, `code`, …).
    pub field: String,
    /// What is wrong, see [`FieldCode`]; an unknown code is kept as text.
    #[cfg_attr(feature = "openapi", schema(value_type = FieldCode))]
    pub code: String,
}

/// The field error codes the contract defines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldCode {
    /// Empty or whitespace only.
    Required,
    /// Longer than the limit ([`MAX_TEXT`](super::MAX_TEXT), [`MAX_TITLE`](super::MAX_TITLE)).
    TooLong,
    /// Not of the expected form (phone number, e-mail address).
    Invalid,
    /// A value outside the allowed set (reason, channel, category, agency).
    Unknown,
    /// Subscription with every channel off.
    NoChannel,
    /// Confirmation code that does not match.
    Wrong,
    /// Confirmation asked for while no code is pending.
    NoCode,
}

impl FieldCode {
    pub const ALL: [FieldCode; 7] = [
        FieldCode::Required,
        FieldCode::TooLong,
        FieldCode::Invalid,
        FieldCode::Unknown,
        FieldCode::NoChannel,
        FieldCode::Wrong,
        FieldCode::NoCode,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            FieldCode::Required => "required",
            FieldCode::TooLong => "tooLong",
            FieldCode::Invalid => "invalid",
            FieldCode::Unknown => "unknown",
            FieldCode::NoChannel => "noChannel",
            FieldCode::Wrong => "wrong",
            FieldCode::NoCode => "noCode",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// The schema of [`FieldError::code`], by hand: `FieldCode` is no serde type (the wire carries
/// its `as_str`), so the derive cannot see its spelling. One string of [`FieldCode::ALL`].
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for FieldCode {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .enum_values(Some(Self::ALL.map(Self::as_str)))
            .description(Some("What is wrong with a field (`account::FieldCode`)."))
            .into()
    }
}
#[cfg(feature = "openapi")]
impl utoipa::ToSchema for FieldCode {}
