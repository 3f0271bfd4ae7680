//! What a contact's forms send: a new phone or e-mail (checked first), a confirmation code, a
//! request for another code; and the field errors and the retry of a failed send. The three
//! sends are one Leptos [`Action`] (one at a time; its pending state is the forms' "busy").

use crate::api::{self, ApiError};
use crate::components::form::focus_field;
use crate::components::{Announcer, FormError};
use crate::i18n::*;
use leptos::prelude::*;
use opendata_core::account::{
    display_contact, normalize_phone, valid_email, Contact, ContactKind, Contacts, FieldCode,
};

/// The field ids of a contact's forms.
#[derive(Clone, Copy)]
pub(super) struct Ids {
    pub value: &'static str,
    pub code: &'static str,
    pub state: &'static str,
}

pub(super) fn ids(kind: ContactKind) -> Ids {
    match kind {
        ContactKind::Phone => Ids {
            value: "contact-phone-value",
            code: "contact-phone-code",
            state: "contact-phone-state",
        },
        ContactKind::Email => Ids {
            value: "contact-email-value",
            code: "contact-email-code",
            state: "contact-email-state",
        },
    }
}

/// Which send it was (a failed one's retry sends the same again).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum ContactAction {
    Value,
    Confirm,
    Resend,
}

/// A send: which, and the value or code it carries (checked).
pub(super) type ContactInput = (ContactAction, String);
/// The contact's sends, answered with both contacts as the portal then holds them.
pub(super) type ContactSend = Action<ContactInput, (ContactInput, Result<Contacts, ApiError>)>;

/// The action behind a contact's forms.
pub(super) fn contact_send(kind: ContactKind) -> ContactSend {
    Action::new_local(move |input: &ContactInput| {
        let input = input.clone();
        async move {
            let r = match input.0 {
                ContactAction::Value => api::account::set_contact(kind, &input.1).await,
                ContactAction::Confirm => api::account::confirm_contact(kind, &input.1).await,
                ContactAction::Resend => api::account::resend_code(kind).await,
            };
            (input, r)
        }
    })
}

/// One contact's forms: the contact as the portal last answered, the drafts, what is being
/// sent, and the page's shared error summary they report to.
#[derive(Clone, Copy)]
pub(super) struct ContactForms {
    pub kind: ContactKind,
    pub ids: Ids,
    /// Phone (else e-mail).
    pub phone: bool,
    /// Both contacts, as the portal last answered.
    pub contacts: RwSignal<Option<Contacts>>,
    /// This contact.
    pub current: Memo<Option<Contact>>,
    /// Changing a contact that is set.
    pub editing: RwSignal<bool>,
    /// The phone or e-mail typed.
    pub value: RwSignal<String>,
    /// The code typed.
    pub code: RwSignal<String>,
    /// What sends, one at a time.
    pub send: ContactSend,
    /// Another code was sent.
    pub resent: RwSignal<bool>,
    pub send_error: RwSignal<Option<(ApiError, ContactAction)>>,
    /// The page's form errors (shared summary).
    pub errors: RwSignal<Vec<FormError>>,
    /// Bumped on every submit.
    pub attempt: RwSignal<u32>,
    /// A request answered 401.
    pub on_expired: Callback<()>,
    pub i18n: I18nContext,
    pub announcer: Announcer,
}

impl ContactForms {
    /// A send is on its way.
    pub fn busy(self) -> Memo<bool> {
        self.send.pending()
    }

    /// Takes each answer of [`send`](Self::send) into the forms (once per answer).
    pub fn take_answers(self) {
        Effect::new(move |_| {
            if let Some(((what, sent), r)) = self.send.value().get() {
                self.answer(what, sent, r);
            }
        });
    }

    fn mine(self, f: &str) -> bool {
        f == self.ids.value || f == self.ids.code
    }

    fn set_errors(self, errs: Vec<FormError>) {
        self.errors.set(errs);
        self.attempt.update(|n| *n += 1);
    }

    pub fn clear_errors(self) {
        if self.errors.with(|e| e.iter().any(|x| self.mine(x.field))) {
            self.errors.update(|e| e.retain(|x| !self.mine(x.field)));
        }
    }

    fn value_error(self, code: FieldCode) -> FormError {
        let i18n = self.i18n;
        FormError {
            field: self.ids.value,
            message: match (self.phone, code) {
                (true, FieldCode::Required) => t_string!(i18n, contact_phone_required),
                (true, _) => t_string!(i18n, contact_phone_invalid),
                (false, FieldCode::Required) => t_string!(i18n, contact_email_required),
                (false, _) => t_string!(i18n, contact_email_invalid),
            }
            .to_string(),
        }
    }

    fn code_error(self, c: FieldCode) -> FormError {
        let i18n = self.i18n;
        FormError {
            field: self.ids.code,
            message: match c {
                FieldCode::Required => t_string!(i18n, contact_code_required),
                FieldCode::Wrong => t_string!(i18n, contact_code_wrong),
                FieldCode::NoCode => t_string!(i18n, contact_code_none),
                _ => t_string!(i18n, contact_code_digits),
            }
            .to_string(),
        }
    }

    /// Where the code was sent, as shown.
    pub fn sent_to(self) -> String {
        self.current
            .get()
            .map(|c| display_contact(&c.value))
            .unwrap_or_default()
    }

    /// The value form is shown: while changing, or with no contact set.
    pub fn show_value_form(self) -> bool {
        self.editing.get() || self.current.with(Option::is_none)
    }

    /// The code form is shown: a contact set and not confirmed, and not being changed.
    pub fn show_confirm(self) -> bool {
        !self.show_value_form()
            && self
                .current
                .with(|c| c.as_ref().is_some_and(|c| !c.confirmed))
    }

    /// Sends the phone or e-mail typed (checked first); a code is sent to it.
    pub fn submit_value(self) {
        if self.busy().get_untracked() {
            return;
        }
        let raw = self.value.get_untracked();
        let checked = if raw.trim().is_empty() {
            Err(FieldCode::Required)
        } else if self.phone {
            normalize_phone(&raw).ok_or(FieldCode::Invalid)
        } else if valid_email(raw.trim()) {
            Ok(raw.trim().to_string())
        } else {
            Err(FieldCode::Invalid)
        };
        self.send_error.set(None);
        let v = match checked {
            Ok(v) => v,
            Err(c) => return self.set_errors(vec![self.value_error(c)]),
        };
        self.clear_errors();
        self.send.dispatch_local((ContactAction::Value, v));
    }

    /// Sends the code typed (six digits, checked first).
    pub fn submit_code(self) {
        if self.busy().get_untracked() {
            return;
        }
        let c: String = self
            .code
            .get_untracked()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        self.send_error.set(None);
        if c.is_empty() {
            return self.set_errors(vec![self.code_error(FieldCode::Required)]);
        }
        if c.len() != 6 || !c.bytes().all(|b| b.is_ascii_digit()) {
            return self.set_errors(vec![self.code_error(FieldCode::Invalid)]);
        }
        self.clear_errors();
        self.send.dispatch_local((ContactAction::Confirm, c));
    }

    /// Asks for another code.
    pub fn resend(self) {
        if self.busy().get_untracked() {
            return;
        }
        self.send_error.set(None);
        self.send
            .dispatch_local((ContactAction::Resend, String::new()));
    }

    /// What an answer changes: the contacts, the step shown, the announcement and where focus
    /// goes; or the field error, the expired session, the failure to retry.
    fn answer(self, what: ContactAction, sent: String, r: Result<Contacts, ApiError>) {
        let (i18n, ids) = (self.i18n, self.ids);
        match (what, r) {
            (ContactAction::Value, Ok(c)) => {
                self.contacts.set(Some(c));
                self.editing.set(false);
                self.resent.set(false);
                self.code.set(String::new());
                self.announcer.announce(
                    t_string!(i18n, contact_code_sent, to = display_contact(&sent)).to_string(),
                );
                request_animation_frame(move || focus_field(ids.code));
            }
            (ContactAction::Confirm, Ok(cs)) => {
                self.contacts.set(Some(cs));
                self.resent.set(false);
                self.announcer.announce(if self.phone {
                    t_string!(i18n, contact_phone_done).to_string()
                } else {
                    t_string!(i18n, contact_email_done).to_string()
                });
                request_animation_frame(move || focus_field(ids.state));
            }
            (ContactAction::Resend, Ok(cs)) => {
                let to = cs
                    .get(self.kind)
                    .map(|c| display_contact(&c.value))
                    .unwrap_or_default();
                self.contacts.set(Some(cs));
                self.resent.set(true);
                self.announcer
                    .announce(t_string!(i18n, contact_resent, to = to).to_string());
            }
            (ContactAction::Value, Err(ApiError::Invalid(f))) => self.set_errors(
                f.iter()
                    .map(|e| {
                        self.value_error(FieldCode::parse(&e.code).unwrap_or(FieldCode::Invalid))
                    })
                    .take(1)
                    .collect(),
            ),
            (ContactAction::Confirm, Err(ApiError::Invalid(f))) => self.set_errors(
                f.iter()
                    .map(|e| self.code_error(FieldCode::parse(&e.code).unwrap_or(FieldCode::Wrong)))
                    .take(1)
                    .collect(),
            ),
            (_, Err(ApiError::Unauthorized)) => self.on_expired.run(()),
            (what, Err(e)) => self.send_error.set(Some((e, what))),
        }
    }

    /// Retries a failed send.
    pub fn retry(self, action: ContactAction) {
        match action {
            ContactAction::Value => self.submit_value(),
            ContactAction::Confirm => self.submit_code(),
            ContactAction::Resend => self.resend(),
        }
    }

    /// Opens the value form on the contact as it is.
    pub fn start_change(self) {
        self.value.set(
            self.current
                .get_untracked()
                .map(|c| display_contact(&c.value))
                .unwrap_or_default(),
        );
        self.editing.set(true);
        let ids = self.ids;
        request_animation_frame(move || focus_field(ids.value));
    }

    /// Closes the value form, back to the contact's state.
    pub fn cancel_change(self) {
        self.editing.set(false);
        self.clear_errors();
        self.send_error.set(None);
        let ids = self.ids;
        request_animation_frame(move || focus_field(ids.state));
    }
}
