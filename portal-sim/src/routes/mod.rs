//! HTTP routes: the portal's own endpoints (`portal`; its catalogue AJAX lists: `listing`), our
//! catalogue extension (`ext`), the
//! community extension (`community`: applications with votes, showcase apps), the signed-in
//! area (`session`: sign-in, CSRF, CORS; `account`: comments, requests for update,
//! subscriptions, contacts) and the stand-in's fault control and test hooks (`faults`). The
//! extension's OpenAPI document is `crate::openapi`.

pub mod account;
pub mod catalogue_files;
pub mod community;
pub mod ext;
pub mod faults;
pub mod listing;
pub mod portal;
pub mod session;

use crate::store::{CommentRow, RequestRow};
use crate::{AppState, Profile};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::{middleware, Router};
use serde::Serialize;
use std::sync::Arc;

pub type St = Arc<AppState>;

/// The whole service, ready to serve or to `oneshot` in tests. Layers, outermost first: CORS
/// (answers allowed preflights itself), fault injection, the profile (today: no
/// `/api/portal/...`), session and CSRF checks.
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
        .route("/catalogue/{file}", get(catalogue_files::file))
        .route(
            "/datasets/getdatasetsre",
            get(listing::getdatasetsre).post(listing::getdatasetsre),
        )
        .route(
            "/datasets/getdatasetsrecount",
            get(listing::getdatasetsrecount).post(listing::getdatasetsrecount),
        )
        .route("/datasets/getdatasets", get(listing::getdatasets))
        .route("/datasets/getdata", get(listing::getdata))
        .route("/api/portal/datasets", get(ext::datasets))
        .route("/api/portal/datasets/{api_uri}", get(ext::dataset))
        .route(
            "/api/portal/datasets/{api_uri}/apps",
            get(community::dataset_apps),
        )
        .route(
            "/api/portal/datasets/{api_uri}/comments",
            get(account::dataset_list::<CommentRow>).post(account::add_comment),
        )
        .route("/api/portal/comments/{id}", delete(account::delete_comment))
        .route(
            "/api/portal/datasets/{api_uri}/requests",
            get(account::dataset_list::<RequestRow>).post(account::add_request),
        )
        .route(
            "/api/portal/applications",
            get(community::applications).post(community::add_application),
        )
        .route("/api/portal/applications/{id}", get(community::application))
        .route(
            "/api/portal/applications/{id}/vote",
            post(community::vote).delete(community::unvote),
        )
        .route(
            "/api/portal/login",
            get(session::login_page).post(session::login),
        )
        .route("/api/portal/session", get(session::session))
        .route("/api/portal/logout", post(session::logout))
        .route(
            "/api/portal/subscriptions",
            get(account::subscriptions).post(account::subscribe),
        )
        .route(
            "/api/portal/subscriptions/{id}",
            axum::routing::patch(account::set_channels).delete(account::unsubscribe),
        )
        .route("/api/portal/contacts", get(account::contacts))
        .route("/api/portal/contacts/{kind}", put(account::set_contact))
        .route(
            "/api/portal/contacts/{kind}/code",
            post(account::resend_code),
        )
        .route(
            "/api/portal/contacts/{kind}/confirm",
            post(account::confirm),
        )
        .route("/api/portal/apps", get(community::apps))
        .route("/api/portal/apps/{id}", get(community::app))
        .route("/api/portal/categories", get(ext::categories))
        .route("/api/portal/agencies", get(ext::agencies))
        .route("/api/portal/stats", get(ext::stats))
        .route("/api/portal/openapi.json", get(crate::openapi::serve))
        .route(
            "/__sim/faults",
            get(faults::list).post(faults::add).delete(faults::clear),
        )
        .route("/__sim/info", get(faults::info))
        .route("/__sim/sessions", delete(session::expire_all))
        .route("/__sim/outbox", get(account::outbox))
        .route("/__sim/requests/{id}/status", post(account::move_request))
        .route(
            "/__sim/applications/{id}/status",
            post(community::move_application),
        )
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            session::session_layer,
        ))
        .layer(middleware::from_fn_with_state(state.clone(), profile_layer))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            faults::fault_layer,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            session::cors_layer,
        ))
        .with_state(state)
}

async fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "not found")
}

/// Our extension's paths (`/api/portal/...`), which data.egov.kz does not have.
pub fn is_extension(path: &str) -> bool {
    path.strip_prefix("/api/portal")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// The today profile: every extension path, any method, is the fallback's 404.
async fn profile_layer(State(st): State<St>, req: Request, next: Next) -> Response {
    if st.profile == Profile::Today && is_extension(req.uri().path()) {
        return not_found().await;
    }
    next.run(req).await
}

/// The portal's HTML page: what it answers a catalogue AJAX call without
/// `X-Requested-With`, and what the `html` fault sends instead of JSON.
pub fn portal_html(status: StatusCode) -> Response {
    const PAGE: &str = "<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\">\
<title>Портал открытых данных</title></head>\n<body><h1>Портал открытых данных \
Республики Казахстан</h1><p>Страница не найдена или требует браузера.</p></body></html>\n";
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        PAGE,
    )
        .into_response()
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
