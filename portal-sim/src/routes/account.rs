//! The signed-in part of the extension (docs §3.12–§3.15): comments and requests for update on a
//! dataset, subscriptions, contacts. Every change handler takes `session::Changer` first (401
//! without a session, 403 without its CSRF token); here only ownership and bodies are checked.

// Helpers return the finished error answer as `Err` so handlers can stop early; these run
// once per request, so the size of `Response` does not matter.
#![allow(clippy::result_large_err)]

use super::ext::page_and_size;
use super::session::{store_error, user, Changer, Viewer};
use super::{error, json, QueryPairs, St};
use crate::store::{CommentRow, Confirmation, RequestRow, Store, SubscriptionRow, R};
use axum::body::Bytes;
use axum::extract::{Extension, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use opendata_core::account::{
    normalize_phone, too_long, valid_email, Channel, Channels, Comment, CommentPage, ConfirmCode,
    ContactKind, ContactValue, FieldCode, FieldError, NewComment, RequestStatus,
    RequestStatusChange, Subscription, SubscriptionList, SubscriptionTarget, TargetKind,
    UpdateReason, UpdateRequest, UpdateRequestPage, ValidationErrorBody, MAX_TEXT,
};
use opendata_core::wire::{AnswerTexts, Names};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

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

/// The query of a dataset's paged list (comments, requests): 404 for an unknown dataset, 400
/// for bad paging.
fn dataset_list_params(
    st: &St,
    api_uri: &str,
    raw: Option<&str>,
) -> Result<(QueryPairs, u32, u32), Response> {
    let q = QueryPairs::parse(raw);
    known_dataset(st, api_uri)?;
    let (page, size) = page_and_size(&q).map_err(|e| error(StatusCode::BAD_REQUEST, &e))?;
    Ok((q, page, size))
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

/// What a dataset's paged list is made of (comments, requests): its rows in the store and the
/// page of the answer.
pub trait DatasetList: Sized {
    type Page: Serialize;
    /// One page of the dataset's rows, newest first, and how many there are.
    fn rows(store: &Store, api_uri: &str, page: u32, size: u32) -> R<(u64, Vec<Self>)>;
    /// The answer: `(total_count, page, size)` and the rows as `viewer` sees them.
    fn page(paged: (u64, u32, u32), rows: Vec<Self>, viewer: Option<u64>) -> Self::Page;
}

/// [`DatasetList`] for a row type: its page type and the field of the page that holds the
/// items, the store's query, and how a row becomes an item.
macro_rules! dataset_list {
    ($row:ty => $page:ident { $items:ident }, $query:ident, $item:ident) => {
        impl DatasetList for $row {
            type Page = $page;
            fn rows(store: &Store, api_uri: &str, page: u32, size: u32) -> R<(u64, Vec<Self>)> {
                store.$query(api_uri, page, size)
            }
            fn page(paged: (u64, u32, u32), rows: Vec<Self>, viewer: Option<u64>) -> $page {
                let (total_count, page, size) = paged;
                let $items = rows.into_iter().map(|r| $item(r, viewer)).collect();
                $page {
                    total_count,
                    page,
                    size,
                    $items,
                }
            }
        }
    };
}
dataset_list!(CommentRow => CommentPage { comments }, comments, comment);
dataset_list!(RequestRow => UpdateRequestPage { requests }, requests, update_request);

/// `GET /api/portal/datasets/{apiUri}/comments|requests?page=&size=`: 404 for an unknown
/// dataset, 400 for bad paging, else one page of the list.
pub async fn dataset_list<L: DatasetList>(
    State(st): State<St>,
    Extension(viewer): Extension<Viewer>,
    Path(api_uri): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let (q, page, size) = tri!(dataset_list_params(&st, &api_uri, raw.as_deref()));
    let (total, rows) = db!(L::rows(&st.store, &api_uri, page, size));
    let answer = L::page((total, page, size), rows, viewer.user_id());
    json(StatusCode::OK, &answer, q.pretty())
}

// ---- comments --------------------------------------------------------------------------------

fn comment(c: CommentRow, viewer: Option<u64>) -> Comment {
    Comment {
        id: c.id,
        author: user(c.user_id),
        text: c.text,
        created_date: c.created,
        own: viewer == Some(c.user_id),
    }
}

/// `POST /api/portal/datasets/{apiUri}/comments` (`NewComment`): 201 with the comment.
pub async fn add_comment(
    State(st): State<St>,
    Changer(me): Changer,
    Path(api_uri): Path<String>,
    body: Bytes,
) -> Response {
    let me = me.user_id;
    tri!(known_dataset(&st, &api_uri));
    let c: NewComment = tri!(decode(&body));
    let mut fields = Vec::new();
    let text = check_text(&mut fields, "text", Some(&c.text), MAX_TEXT);
    if !fields.is_empty() {
        return invalid(fields);
    }
    let row = db!(st.store.add_comment(&api_uri, me, &text));
    json(StatusCode::CREATED, &comment(row, Some(me)), false)
}

/// `DELETE /api/portal/comments/{id}`: only the author's own.
pub async fn delete_comment(
    State(st): State<St>,
    Changer(me): Changer,
    Path(id): Path<String>,
) -> Response {
    let me = me.user_id;
    let not_found = || error(StatusCode::NOT_FOUND, &format!("comment not found: {id}"));
    let Some(n) = parse_id(&id) else {
        return not_found();
    };
    match db!(st.store.comment_author(n)) {
        None => not_found(),
        Some(author) if author != me => error(StatusCode::FORBIDDEN, "not your comment"),
        Some(_) => {
            db!(st.store.delete_comment(n));
            StatusCode::NO_CONTENT.into_response()
        }
    }
}

// ---- requests for update ---------------------------------------------------------------------

pub fn update_request(r: RequestRow, viewer: Option<u64>) -> UpdateRequest {
    UpdateRequest {
        id: r.id,
        author: user(r.user_id),
        reason: r.reason,
        text: r.text,
        status: r.status,
        created_date: r.created,
        history: r
            .history
            .into_iter()
            .map(|(status, date)| RequestStatusChange { status, date })
            .collect(),
        answer: r.answer,
        own: viewer == Some(r.user_id),
    }
}

/// `NewUpdateRequest` read leniently: an unknown reason is a field error, not a decode error.
#[derive(Deserialize)]
struct RawUpdateRequest {
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

/// `POST /api/portal/datasets/{apiUri}/requests` (`NewUpdateRequest`): 201, status NEW.
pub async fn add_request(
    State(st): State<St>,
    Changer(me): Changer,
    Path(api_uri): Path<String>,
    body: Bytes,
) -> Response {
    let me = me.user_id;
    tri!(known_dataset(&st, &api_uri));
    let raw: RawUpdateRequest = tri!(decode(&body));
    let mut fields = Vec::new();
    let reason = check_choice(
        &mut fields,
        "reason",
        raw.reason.as_deref(),
        UpdateReason::parse,
    );
    let text = check_text(&mut fields, "text", raw.text.as_deref(), MAX_TEXT);
    let Some(reason) = reason.filter(|_| fields.is_empty()) else {
        return invalid(fields);
    };
    let id = db!(st.store.add_request(&api_uri, me, reason, &text));
    match db!(st.store.request(id)) {
        Some(r) => json(StatusCode::CREATED, &update_request(r, Some(me)), false),
        None => error(StatusCode::INTERNAL_SERVER_ERROR, "request vanished"),
    }
}

// ---- subscriptions ---------------------------------------------------------------------------

/// The names of a subscription's target, if the catalogue knows it.
fn target_names(st: &St, kind: TargetKind, id: &str) -> Option<Names> {
    let seed = &st.seed;
    match kind {
        TargetKind::Dataset => seed.dataset(id).map(|d| d.names.clone()),
        TargetKind::Agency => seed
            .agencies
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.names.clone()),
        TargetKind::Category => seed
            .categories
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.names.clone()),
    }
}

fn subscription(st: &St, s: SubscriptionRow) -> Subscription {
    Subscription {
        id: s.id,
        target: SubscriptionTarget {
            kind: s.kind,
            names: target_names(st, s.kind, &s.target).unwrap_or_default(),
            id: s.target,
        },
        channels: s.channels,
        created_date: s.created,
    }
}

/// Channels read leniently (`"fax":true` is a field error, a missing key is off); `Err` for a
/// value that is not a boolean.
fn channels_of(
    raw: Option<&serde_json::Map<String, serde_json::Value>>,
) -> Result<Result<Channels, FieldCode>, Response> {
    let mut c = Channels::default();
    let mut unknown = false;
    for (k, v) in raw.into_iter().flatten() {
        let Some(on) = v.as_bool() else {
            return Err(error(
                StatusCode::BAD_REQUEST,
                &format!("bad request body: channels.{k} must be true or false"),
            ));
        };
        match Channel::ALL.into_iter().find(|ch| ch.as_str() == k) {
            Some(ch) => ch.set(&mut c, on),
            None => unknown = true,
        }
    }
    Ok(if unknown {
        Err(FieldCode::Unknown)
    } else if !c.any() {
        Err(FieldCode::NoChannel)
    } else {
        Ok(c)
    })
}

/// `NewSubscription` read leniently, so that unknown values become field errors.
#[derive(Deserialize)]
struct RawSubscription {
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    target: Option<String>,
    #[serde(default)]
    channels: Option<serde_json::Map<String, serde_json::Value>>,
}

/// `ChannelsUpdate` read leniently, as in [`RawSubscription`].
#[derive(Deserialize)]
struct RawChannelsUpdate {
    #[serde(default)]
    channels: Option<serde_json::Map<String, serde_json::Value>>,
}

/// `GET /api/portal/subscriptions[?kind=&target=]`: the user's, newest first.
pub async fn subscriptions(
    State(st): State<St>,
    Extension(viewer): Extension<Viewer>,
    RawQuery(raw): RawQuery,
) -> Response {
    let me = tri!(viewer.require()).user_id;
    let q = QueryPairs::parse(raw.as_deref());
    let filter = (|| -> Result<_, String> {
        let kind = match q.one("kind")?.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(k) => Some(TargetKind::parse(k).ok_or_else(|| {
                format!("parameter `kind` must be one of dataset, agency, category; got {k:?}")
            })?),
        };
        let target = q
            .one("target")?
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        Ok((kind, target))
    })();
    let (kind, target) = tri!(filter.map_err(|e| error(StatusCode::BAD_REQUEST, &e)));
    let rows = db!(st.store.subscriptions(me, kind, target.as_deref()));
    let list = SubscriptionList {
        subscriptions: rows.into_iter().map(|s| subscription(&st, s)).collect(),
    };
    json(StatusCode::OK, &list, q.pretty())
}

/// `POST /api/portal/subscriptions` (`NewSubscription`): 201 new, or 200 with the existing one.
pub async fn subscribe(State(st): State<St>, Changer(me): Changer, body: Bytes) -> Response {
    let me = me.user_id;
    let raw: RawSubscription = tri!(decode(&body));
    let mut fields = Vec::new();
    let kind = check_choice(&mut fields, "kind", raw.kind.as_deref(), TargetKind::parse);
    let target = raw.target.as_deref().unwrap_or("").trim().to_string();
    if target.is_empty() {
        fields.push(field("target", FieldCode::Required));
    } else if let Some(k) = kind {
        if target_names(&st, k, &target).is_none() {
            fields.push(field("target", FieldCode::Unknown));
        }
    }
    let channels = match tri!(channels_of(raw.channels.as_ref())) {
        Ok(c) => Some(c),
        Err(code) => {
            fields.push(field("channels", code));
            None
        }
    };
    let (Some(kind), Some(channels), true) = (kind, channels, fields.is_empty()) else {
        return invalid(fields);
    };
    let (created, row) = db!(st.store.subscribe(me, kind, &target, channels));
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    json(status, &subscription(&st, row), false)
}

/// The subscription `id` if it is the user's: else 404 or 403.
fn own_subscription(st: &St, me: u64, id: &str) -> Result<SubscriptionRow, Response> {
    let not_found = || {
        error(
            StatusCode::NOT_FOUND,
            &format!("subscription not found: {id}"),
        )
    };
    let n = parse_id(id).ok_or_else(not_found)?;
    match st.store.subscription(n) {
        Err(e) => Err(store_error(e)),
        Ok(None) => Err(not_found()),
        Ok(Some(s)) if s.user_id != me => {
            Err(error(StatusCode::FORBIDDEN, "not your subscription"))
        }
        Ok(Some(s)) => Ok(s),
    }
}

/// `PATCH /api/portal/subscriptions/{id}` (`ChannelsUpdate`): 200 with the subscription.
pub async fn set_channels(
    State(st): State<St>,
    Changer(me): Changer,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let me = me.user_id;
    let mut s = tri!(own_subscription(&st, me, &id));
    let raw: RawChannelsUpdate = tri!(decode(&body));
    let channels = match tri!(channels_of(raw.channels.as_ref())) {
        Ok(c) => c,
        Err(code) => return invalid(vec![field("channels", code)]),
    };
    db!(st.store.set_channels(s.id, channels));
    s.channels = channels;
    json(StatusCode::OK, &subscription(&st, s), false)
}

/// `DELETE /api/portal/subscriptions/{id}`
pub async fn unsubscribe(
    State(st): State<St>,
    Changer(me): Changer,
    Path(id): Path<String>,
) -> Response {
    let me = me.user_id;
    let s = tri!(own_subscription(&st, me, &id));
    db!(st.store.unsubscribe(s.id));
    StatusCode::NO_CONTENT.into_response()
}

// ---- contacts --------------------------------------------------------------------------------

fn contact_kind(kind: &str) -> Result<ContactKind, Response> {
    ContactKind::parse(kind).ok_or_else(|| error(StatusCode::NOT_FOUND, "not found"))
}

fn contacts_of(st: &St, me: u64) -> Response {
    json(StatusCode::OK, &db!(st.store.contacts(me)), false)
}

/// `GET /api/portal/contacts`
pub async fn contacts(State(st): State<St>, Extension(viewer): Extension<Viewer>) -> Response {
    let me = tri!(viewer.require()).user_id;
    contacts_of(&st, me)
}

/// `PUT /api/portal/contacts/{phone|email}` (`ContactValue`): unconfirmed, and a code is sent.
pub async fn set_contact(
    State(st): State<St>,
    Changer(me): Changer,
    Path(kind): Path<String>,
    body: Bytes,
) -> Response {
    let me = me.user_id;
    let kind = tri!(contact_kind(&kind));
    let v: ContactValue = tri!(decode(&body));
    let raw = v.value.trim();
    let value = if raw.is_empty() {
        None
    } else {
        match kind {
            ContactKind::Phone => normalize_phone(raw),
            ContactKind::Email => valid_email(raw).then(|| raw.to_string()),
        }
    };
    let Some(value) = value else {
        let code = if raw.is_empty() {
            FieldCode::Required
        } else {
            FieldCode::Invalid
        };
        return invalid(vec![field("value", code)]);
    };
    db!(st.store.set_contact(me, kind, &value));
    contacts_of(&st, me)
}

/// `POST /api/portal/contacts/{phone|email}/code`: a new code (the old one stops working).
pub async fn resend_code(
    State(st): State<St>,
    Changer(me): Changer,
    Path(kind): Path<String>,
) -> Response {
    let me = me.user_id;
    let kind = tri!(contact_kind(&kind));
    match db!(st.store.resend_code(me, kind)) {
        None => invalid(vec![field("value", FieldCode::Required)]),
        Some(false) => error(
            StatusCode::CONFLICT,
            &format!("{} is already confirmed", kind.as_str()),
        ),
        Some(true) => contacts_of(&st, me),
    }
}

/// `POST /api/portal/contacts/{phone|email}/confirm` (`ConfirmCode`)
pub async fn confirm(
    State(st): State<St>,
    Changer(me): Changer,
    Path(kind): Path<String>,
    body: Bytes,
) -> Response {
    let me = me.user_id;
    let kind = tri!(contact_kind(&kind));
    let c: ConfirmCode = tri!(decode(&body));
    match db!(st.store.confirm(me, kind, c.code.trim())) {
        Confirmation::Confirmed => contacts_of(&st, me),
        Confirmation::Wrong => invalid(vec![field("code", FieldCode::Wrong)]),
        Confirmation::NoCode => invalid(vec![field("code", FieldCode::NoCode)]),
    }
}

/// The body of the stand-in's status hooks: `{"status":"IN_REVIEW","answerRu":"…"}`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StatusMove {
    pub status: String,
    #[serde(default)]
    pub answer_kk: Option<String>,
    #[serde(default)]
    pub answer_ru: Option<String>,
    #[serde(default)]
    pub answer_en: Option<String>,
    /// apiUri of the dataset that answers a published application.
    #[serde(default)]
    pub dataset: Option<String>,
}

impl StatusMove {
    /// The answer texts given (blank ones dropped), if any.
    pub fn answer(&self) -> Option<AnswerTexts> {
        let some = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let a = AnswerTexts {
            answer_kk: some(&self.answer_kk),
            answer_ru: some(&self.answer_ru),
            answer_en: some(&self.answer_en),
        };
        (a != AnswerTexts::default()).then_some(a)
    }
}

/// `POST /__sim/requests/{id}/status` (stand-in only): moves a request for update on, as the
/// agency would; an answer is required for ANSWERED and REJECTED.
pub async fn move_request(State(st): State<St>, Path(id): Path<String>, body: Bytes) -> Response {
    let m: StatusMove = tri!(decode(&body));
    let Some(status) = RequestStatus::parse(&m.status) else {
        return error(
            StatusCode::BAD_REQUEST,
            &format!("unknown request status {:?}", m.status),
        );
    };
    if m.dataset.is_some() {
        return error(
            StatusCode::BAD_REQUEST,
            "`dataset` is for applications only",
        );
    }
    let not_found = || error(StatusCode::NOT_FOUND, &format!("request not found: {id}"));
    let Some(n) = parse_id(&id) else {
        return not_found();
    };
    let Some(r) = db!(st.store.request(n)) else {
        return not_found();
    };
    if !r.status.can_move_to(status) {
        return error(
            StatusCode::CONFLICT,
            &format!(
                "request {n} cannot move from {} to {}",
                r.status.as_str(),
                status.as_str()
            ),
        );
    }
    let answer = m.answer();
    if matches!(status, RequestStatus::Answered | RequestStatus::Rejected) && answer.is_none() {
        return error(
            StatusCode::BAD_REQUEST,
            &format!(
                "{} needs an answer (answerKk, answerRu or answerEn)",
                status.as_str()
            ),
        );
    }
    let last = r
        .history
        .last()
        .map_or(r.created.as_str(), |h| h.1.as_str());
    db!(st.store.move_request(n, status, last, answer.as_ref()));
    match db!(st.store.request(n)) {
        Some(r) => json(StatusCode::OK, &update_request(r, None), false),
        None => not_found(),
    }
}

/// `GET /__sim/outbox` (stand-in only): every code sent, oldest first.
pub async fn outbox(State(st): State<St>) -> Response {
    json(StatusCode::OK, &db!(st.store.outbox()), false)
}
