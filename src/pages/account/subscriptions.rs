//! The subscriptions list: its count (or the empty state), its items, and the "unsubscribed,
//! Undo" notice that subscribes again with the channels a removed item had, at its old place.

use super::subscription_item::SubscriptionItem;
use super::target::target_name;
use crate::api::ApiError;
use crate::components::form::focus_field;
use crate::components::subscribe::subscribe_with;
use crate::components::use_announcer;
use crate::i18n::*;
use crate::l10n::{error_message, use_lang};
use crate::pages::href;
use leptos::prelude::*;
use opendata_core::account::{Contacts, Subscription};
use opendata_core::format::format_int;
use opendata_core::routes::Route;

/// The list, its count, the "unsubscribed, Undo" notice and the empty state.
#[component]
pub(super) fn SubscriptionList(
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
    let undo = Callback::new(move |()| {
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
    });
    view! {
        {move || {
            removed
                .get()
                .map(|(s, _)| {
                    let name = target_name(&s, lang.get_untracked());
                    view! {
                        <UndoNotice
                            text=t_string!(i18n, sub_unsubscribed, name = name).to_string()
                            busy=undo_busy
                            undo_error=undo_error
                            on_undo=undo
                        />
                    }
                })
        }}
        <ListSummary count=Signal::derive(move || list.with(Vec::len)) />
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

/// "Unsubscribed from …" with its Undo button, and why an undo failed.
#[component]
fn UndoNotice(
    /// "Unsubscribed from {name}".
    text: String,
    /// An undo is on its way.
    #[prop(into)]
    busy: Signal<bool>,
    /// Why the last undo failed.
    #[prop(into)]
    undo_error: Signal<Option<ApiError>>,
    /// Subscribes again.
    on_undo: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notice sub-removed">
            <p id="sub-removed-text">{text}</p>
            <button
                type="button"
                class="button secondary"
                id="sub-undo"
                aria-describedby="sub-removed-text"
                aria-disabled=move || busy.get().then_some("true")
                on:click=move |_| on_undo.run(())
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
}

/// How many subscriptions there are, or, with none, where to find something to follow.
#[component]
fn ListSummary(
    /// How many subscriptions the list has.
    count: Signal<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let count_text = move || {
        let n = count.get() as u64;
        t_string!(
            i18n,
            account_subs_count,
            count = n,
            n = format_int(n, lang.get())
        )
        .to_string()
    };
    move || {
        if count.get() == 0 {
            view! {
                <div class="sub-empty">
                    <p>{t_string!(i18n, account_subs_empty)}</p>
                    <p>{t_string!(i18n, account_subs_where)}</p>
                    <p>
                        <a href=move || {
                            href(lang.get(), &Route::catalogue())
                        }>{t_string!(i18n, account_find_datasets)}</a>
                    </p>
                </div>
            }
            .into_any()
        } else {
            view! { <p class="result-count">{count_text}</p> }.into_any()
        }
    }
}
