//! §3.11–§3.15: sign-in and the session, comments and requests for update on a dataset,
//! subscriptions, contacts. Every change here also answers 401 and 403 (`SignedChanges`).
//! The functions only carry `#[utoipa::path]`.
#![allow(dead_code)]

use super::catalogue::{ApiUri, Paging};
use super::{BadRequest, Conflict, Invalid, NotFound, SignInRequired};
use opendata_core::account::{
    ChannelsUpdate, Comment, CommentPage, ConfirmCode, ContactKind, ContactValue, Contacts,
    NewComment, NewSubscription, NewUpdateRequest, Session, Subscription, SubscriptionList,
    TargetKind, UpdateRequest, UpdateRequestPage,
};
use utoipa::{IntoParams, ToSchema};

/// The sign-in form (`application/x-www-form-urlencoded`).
#[derive(ToSchema)]
struct LoginForm {
    /// The account's id (1…64 in the stand-in).
    user: u64,
    /// Where to go after: a path, or an absolute URL on an allowed origin; else `/`.
    #[schema(rename = "return", nullable = false)]
    return_to: Option<String>,
}

/// The filters of §3.14.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
struct SubscriptionFilters {
    /// Only subscriptions to this kind of target.
    kind: Option<TargetKind>,
    /// Only subscriptions to this target (`?kind=dataset&target=gbd_ul`: am I subscribed?).
    target: Option<String>,
}

/// A contact's kind in the path; another kind is a 404.
#[derive(IntoParams)]
#[into_params(names("kind"), parameter_in = Path)]
struct Kind(#[param(inline, example = "phone")] ContactKind);

/// A subscription's id in the path.
#[derive(IntoParams)]
#[into_params(names("id"), parameter_in = Path)]
struct SubscriptionId(#[param(example = 1)] u64);

/// The operations on a dataset's comments and requests (§3.12, §3.13) differ only in names
/// and types: `get` a page of them, `post` a new one.
macro_rules! on_dataset {
    ($(#[doc = $doc:tt])* get $name:ident $path:tt, $tag:tt, $desc:tt, $body:ident) => {
        $(#[doc = $doc])*
        #[utoipa::path(
            get,
            path = $path,
            tag = $tag,
            params(ApiUri, Paging),
            security((), ("session" = [])),
            responses(
                (status = 200, description = $desc, body = $body),
                (status = 400, response = BadRequest),
                (status = 404, response = NotFound),
            )
        )]
        fn $name() {}
    };
    ($(#[doc = $doc:tt])* post $name:ident $path:tt, $tag:tt, $new:ident, $desc:tt, $body:ident) => {
        $(#[doc = $doc])*
        #[utoipa::path(
            post,
            path = $path,
            tag = $tag,
            params(ApiUri),
            request_body = $new,
            responses(
                (status = 201, description = $desc, body = $body),
                (status = 400, response = Invalid),
                (status = 404, response = NotFound),
            )
        )]
        fn $name() {}
    };
}

/// The sign-in page (§3.11)
///
/// A stand-in for eGov IDP: an HTML page (no script, no style) with one form that posts a
/// seeded account's id to `POST /api/portal/login`. The app navigates here; it does not fetch.
#[utoipa::path(
    get,
    path = "/api/portal/login",
    tag = "session",
    params(("return" = Option<String>, Query, description = "Where to go after signing in")),
    responses((status = 200, description = "The page", body = String, content_type = "text/html"))
)]
fn login_page() {}

/// Sign in (§3.11)
///
/// Creates a session (ending the browser's older one) and redirects to `return`. Needs no
/// session or CSRF token.
#[utoipa::path(
    post,
    path = "/api/portal/login",
    tag = "session",
    request_body(content = LoginForm, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 303, description = "Signed in", headers(
            ("Location" = String, description = "`return` if it is safe, else `/`"),
            ("Set-Cookie" = String,
                description = "`portal_session=<32 hex digits>; HttpOnly; SameSite=Lax; Path=/`"),
        )),
        (status = 400, description = "Unknown, missing or non-numeric `user`: an HTML page, no cookie",
            body = String, content_type = "text/html"),
    )
)]
fn login() {}

/// Who is signed in (§3.11)
///
/// Never a 401: signed out is `{"user":null,"csrfToken":null}`. Send `csrfToken` as
/// `X-CSRF-Token` with every change.
#[utoipa::path(
    get,
    path = "/api/portal/session",
    tag = "session",
    security((), ("session" = [])),
    responses((status = 200, description = "The session", body = Session))
)]
fn session() {}

/// Sign out (§3.11)
#[utoipa::path(
    post,
    path = "/api/portal/logout",
    tag = "session",
    responses((status = 204, description = "Signed out", headers(
        ("Set-Cookie" = String, description = "`portal_session=; …; Max-Age=0`"),
    )))
)]
fn logout() {}

on_dataset! {
    /// Comments on a dataset (§3.12)
    ///
    /// Newest first; `own` marks the signed-in citizen's.
    get comments "/api/portal/datasets/{apiUri}/comments", "comments",
        "One page of comments", CommentPage
}

on_dataset! {
    /// Comment on a dataset (§3.12)
    ///
    /// `text` is trimmed: empty is `required`, over 2,000 characters `tooLong`.
    post add_comment "/api/portal/datasets/{apiUri}/comments", "comments",
        NewComment, "The comment (`own: true`)", Comment
}

/// Delete one's comment (§3.12)
#[utoipa::path(
    delete,
    path = "/api/portal/comments/{id}",
    tag = "comments",
    params(("id" = u64, Path, description = "The comment's id", example = 1)),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, response = NotFound),
    )
)]
fn delete_comment() {}

on_dataset! {
    /// Requests for update of a dataset (§3.13)
    ///
    /// Newest first, each with its `history` and, once ANSWERED or REJECTED, the agency's `answer`.
    get requests "/api/portal/datasets/{apiUri}/requests", "requests",
        "One page of requests", UpdateRequestPage
}

on_dataset! {
    /// Ask for an update of a dataset (§3.13)
    ///
    /// Field errors, in this order: `reason` (`required`, `unknown`), `text` (`required`, `tooLong`
    /// over 2,000). A `reason` or `text` that is not a string is a plain 400.
    post add_request "/api/portal/datasets/{apiUri}/requests", "requests",
        NewUpdateRequest, "The request: NEW, no answer", UpdateRequest
}

/// One's subscriptions (§3.14)
///
/// Newest first, each target with its names from the catalogue.
#[utoipa::path(
    get,
    path = "/api/portal/subscriptions",
    tag = "subscriptions",
    params(SubscriptionFilters),
    security(("session" = [])),
    responses(
        (status = 200, description = "The subscriptions", body = SubscriptionList),
        (status = 400, response = BadRequest),
        (status = 401, response = SignInRequired),
    )
)]
fn subscriptions() {}

/// Subscribe (§3.14)
///
/// Field errors, in this order: `kind` (`required`, `unknown`), `target` (`required`, `unknown`
/// in the catalogue for that kind), `channels` (`unknown` for a key other than sms, email,
/// push; `noChannel` when every channel is off; a missing key is off).
#[utoipa::path(
    post,
    path = "/api/portal/subscriptions",
    tag = "subscriptions",
    request_body = NewSubscription,
    responses(
        (status = 201, description = "The new subscription", body = Subscription),
        (status = 200, description = "Already subscribed: the existing one, unchanged",
            body = Subscription),
        (status = 400, response = Invalid),
    )
)]
fn subscribe() {}

/// Change a subscription's channels (§3.14)
#[utoipa::path(
    patch,
    path = "/api/portal/subscriptions/{id}",
    tag = "subscriptions",
    params(SubscriptionId),
    request_body = ChannelsUpdate,
    responses(
        (status = 200, description = "The subscription", body = Subscription),
        (status = 400, response = Invalid),
        (status = 404, response = NotFound),
    )
)]
fn set_channels() {}

/// Unsubscribe (§3.14)
#[utoipa::path(
    delete,
    path = "/api/portal/subscriptions/{id}",
    tag = "subscriptions",
    params(SubscriptionId),
    responses(
        (status = 204, description = "Unsubscribed"),
        (status = 404, response = NotFound),
    )
)]
fn unsubscribe() {}

/// One's contacts (§3.15)
///
/// One phone number and one e-mail address; a missing one is null.
#[utoipa::path(
    get,
    path = "/api/portal/contacts",
    tag = "contacts",
    security(("session" = [])),
    responses(
        (status = 200, description = "The contacts", body = Contacts),
        (status = 401, response = SignInRequired),
    )
)]
fn contacts() {}

/// Set a contact (§3.15)
///
/// Stored unconfirmed, and a new code is sent. A phone number is normalised to `+7XXXXXXXXXX`;
/// an e-mail address must look like `x@y.z`. `value`: `required` (blank), `invalid`.
#[utoipa::path(
    put,
    path = "/api/portal/contacts/{kind}",
    tag = "contacts",
    params(Kind),
    request_body = ContactValue,
    responses(
        (status = 200, description = "The contacts", body = Contacts),
        (status = 400, response = Invalid),
        (status = 404, response = NotFound),
    )
)]
fn set_contact() {}

/// Send a new confirmation code (§3.15)
///
/// The old code stops working. No value set: `value`/`required`; already confirmed: 409.
#[utoipa::path(
    post,
    path = "/api/portal/contacts/{kind}/code",
    tag = "contacts",
    params(Kind),
    responses(
        (status = 200, description = "The contacts", body = Contacts),
        (status = 400, response = Invalid),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
    )
)]
fn resend_code() {}

/// Confirm a contact with its code (§3.15)
///
/// No code pending: `code`/`noCode`; another code: `code`/`wrong` (the code stays valid).
#[utoipa::path(
    post,
    path = "/api/portal/contacts/{kind}/confirm",
    tag = "contacts",
    params(Kind),
    request_body = ConfirmCode,
    responses(
        (status = 200, description = "The contacts, this one confirmed", body = Contacts),
        (status = 400, response = Invalid),
        (status = 404, response = NotFound),
    )
)]
fn confirm() {}
