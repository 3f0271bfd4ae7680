//! The dialog's form (in its own chunk): the channels, Save, Unsubscribe, Cancel, and a failed
//! send with its retry. Both sends are one Leptos [`Action`] (one at a time; its pending state
//! is the form's "busy").

use super::button::{FormArgs, SubscribeStep};
use super::channels::{channel_label, channels_text};
use super::ids::{checkbox_id, ids, Ids};
use super::subscribe_with;
use crate::api::{self, ApiError};
use crate::components::{use_announcer, ErrorPanel, ErrorSummary, FieldError, FormError};
use crate::i18n::*;
use leptos::prelude::*;
use opendata_core::account::{Channel, Channels, Subscription};
use wasm_bindgen::JsCast;

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
    // What the dialog sends: the channels ticked (onto the subscription there is, if any), or
    // an unsubscribe; answered with the subscription as it then stands (`None`: none).
    let send = Action::new_local(move |step: &(SubscribeStep, Channels)| {
        let (step, c) = *step;
        let (t, sub) = (target.get_value(), current.get_untracked().map(|s| s.id));
        async move {
            let r: Result<Option<Subscription>, ApiError> = match (step, sub) {
                (SubscribeStep::Save, Some(id)) => match api::account::set_channels(id, c).await {
                    // Unsubscribed meanwhile (another tab): subscribe again.
                    Err(ApiError::NotFound) => subscribe_with(kind, &t, c).await,
                    r => r,
                }
                .map(Some),
                (SubscribeStep::Save, None) => subscribe_with(kind, &t, c).await.map(Some),
                (SubscribeStep::Unsubscribe, Some(id)) => {
                    match api::account::unsubscribe(id).await {
                        Ok(()) | Err(ApiError::NotFound) => Ok(None),
                        Err(e) => Err(e),
                    }
                }
                (SubscribeStep::Unsubscribe, None) => Ok(None),
            };
            (step, r)
        }
    });
    let busy = send.pending();
    Effect::new(move |_| {
        let Some((step, r)) = send.value().get() else {
            return;
        };
        match r {
            Ok(Some(s)) => {
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
            Ok(None) => {
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
            Err(ApiError::Invalid(_)) => {
                errors.set(vec![channel_error()]);
                attempt.update(|n| *n += 1);
            }
            Err(ApiError::Unauthorized) => {
                close();
                on_expired.run(());
            }
            Err(e) => send_error.set(Some((e, step))),
        }
    });
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
        send.dispatch_local((SubscribeStep::Save, c));
    };
    let unsubscribe = move || {
        if busy.get_untracked() || current.with_untracked(Option::is_none) {
            return;
        }
        send_error.set(None);
        send.dispatch_local((SubscribeStep::Unsubscribe, Channels::default()));
    };

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
            <ChannelFieldset ids=ids draft=draft errors=errors />
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
                                    SubscribeStep::Save => save(),
                                    SubscribeStep::Unsubscribe => unsubscribe(),
                                }
                            />
                        }
                    })
            }}
        </form>
    }
}

/// The channels as checkboxes in a fieldset, with its hint and the "select a channel" error.
#[component]
fn ChannelFieldset(
    /// The dialog's element ids.
    ids: Ids,
    /// The channels ticked.
    draft: RwSignal<Channels>,
    /// The form's errors.
    #[prop(into)]
    errors: Signal<Vec<FormError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let invalid = move || errors.with(|e| e.iter().any(|x| x.field == ids.sms));
    view! {
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
    }
}
