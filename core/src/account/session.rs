//! The session: who is signed in, and the CSRF token every change carries.

use serde::{Deserialize, Serialize};

/// `GET /api/portal/session`: who is signed in. Signed out: `{"user":null,"csrfToken":null}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Session {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub user: Option<User>,
    /// Sent back in `X-CSRF-Token` on every change.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub csrf_token: Option<String>,
}

/// A signed-in citizen (or the author of a comment): a display name, never the IIN.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct User {
    pub id: u64,
    pub name: String,
}

/// A comment's or request's author.
pub type Author = User;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_out_session_decodes() {
        let s: Session = serde_json::from_str(r#"{"user":null,"csrfToken":null}"#).unwrap();
        assert_eq!(s, Session::default());
        let s: Session =
            serde_json::from_str(r#"{"user":{"id":1,"name":"Айгерім"},"csrfToken":"t"}"#).unwrap();
        assert_eq!(s.user.unwrap().name, "Айгерім");
    }
}
