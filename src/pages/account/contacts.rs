//! A contact's block on the account page (phone or e-mail): its heading and state, the form
//! shown for where it stands (set it, confirm it with a code), "Change", and a failed send
//! with its retry.

use super::contact_forms::{CodeForm, ContactStatus, ValueForm};
use super::contact_send::{contact_send, ids, ContactForms};
use crate::components::{use_announcer, ErrorPanel, FormError};
use crate::i18n::*;
use leptos::prelude::*;
use opendata_core::account::{ContactKind, Contacts};

/// One contact: its value and state, the form to set or change it, and the code form.
#[component]
pub(super) fn ContactBlock(
    /// Phone or e-mail.
    kind: ContactKind,
    /// Both contacts, as the portal last answered.
    contacts: RwSignal<Option<Contacts>>,
    /// The page's form errors (shared summary).
    errors: RwSignal<Vec<FormError>>,
    /// Bumped on every submit.
    attempt: RwSignal<u32>,
    /// A request answered 401.
    on_expired: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let phone = kind == ContactKind::Phone;
    let forms = ContactForms {
        kind,
        ids: ids(kind),
        phone,
        contacts,
        current: Memo::new(move |_| {
            contacts.with(|c| c.as_ref().and_then(|c| c.get(kind).cloned()))
        }),
        editing: RwSignal::new(false),
        value: RwSignal::new(String::new()),
        code: RwSignal::new(String::new()),
        send: contact_send(kind),
        resent: RwSignal::new(false),
        send_error: RwSignal::new(None),
        errors,
        attempt,
        on_expired,
        i18n,
        announcer: use_announcer(),
    };
    forms.take_answers();

    view! {
        <section class="contact-block" aria-labelledby=format!("contact-{}-heading", kind.as_str())>
            <h3 id=format!(
                "contact-{}-heading",
                kind.as_str(),
            )>
                {if phone {
                    t_string!(i18n, contact_phone_heading)
                } else {
                    t_string!(i18n, contact_email_heading)
                }}
            </h3>
            <ContactStatus id=forms.ids.state phone=phone current=forms.current />
            {move || forms.show_value_form().then(|| view! { <ValueForm forms=forms /> })}
            {move || forms.show_confirm().then(|| view! { <CodeForm forms=forms /> })}
            {move || {
                (!forms.show_value_form())
                    .then(|| {
                        view! {
                            <p>
                                <button
                                    type="button"
                                    class="link-button"
                                    on:click=move |_| forms.start_change()
                                >
                                    {if phone {
                                        t_string!(i18n, contact_change_phone)
                                    } else {
                                        t_string!(i18n, contact_change_email)
                                    }}
                                </button>
                            </p>
                        }
                    })
            }}
            {move || {
                forms
                    .send_error
                    .get()
                    .map(|(e, action)| {
                        view! { <ErrorPanel error=e on_retry=move |_| forms.retry(action) /> }
                    })
            }}
        </section>
    }
}
