//! One item of the subscriptions list: its target, its channels as checkboxes that save at
//! once (rolled back with the reason if the portal refuses), where the change stands, warnings
//! for a channel without a confirmed contact, and Unsubscribe.

use super::target::{kind_label, target_href, target_name};
use crate::api::{self, ApiError};
use crate::components::subscribe::{channel_label, channels_text};
use crate::components::use_announcer;
use crate::i18n::*;
use crate::l10n::{error_message, owned, use_lang, Tr};
use leptos::prelude::*;
use opendata_core::account::{Channel, Channels, ContactKind, Contacts, Subscription};
use wasm_bindgen::JsCast;

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
pub(super) fn SubscriptionItem(
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
            <ChannelChoices
                id=id
                name=name.clone()
                status_id=status_id.clone()
                channels=channels
                on_toggle=Callback::new(move |(ch, ev)| toggle(ch, ev))
            />
            <StatusLine id=status_id status=status />
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

/// A subscription's channels as checkboxes (`sub-{id}-sms`, …), under "Notify me by".
#[component]
fn ChannelChoices(
    /// The subscription's id.
    id: u64,
    /// Its target's name (for the legend, to screen readers).
    name: String,
    /// The id of the line that says where a change stands.
    status_id: String,
    /// The channels that are on, as shown.
    #[prop(into)]
    channels: Signal<Channels>,
    /// A checkbox was changed.
    on_toggle: Callback<(Channel, leptos::ev::Event)>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="sub-channels" aria-describedby=status_id>
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
                                    on:change=move |ev| on_toggle.run((ch, ev))
                                />
                                <label for=cid>{channel_label(i18n, ch)}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// Where the last channel change stands: saving, saved, refused and why.
#[component]
fn StatusLine(
    /// The line's id (the channels' fieldset is described by it).
    id: String,
    /// Where the change stands.
    #[prop(into)]
    status: Signal<ItemStatus>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="sub-status" id=id>
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
                        <span class="sub-problem">{t_string!(i18n, account_keep_a_channel)}</span>
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
    }
}
