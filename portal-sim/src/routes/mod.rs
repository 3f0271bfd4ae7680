//! HTTP routes: the portal's own endpoints (`portal`), our catalogue extension (`ext`), the
//! community extension (`community`: applications, showcase apps) and the stand-in's fault
//! control (`faults`).

pub mod community;
pub mod ext;
pub mod faults;
pub mod portal;

use crate::AppState;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{middleware, Router};
use serde::Serialize;
use std::sync::Arc;

pub type St = Arc<AppState>;

/// The whole service, ready to serve or to `oneshot` in tests.
pub fn app(state: St) -> Router {
    Router::new()
        .route("/api/v4/mapping/{index}", get(portal::mapping))
        .route(
            "/api/v4/mapping/{index}/{version}",
            get(portal::mapping_version),
        )
        .route("/api/v4/{index}", get(portal::v4))
        .route("/api/v4/{index}/{version}", get(portal::v4_version))
        .route("/api/detailed/{index}", get(portal::detailed))
        .route(
            "/api/detailed/{index}/{version}",
            get(portal::detailed_version),
        )
        .route("/meta/{index}/{version}", get(portal::meta))
        .route("/datasets/exportjson", get(portal::exportjson))
        .route("/api/portal/datasets", get(ext::datasets))
        .route("/api/portal/datasets/{api_uri}", get(ext::dataset))
        .route(
            "/api/portal/datasets/{api_uri}/apps",
            get(community::dataset_apps),
        )
        .route("/api/portal/applications", get(community::applications))
        .route("/api/portal/applications/{id}", get(community::application))
        .route("/api/portal/apps", get(community::apps))
        .route("/api/portal/apps/{id}", get(community::app))
        .route("/api/portal/categories", get(ext::categories))
        .route("/api/portal/agencies", get(ext::agencies))
        .route("/api/portal/stats", get(ext::stats))
        .route(
            "/__sim/faults",
            get(faults::list).post(faults::add).delete(faults::clear),
        )
        .route("/__sim/info", get(faults::info))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            faults::fault_layer,
        ))
        .with_state(state)
}

async fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "not found")
}

/// A JSON answer; `pretty` mirrors the portal's `?pretty`.
pub fn json<T: Serialize>(status: StatusCode, value: &T, pretty: bool) -> Response {
    let body = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    match body {
        Ok(b) => (
            status,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            )],
            b,
        )
            .into_response(),
        Err(e) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("cannot encode the answer: {e}"),
        ),
    }
}

/// The portal's error shape: an object with an `error` key, always.
pub fn error(status: StatusCode, message: &str) -> Response {
    let body = serde_json::json!({ "error": message }).to_string();
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json; charset=utf-8"),
        )],
        body,
    )
        .into_response()
}

/// Decoded query pairs, in order (repeated keys kept).
pub struct QueryPairs(pub Vec<(String, String)>);

impl QueryPairs {
    pub fn parse(raw: Option<&str>) -> QueryPairs {
        QueryPairs(
            form_urlencoded::parse(raw.unwrap_or("").as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    pub fn all<'a>(&'a self, key: &str) -> impl Iterator<Item = &'a str> + 'a {
        let key = key.to_string();
        self.0
            .iter()
            .filter(move |(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The single value of `key`; a repeated key is an error (its meaning would be a guess).
    pub fn one(&self, key: &str) -> Result<Option<&str>, String> {
        let mut it = self.all(key);
        let first = it.next();
        if it.next().is_some() {
            return Err(format!("parameter `{key}` is given more than once"));
        }
        Ok(first)
    }

    pub fn has(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }

    /// `?pretty` (any value but `false`).
    pub fn pretty(&self) -> bool {
        self.all("pretty").any(|v| v != "false")
    }
}
