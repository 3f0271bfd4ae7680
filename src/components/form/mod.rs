//! The GOV.UK validation pattern: validate on submit, an error summary at the top that takes
//! focus and links to each field, the message by the field, "Error:" in the document title.

use crate::i18n::*;
use crate::l10n::ErrorTitle;
use leptos::prelude::*;
use opendata_core::account::{too_long, FieldCode, FieldError as WireFieldError, MAX_TEXT};
use opendata_core::format::format_int;
use wasm_bindgen::JsCast;

/// One error of a form: the id of the field it belongs to and the message.
#[derive(Clone, Debug, PartialEq)]
pub struct FormError {
    pub field: &'static str,
    pub message: String,
}

fn next_id() -> u32 {
    // Global, not context: the ids must be unique in the document, across owner trees (dialogs).
    thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    NEXT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}

pub fn provide_error_title() {
    provide_context(ErrorTitle(RwSignal::new(0)));
}

/// The summary box. Shows nothing while `errors` is empty; takes focus whenever a submit
/// produced errors (`attempt` changes on every submit, so the same errors twice refocus).
#[component]
pub fn ErrorSummary(
    /// The errors, in form order.
    #[prop(into)]
    errors: Signal<Vec<FormError>>,
    /// Bumped on every submit.
    #[prop(into)]
    attempt: Signal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Unique per summary: a page may hold two forms (a dialog over a tab).
    let title_id = format!("error-summary-title-{}", next_id());
    let labelled_by = title_id.clone();
    let node = NodeRef::<leptos::html::Div>::new();
    let counter = use_context::<ErrorTitle>();
    let counted = StoredValue::new(false);
    Effect::new(move |_| {
        let has = !errors.with(Vec::is_empty);
        attempt.track();
        if let Some(c) = counter {
            if has != counted.get_value() {
                counted.set_value(has);
                c.0.update(|n| *n = if has { *n + 1 } else { n.saturating_sub(1) });
            }
        }
        if has {
            request_animation_frame(move || {
                if let Some(el) = node.get_untracked() {
                    let _ = el.focus();
                }
            });
        }
    });
    on_cleanup(move || {
        if let Some(c) = counter {
            if counted.get_value() {
                c.0.update(|n| *n = n.saturating_sub(1));
            }
        }
    });
    view! {
        <div
            class="error-summary"
            node_ref=node
            tabindex="-1"
            role="alert"
            aria-labelledby=labelled_by
            hidden=move || errors.with(Vec::is_empty)
        >
            <h2 id=title_id>{t_string!(i18n, form_error_summary)}</h2>
            <ul>
                {move || {
                    errors
                        .get()
                        .into_iter()
                        .map(|e| {
                            let id = e.field;
                            view! {
                                <li>
                                    <a
                                        href=format!("#{id}")
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            focus_field(id);
                                        }
                                    >
                                        {e.message}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}

/// Focuses a field by id (the router would treat `#id` as a navigation).
pub fn focus_field(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// The message of `field` among `errors`, for the line by the field.
pub fn field_error(errors: &[FormError], field: &str) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.message.clone())
}

/// The error line by a field (`id` = `{field}-error`, for `aria-describedby`).
#[component]
pub fn FieldError(
    /// The field's id.
    field: &'static str,
    /// All errors of the form.
    #[prop(into)]
    errors: Signal<Vec<FormError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        errors.with(|e| field_error(e, field)).map(|m| {
            view! {
                <p class="field-error" id=format!("{field}-error")>
                    <span class="visually-hidden">{t_string!(i18n, form_error_prefix)} " "</span>
                    {m}
                </p>
            }
        })
    }
}

/// The localized "enter …" message of a required field.
pub type Required = fn(I18nContext) -> String;

fn too_long_error(i18n: I18nContext, field: &'static str, text: &str) -> FormError {
    let l = i18n.lang_untracked();
    FormError {
        field,
        message: t_string!(
            i18n,
            text_too_long,
            max = format_int(MAX_TEXT as u64, l),
            n = format_int(text.trim().chars().count() as u64, l)
        )
        .to_string(),
    }
}

/// The client-side check of a required text of at most [`MAX_TEXT`] characters.
pub fn validate_text(
    i18n: I18nContext,
    field: &'static str,
    text: &str,
    required: Required,
) -> Option<FormError> {
    if text.trim().is_empty() {
        Some(FormError {
            field,
            message: required(i18n),
        })
    } else if too_long(text.trim(), MAX_TEXT) {
        Some(too_long_error(i18n, field, text))
    } else {
        None
    }
}

/// The server's verdict on the same text, in the same words as the client's.
pub fn text_error(
    i18n: I18nContext,
    field: &'static str,
    code: Option<FieldCode>,
    text: &str,
    required: Required,
) -> FormError {
    match code {
        Some(FieldCode::TooLong) => too_long_error(i18n, field, text),
        _ => FormError {
            field,
            message: required(i18n),
        },
    }
}

/// Server field errors in the form's terms.
pub fn server_errors(
    fields: &[WireFieldError],
    map: impl Fn(&str, Option<FieldCode>) -> Option<FormError>,
) -> Vec<FormError> {
    fields
        .iter()
        .filter_map(|f| map(&f.field, FieldCode::parse(&f.code)))
        .collect()
}

mod fields;
mod send;
pub use fields::{SubmitRow, TextField};
pub use send::FormSend;
