//! Following a dataset (agency, category): the current state in a button ("Subscribe" or
//! "Subscribed: SMS, E-mail") that opens a modal dialog with the channels, Save and
//! Unsubscribe. Signed-out citizens get a link to sign in that brings them back here.
//!
//! One control per kind of target on a page: the dialog's element ids are fixed per kind
//! (`sub-dataset-sms`, …), as the error summary's links need `'static` ids.

use crate::api::{self, ApiError};
use crate::components::{portal_dataset_href, portal_home_href, SignInLink};
use crate::components::{use_announcer, Chunk, ErrorPanel, ErrorSummary, FieldError, FormError};
use crate::i18n::*;
use crate::pages::split::load;
use crate::session::{use_session, SessionState};
use leptos::prelude::*;
use opendata_core::account::{Channel, Channels, Subscription, TargetKind};
use wasm_bindgen::JsCast;

/// The dialog's element ids for one kind of target.
#[derive(Clone, Copy)]
struct Ids {
    /// The first checkbox: where the "select a channel" error points.
    sms: &'static str,
    email: &'static str,
    push: &'static str,
    hint: &'static str,
    /// The hint and the error (FieldError's id is the field's id + `-error`).
    hint_error: &'static str,
    title: &'static str,
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

fn ids(kind: TargetKind) -> Ids {
    match kind {
        TargetKind::Dataset => ids_for!("dataset"),
        TargetKind::Agency => ids_for!("agency"),
        TargetKind::Category => ids_for!("category"),
    }
}

/// A channel's name in the UI language.
pub fn channel_label(i18n: I18nContext, c: Channel) -> String {
    match c {
        Channel::Sms => t_string!(i18n, sub_channel_sms),
        Channel::Email => t_string!(i18n, sub_channel_email),
        Channel::Push => t_string!(i18n, sub_channel_push),
    }
    .to_string()
}

/// The channels that are on, as a list inside a sentence: "SMS, e-mail" (a label's capital
/// is lowered unless it is an abbreviation).
pub fn channels_text(i18n: I18nContext, c: Channels) -> String {
    Channel::ALL
        .into_iter()
        .filter(|ch| ch.get(c))
        .map(|ch| in_sentence(&channel_label(i18n, ch)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "E-mail" → "e-mail", "SMS" stays.
fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if second.is_lowercase() || !second.is_alphabetic() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_string(),
    }
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

fn checkbox_id(ids: Ids, c: Channel) -> &'static str {
    match c {
        Channel::Sms => ids.sms,
        Channel::Email => ids.email,
        Channel::Push => ids.push,
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

/// What a failed send was, for its retry.
#[derive(Clone, Copy, PartialEq)]
pub enum Action {
    Save,
    Unsubscribe,
}

/// The button with the current state and its dialog, for a signed-in citizen. The dialog's form
/// is a chunk of its own (`pages::split`), fetched when the pointer or focus reaches the button.
#[component]
fn SubscribeButton(
    /// What is followed.
    kind: TargetKind,
    /// Its id.
    target: StoredValue<String>,
    /// Its name.
    name: Signal<String>,
    /// The citizen's subscription to it, if any.
    current: RwSignal<Option<Subscription>>,
    /// After a send answered 401.
    on_expired: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let opener = NodeRef::<leptos::html::Button>::new();
    // Opened at least once: the form is built (and its code fetched) from then on.
    let opened = RwSignal::new(false);
    let form = FormArgs {
        kind,
        target,
        name,
        current,
        on_expired: Callback::new(move |_| on_expired()),
        dialog,
        open: RwSignal::new(false),
        draft: RwSignal::new(Channels::default()),
        errors: RwSignal::new(Vec::new()),
        attempt: RwSignal::new(0),
        send_error: RwSignal::new(None),
    };
    let show = move |_| {
        form.draft.set(
            current
                .get_untracked()
                .map(|s| s.channels)
                .unwrap_or_default(),
        );
        form.errors.set(Vec::new());
        form.send_error.set(None);
        form.open.set(true);
        opened.set(true);
        if let Some(d) = dialog.get_untracked() {
            let _ = d.show_modal();
        }
    };
    // Every way of closing (Esc, Cancel, after saving) ends here: back to the button.
    let on_close = move |_| {
        form.open.set(false);
        form.errors.set(Vec::new());
        form.send_error.set(None);
        if let Some(b) = opener.get_untracked() {
            let _ = b.focus();
        }
    };
    // The form's code, fetched before the click as a rule (one attempt at a time is shared).
    let prefetch = || {
        leptos::task::spawn_local(async {
            let _ = load::subscribe_form().await;
        })
    };

    view! {
        <button
            type="button"
            class="button subscribe-button"
            class:secondary=move || current.with(Option::is_some)
            aria-haspopup="dialog"
            node_ref=opener
            on:pointerenter=move |_| prefetch()
            on:focus=move |_| prefetch()
            on:click=show
        >
            {move || match current.get() {
                Some(s) => {
                    t_string!(i18n, sub_subscribed, channels = channels_text(i18n, s.channels))
                        .to_string()
                }
                None => t_string!(i18n, sub_subscribe).to_string(),
            }}
        </button>
        <dialog
            class="subscribe-dialog"
            node_ref=dialog
            aria-labelledby=ids(kind).title
            on:close=on_close
        >
            {move || {
                opened
                    .get()
                    .then(|| view! { <Chunk load=load::subscribe_form args=form.clone() /> })
            }}
        </dialog>
    }
}

/// What the dialog's form works on: the button's state and the dialog's.
#[derive(Clone)]
pub struct FormArgs {
    kind: TargetKind,
    target: StoredValue<String>,
    name: Signal<String>,
    current: RwSignal<Option<Subscription>>,
    on_expired: Callback<()>,
    dialog: NodeRef<leptos::html::Dialog>,
    /// The dialog is open (its error summary shows only then).
    open: RwSignal<bool>,
    /// The channels ticked.
    draft: RwSignal<Channels>,
    errors: RwSignal<Vec<FormError>>,
    attempt: RwSignal<u32>,
    /// What a failed send was, for its retry.
    send_error: RwSignal<Option<(ApiError, Action)>>,
}

/// The dialog's form: the channels, Save, Unsubscribe, Cancel (in its own chunk).
pub fn subscribe_form(args: FormArgs) -> impl IntoView {
    let FormArgs {
        kind,
        target,
        name,
        current,
        on_expired,
        dialog,
        open,
        draft,
        errors,
        attempt,
        send_error,
    } = args;
    let i18n = use_i18n();
    let announcer = use_announcer();
    let busy = RwSignal::new(false);
    let ids = ids(kind);
    let close = move || {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    // The dialog opened before its form arrived: focus goes where opening it would have put it.
    request_animation_frame(move || {
        let Some(d) = dialog.get_untracked() else {
            return;
        };
        let inside = document()
            .active_element()
            .is_some_and(|a| a != **d && d.contains(Some(&a)));
        if d.open() && !inside {
            if let Some(first) = document()
                .get_element_by_id(ids.sms)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = first.focus();
            }
        }
    });
    let channel_error = move || FormError {
        field: ids.sms,
        message: t_string!(i18n, sub_channel_required).to_string(),
    };
    let save = move || {
        if busy.get_untracked() {
            return;
        }
        let c = draft.get_untracked();
        attempt.update(|n| *n += 1);
        send_error.set(None);
        if !c.any() {
            errors.set(vec![channel_error()]);
            return;
        }
        errors.set(Vec::new());
        busy.set(true);
        leptos::task::spawn_local(async move {
            let t = target.get_value();
            let r = match current.get_untracked() {
                Some(s) => match api::account::set_channels(s.id, c).await {
                    // Unsubscribed meanwhile (another tab): subscribe again.
                    Err(ApiError::NotFound) => subscribe_with(kind, &t, c).await,
                    r => r,
                },
                None => subscribe_with(kind, &t, c).await,
            };
            busy.set(false);
            match r {
                Ok(s) => {
                    // The control may be gone by now (the citizen moved on): hence `try_`.
                    let text = channels_text(i18n, s.channels);
                    current.set(Some(s));
                    close();
                    announcer.announce(
                        t_string!(
                            i18n,
                            sub_saved_announce,
                            name = name.try_get_untracked().unwrap_or_default(),
                            channels = text
                        )
                        .to_string(),
                    );
                }
                Err(ApiError::Invalid(_)) => {
                    errors.set(vec![channel_error()]);
                    attempt.update(|n| *n += 1);
                }
                Err(ApiError::Unauthorized) => {
                    close();
                    on_expired.run(());
                }
                Err(e) => send_error.set(Some((e, Action::Save))),
            }
        });
    };
    let unsubscribe = move || {
        if busy.get_untracked() {
            return;
        }
        let Some(s) = current.get_untracked() else {
            return;
        };
        busy.set(true);
        send_error.set(None);
        leptos::task::spawn_local(async move {
            let r = api::account::unsubscribe(s.id).await;
            busy.set(false);
            match r {
                Ok(()) | Err(ApiError::NotFound) => {
                    current.set(None);
                    close();
                    announcer.announce(
                        t_string!(
                            i18n,
                            sub_unsubscribed,
                            name = name.try_get_untracked().unwrap_or_default()
                        )
                        .to_string(),
                    );
                }
                Err(ApiError::Unauthorized) => {
                    close();
                    on_expired.run(());
                }
                Err(e) => send_error.set(Some((e, Action::Unsubscribe))),
            }
        });
    };
    let invalid = move || errors.with(|e| e.iter().any(|x| x.field == ids.sms));

    view! {
        <form
            class="stacked-form"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                save();
            }
        >
            // Only while open: the page may have another form with its own summary.
            {move || {
                open.get().then(|| view! { <ErrorSummary errors=errors attempt=attempt /> })
            }}
            <h2 id=ids
                .title>
                {move || t_string!(i18n, sub_dialog_title, name = name.get()).to_string()}
            </h2>
            <p>{t_string!(i18n, sub_dialog_intro)}</p>
            <div class="field" class:field-invalid=invalid>
                <fieldset aria-describedby=move || {
                    if invalid() { ids.hint_error } else { ids.hint }
                }>
                    <legend>{t_string!(i18n, sub_channels_legend)}</legend>
                    <p class="hint" id=ids.hint>
                        {t_string!(i18n, sub_channels_hint)}
                    </p>
                    <FieldError field=ids.sms errors=errors />
                    {Channel::ALL
                        .into_iter()
                        .map(|ch| {
                            let id = checkbox_id(ids, ch);
                            view! {
                                <div class="choice">
                                    <input
                                        type="checkbox"
                                        id=id
                                        name="channels"
                                        value=ch.as_str()
                                        prop:checked=move || ch.get(draft.get())
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            draft.update(|c| ch.set(c, on));
                                        }
                                    />
                                    <label for=id>{channel_label(i18n, ch)}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </fieldset>
            </div>
            <div class="button-row">
                <button
                    type="submit"
                    class="button"
                    aria-disabled=move || busy.get().then_some("true")
                >
                    {move || {
                        if busy.get() {
                            t_string!(i18n, sub_saving)
                        } else {
                            t_string!(i18n, sub_save)
                        }
                    }}
                </button>
                {move || {
                    current
                        .with(Option::is_some)
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="button secondary"
                                    aria-disabled=move || busy.get().then_some("true")
                                    on:click=move |_| unsubscribe()
                                >
                                    {t_string!(i18n, sub_unsubscribe)}
                                </button>
                            }
                        })
                }}
                <button type="button" class="link-button" on:click=move |_| close()>
                    {t_string!(i18n, sub_cancel)}
                </button>
            </div>
            {move || {
                send_error
                    .get()
                    .map(|(e, action)| {
                        view! {
                            <ErrorPanel
                                error=e
                                on_retry=move |_| match action {
                                    Action::Save => save(),
                                    Action::Unsubscribe => unsubscribe(),
                                }
                            />
                        }
                    })
            }}
        </form>
    }
}
