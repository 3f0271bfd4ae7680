//! §3.6–§3.10 and §3.16: applications for publication, votes, new applications, the apps
//! showcase. The functions only carry `#[utoipa::path]`.
#![allow(dead_code)]

use super::catalogue::{ApiUri, Paging};
use super::{BadRequest, Conflict, Invalid, NotFound};
use opendata_core::account::{NewApplication, VoteState};
use opendata_core::wire::{
    ApplicationDetail, ApplicationSearchResponse, ApplicationStatus, AppsResponse, Platform,
    ShowcaseApp,
};
use utoipa::{IntoParams, ToSchema};

/// The filters and order of §3.6.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
struct ApplicationFilters {
    /// Free text, matched like the datasets' (§3.1) over the title and the description. It
    /// only filters: the order is still `sort`'s.
    #[param(max_length = 500)]
    text: Option<String>,
    /// Statuses, OR'ed.
    status: Option<Vec<ApplicationStatus>>,
    /// Category ids, OR'ed.
    category: Option<Vec<String>>,
    /// Agency ids, or `other` for applications to an organisation outside the catalogue; OR'ed.
    agency: Option<Vec<String>>,
    /// The order. Default: `votes` (live counts, most first); `newest` (createdDate) or
    /// `answered` (answeredDate, unanswered last).
    #[param(inline)]
    sort: Option<ApplicationSort>,
}

/// The orders of §3.6.
#[derive(ToSchema)]
#[schema(rename_all = "lowercase")]
enum ApplicationSort {
    Votes,
    Newest,
    Answered,
}

/// The filters of §3.8.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
struct AppFilters {
    /// Category ids, OR'ed.
    category: Option<Vec<String>>,
    /// Platforms, OR'ed: an app matches if it runs on any of them.
    platform: Option<Vec<Platform>>,
}

/// An application's id in the path.
#[derive(IntoParams)]
#[into_params(names("id"), parameter_in = Path)]
struct ApplicationId(#[param(example = 7001)] u64);

/// Applications for publication (§3.6)
///
/// Citizens' requests to publish a new dataset, with live vote counts and the signed-in
/// citizen's `voted`. Each facet is counted under the other filters but not its own; every
/// selected value is listed, even at 0. `facets.agencies` has the value `other` (no names) for
/// applications to other organisations.
#[utoipa::path(
    get,
    path = "/api/portal/applications",
    tag = "applications",
    params(ApplicationFilters, Paging),
    security((), ("session" = [])),
    responses(
        (status = 200, description = "One page of applications and the facets",
            body = ApplicationSearchResponse),
        (status = 400, response = BadRequest),
    )
)]
fn applications() {}

/// Submit an application for publication (§3.16)
///
/// Exactly one of `govAgency` (an agency id) and `otherOrganization` (free text, at most 200
/// characters). Field errors, all of them, in this order: `category` (`required`, `unknown`),
/// `title` (`required`, `tooLong` over 200), `description` (`required`, `tooLong` over 2,000),
/// then the addressee (`govAgency`: `required` for neither, `unknown`; `otherOrganization`:
/// `tooLong`, `invalid` for both). A `lang` other than `kk`, `ru`, `en` is a plain 400.
#[utoipa::path(
    post,
    path = "/api/portal/applications",
    tag = "applications",
    request_body = NewApplication,
    responses(
        (status = 201, description = "The new application: SUBMITTED, 0 votes", body = ApplicationDetail),
        (status = 400, response = Invalid),
    )
)]
fn add_application() {}

/// An application (§3.7)
///
/// The list item plus its `history` (oldest first), the agency's `answer` (for ACCEPTED,
/// SCHEDULED, PUBLISHED, REJECTED) and, once published, the `dataset` that answers it.
#[utoipa::path(
    get,
    path = "/api/portal/applications/{id}",
    tag = "applications",
    params(ApplicationId),
    security((), ("session" = [])),
    responses(
        (status = 200, description = "The application", body = ApplicationDetail),
        (status = 404, response = NotFound),
    )
)]
fn application() {}

/// Vote for an application (§3.16)
///
/// Idempotent: a repeat is still one vote. Voting on a PUBLISHED or REJECTED application, either
/// way, is a 409.
#[utoipa::path(
    post,
    path = "/api/portal/applications/{id}/vote",
    tag = "applications",
    params(ApplicationId),
    responses(
        (status = 200, description = "The count after the vote", body = VoteState),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
    )
)]
fn vote() {}

/// Withdraw one's vote (§3.16)
///
/// Withdrawing a vote never given changes nothing.
#[utoipa::path(
    delete,
    path = "/api/portal/applications/{id}/vote",
    tag = "applications",
    params(ApplicationId),
    responses(
        (status = 200, description = "The count after the change", body = VoteState),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
    )
)]
fn unvote() {}

/// The apps showcase (§3.8)
///
/// Apps and services built on the portal's data, newest first. `facets.categories` is counted
/// under the platform filter, `facets.platforms` (web, android, ios) under the category filter.
/// A link is third-party data: put it in an `href` only if it is `https:`.
#[utoipa::path(
    get,
    path = "/api/portal/apps",
    tag = "apps",
    params(AppFilters, Paging),
    responses(
        (status = 200, description = "One page of apps and the facets", body = AppsResponse),
        (status = 400, response = BadRequest),
    )
)]
fn apps() {}

/// An app (§3.9)
#[utoipa::path(
    get,
    path = "/api/portal/apps/{id}",
    tag = "apps",
    params(("id" = u64, Path, description = "The app's id", example = 501)),
    responses(
        (status = 200, description = "The app", body = ShowcaseApp),
        (status = 404, response = NotFound),
    )
)]
fn app() {}

/// The apps using a dataset (§3.10)
///
/// Newest first; `[]` if none.
#[utoipa::path(
    get,
    path = "/api/portal/datasets/{apiUri}/apps",
    tag = "apps",
    params(ApiUri),
    responses(
        (status = 200, description = "The apps", body = Vec<ShowcaseApp>),
        (status = 404, response = NotFound),
    )
)]
fn dataset_apps() {}
