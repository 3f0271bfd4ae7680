//! Fault injection (stand-in only; the app never calls it): `POST /__sim/faults` makes requests
//! whose path starts with a prefix fail, slow down or return broken bodies, so end-to-end tests
//! can exercise every error state. Also sets `Cache-Control: no-store` on every answer.

use super::{error, json, portal_html, St};
use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// How a faulted answer's body is broken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BrokenBody {
    /// The real answer cut in half: invalid JSON.
    Malformed,
    /// No bytes at all.
    Empty,
    /// The portal's HTML page instead of JSON (`text/html`).
    Html,
}

/// `POST /__sim/faults` body.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FaultSpec {
    /// Path prefix, e.g. `/api/portal/stats` or `/api/` (query string not included).
    pub path: String,
    /// Status to answer with. Absent: 200 with a broken `body`, or the real answer after `delayMs`.
    #[serde(default)]
    pub status: Option<u16>,
    #[serde(default)]
    pub delay_ms: u64,
    #[serde(default)]
    pub body: Option<BrokenBody>,
    /// How many requests to fault; absent = until cleared.
    #[serde(default)]
    pub times: Option<u64>,
    /// Only this method (`GET`, `POST`…); absent = any.
    #[serde(default)]
    pub method: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Fault {
    pub id: u64,
    #[serde(flatten)]
    pub spec: FaultSpec,
    /// Requests faulted so far.
    pub hits: u64,
}

#[derive(Default)]
pub struct Faults {
    next_id: u64,
    list: Vec<Fault>,
}

#[derive(Serialize)]
struct FaultList<'a> {
    faults: &'a [Fault],
}

impl Faults {
    /// The first-added fault matching this request, counted (and dropped when used up).
    fn take(&mut self, method: &str, path: &str) -> Option<FaultSpec> {
        let i = self.list.iter().position(|f| {
            path.starts_with(&f.spec.path)
                && f.spec
                    .method
                    .as_deref()
                    .is_none_or(|m| m.eq_ignore_ascii_case(method))
        })?;
        let f = &mut self.list[i];
        f.hits += 1;
        let spec = f.spec.clone();
        if let Some(t) = &mut f.spec.times {
            *t = t.saturating_sub(1);
            if *t == 0 {
                self.list.remove(i);
            }
        }
        Some(spec)
    }
}

const MAX_DELAY_MS: u64 = 120_000;

/// `POST /__sim/faults`
pub async fn add(State(st): State<St>, body: Bytes) -> Response {
    let spec: FaultSpec = match serde_json::from_slice(&body) {
        Ok(s) => s,
        Err(e) => return error(StatusCode::BAD_REQUEST, &format!("bad fault: {e}")),
    };
    if !spec.path.starts_with('/') {
        return error(StatusCode::BAD_REQUEST, "`path` must start with /");
    }
    if spec.path.starts_with("/__sim") {
        return error(StatusCode::BAD_REQUEST, "the control API cannot be faulted");
    }
    if let Some(s) = spec.status {
        if StatusCode::from_u16(s).is_err() || !(200..=599).contains(&s) {
            return error(StatusCode::BAD_REQUEST, "`status` must be from 200 to 599");
        }
    }
    if spec.delay_ms > MAX_DELAY_MS {
        return error(
            StatusCode::BAD_REQUEST,
            &format!("`delayMs` must be at most {MAX_DELAY_MS}"),
        );
    }
    if spec.times == Some(0) {
        return error(StatusCode::BAD_REQUEST, "`times` must be at least 1");
    }
    let Ok(mut faults) = st.faults.lock() else {
        return error(StatusCode::INTERNAL_SERVER_ERROR, "fault list unavailable");
    };
    faults.next_id += 1;
    let fault = Fault {
        id: faults.next_id,
        spec,
        hits: 0,
    };
    faults.list.push(fault.clone());
    json(StatusCode::CREATED, &fault, false)
}

/// `GET /__sim/faults`
pub async fn list(State(st): State<St>) -> Response {
    let Ok(faults) = st.faults.lock() else {
        return error(StatusCode::INTERNAL_SERVER_ERROR, "fault list unavailable");
    };
    json(
        StatusCode::OK,
        &FaultList {
            faults: &faults.list,
        },
        false,
    )
}

/// `DELETE /__sim/faults`
pub async fn clear(State(st): State<St>) -> Response {
    let Ok(mut faults) = st.faults.lock() else {
        return error(StatusCode::INTERNAL_SERVER_ERROR, "fault list unavailable");
    };
    faults.list.clear();
    json(StatusCode::OK, &FaultList { faults: &[] }, false)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Info<'a> {
    demo_api_key: &'a str,
    seed: u64,
}

/// `GET /__sim/info`
pub async fn info(State(st): State<St>) -> Response {
    json(
        StatusCode::OK,
        &Info {
            demo_api_key: &st.seed.demo_api_key,
            seed: st.seed.seed,
        },
        false,
    )
}

/// The middleware: applies a matching fault, then marks the answer uncacheable.
pub async fn fault_layer(State(st): State<St>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let fault = if path.starts_with("/__sim") {
        None
    } else {
        st.faults
            .lock()
            .ok()
            .and_then(|mut f| f.take(req.method().as_str(), &path))
    };
    let mut resp = match fault {
        None => next.run(req).await,
        Some(f) => {
            if f.delay_ms > 0 {
                tokio::time::sleep(Duration::from_millis(f.delay_ms)).await;
            }
            apply(f, req, next).await
        }
    };
    // axum's own 405 has an empty body; the portal's errors are always `{"error":…}`.
    if resp.status() == StatusCode::METHOD_NOT_ALLOWED
        && !resp.headers().contains_key(header::CONTENT_TYPE)
    {
        let allow = resp.headers().get(header::ALLOW).cloned();
        resp = error(StatusCode::METHOD_NOT_ALLOWED, "method not allowed");
        if let Some(a) = allow {
            resp.headers_mut().insert(header::ALLOW, a);
        }
    }
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

async fn apply(f: FaultSpec, req: Request, next: Next) -> Response {
    let status = f.status.and_then(|s| StatusCode::from_u16(s).ok());
    let mut resp = match (f.body, status) {
        // Delay only: the real answer.
        (None, None) => next.run(req).await,
        (None, Some(s)) => error(s, &format!("simulated fault: HTTP {}", s.as_u16())),
        (Some(BrokenBody::Empty), s) => (
            s.unwrap_or(StatusCode::OK),
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            )],
            Body::empty(),
        )
            .into_response(),
        (Some(BrokenBody::Html), s) => portal_html(s.unwrap_or(StatusCode::OK)),
        (Some(BrokenBody::Malformed), s) => {
            let real = next.run(req).await;
            let bytes = to_bytes(real.into_body(), usize::MAX)
                .await
                .unwrap_or_default();
            // Half the real answer (at least one byte short): never valid JSON.
            let mut cut = bytes.len() / 2;
            if cut == 0 {
                cut = bytes.len().saturating_sub(1);
            }
            let mut broken = bytes.slice(..cut).to_vec();
            if broken.is_empty() {
                broken = b"{\"data\":[".to_vec();
            }
            (
                s.unwrap_or(StatusCode::OK),
                [(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/json; charset=utf-8"),
                )],
                broken,
            )
                .into_response()
        }
    };
    if resp.status() == StatusCode::TOO_MANY_REQUESTS {
        resp.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    resp
}
