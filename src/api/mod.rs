//! Typed, abortable requests to the portal API (`docs/portal-api.md`). Nothing visual here:
//! pages turn an [`ApiError`] into a localized message.

pub mod account;
pub mod applications;
pub mod catalogue;
pub mod dataset;
pub mod showcase;

use crate::config;
use opendata_core::account::{FieldError, ValidationErrorBody};
use opendata_core::wire::ErrorBody;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long a request may take before the user is told and offered a retry.
const TIMEOUT_MS: i32 = 8_000;
/// The same for a static file of the app's (the catalogue: a few hundred KB on a slow phone).
const STATIC_TIMEOUT_MS: i32 = 30_000;

/// Why a request failed, in the terms a page needs to explain it.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// No network, DNS failure, CORS refusal: the request never got an HTTP answer.
    Offline,
    /// No answer within [`TIMEOUT_MS`].
    Timeout,
    /// 404 (unknown dataset, index or version).
    NotFound,
    /// 429: the portal's rate limit.
    RateLimited,
    /// 400: the portal refused the parameters; carries the portal's `error` text.
    BadRequest(String),
    /// Any other non-2xx status.
    Http(u16),
    /// A 2xx answer whose body is not the JSON we expect.
    Decode(String),
    /// Superseded by a newer request of the same view (see [`supersede`]); never shown.
    Aborted,
    /// 401: a change needs a session, and there is none (never signed in, or it expired).
    Unauthorized,
    /// 403: not the citizen's to change (someone else's comment), or a stale CSRF token.
    Forbidden,
    /// 409: the change is no longer possible (voting closed).
    Conflict(String),
    /// 400 with field errors: the form shows them by its fields.
    Invalid(Vec<FieldError>),
    /// The catalogue is of a newer format than this app reads: a new version of the app is
    /// out, and reloading the page fetches it.
    Outdated,
}

thread_local! {
    /// The session's CSRF token, sent on every change (set by `crate::session`).
    /// Global, not context: read by request futures, which run outside any reactive owner.
    static CSRF: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Remembers the CSRF token of the current session (`None` when signed out).
pub fn set_csrf(token: Option<String>) {
    CSRF.with(|c| *c.borrow_mut() = token);
}

thread_local! {
    /// The request in flight per "latest only" slot, with the key of the state it is for.
    /// Global, not context: a slot's requests come from resource futures, outside any owner.
    static LATEST: RefCell<HashMap<&'static str, (String, web_sys::AbortController)>> =
        RefCell::new(HashMap::new());
}

/// Aborts the request in flight in `slot` unless it is for the state `key`. A view calls this
/// as soon as its state changes, so a stale request (a search for what the user typed a moment
/// ago) neither wastes the network nor delays the new one.
pub fn supersede(slot: &'static str, key: &str) {
    LATEST.with(|l| {
        let mut l = l.borrow_mut();
        if l.get(slot).is_some_and(|(k, _)| k != key) {
            if let Some((_, c)) = l.remove(slot) {
                c.abort();
            }
        }
    });
}

/// Aborts the request when the future is dropped (a superseded or unmounted request), and
/// clears the timeout timer.
struct Inflight {
    controller: Option<web_sys::AbortController>,
    timer: Option<i32>,
    _on_timeout: Option<Closure<dyn FnMut()>>,
    done: bool,
}

impl Drop for Inflight {
    fn drop(&mut self) {
        if let (Some(t), Some(w)) = (self.timer, web_sys::window()) {
            w.clear_timeout_with_handle(t);
        }
        if !self.done {
            if let Some(c) = &self.controller {
                c.abort();
            }
        }
    }
}

/// The absolute URL of an API path under the configured API base.
pub fn api_url(path_and_query: &str) -> String {
    format!("{}{}", config::get().api_base, path_and_query)
}

/// GETs `path_and_query` under the API base and decodes the JSON body as `T`.
pub async fn get_json<T: DeserializeOwned>(path_and_query: &str) -> Result<T, ApiError> {
    decode(&fetch_text("GET", path_and_query, None, None).await?)
}

/// GETs a static file beside the app or on a CDN (`url` as the configuration names it), with
/// the longer [`STATIC_TIMEOUT_MS`] and no cookies.
pub async fn get_static(url: &str) -> Result<String, ApiError> {
    fetch_url("GET", url.to_string(), None, None, Origin::Static).await
}

/// A change (`POST`, `PUT`, `PATCH`, `DELETE`) with an optional JSON body, carrying the CSRF
/// token; decodes the JSON answer as `T`.
pub async fn send_json<B: Serialize, T: DeserializeOwned>(
    method: &'static str,
    path: &str,
    body: Option<&B>,
) -> Result<T, ApiError> {
    decode(&send_text(method, path, body).await?)
}

/// A change whose answer is wanted only if it can be read. A 2xx means the portal made the
/// change, so an answer that does not decode is `Ok(None)`, not an error: offering to send it
/// again would make the change twice.
pub async fn send_json_taken<B: Serialize, T: DeserializeOwned>(
    method: &'static str,
    path: &str,
    body: Option<&B>,
) -> Result<Option<T>, ApiError> {
    Ok(decode(&send_text(method, path, body).await?).ok())
}

/// A change whose answer has no body (`204`), or whose body is not needed: any 2xx is success.
pub async fn send_empty<B: Serialize>(
    method: &'static str,
    path: &str,
    body: Option<&B>,
) -> Result<(), ApiError> {
    send_text(method, path, body).await.map(|_| ())
}

async fn send_text<B: Serialize>(
    method: &'static str,
    path: &str,
    body: Option<&B>,
) -> Result<String, ApiError> {
    let body = match body {
        Some(b) => Some(serde_json::to_string(b).map_err(|e| ApiError::Decode(e.to_string()))?),
        None => None,
    };
    fetch_text(method, path, body, None).await
}

/// Like [`get_json`], for a view that only wants its latest answer: the request is for the
/// view state `key` and can be aborted with [`supersede`]`(slot, other_key)`.
pub async fn get_json_latest<T: DeserializeOwned>(
    slot: &'static str,
    key: &str,
    path_and_query: &str,
) -> Result<T, ApiError> {
    decode(&fetch_text("GET", path_and_query, None, Some((slot, key))).await?)
}

/// Decodes a JSON body; a body that is not the expected shape is an error, never a panic.
pub fn decode<T: DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    serde_json::from_str(text).map_err(|e| ApiError::Decode(e.to_string()))
}

async fn fetch_text(
    method: &'static str,
    path_and_query: &str,
    body: Option<String>,
    slot: Option<(&'static str, &str)>,
) -> Result<String, ApiError> {
    fetch_url(method, api_url(path_and_query), body, slot, Origin::Api).await
}

/// Where a request goes: the portal's API (cookies, short timeout) or a static file.
#[derive(Clone, Copy, PartialEq)]
enum Origin {
    Api,
    Static,
}

/// One request: API calls (under the API base, with cookies) and static files alike.
async fn fetch_url(
    method: &'static str,
    url: String,
    body: Option<String>,
    slot: Option<(&'static str, &str)>,
    origin: Origin,
) -> Result<String, ApiError> {
    let timeout_ms = match origin {
        Origin::Api => TIMEOUT_MS,
        Origin::Static => STATIC_TIMEOUT_MS,
    };
    let controller = web_sys::AbortController::new().ok();
    if let (Some((slot, key)), Some(c)) = (slot, &controller) {
        supersede(slot, key);
        LATEST.with(|l| l.borrow_mut().insert(slot, (key.to_string(), c.clone())));
    }
    let timed_out = Rc::new(Cell::new(false));
    let mut inflight = Inflight {
        controller: controller.clone(),
        timer: None,
        _on_timeout: None,
        done: false,
    };
    if let (Some(c), Some(w)) = (controller.clone(), web_sys::window()) {
        let flag = timed_out.clone();
        let cb = Closure::<dyn FnMut()>::new(move || {
            flag.set(true);
            c.abort();
        });
        inflight.timer = w
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                cb.as_ref().unchecked_ref(),
                timeout_ms,
            )
            .ok();
        inflight._on_timeout = Some(cb);
    }
    let signal = controller.as_ref().map(|c| c.signal());
    // Credentials always: the session cookie must reach the API also when the app is embedded
    // on another origin (the API then answers with CORS for that origin).
    let mut req = gloo_net::http::RequestBuilder::new(&url)
        .method(match method {
            "POST" => gloo_net::http::Method::POST,
            "PUT" => gloo_net::http::Method::PUT,
            "PATCH" => gloo_net::http::Method::PATCH,
            "DELETE" => gloo_net::http::Method::DELETE,
            _ => gloo_net::http::Method::GET,
        })
        .header("Accept", "application/json")
        .credentials(if origin == Origin::Api {
            web_sys::RequestCredentials::Include
        } else {
            web_sys::RequestCredentials::SameOrigin
        })
        .abort_signal(signal.as_ref());
    if method != "GET" {
        if let Some(t) = CSRF.with(|c| c.borrow().clone()) {
            req = req.header("X-CSRF-Token", &t);
        }
    }
    let req = match body {
        Some(b) => req
            .header("Content-Type", "application/json")
            .body(b)
            .map_err(|_| ApiError::Offline),
        None => req.build().map_err(|_| ApiError::Offline),
    };
    let result = async {
        let resp = req.map_err(|_| ())?.send().await.map_err(|_| ())?;
        let status = resp.status();
        let body = resp.text().await.map_err(|_| ())?;
        Ok::<_, ()>((status, body))
    }
    .await;
    inflight.done = true;
    if let (Some((slot, key)), Some(c)) = (slot, &controller) {
        LATEST.with(|l| {
            let mut l = l.borrow_mut();
            // Only forget our own entry (a newer request may have replaced it).
            if l.get(slot).is_some_and(|(k, mine)| k == key && mine == c) {
                l.remove(slot);
            }
        });
    }
    let aborted = signal.as_ref().is_some_and(|s| s.aborted());
    let (status, body) = match result {
        Ok(r) => r,
        Err(()) if timed_out.get() => return Err(ApiError::Timeout),
        Err(()) if aborted => return Err(ApiError::Aborted),
        Err(()) => return Err(ApiError::Offline),
    };
    status_error(status, &body).map_or(Ok(body), Err)
}

/// The error a non-2xx answer means (`None` for 2xx).
pub fn status_error(status: u16, body: &str) -> Option<ApiError> {
    let message = || {
        serde_json::from_str::<ErrorBody>(body)
            .map(|e| e.error)
            .unwrap_or_default()
    };
    Some(match status {
        200..=299 => return None,
        400 => match serde_json::from_str::<ValidationErrorBody>(body) {
            Ok(v) if !v.fields.is_empty() => ApiError::Invalid(v.fields),
            _ => ApiError::BadRequest(message()),
        },
        401 => ApiError::Unauthorized,
        403 => ApiError::Forbidden,
        404 => ApiError::NotFound,
        409 => ApiError::Conflict(message()),
        429 => ApiError::RateLimited,
        s => ApiError::Http(s),
    })
}
