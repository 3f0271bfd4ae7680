//! `/{lang}/account/subscriptions`: the signed-in citizen's subscriptions and contacts.
//!
//! Subscriptions: each target linked, its channels as checkboxes that save at once (rolled
//! back with the reason if the portal refuses), Unsubscribe with Undo. Contacts: phone and
//! e-mail with the GOV.UK "confirm your phone number" pattern (a code is sent, typed, checked).
//!
//! This module: the page, and its two sections for a signed-in citizen. The parts: the list
//! ([`subscriptions`]) and each of its items ([`subscription_item`]), what a target is called and
//! where it lives ([`target`]); a contact's block ([`contacts`]), its forms ([`contact_forms`])
//! and what they send ([`contact_send`]).

mod contact_forms;
mod contact_send;
mod contacts;
mod subscription_item;
mod subscriptions;
mod target;

use crate::api::{self, ApiError};
use crate::components::{ErrorSummary, FormError, Remote, SignInPrompt};
use crate::i18n::*;
use crate::l10n::use_title;
use crate::session::{use_session, SessionState};
use contacts::ContactBlock;
use leptos::prelude::*;
use opendata_core::account::{ContactKind, Contacts, Subscription};
use subscriptions::SubscriptionList;

/// Which of the page's three states the session is in (signed-in keeps its state while the
/// session is refreshed for the same user).
#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Loading,
    SignedIn(u64),
    SignedOut,
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let expired = RwSignal::new(false);
    use_title(move || t_string!(i18n, account_title).to_string());
    let state = Memo::new(move |_| match session.get() {
        SessionState::Loading => View::Loading,
        SessionState::SignedIn(u) => View::SignedIn(u.id),
        _ => View::SignedOut,
    });
    let on_expired = Callback::new(move |()| {
        session.ended(expired);
    });
    view! {
        <div class="account">
            <h1>{t_string!(i18n, account_title)}</h1>
            {move || match state.get() {
                View::Loading => view! { <crate::components::Loading /> }.into_any(),
                View::SignedIn(_) => view! { <AccountBody on_expired=on_expired /> }.into_any(),
                View::SignedOut => {
                    view! {
                        <SignInPrompt
                            message=t_string!(i18n, account_sign_in).to_string()
                            expired=expired
                        />
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// The subscriptions and contacts of a signed-in citizen.
#[component]
fn AccountBody(
    /// A request answered 401.
    on_expired: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let subs = LocalResource::new(|| api::account::subscriptions(None));
    let contacts_res = LocalResource::new(api::account::contacts);
    let list = RwSignal::new(Vec::<Subscription>::new());
    let contacts = RwSignal::new(None::<Contacts>);
    Effect::new(move |_| match subs.get() {
        Some(Ok(l)) => list.set(l.subscriptions),
        Some(Err(ApiError::Unauthorized)) => on_expired.run(()),
        _ => {}
    });
    Effect::new(move |_| match contacts_res.get() {
        Some(Ok(c)) => contacts.set(Some(c)),
        Some(Err(ApiError::Unauthorized)) => on_expired.run(()),
        _ => {}
    });
    // One error summary for the contact forms (GOV.UK: one per page), fed by the last submit.
    let errors = RwSignal::new(Vec::<FormError>::new());
    let attempt = RwSignal::new(0u32);
    view! {
        <section class="account-section" aria-labelledby="subscriptions-heading">
            <h2 id="subscriptions-heading">{t_string!(i18n, account_subs_heading)}</h2>
            <Remote resource=subs let:_l>
                <SubscriptionList list=list contacts=contacts on_expired=on_expired />
            </Remote>
        </section>
        <section class="account-section" aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">{t_string!(i18n, contact_heading)}</h2>
            <p class="hint">{t_string!(i18n, contact_intro)}</p>
            <ErrorSummary errors=errors attempt=attempt />
            <Remote resource=contacts_res let:_c>
                <ContactBlock
                    kind=ContactKind::Phone
                    contacts=contacts
                    errors=errors
                    attempt=attempt
                    on_expired=on_expired
                />
                <ContactBlock
                    kind=ContactKind::Email
                    contacts=contacts
                    errors=errors
                    attempt=attempt
                    on_expired=on_expired
                />
            </Remote>
        </section>
    }
}
