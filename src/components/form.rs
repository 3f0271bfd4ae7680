//! The GOV.UK validation pattern: validate on submit, an error summary at the top that takes
//! focus and links to each field, the message by the field, "Error:" in the document title.

use crate::api::ApiError;
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

/// A form's send cycle: its errors (and a count of submits, so the same errors twice take focus
/// again), whether a send is on its way, and a failed send to offer "Try again" for.
#[derive(Clone, Copy)]
pub struct FormSend {
    pub errors: RwSignal<Vec<FormError>>,
    pub attempt: RwSignal<u32>,
    pub sending: RwSignal<bool>,
    pub failed: RwSignal<Option<ApiError>>,
}

impl FormSend {
    pub fn new() -> FormSend {
        FormSend {
            errors: RwSignal::new(Vec::new()),
            attempt: RwSignal::new(0),
            sending: RwSignal::new(false),
            failed: RwSignal::new(None),
        }
    }

    /// A submit: shows `errors` (none clears them) and says whether to send. A submit while a
    /// send is on its way is the same one, so it does nothing.
    pub fn begin(&self, errors: Vec<FormError>) -> bool {
        if self.sending.get_untracked() {
            return false;
        }
        let ok = errors.is_empty();
        self.attempt.update(|n| *n += 1);
        self.errors.set(errors);
        self.failed.set(None);
        self.sending.set(ok);
        ok
    }

    /// Sends after [`begin`](Self::begin): `done` gets the portal's acceptance, `invalid` maps
    /// the portal's field errors onto the form, `expired` is told of a 401; any other failure
    /// stays for the retry.
    pub fn send<T: 'static>(
        self,
        request: impl std::future::Future<Output = Result<T, ApiError>> + 'static,
        done: impl FnOnce(T) + 'static,
        invalid: impl FnOnce(&[WireFieldError]) -> Vec<FormError> + 'static,
        expired: impl FnOnce() + 'static,
    ) {
        leptos::task::spawn_local(async move {
            let result = request.await;
            self.sending.set(false);
            match result {
                Ok(v) => done(v),
                Err(ApiError::Invalid(f)) => {
                    self.errors.set(invalid(&f));
                    self.attempt.update(|n| *n += 1);
                }
                Err(ApiError::Unauthorized) => expired(),
                Err(e) => self.failed.set(Some(e)),
            }
        });
    }
}

impl Default for FormSend {
    fn default() -> Self {
        Self::new()
    }
}

/// A labelled text field (a textarea, or a one-line input when `rows` is 0) with its hint and
/// error line, wired as the GOV.UK pattern wants (`aria-describedby`, `aria-invalid`).
#[component]
pub fn TextField(
    /// The field's id (also what the error summary links to).
    id: &'static str,
    /// The visible label.
    label: String,
    /// Help under the label.
    #[prop(optional)]
    hint: Option<String>,
    /// The value, usually a draft.
    value: RwSignal<String>,
    /// All errors of the form.
    #[prop(into)]
    errors: Signal<Vec<FormError>>,
    /// Rows of the textarea; 0 = a one-line input.
    #[prop(optional)]
    rows: u32,
    /// A one-line input's type (default `text`).
    #[prop(optional)]
    input_type: Option<&'static str>,
    /// A one-line input's autofill token (default `off`); one given also turns spelling
    /// checks off (a phone number, an e-mail address, a code).
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// A one-line input's on-screen keyboard (`numeric` for a code).
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// A one-line input's class (its width).
    #[prop(optional)]
    class: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let invalid = move || errors.with(|e| e.iter().any(|x| x.field == id));
    let has_hint = hint.is_some();
    let described = move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("{id}-hint"));
        }
        if invalid() {
            ids.push(format!("{id}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let control = if rows > 0 {
        view! {
            <textarea
                id=id
                rows=rows.to_string()
                aria-describedby=described
                aria-invalid=move || invalid().then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                type=input_type.unwrap_or("text")
                id=id
                class=class
                autocomplete=autocomplete.unwrap_or("off")
                spellcheck=autocomplete.map(|_| "false")
                inputmode=inputmode
                aria-describedby=described
                aria-invalid=move || invalid().then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:field-invalid=invalid>
            <label for=id>{label}</label>
            {hint
                .map(|h| {
                    view! {
                        <p class="hint" id=hint_id>
                            {h}
                        </p>
                    }
                })}
            <FieldError field=id errors=errors />
            {control}
        </div>
    }
}

/// A form's submit button, saying "Sending…" while busy, and what went wrong with the send
/// (not the fields) with a retry that sends the same again.
#[component]
pub fn SubmitRow(
    /// The button's text.
    label: String,
    /// A send is on its way (a second click then does nothing, see the forms' `submit`).
    #[prop(into)]
    busy: Signal<bool>,
    /// The last send's failure.
    #[prop(into)]
    error: Signal<Option<crate::api::ApiError>>,
    /// Sends again.
    #[prop(into)]
    on_retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button type="submit" class="button" aria-disabled=move || busy.get().then_some("true")>
            {move || if busy.get() { t_string!(i18n, sending).to_string() } else { label.clone() }}
        </button>
        {move || {
            error
                .get()
                .map(|e| {
                    view! {
                        <crate::components::ErrorPanel error=e on_retry=move |_| on_retry.run(()) />
                    }
                })
        }}
    }
}
