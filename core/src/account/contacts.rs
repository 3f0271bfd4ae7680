//! The citizen's contacts (phone and e-mail) and their confirmation.

use serde::{Deserialize, Serialize};

/// Which contact a confirmation is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum ContactKind {
    Phone,
    Email,
}

impl ContactKind {
    pub const ALL: [ContactKind; 2] = [ContactKind::Phone, ContactKind::Email];
    pub fn as_str(self) -> &'static str {
        match self {
            ContactKind::Phone => "phone",
            ContactKind::Email => "email",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A phone number (`+77011234567`) or e-mail address and whether it is confirmed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    pub value: String,
    pub confirmed: bool,
    /// A code was sent and not yet used.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub code_pending: bool,
}

/// `GET /api/portal/contacts`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Contacts {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub phone: Option<Contact>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub email: Option<Contact>,
}

impl Contacts {
    pub fn get(&self, kind: ContactKind) -> Option<&Contact> {
        match kind {
            ContactKind::Phone => self.phone.as_ref(),
            ContactKind::Email => self.email.as_ref(),
        }
    }
}

/// `PUT /api/portal/contacts/{phone|email}`: a new value, unconfirmed; a code is sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactValue {
    pub value: String,
}

/// `POST /api/portal/contacts/{phone|email}/confirm`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConfirmCode {
    pub code: String,
}
