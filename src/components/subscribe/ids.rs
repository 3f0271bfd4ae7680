//! The dialog's element ids, fixed per kind of target (`sub-dataset-sms`, …): the error
//! summary's links need `'static` ids.

use opendata_core::account::{Channel, TargetKind};

/// The dialog's element ids for one kind of target.
#[derive(Clone, Copy)]
pub(super) struct Ids {
    /// The first checkbox: where the "select a channel" error points.
    pub sms: &'static str,
    pub email: &'static str,
    pub push: &'static str,
    pub hint: &'static str,
    /// The hint and the error (FieldError's id is the field's id + `-error`).
    pub hint_error: &'static str,
    pub title: &'static str,
}

/// The ids for a kind, as `'static` literals: `sub-{kind}-sms`, …
macro_rules! ids_for {
    ($k:literal) => {
        Ids {
            sms: concat!("sub-", $k, "-sms"),
            email: concat!("sub-", $k, "-email"),
            push: concat!("sub-", $k, "-push"),
            hint: concat!("sub-", $k, "-hint"),
            hint_error: concat!("sub-", $k, "-hint sub-", $k, "-sms-error"),
            title: concat!("sub-", $k, "-title"),
        }
    };
}

pub(super) fn ids(kind: TargetKind) -> Ids {
    match kind {
        TargetKind::Dataset => ids_for!("dataset"),
        TargetKind::Agency => ids_for!("agency"),
        TargetKind::Category => ids_for!("category"),
    }
}

/// The checkbox of a channel.
pub(super) fn checkbox_id(ids: Ids, c: Channel) -> &'static str {
    match c {
        Channel::Sms => ids.sms,
        Channel::Email => ids.email,
        Channel::Push => ids.push,
    }
}
