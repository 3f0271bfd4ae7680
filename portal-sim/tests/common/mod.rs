//! Shared by the integration tests: one seeded app per test binary, and a GET through the
//! router without sockets.
#![allow(dead_code, unused_imports)] // each test binary uses a different subset

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use opendata_core::catalogue::Catalogue;
pub use opendata_core::url::encode as enc;
use portal_sim::seed::catalogue::catalogue_file;
use portal_sim::seed::DEFAULT_SEED;
use portal_sim::AppState;
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

/// The default-seed state, built once per test binary (seeding takes a moment).
pub fn shared() -> Arc<AppState> {
    static S: OnceLock<Arc<AppState>> = OnceLock::new();
    S.get_or_init(|| AppState::new(DEFAULT_SEED)).clone()
}

/// Odd but valid search texts (bidi, emoji, a combining accent, markup, punctuation, a dotted
/// capital I, many short words, one very long word): answered, never a crash or a 400.
pub fn odd_texts() -> Vec<String> {
    let mut v: Vec<String> = [
        "\u{202E}exe.gpj",
        "🙂 мектеп",
        "ш\u{301}кола",
        "<script>",
        "a-b_c.d",
        "%",
        "İSTANBUL ı",
    ]
    .map(String::from)
    .to_vec();
    v.push("ab ".repeat(160));
    v.push("Сверхдлинноеназвание".repeat(20));
    v
}

/// The in-browser catalogue over the default seed's catalogue file, built once per test binary.
pub fn catalogue() -> &'static Catalogue {
    static C: OnceLock<Catalogue> = OnceLock::new();
    C.get_or_init(|| Catalogue::new(catalogue_file(&shared().seed)))
}

/// GET `uri`; the status and the body.
pub async fn get_raw(r: &Router, uri: &str) -> (StatusCode, Vec<u8>) {
    let req = Request::builder()
        .uri(uri)
        .body(Body::empty())
        .expect("request");
    let (status, _, body) = send(r, req).await;
    (status, body)
}

/// Any request through the router; the status, the headers and the body.
pub async fn send(r: &Router, req: Request<Body>) -> (StatusCode, HeaderMap, Vec<u8>) {
    let resp = r.clone().oneshot(req).await.expect("infallible");
    let status = resp.status();
    let headers = resp.headers().clone();
    let body = resp
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    (status, headers, body)
}

/// A stand-in of its own (fresh in-memory store) on the shared catalogue: tests that change
/// things do not see each other.
pub fn fresh() -> Arc<AppState> {
    fresh_with(Vec::new())
}

/// [`fresh`] with CORS origins.
pub fn fresh_with(origins: Vec<String>) -> Arc<AppState> {
    let store = portal_sim::store::Store::memory().expect("in-memory store");
    shared().fork(store, origins).expect("fork")
}
