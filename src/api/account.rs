//! The signed-in part: session, comments and requests for update on a dataset, subscriptions
//! and contacts (`docs/portal-api.md` §3.11–§3.16).

use super::{get_json, send_empty, send_json, ApiError};
use opendata_core::account::*;
use opendata_core::url::encode;

/// Changes without a body still go through [`send_json`]; this is their (absent) body type.
const NO_BODY: Option<&()> = None;

/// `GET /api/portal/session`.
pub async fn session() -> Result<Session, ApiError> {
    get_json("/api/portal/session").await
}

/// `POST /api/portal/logout`.
pub async fn logout() -> Result<(), ApiError> {
    send_empty("POST", "/api/portal/logout", NO_BODY).await
}

/// `GET /api/portal/datasets/{apiUri}/comments`.
pub async fn comments(api_uri: &str, page: u32, size: u32) -> Result<CommentPage, ApiError> {
    get_json(&format!(
        "/api/portal/datasets/{}/comments?page={page}&size={size}",
        encode(api_uri)
    ))
    .await
}

/// `POST /api/portal/datasets/{apiUri}/comments`. The answer (the comment) is not needed: the
/// list is asked for again, and a garbled 2xx answer is still a comment posted (never twice).
pub async fn add_comment(api_uri: &str, text: &str) -> Result<(), ApiError> {
    let body = NewComment {
        text: text.to_string(),
    };
    send_empty(
        "POST",
        &format!("/api/portal/datasets/{}/comments", encode(api_uri)),
        Some(&body),
    )
    .await
}

/// `DELETE /api/portal/comments/{id}`.
pub async fn delete_comment(id: u64) -> Result<(), ApiError> {
    send_empty("DELETE", &format!("/api/portal/comments/{id}"), NO_BODY).await
}

/// `GET /api/portal/datasets/{apiUri}/requests`.
pub async fn requests(api_uri: &str, page: u32, size: u32) -> Result<UpdateRequestPage, ApiError> {
    get_json(&format!(
        "/api/portal/datasets/{}/requests?page={page}&size={size}",
        encode(api_uri)
    ))
    .await
}

/// `POST /api/portal/datasets/{apiUri}/requests`. As for comments, a 2xx is the request filed,
/// whatever its body.
pub async fn add_request(api_uri: &str, reason: UpdateReason, text: &str) -> Result<(), ApiError> {
    let body = NewUpdateRequest {
        reason,
        text: text.to_string(),
    };
    send_empty(
        "POST",
        &format!("/api/portal/datasets/{}/requests", encode(api_uri)),
        Some(&body),
    )
    .await
}

/// `GET /api/portal/subscriptions[?kind=&target=]`.
pub async fn subscriptions(
    filter: Option<(TargetKind, &str)>,
) -> Result<SubscriptionList, ApiError> {
    let q = filter
        .map(|(k, t)| format!("?kind={}&target={}", k.as_str(), encode(t)))
        .unwrap_or_default();
    get_json(&format!("/api/portal/subscriptions{q}")).await
}

/// `POST /api/portal/subscriptions`: the new subscription, or the existing one for the target.
pub async fn subscribe(
    kind: TargetKind,
    target: &str,
    channels: Channels,
) -> Result<Subscription, ApiError> {
    let body = NewSubscription {
        kind,
        target: target.to_string(),
        channels,
    };
    send_json("POST", "/api/portal/subscriptions", Some(&body)).await
}

/// `PATCH /api/portal/subscriptions/{id}`.
pub async fn set_channels(id: u64, channels: Channels) -> Result<Subscription, ApiError> {
    send_json(
        "PATCH",
        &format!("/api/portal/subscriptions/{id}"),
        Some(&ChannelsUpdate { channels }),
    )
    .await
}

/// `DELETE /api/portal/subscriptions/{id}`.
pub async fn unsubscribe(id: u64) -> Result<(), ApiError> {
    send_empty(
        "DELETE",
        &format!("/api/portal/subscriptions/{id}"),
        NO_BODY,
    )
    .await
}

/// `GET /api/portal/contacts`.
pub async fn contacts() -> Result<Contacts, ApiError> {
    get_json("/api/portal/contacts").await
}

/// `PUT /api/portal/contacts/{kind}`: a new value; the portal sends a code to it.
pub async fn set_contact(kind: ContactKind, value: &str) -> Result<Contacts, ApiError> {
    let body = ContactValue {
        value: value.to_string(),
    };
    send_json(
        "PUT",
        &format!("/api/portal/contacts/{}", kind.as_str()),
        Some(&body),
    )
    .await
}

/// `POST /api/portal/contacts/{kind}/code`: send a new code.
pub async fn resend_code(kind: ContactKind) -> Result<Contacts, ApiError> {
    send_json(
        "POST",
        &format!("/api/portal/contacts/{}/code", kind.as_str()),
        NO_BODY,
    )
    .await
}

/// `POST /api/portal/contacts/{kind}/confirm`.
pub async fn confirm_contact(kind: ContactKind, code: &str) -> Result<Contacts, ApiError> {
    let body = ConfirmCode {
        code: code.to_string(),
    };
    send_json(
        "POST",
        &format!("/api/portal/contacts/{}/confirm", kind.as_str()),
        Some(&body),
    )
    .await
}
