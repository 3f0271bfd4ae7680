//! The control's button for a signed-in citizen: the current state ("Subscribe", or
//! "Subscribed: SMS, e-mail"), and the modal dialog it opens, whose form is fetched as a chunk
//! of its own when the pointer or focus reaches the button.

use super::channels::channels_text;
use super::ids::ids;
use super::load;
use crate::api::ApiError;
use crate::components::{Chunk, FormError};
use crate::i18n::*;
use leptos::prelude::*;
use opendata_core::account::{Channels, Subscription, TargetKind};

/// What a failed send was, for its retry.
#[derive(Clone, Copy, PartialEq)]
pub enum SubscribeStep {
    Save,
    Unsubscribe,
}

/// The button with the current state and its dialog, for a signed-in citizen. The dialog's form
/// is a chunk of its own (the split point in `subscribe/mod.rs`), fetched when the pointer or focus reaches the button.
#[component]
pub(super) fn SubscribeButton(
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
    pub(super) kind: TargetKind,
    pub(super) target: StoredValue<String>,
    pub(super) name: Signal<String>,
    pub(super) current: RwSignal<Option<Subscription>>,
    pub(super) on_expired: Callback<()>,
    pub(super) dialog: NodeRef<leptos::html::Dialog>,
    /// The dialog is open (its error summary shows only then).
    pub(super) open: RwSignal<bool>,
    /// The channels ticked.
    pub(super) draft: RwSignal<Channels>,
    pub(super) errors: RwSignal<Vec<FormError>>,
    pub(super) attempt: RwSignal<u32>,
    /// What a failed send was, for its retry.
    pub(super) send_error: RwSignal<Option<(ApiError, SubscribeStep)>>,
}
