//! The OpenAPI 3.1 document of our extension (`/api/portal/...`, docs/portal-api.md §3): the
//! contract a real backend implements. The schemas are derived from `opendata_core`'s wire
//! types (its `openapi` feature); the operations are described here, one function carrying
//! `#[utoipa::path]` each, because the handlers read raw queries and bodies that a derive on
//! them could not see. Grouped like §3: `catalogue` (§3.1–§3.5), `community` (§3.6–§3.10, §3.16) and
//! `account` (§3.11–§3.15). Served at `GET /api/portal/openapi.json`, printed by
//! `portal-sim --print-openapi`, checked in as docs/openapi.json (tests/openapi.rs).

mod account;
mod catalogue;
mod community;
mod responses;

use crate::routes::{json, QueryPairs};
use axum::extract::RawQuery;
use axum::http::StatusCode;
use axum::response::Response;
use opendata_core::account::ValidationErrorBody;
use opendata_core::wire::ErrorBody;
use responses::{BadRequest, Conflict, Forbidden, Invalid, NotFound, SignInRequired};
use std::sync::LazyLock;
use utoipa::openapi::schema::Ref;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityRequirement, SecurityScheme};
use utoipa::openapi::RefOr;
use utoipa::{Modify, OpenApi};

const DESCRIPTION: &str = "The endpoints we add to the data.egov.kz portal API (data.egov.kz \
does not have them): catalogue search with facets, applications for publication with votes, \
the apps showcase, and the signed-in area (sign-in, comments, requests for update, subscriptions, \
contacts). The prose contract is docs/portal-api.md (§0 conventions, §3 endpoints); this \
document is generated from the wire types of `opendata_core` and checked against the stand-in \
portal-sim.\n\nEvery answer is UTF-8 JSON (`?pretty` indents it) with `Cache-Control: no-store`; \
every error is an object with an `error` string. A missing translation is an absent key, never \
`\"\"` or null. Dates are ISO local date-times without a zone (Astana time). A repeated \
single-valued query parameter is a 400; unknown parameters are ignored.";

#[derive(OpenApi)]
#[openapi(
    info(title = "data.egov.kz portal extension", version = "1", description = DESCRIPTION),
    paths(
        catalogue::search_datasets,
        catalogue::dataset,
        community::dataset_apps,
        account::comments,
        account::add_comment,
        account::delete_comment,
        account::requests,
        account::add_request,
        catalogue::categories,
        catalogue::agencies,
        catalogue::stats,
        community::applications,
        community::add_application,
        community::application,
        community::vote,
        community::unvote,
        community::apps,
        community::app,
        account::login_page,
        account::login,
        account::session,
        account::logout,
        account::subscriptions,
        account::subscribe,
        account::set_channels,
        account::unsubscribe,
        account::contacts,
        account::set_contact,
        account::resend_code,
        account::confirm,
        catalogue::openapi_json,
    ),
    components(
        schemas(ErrorBody, ValidationErrorBody),
        responses(BadRequest, Invalid, SignInRequired, Forbidden, NotFound, Conflict)
    ),
    modifiers(&SignedChanges),
    tags(
        (name = "catalogue", description = "§3.1–§3.5: search, a dataset, categories, agencies, counters"),
        (name = "applications", description = "§3.6, §3.7, §3.16: applications for publication and votes"),
        (name = "apps", description = "§3.8–§3.10: the showcase of apps built on the data"),
        (name = "session", description = "§3.11: sign-in (a stand-in for eGov IDP), session, CSRF token"),
        (name = "comments", description = "§3.12: comments on a dataset"),
        (name = "requests", description = "§3.13: requests for update of a dataset"),
        (name = "subscriptions", description = "§3.14: the citizen's subscriptions"),
        (name = "contacts", description = "§3.15: where notifications go, confirmed by a code"),
        (name = "contract", description = "This document"),
    )
)]
struct ApiDoc;

/// The document, built once.
static DOCUMENT: LazyLock<utoipa::openapi::OpenApi> = LazyLock::new(ApiDoc::openapi);

/// The document as checked in (docs/openapi.json) and printed by `--print-openapi`: pretty
/// JSON, keys in a fixed order, one trailing newline.
pub fn pretty_json() -> String {
    let mut s = DOCUMENT.to_pretty_json().expect("the document serializes");
    s.push('\n');
    s
}

/// `GET /api/portal/openapi.json`
pub async fn serve(RawQuery(raw): RawQuery) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    json(StatusCode::OK, &*DOCUMENT, q.pretty())
}

const LOGIN: &str = "/api/portal/login";

/// The session cookie and the CSRF header as security schemes, and the rule of docs §0 that
/// `session::Changer` enforces: every change (any method but GET under `/api/portal/`, sign-in
/// itself excepted) needs the session (else 401) and its CSRF token (else 403), checked before
/// the path's own 404 and body checks.
struct SignedChanges;

impl Modify for SignedChanges {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                "portal_session",
                "Set by `POST /api/portal/login` (`HttpOnly; SameSite=Lax; Path=/`). \
                 Cross-origin fetches send it with `credentials: \"include\"`.",
            ))),
        );
        components.add_security_scheme(
            "csrf",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                "X-CSRF-Token",
                "`csrfToken` of `GET /api/portal/session`, the same for the whole session.",
            ))),
        );
        let none: [&str; 0] = [];
        for (path, item) in doc.paths.paths.iter_mut() {
            let changes = [
                ("put", &mut item.put),
                ("patch", &mut item.patch),
                ("delete", &mut item.delete),
                ("post", &mut item.post),
            ];
            for (method, op) in changes {
                let Some(op) = op.as_mut() else { continue };
                if (path.as_str(), method) == (LOGIN, "post") {
                    continue;
                }
                op.security = Some(vec![
                    SecurityRequirement::new("session", none).add("csrf", none)
                ]);
                for (status, response) in [("401", "SignInRequired"), ("403", "Forbidden")] {
                    op.responses
                        .responses
                        .entry(status.to_string())
                        .or_insert_with(|| RefOr::Ref(Ref::from_response_name(response)));
                }
            }
        }
    }
}
