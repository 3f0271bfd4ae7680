//! The responses every path shares (`#/components/responses/...`). The structs only carry their
//! body's type and description to the derive; nothing builds them.
#![allow(dead_code)]

use opendata_core::account::ValidationErrorBody;
use opendata_core::wire::ErrorBody;
use std::borrow::Cow;
use utoipa::openapi::schema::{AnyOfBuilder, Ref, Schema};
use utoipa::openapi::RefOr;
use utoipa::{PartialSchema, ToResponse, ToSchema};

/// A bad parameter or request body; the message names it.
#[derive(ToResponse)]
#[response(example = json!({"error": "parameter `size` must be an integer from 1 to 100, got \"0\""}))]
pub(super) struct BadRequest(ErrorBody);

/// A change refused: wrong fields (`ValidationErrorBody`, every wrong field in the body's
/// order), or a body that is not JSON or not the documented shape (`ErrorBody`).
#[derive(ToResponse)]
pub(super) struct Invalid(#[to_schema] ChangeRejected);

/// `ValidationErrorBody` or `ErrorBody`, by hand: `anyOf`, since a validation body also
/// satisfies `ErrorBody`, which `oneOf` (what the derive makes of an untagged enum) forbids.
struct ChangeRejected;

impl PartialSchema for ChangeRejected {
    fn schema() -> RefOr<Schema> {
        AnyOfBuilder::new()
            .item(Ref::from_schema_name(ValidationErrorBody::name()))
            .item(Ref::from_schema_name(ErrorBody::name()))
            .into()
    }
}

impl ToSchema for ChangeRejected {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("ChangeRejected")
    }
}

/// No session: `{"error":"sign in required"}`.
#[derive(ToResponse)]
#[response(example = json!({"error": "sign in required"}))]
pub(super) struct SignInRequired(ErrorBody);

/// The session's CSRF token is missing from `X-CSRF-Token` or wrong (`csrf token missing or
/// wrong`); on a comment or a subscription, also someone else's (`not your comment`).
#[derive(ToResponse)]
#[response(example = json!({"error": "csrf token missing or wrong"}))]
pub(super) struct Forbidden(ErrorBody);

/// Unknown dataset, record or id (`dataset not found: X`).
#[derive(ToResponse)]
#[response(example = json!({"error": "dataset not found: nope"}))]
pub(super) struct NotFound(ErrorBody);

/// The change does not fit the record's state.
#[derive(ToResponse)]
#[response(example = json!({"error": "voting is closed for this application"}))]
pub(super) struct Conflict(ErrorBody);
