//! Sign-in (a stand-in for eGov IDP: pick a seeded account on a plain HTML page), the session
//! cookie, the CSRF and sign-in checks every change goes through, and CORS for the origins
//! given with `--allow-origin` (docs §0, §3.11).

// Helpers return the finished error answer as `Err` so handlers can stop early; these run
// once per request, so the size of `Response` does not matter.
#![allow(clippy::result_large_err)]

mod cors;
mod login;

pub use cors::cors_layer;
pub use login::{expire_all, login, login_page, logout, safe_return, session};

use super::{error, St};
use crate::seed::accounts::account_name;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use opendata_core::account::User;

pub const COOKIE: &str = "portal_session";
const CSRF_HEADER: &str = "x-csrf-token";
const LOGIN_PATH: &str = "/api/portal/login";

/// The signed-in citizen of a request.
#[derive(Clone, Debug)]
pub struct Signed {
    pub user_id: u64,
    pub csrf: String,
    token: String,
}

/// Who is asking: set on every request by [`session_layer`].
#[derive(Clone, Debug, Default)]
pub struct Viewer(pub Option<Signed>);

impl Viewer {
    pub fn user_id(&self) -> Option<u64> {
        self.0.as_ref().map(|s| s.user_id)
    }
    /// The signed-in citizen, or the 401 answer (for reads that need a session).
    pub fn require(&self) -> Result<&Signed, Response> {
        self.0.as_ref().ok_or_else(sign_in_required)
    }
}

pub fn user(id: u64) -> User {
    User {
        id,
        name: account_name(id).unwrap_or("?").to_string(),
    }
}

fn sign_in_required() -> Response {
    error(StatusCode::UNAUTHORIZED, "sign in required")
}

fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|kv| {
            let (k, v) = kv.trim().split_once('=')?;
            (k == COOKIE && !v.is_empty()).then(|| v.to_string())
        })
}

/// Resolves the session cookie into a [`Viewer`] for every request (reads use it for `own`
/// and `voted`; changes check it with [`Changer`]).
pub async fn session_layer(State(st): State<St>, mut req: Request, next: Next) -> Response {
    let signed = match cookie_token(req.headers()) {
        None => None,
        Some(token) => match st.store.session(&token) {
            Ok(s) => s.map(|(user_id, csrf)| Signed {
                user_id,
                csrf,
                token,
            }),
            Err(e) => return store_error(e),
        },
    };
    req.extensions_mut().insert(Viewer(signed));
    next.run(req).await
}

/// The signed-in citizen making a change: extracting it refuses the request without a
/// session (401), then without the session's CSRF token in `X-CSRF-Token` (403). Every change
/// handler takes it first, so these come before 404 and body errors; a method a route does not
/// have stays a 405.
pub struct Changer(pub Signed);

impl FromRequestParts<St> for Changer {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &St) -> Result<Self, Self::Rejection> {
        let viewer = parts
            .extensions
            .get::<Viewer>()
            .cloned()
            .unwrap_or_default();
        let s = viewer.0.ok_or_else(sign_in_required)?;
        let sent = parts.headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
        if sent != Some(s.csrf.as_str()) {
            return Err(error(StatusCode::FORBIDDEN, "csrf token missing or wrong"));
        }
        Ok(Changer(s))
    }
}

pub fn store_error(e: rusqlite::Error) -> Response {
    error(StatusCode::INTERNAL_SERVER_ERROR, &format!("store: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn cookie_is_found_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; portal_session=abc; b=2"),
        );
        assert_eq!(cookie_token(&h).as_deref(), Some("abc"));
    }
}
