//! The signed-in part of the extension (docs §3.12–§3.15): comments and requests for update on a
//! dataset, subscriptions, contacts. Every change handler takes `session::Changer` first (401
//! without a session, 403 without its CSRF token); here only ownership and bodies are checked.

// Helpers return the finished error answer as `Err` so handlers can stop early; these run
// once per request, so the size of `Response` does not matter.
#![allow(clippy::result_large_err)]

mod contacts;
mod discussion;
mod hooks;
mod subscriptions;

pub use contacts::{confirm, contacts, resend_code, set_contact};
pub use discussion::{
    add_comment, add_request, dataset_list, delete_comment, update_request, DatasetList,
};
pub use hooks::{move_request, outbox, StatusMove};
pub use subscriptions::{set_channels, subscribe, subscriptions, unsubscribe};

use super::{error, json, St};
use axum::http::StatusCode;
use axum::response::Response;
use opendata_core::account::{too_long, FieldCode, FieldError, ValidationErrorBody};
use serde::de::DeserializeOwned;

// ---- shared ----------------------------------------------------------------------------------

pub fn field(name: &str, code: FieldCode) -> FieldError {
    FieldError {
        field: name.to_string(),
        code: code.as_str().to_string(),
    }
}

/// 400 with the fields that are wrong, in body order.
pub fn invalid(fields: Vec<FieldError>) -> Response {
    json(
        StatusCode::BAD_REQUEST,
        &ValidationErrorBody {
            error: "validation".to_string(),
            fields,
        },
        false,
    )
}

/// A body that is not JSON or not the expected shape: the plain error body, not a field list.
pub fn decode<T: DeserializeOwned>(body: &[u8]) -> Result<T, Response> {
    serde_json::from_slice(body)
        .map_err(|e| error(StatusCode::BAD_REQUEST, &format!("bad request body: {e}")))
}

/// A required text: trimmed; empty → `required`, over `max` characters → `tooLong`.
pub fn check_text(
    fields: &mut Vec<FieldError>,
    name: &str,
    text: Option<&str>,
    max: usize,
) -> String {
    let t = text.unwrap_or("").trim();
    if t.is_empty() {
        fields.push(field(name, FieldCode::Required));
    } else if too_long(t, max) {
        fields.push(field(name, FieldCode::TooLong));
    }
    t.to_string()
}

fn parse_id(id: &str) -> Option<u64> {
    id.parse().ok()
}

/// 404 for a dataset the catalogue does not have.
fn known_dataset(st: &St, api_uri: &str) -> Result<(), Response> {
    match st.seed.dataset(api_uri) {
        Some(_) => Ok(()),
        None => Err(error(
            StatusCode::NOT_FOUND,
            &format!("dataset not found: {api_uri}"),
        )),
    }
}

/// A required choice: trimmed; missing or blank → `required`, not a known value → `unknown`.
fn check_choice<T>(
    fields: &mut Vec<FieldError>,
    name: &str,
    raw: Option<&str>,
    parse: impl FnOnce(&str) -> Option<T>,
) -> Option<T> {
    match raw.map(str::trim) {
        None | Some("") => {
            fields.push(field(name, FieldCode::Required));
            None
        }
        Some(v) => {
            let parsed = parse(v);
            if parsed.is_none() {
                fields.push(field(name, FieldCode::Unknown));
            }
            parsed
        }
    }
}

macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(r) => return r,
        }
    };
}

macro_rules! db {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return store_error(e),
        }
    };
}
pub(crate) use {db, tri};
