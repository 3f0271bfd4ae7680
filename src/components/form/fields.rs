//! A labelled text field and the submit row, wired for the error summary.

use super::*;

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
