//! The user's contacts (phone, email) and their confirmation codes.

use super::{db, decode, field, invalid, tri};
use crate::routes::session::{store_error, Changer, Viewer};
use crate::routes::{error, json, St};
use crate::store::Confirmation;
use axum::body::Bytes;
use axum::extract::{Extension, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use opendata_core::account::{
    normalize_phone, valid_email, ConfirmCode, ContactKind, ContactValue, FieldCode,
};

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
