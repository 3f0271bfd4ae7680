//! Comments and requests for update on a dataset: their paged lists (`DatasetList`) and changes.

use super::{check_choice, check_text, db, decode, invalid, known_dataset, parse_id, tri};
use crate::routes::ext::page_and_size;
use crate::routes::session::{store_error, user, Changer, Viewer};
use crate::routes::{error, json, QueryPairs, St};
use crate::store::{CommentRow, RequestRow, Store, R};
use axum::body::Bytes;
use axum::extract::{Extension, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use opendata_core::account::{
    Comment, CommentPage, NewComment, RequestStatusChange, UpdateReason, UpdateRequest,
    UpdateRequestPage, MAX_TEXT,
};
use serde::{Deserialize, Serialize};

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
