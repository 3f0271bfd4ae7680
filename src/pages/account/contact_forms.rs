//! A contact's state line and its two forms: the phone or e-mail (to set or change it; a code
//! is sent to it) and the confirmation code (with "send another code").

use super::contact_send::ContactForms;
use crate::components::TextField;
use crate::i18n::*;
use leptos::prelude::*;
use opendata_core::account::{display_contact, Contact};

/// The contact as it is: its value and whether it is confirmed, or that there is none (each
/// word agreeing with the contact's name: in Russian "телефон" is masculine, "почта" feminine).
/// Focus comes back here after a change (`tabindex="-1"`).
#[component]
pub(super) fn ContactStatus(
    /// The line's id.
    id: &'static str,
    /// Phone (else e-mail).
    phone: bool,
    /// The contact, if set.
    #[prop(into)]
    current: Signal<Option<Contact>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = move |c: Option<&Contact>| match (phone, c.map(|c| c.confirmed)) {
        (true, None) => t_string!(i18n, contact_phone_none),
        (false, None) => t_string!(i18n, contact_email_none),
        (true, Some(true)) => t_string!(i18n, contact_phone_confirmed),
        (false, Some(true)) => t_string!(i18n, contact_email_confirmed),
        (true, Some(false)) => t_string!(i18n, contact_phone_unconfirmed),
        (false, Some(false)) => t_string!(i18n, contact_email_unconfirmed),
    };
    view! {
        <p class="contact-state" id=id tabindex="-1">
            {move || match current.get() {
                None => view! { <span>{state(None)}</span> }.into_any(),
                Some(c) => {
                    view! {
                        <span class="contact-value">{display_contact(&c.value)}</span>
                        " "
                        <strong class="tag" class:tag-ok=c.confirmed>
                            {state(Some(&c))}
                        </strong>
                    }
                        .into_any()
                }
            }}
        </p>
    }
}

/// The phone or e-mail field with "Send code", and Cancel while changing a contact that is set.
#[component]
pub(super) fn ValueForm(
    /// The contact's forms.
    forms: ContactForms,
) -> impl IntoView {
    let i18n = use_i18n();
    let ContactForms {
        ids,
        phone,
        current,
        editing,
        value,
        errors,
        ..
    } = forms;
    let busy = forms.busy();
    view! {
        <form
            class="stacked-form"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                forms.submit_value();
            }
        >
            <TextField
                id=ids.value
                label=if phone {
                    t_string!(i18n, contact_phone_label)
                } else {
                    t_string!(i18n, contact_email_label)
                }
                    .to_string()
                hint=if phone {
                    t_string!(i18n, contact_phone_hint)
                } else {
                    t_string!(i18n, contact_email_hint)
                }
                    .to_string()
                value=value
                errors=errors
                input_type=if phone { "tel" } else { "email" }
                autocomplete=if phone { "tel" } else { "email" }
                class="input-contact"
            />
            <div class="button-row">
                <button
                    type="submit"
                    class="button"
                    aria-disabled=move || busy.get().then_some("true")
                >
                    {move || {
                        if busy.get() {
                            t_string!(i18n, sending)
                        } else {
                            t_string!(i18n, contact_send_code)
                        }
                    }}
                </button>
                {move || {
                    (editing.get() && current.with(Option::is_some))
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="link-button"
                                    on:click=move |_| forms.cancel_change()
                                >
                                    {t_string!(i18n, sub_cancel)}
                                </button>
                            }
                        })
                }}
            </div>
        </form>
    }
}

/// "A code was sent to …", the code field, Confirm and "Send another code".
#[component]
pub(super) fn CodeForm(
    /// The contact's forms.
    forms: ContactForms,
) -> impl IntoView {
    let i18n = use_i18n();
    let ContactForms {
        ids,
        code,
        resent,
        errors,
        ..
    } = forms;
    let busy = forms.busy();
    view! {
        <form
            class="stacked-form"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                forms.submit_code();
            }
        >
            <p>
                {move || {
                    if resent.get() {
                        t_string!(i18n, contact_resent, to = forms.sent_to()).to_string()
                    } else {
                        t_string!(i18n, contact_code_sent, to = forms.sent_to()).to_string()
                    }
                }}
            </p>
            <TextField
                id=ids.code
                label=t_string!(i18n, contact_code_label).to_string()
                hint=t_string!(i18n, contact_code_hint).to_string()
                value=code
                errors=errors
                inputmode="numeric"
                autocomplete="one-time-code"
                class="input-code"
            />
            <div class="button-row">
                <button
                    type="submit"
                    class="button"
                    aria-disabled=move || busy.get().then_some("true")
                >
                    {t_string!(i18n, contact_confirm)}
                </button>
                <button
                    type="button"
                    class="link-button"
                    aria-disabled=move || busy.get().then_some("true")
                    on:click=move |_| forms.resend()
                >
                    {t_string!(i18n, contact_resend)}
                </button>
            </div>
        </form>
    }
}
