//! `/{lang}/account/subscriptions`: the signed-in citizen's subscriptions and contacts.
//!
//! Subscriptions: each target linked, its channels as checkboxes that save at once (rolled
//! back with the reason if the portal refuses), Unsubscribe with Undo. Contacts: phone and
//! e-mail with the GOV.UK "confirm your phone number" pattern (a code is sent, typed, checked).

use crate::api::{self, ApiError};
use crate::components::form::focus_field;
use crate::components::subscribe::{channel_label, channels_text, subscribe_with};
use crate::components::{
    use_announcer, ErrorPanel, ErrorSummary, FormError, Remote, SignInPrompt, TextField,
};
use crate::i18n::*;
use crate::l10n::{error_message, owned, use_lang, use_title, Tr};
use crate::pages::app_path;
use crate::session::{use_session, SessionState};
use leptos::prelude::*;
use opendata_core::account::{
    display_contact, normalize_phone, valid_email, Channel, ContactKind, Contacts, FieldCode,
    Subscription, TargetKind,
};
use opendata_core::format::format_int;
use opendata_core::url::encode;
use opendata_core::Lang;
use wasm_bindgen::JsCast;

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

/// A target's name in the UI language (else another language, else its id).
fn target_name(s: &Subscription, l: Lang) -> String {
    s.target
        .names
        .pick(l)
        .map(|(n, _)| n.to_string())
        .unwrap_or_else(|| s.target.id.clone())
}

/// Where a target lives on the portal: the dataset page, or the catalogue filtered by it.
fn target_href(s: &Subscription, l: Lang) -> String {
    let id = encode(&s.target.id);
    match s.target.kind {
        TargetKind::Dataset => app_path(l, &format!("/datasets/{id}")),
        TargetKind::Agency => app_path(l, &format!("/datasets?agency={id}")),
        TargetKind::Category => app_path(l, &format!("/datasets?category={id}")),
    }
}

fn kind_label(i18n: I18nContext, k: TargetKind) -> String {
    match k {
        TargetKind::Dataset => t_string!(i18n, account_kind_dataset),
        TargetKind::Agency => t_string!(i18n, account_kind_agency),
        TargetKind::Category => t_string!(i18n, account_kind_category),
    }
    .to_string()
}

/// The list, its count, the "unsubscribed, Undo" notice and the empty state.
#[component]
fn SubscriptionList(
    /// The citizen's subscriptions, as shown.
    list: RwSignal<Vec<Subscription>>,
    /// The citizen's contacts (for "SMS is on but the phone is not confirmed").
    contacts: RwSignal<Option<Contacts>>,
    /// A request answered 401.
    on_expired: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let announcer = use_announcer();
    // The last removed subscription (with its channels then) and where it was in the list.
    let removed = RwSignal::new(None::<(Subscription, usize)>);
    let undo_busy = RwSignal::new(false);
    let undo_error = RwSignal::new(None::<ApiError>);
    let on_removed = Callback::new(move |s: Subscription| {
        let name = target_name(&s, lang.get_untracked());
        let mut at = 0;
        list.update(|l| {
            at = l.iter().position(|x| x.id == s.id).unwrap_or(0);
            l.retain(|x| x.id != s.id);
        });
        undo_error.set(None);
        removed.set(Some((s, at)));
        announcer.announce(t_string!(i18n, sub_unsubscribed, name = name).to_string());
        // The button that had focus is gone: go on from the Undo button.
        request_animation_frame(|| focus_field("sub-undo"));
    });
    let undo = move || {
        if undo_busy.get_untracked() {
            return;
        }
        let Some((s, at)) = removed.get_untracked() else {
            return;
        };
        undo_busy.set(true);
        undo_error.set(None);
        leptos::task::spawn_local(async move {
            let r = subscribe_with(s.target.kind, &s.target.id, s.channels).await;
            undo_busy.set(false);
            match r {
                Ok(back) => {
                    let id = back.id;
                    let name = target_name(&back, lang.get_untracked());
                    list.update(|l| {
                        l.retain(|x| x.id != id);
                        l.insert(at.min(l.len()), back);
                    });
                    removed.set(None);
                    announcer.announce(t_string!(i18n, account_restored, name = name).to_string());
                    request_animation_frame(move || focus_field(&format!("sub-{id}-link")));
                }
                Err(ApiError::Unauthorized) => on_expired.run(()),
                Err(e) => undo_error.set(Some(e)),
            }
        });
    };
    let count = move || {
        let n = list.with(Vec::len) as u64;
        t_string!(
            i18n,
            account_subs_count,
            count = n,
            n = format_int(n, lang.get())
        )
        .to_string()
    };
    view! {
        {move || {
            removed
                .get()
                .map(|(s, _)| {
                    let name = target_name(&s, lang.get_untracked());
                    view! {
                        <div class="notice sub-removed">
                            <p id="sub-removed-text">
                                {t_string!(i18n, sub_unsubscribed, name = name).to_string()}
                            </p>
                            <button
                                type="button"
                                class="button secondary"
                                id="sub-undo"
                                aria-describedby="sub-removed-text"
                                aria-disabled=move || undo_busy.get().then_some("true")
                                on:click=move |_| undo()
                            >
                                {t_string!(i18n, account_undo)}
                            </button>
                            {move || {
                                undo_error
                                    .get()
                                    .map(|e| {
                                        view! {
                                            <p class="field-error" role="alert">
                                                {error_message(i18n, &e)}
                                            </p>
                                        }
                                    })
                            }}
                        </div>
                    }
                })
        }}
        {move || {
            if list.with(Vec::is_empty) {
                view! {
                    <div class="sub-empty">
                        <p>{t_string!(i18n, account_subs_empty)}</p>
                        <p>{t_string!(i18n, account_subs_where)}</p>
                        <p>
                            <a href=move || {
                                app_path(lang.get(), "/datasets")
                            }>{t_string!(i18n, account_find_datasets)}</a>
                        </p>
                    </div>
                }
                    .into_any()
            } else {
                view! { <p class="result-count">{count}</p> }.into_any()
            }
        }}
        <ul class="subscription-list">
            <For
                each=move || list.get()
                key=|s| s.id
                children=move |s: Subscription| {
                    view! {
                        <SubscriptionItem
                            s=s
                            contacts=contacts
                            on_removed=on_removed
                            on_expired=on_expired
                        />
                    }
                }
            />
        </ul>
    }
}

/// Where a subscription's channel change stands.
#[derive(Clone, PartialEq)]
enum ItemStatus {
    Idle,
    Saving,
    Saved,
    /// The last channel was about to be turned off; nothing was sent.
    KeepOne,
    Failed(ApiError),
}

/// One subscription: its target, channels (saved at once) and Unsubscribe.
#[component]
fn SubscriptionItem(
    /// The subscription as loaded.
    s: Subscription,
    /// The citizen's contacts.
    contacts: RwSignal<Option<Contacts>>,
    /// After it was deleted, with its channels at that moment.
    on_removed: Callback<Subscription>,
    /// A request answered 401.
    on_expired: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    let announcer = use_announcer();
    let id = s.id;
    let channels = RwSignal::new(s.channels);
    let status = RwSignal::new(ItemStatus::Idle);
    let unsub_busy = RwSignal::new(false);
    let unsub_error = RwSignal::new(None::<ApiError>);
    // Answers to older changes of the same subscription are ignored once a newer one is sent.
    let seq = StoredValue::new(0u32);
    let name = target_name(&s, lang);
    let href = target_href(&s, lang);
    let kind = kind_label(i18n, s.target.kind);
    let title = owned(s.target.names.pick(lang));
    let base = StoredValue::new(s);
    let name_sv = StoredValue::new(name.clone());
    let status_id = format!("sub-{id}-status");

    let toggle = move |ch: Channel, ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        let before = channels.get_untracked();
        let mut next = before;
        ch.set(&mut next, on);
        if !next.any() {
            // Explain instead of sending a change the portal refuses; the box stays ticked.
            if let Some(input) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                input.set_checked(true);
            }
            status.set(ItemStatus::KeepOne);
            announcer.announce(t_string!(i18n, account_keep_a_channel).to_string());
            return;
        }
        channels.set(next);
        status.set(ItemStatus::Saving);
        seq.update_value(|n| *n += 1);
        let mine = seq.get_value();
        leptos::task::spawn_local(async move {
            let r = api::account::set_channels(id, next).await;
            // A newer change was made meanwhile, or the list is gone (the citizen moved on).
            if seq.try_get_value() != Some(mine) {
                return;
            }
            match r {
                Ok(saved) => {
                    channels.set(saved.channels);
                    status.set(ItemStatus::Saved);
                    announcer.announce(
                        t_string!(
                            i18n,
                            account_saved_announce,
                            name = name_sv.get_value(),
                            channels = channels_text(i18n, saved.channels)
                        )
                        .to_string(),
                    );
                }
                Err(ApiError::Unauthorized) => {
                    channels.set(before);
                    on_expired.run(());
                }
                Err(e) => {
                    channels.set(before);
                    announcer.announce(format!(
                        "{} {}",
                        t_string!(i18n, account_not_saved),
                        error_message(i18n, &e)
                    ));
                    status.set(ItemStatus::Failed(e));
                }
            }
        });
    };
    let unsubscribe = move |_| {
        if unsub_busy.get_untracked() {
            return;
        }
        unsub_busy.set(true);
        unsub_error.set(None);
        leptos::task::spawn_local(async move {
            let r = api::account::unsubscribe(id).await;
            unsub_busy.set(false);
            match r {
                Ok(()) | Err(ApiError::NotFound) => {
                    let Some(mut s) = base.try_get_value() else {
                        return;
                    };
                    s.channels = channels.get_untracked();
                    on_removed.run(s);
                }
                Err(ApiError::Unauthorized) => on_expired.run(()),
                Err(e) => unsub_error.set(Some(e)),
            }
        });
    };
    // "SMS is on, but no confirmed phone": contacts unknown yet → say nothing.
    let unconfirmed = move |ch: Channel, kind: ContactKind| {
        ch.get(channels.get())
            && contacts.with(|c| {
                c.as_ref()
                    .is_some_and(|c| !c.get(kind).is_some_and(|x| x.confirmed))
            })
    };

    view! {
        <li class="subscription">
            <h3 class="subscription-title">
                <a id=format!("sub-{id}-link") href=href>
                    <Tr value=title />
                </a>
            </h3>
            <p class="subscription-kind">{kind}</p>
            <fieldset class="sub-channels" aria-describedby=status_id.clone()>
                <legend>
                    {t_string!(i18n, account_notify_by)}
                    <span class="visually-hidden">{format!(" ({name})")}</span>
                </legend>
                <div class="sub-channel-row">
                    {Channel::ALL
                        .into_iter()
                        .map(|ch| {
                            let cid = format!("sub-{id}-{}", ch.as_str());
                            view! {
                                <div class="choice">
                                    <input
                                        type="checkbox"
                                        id=cid.clone()
                                        prop:checked=move || ch.get(channels.get())
                                        on:change=move |ev| toggle(ch, ev)
                                    />
                                    <label for=cid>{channel_label(i18n, ch)}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <p class="sub-status" id=status_id>
                {move || match status.get() {
                    ItemStatus::Idle => ().into_any(),
                    ItemStatus::Saving => {
                        view! { <span class="sub-saving">{t_string!(i18n, sub_saving)}</span> }
                            .into_any()
                    }
                    ItemStatus::Saved => {
                        view! {
                            <span class="sub-saved">
                                <span aria-hidden="true">"✓ "</span>
                                {t_string!(i18n, account_saved)}
                            </span>
                        }
                            .into_any()
                    }
                    ItemStatus::KeepOne => {
                        view! {
                            <span class="sub-problem">
                                {t_string!(i18n, account_keep_a_channel)}
                            </span>
                        }
                            .into_any()
                    }
                    ItemStatus::Failed(e) => {
                        view! {
                            <span class="sub-problem">
                                {t_string!(i18n, account_not_saved)} " " {error_message(i18n, &e)}
                            </span>
                        }
                            .into_any()
                    }
                }}
            </p>
            {move || {
                unconfirmed(Channel::Sms, ContactKind::Phone)
                    .then(|| {
                        view! {
                            <p class="sub-warning">{t_string!(i18n, account_sms_unconfirmed)}</p>
                        }
                    })
            }}
            {move || {
                unconfirmed(Channel::Email, ContactKind::Email)
                    .then(|| {
                        view! {
                            <p class="sub-warning">{t_string!(i18n, account_email_unconfirmed)}</p>
                        }
                    })
            }}
            <button
                type="button"
                class="button secondary"
                aria-disabled=move || unsub_busy.get().then_some("true")
                on:click=unsubscribe
            >
                {t_string!(i18n, sub_unsubscribe)}
                <span class="visually-hidden">{format!(" ({name})")}</span>
            </button>
            {move || {
                unsub_error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="field-error" role="alert">
                                {error_message(i18n, &e)}
                            </p>
                        }
                    })
            }}
        </li>
    }
}

/// The field ids of a contact's forms.
struct Ids {
    value: &'static str,
    code: &'static str,
    state: &'static str,
}

fn ids(kind: ContactKind) -> Ids {
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

/// What a failed send was, for its retry.
#[derive(Clone, Copy, PartialEq)]
enum ContactAction {
    Value,
    Confirm,
    Resend,
}

/// One contact: its value and state, the form to set or change it, and the code form.
#[component]
fn ContactBlock(
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
    let announcer = use_announcer();
    let ids = ids(kind);
    let phone = kind == ContactKind::Phone;
    let current =
        Memo::new(move |_| contacts.with(|c| c.as_ref().and_then(|c| c.get(kind).cloned())));
    let editing = RwSignal::new(false);
    let value = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let resent = RwSignal::new(false);
    let send_error = RwSignal::new(None::<(ApiError, ContactAction)>);
    let mine = move |f: &str| f == ids.value || f == ids.code;
    let set_errors = move |errs: Vec<FormError>| {
        errors.set(errs);
        attempt.update(|n| *n += 1);
    };
    let clear_errors = move || {
        if errors.with(|e| e.iter().any(|x| mine(x.field))) {
            errors.update(|e| e.retain(|x| !mine(x.field)));
        }
    };
    let value_error = move |code: FieldCode| FormError {
        field: ids.value,
        message: match (phone, code) {
            (true, FieldCode::Required) => t_string!(i18n, contact_phone_required),
            (true, _) => t_string!(i18n, contact_phone_invalid),
            (false, FieldCode::Required) => t_string!(i18n, contact_email_required),
            (false, _) => t_string!(i18n, contact_email_invalid),
        }
        .to_string(),
    };
    let code_error = move |c: FieldCode| FormError {
        field: ids.code,
        message: match c {
            FieldCode::Required => t_string!(i18n, contact_code_required),
            FieldCode::Wrong => t_string!(i18n, contact_code_wrong),
            FieldCode::NoCode => t_string!(i18n, contact_code_none),
            _ => t_string!(i18n, contact_code_digits),
        }
        .to_string(),
    };
    let sent_to = move || {
        current
            .get()
            .map(|c| display_contact(&c.value))
            .unwrap_or_default()
    };

    let submit_value = move || {
        if busy.get_untracked() {
            return;
        }
        let raw = value.get_untracked();
        let checked = if raw.trim().is_empty() {
            Err(FieldCode::Required)
        } else if phone {
            normalize_phone(&raw).ok_or(FieldCode::Invalid)
        } else if valid_email(raw.trim()) {
            Ok(raw.trim().to_string())
        } else {
            Err(FieldCode::Invalid)
        };
        send_error.set(None);
        let v = match checked {
            Ok(v) => v,
            Err(c) => return set_errors(vec![value_error(c)]),
        };
        clear_errors();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let r = api::account::set_contact(kind, &v).await;
            busy.set(false);
            match r {
                Ok(c) => {
                    contacts.set(Some(c));
                    editing.set(false);
                    resent.set(false);
                    code.set(String::new());
                    announcer.announce(
                        t_string!(i18n, contact_code_sent, to = display_contact(&v)).to_string(),
                    );
                    request_animation_frame(move || focus_field(ids.code));
                }
                Err(ApiError::Invalid(f)) => set_errors(
                    f.iter()
                        .map(|e| {
                            value_error(FieldCode::parse(&e.code).unwrap_or(FieldCode::Invalid))
                        })
                        .take(1)
                        .collect(),
                ),
                Err(ApiError::Unauthorized) => on_expired.run(()),
                Err(e) => send_error.set(Some((e, ContactAction::Value))),
            }
        });
    };
    let submit_code = move || {
        if busy.get_untracked() {
            return;
        }
        let c: String = code
            .get_untracked()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        send_error.set(None);
        if c.is_empty() {
            return set_errors(vec![code_error(FieldCode::Required)]);
        }
        if c.len() != 6 || !c.bytes().all(|b| b.is_ascii_digit()) {
            return set_errors(vec![code_error(FieldCode::Invalid)]);
        }
        clear_errors();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let r = api::account::confirm_contact(kind, &c).await;
            busy.set(false);
            match r {
                Ok(cs) => {
                    contacts.set(Some(cs));
                    resent.set(false);
                    announcer.announce(if phone {
                        t_string!(i18n, contact_phone_done).to_string()
                    } else {
                        t_string!(i18n, contact_email_done).to_string()
                    });
                    request_animation_frame(move || focus_field(ids.state));
                }
                Err(ApiError::Invalid(f)) => set_errors(
                    f.iter()
                        .map(|e| code_error(FieldCode::parse(&e.code).unwrap_or(FieldCode::Wrong)))
                        .take(1)
                        .collect(),
                ),
                Err(ApiError::Unauthorized) => on_expired.run(()),
                Err(e) => send_error.set(Some((e, ContactAction::Confirm))),
            }
        });
    };
    let resend = move || {
        if busy.get_untracked() {
            return;
        }
        send_error.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            let r = api::account::resend_code(kind).await;
            busy.set(false);
            match r {
                Ok(cs) => {
                    let to = cs
                        .get(kind)
                        .map(|c| display_contact(&c.value))
                        .unwrap_or_default();
                    contacts.set(Some(cs));
                    resent.set(true);
                    announcer.announce(t_string!(i18n, contact_resent, to = to).to_string());
                }
                Err(ApiError::Unauthorized) => on_expired.run(()),
                Err(e) => send_error.set(Some((e, ContactAction::Resend))),
            }
        });
    };
    let start_change = move |_| {
        value.set(
            current
                .get_untracked()
                .map(|c| display_contact(&c.value))
                .unwrap_or_default(),
        );
        editing.set(true);
        request_animation_frame(move || focus_field(ids.value));
    };
    let cancel_change = move |_| {
        editing.set(false);
        clear_errors();
        send_error.set(None);
        request_animation_frame(move || focus_field(ids.state));
    };
    let show_value_form = move || editing.get() || current.with(Option::is_none);
    let show_confirm =
        move || !show_value_form() && current.with(|c| c.as_ref().is_some_and(|c| !c.confirmed));

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
            <p class="contact-state" id=ids.state tabindex="-1">
                {move || match current.get() {
                    None => view! { <span>{t_string!(i18n, contact_none)}</span> }.into_any(),
                    Some(c) => {
                        view! {
                            <span class="contact-value">{display_contact(&c.value)}</span>
                            " "
                            <strong class="tag" class:tag-ok=c.confirmed>
                                {if c.confirmed {
                                    t_string!(i18n, contact_confirmed)
                                } else {
                                    t_string!(i18n, contact_unconfirmed)
                                }}
                            </strong>
                        }
                            .into_any()
                    }
                }}
            </p>
            {move || {
                show_value_form()
                    .then(|| {
                        view! {
                            <form
                                class="stacked-form"
                                novalidate
                                on:submit=move |ev| {
                                    ev.prevent_default();
                                    submit_value();
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
                                                        on:click=cancel_change
                                                    >
                                                        {t_string!(i18n, sub_cancel)}
                                                    </button>
                                                }
                                            })
                                    }}
                                </div>
                            </form>
                        }
                    })
            }}
            {move || {
                show_confirm()
                    .then(|| {
                        view! {
                            <form
                                class="stacked-form"
                                novalidate
                                on:submit=move |ev| {
                                    ev.prevent_default();
                                    submit_code();
                                }
                            >
                                <p>
                                    {move || {
                                        if resent.get() {
                                            t_string!(i18n, contact_resent, to = sent_to()).to_string()
                                        } else {
                                            t_string!(i18n, contact_code_sent, to = sent_to())
                                                .to_string()
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
                                        on:click=move |_| resend()
                                    >
                                        {t_string!(i18n, contact_resend)}
                                    </button>
                                </div>
                            </form>
                        }
                    })
            }}
            {move || {
                (!show_value_form())
                    .then(|| {
                        view! {
                            <p>
                                <button type="button" class="link-button" on:click=start_change>
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
                send_error
                    .get()
                    .map(|(e, action)| {
                        view! {
                            <ErrorPanel
                                error=e
                                on_retry=move |_| match action {
                                    ContactAction::Value => submit_value(),
                                    ContactAction::Confirm => submit_code(),
                                    ContactAction::Resend => resend(),
                                }
                            />
                        }
                    })
            }}
        </section>
    }
}
