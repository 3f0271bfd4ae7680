//! Following a dataset (agency, category): the current state in a button ("Subscribe" or
//! "Subscribed: SMS, E-mail") that opens a modal dialog with the channels, Save and
//! Unsubscribe. Signed-out citizens get a link to sign in that brings them back here.
//!
//! One control per kind of target on a page: the dialog's element ids are fixed per kind
//! (`sub-dataset-sms`, …), as the error summary's links need `'static` ids.
//!
//! This module: the control and subscribing. The parts: the button and its dialog
//! ([`button`]), the dialog's form ([`form`], a chunk of its own), channels in words
//! ([`channels`]), the dialog's element ids ([`ids`]).

mod button;
mod channels;
mod form;
mod ids;

pub use button::{FormArgs, SubscribeStep};
pub use channels::{channel_label, channels_text};

use crate::api::{self, ApiError};
use crate::components::ErrorPanel;
use crate::components::{portal_dataset_href, portal_home_href, SignInLink};
use crate::i18n::*;
use crate::session::{use_session, SessionState};
use button::SubscribeButton;
use leptos::prelude::*;
use opendata_core::account::{Channels, Subscription, TargetKind};

// The dialog's form is a chunk of its own, fetched when the pointer or focus reaches the button.
crate::components::split_points! {
    subscribe_form in subscribe: FormArgs => |a| form::subscribe_form(a);
}

/// Subscribes with `channels`; an existing subscription to the same target (the portal then
/// answers with it unchanged) gets the chosen channels too.
pub async fn subscribe_with(
    kind: TargetKind,
    target: &str,
    channels: Channels,
) -> Result<Subscription, ApiError> {
    let s = api::account::subscribe(kind, target, channels).await?;
    if s.channels == channels {
        Ok(s)
    } else {
        api::account::set_channels(s.id, channels).await
    }
}

#[component]
pub fn SubscribeControl(
    /// What is followed.
    kind: TargetKind,
    /// Its id: a dataset's apiUri, an agency's or a category's id.
    target: String,
    /// What is followed, by name in the UI language (dialog heading, announcements).
    #[prop(into)]
    name: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let target = StoredValue::new(target);
    let user = Memo::new(move |_| session.user().map(|u| u.id));
    // The answer carries whose it is: while a newer citizen's answer is on its way the
    // resource still holds the old one, which must not show as theirs.
    let loaded = LocalResource::new(move || {
        let user = user.get();
        let t = target.get_value();
        async move {
            let r = match user {
                Some(_) => api::account::subscriptions(Some((kind, &t)))
                    .await
                    .map(|l| l.subscriptions.into_iter().next()),
                None => Ok(None),
            };
            (user, r)
        }
    });
    let current = RwSignal::new(None::<Subscription>);
    let expired = RwSignal::new(false);
    Effect::new(move |_| match loaded.get() {
        Some((u, Ok(s))) if u == user.get_untracked() => current.set(s),
        Some((_, Err(ApiError::Unauthorized))) => {
            session.ended(expired);
        }
        _ => {}
    });
    let on_expired = move || {
        session.ended(expired);
    };
    // What to show, as a memo: a repeated answer (a refetch) must not rebuild the button and
    // its dialog under the citizen's hands.
    let phase = Memo::new(move |_| match session.get() {
        SessionState::Loading => Phase::Unknown,
        SessionState::Unavailable => Phase::OnPortal,
        SessionState::SignedIn(u) => match loaded.get() {
            Some((Some(id), Ok(_))) if id == u.id => Phase::Ready,
            Some((_, Err(e))) if e != ApiError::Aborted && e != ApiError::Unauthorized => {
                Phase::Failed(e)
            }
            _ => Phase::Loading,
        },
        _ => Phase::SignedOut,
    });
    view! {
        <div class="subscribe-control">
            {move || match phase.get() {
                Phase::Ready => {
                    view! {
                        <SubscribeButton
                            kind=kind
                            target=target
                            name=name
                            current=current
                            on_expired=on_expired
                        />
                    }
                        .into_any()
                }
                Phase::Failed(e) => {
                    view! { <ErrorPanel error=e on_retry=move |_| loaded.refetch() /> }.into_any()
                }
                Phase::Unknown => ().into_any(),
                Phase::OnPortal => {
                    let href = match kind {
                        TargetKind::Dataset => target.with_value(|t| portal_dataset_href(t)),
                        _ => portal_home_href(),
                    };
                    // The portal's dataset page has its subscribe button; an agency or a
                    // category has no page there that we know of.
                    view! {
                        <a class="button secondary" href=href rel="external">
                            {t_string!(i18n, sub_on_portal)}
                        </a>
                    }
                        .into_any()
                }
                Phase::Loading => view! { <crate::components::Loading /> }.into_any(),
                Phase::SignedOut => {
                    view! {
                        {move || {
                            expired
                                .get()
                                .then(|| {
                                    view! {
                                        <p class="notice" role="alert">
                                            {t_string!(i18n, sub_session_ended)}
                                        </p>
                                    }
                                })
                        }}
                        <SignInLink class="button secondary">
                            {t_string!(i18n, sub_sign_in)}
                        </SignInLink>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// What the control shows.
#[derive(Clone, PartialEq)]
enum Phase {
    /// Who is signed in is not known yet.
    Unknown,
    /// The portal has no extension: subscribing is on its own pages.
    OnPortal,
    Loading,
    SignedOut,
    Ready,
    Failed(ApiError),
}
