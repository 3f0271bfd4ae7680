//! The portal's own catalogue AJAX endpoints, served in both profiles (research §2.7, docs
//! §1.6–§1.8): `getdatasetsre` and `getdatasetsrecount` (a category or agency listing and its count),
//! `getdatasets` (the older list with its count) and `getdata` (the data tab's table).
//!
//! Their quirks are the portal's: JSON only for `X-Requested-With: XMLHttpRequest` (a plain
//! request gets an HTML page), at most 10 datasets or 20 rows a page whatever `count` asks, and
//! no version information in the list items (that comes from `/api/v4/mapping/{apiUri}`).

mod data;
mod lists;

pub use data::{getdata, DATA_PAGE_MAX};
pub use lists::{getdatasets, getdatasetsre, getdatasetsrecount, listed, LIST_PAGE_MAX};

use super::portal::uint_param;
use super::{error, portal_html, QueryPairs, St};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

/// Did the page's script ask (`X-Requested-With: XMLHttpRequest`)? Else the portal answers HTML.
fn is_xhr(headers: &HeaderMap) -> bool {
    headers
        .get("x-requested-with")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("XMLHttpRequest"))
}

/// The query string's pairs, then a form-urlencoded body's (`GET|POST` take either).
fn params(raw: Option<&str>, body: &[u8]) -> QueryPairs {
    let mut q = QueryPairs::parse(raw);
    q.0.extend(form_urlencoded::parse(body).map(|(k, v)| (k.into_owned(), v.into_owned())));
    q
}

/// A non-blank single parameter.
fn text_param<'a>(q: &'a QueryPairs, key: &str) -> Result<Option<&'a str>, String> {
    Ok(q.one(key)?.map(str::trim).filter(|v| !v.is_empty()))
}

/// A 1-based integer parameter (`page`, `count`): absent or blank is `default`, 0 is a 400.
fn positive(q: &QueryPairs, key: &str, default: u64) -> Result<u64, String> {
    match uint_param(q, key)? {
        None => Ok(default),
        Some(0) => Err(format!("parameter `{key}` must be at least 1")),
        Some(n) => Ok(n),
    }
}

/// The parameters of a script's request; `None` for a plain one (answered with the HTML page).
fn xhr_params(headers: &HeaderMap, raw: Option<&str>, body: &[u8]) -> Option<QueryPairs> {
    is_xhr(headers).then(|| params(raw, body))
}

/// The query of a script's `GET` (no body to read); a plain request is answered with the HTML
/// page instead.
pub struct XhrQuery(QueryPairs);

impl FromRequestParts<St> for XhrQuery {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &St) -> Result<Self, Self::Rejection> {
        xhr_params(&parts.headers, parts.uri.query(), &[])
            .map(XhrQuery)
            .ok_or_else(|| portal_html(StatusCode::OK))
    }
}

fn bad(e: String) -> Response {
    error(StatusCode::BAD_REQUEST, &e)
}

/// The parameters of a script's `GET|POST` (the query, then a form body); a plain request is
/// answered with the HTML page instead.
pub struct XhrParams(QueryPairs);

impl FromRequest<St> for XhrParams {
    type Rejection = Response;

    async fn from_request(req: Request, st: &St) -> Result<Self, Self::Rejection> {
        let headers = req.headers().clone();
        let raw = req.uri().query().map(str::to_string);
        let body = Bytes::from_request(req, st)
            .await
            .map_err(IntoResponse::into_response)?;
        xhr_params(&headers, raw.as_deref(), &body)
            .map(XhrParams)
            .ok_or_else(|| portal_html(StatusCode::OK))
    }
}
