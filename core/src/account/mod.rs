//! Wire types of the signed-in part of the portal (`docs/portal-api.md` §3.11–§3.16): the
//! session, comments and requests for update on a dataset, subscriptions with their channels,
//! the citizen's contacts, votes and new applications for publication.
//!
//! Every change (POST/PUT/PATCH/DELETE) carries the session's CSRF token in `X-CSRF-Token`.
//! A refused change is 401 (no session), 403 (not yours, or a bad CSRF token), 404, 409 (voting
//! closed) or 400 with a [`ValidationErrorBody`] naming the fields.
//!
//! One concern a file: `session` (who is signed in), `errors` (the 400 answer and its field
//! codes), `comments`, `requests` (requests for update), `subscriptions` (and their channels),
//! `contacts`, `applications` (votes and new applications) and `input` (the limits and checks
//! the app applies before sending).

mod applications;
mod comments;
mod contacts;
mod errors;
mod input;
mod requests;
mod session;
mod subscriptions;

pub use applications::{NewApplication, VoteState};
pub use comments::{Comment, CommentPage, NewComment};
pub use contacts::{ConfirmCode, Contact, ContactKind, ContactValue, Contacts};
pub use errors::{FieldCode, FieldError, ValidationErrorBody};
pub use input::{display_contact, normalize_phone, too_long, valid_email, MAX_TEXT, MAX_TITLE};
pub use requests::{
    NewUpdateRequest, RequestStatus, RequestStatusChange, UpdateReason, UpdateRequest,
    UpdateRequestPage,
};
pub use session::{Author, Session, User};
pub use subscriptions::{
    Channel, Channels, ChannelsUpdate, NewSubscription, Subscription, SubscriptionList,
    SubscriptionTarget, TargetKind,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for c in FieldCode::ALL {
            assert_eq!(FieldCode::parse(c.as_str()), Some(c));
        }
        for r in UpdateReason::ALL {
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.as_str()));
        }
        for s in RequestStatus::ALL {
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
        }
    }
}
