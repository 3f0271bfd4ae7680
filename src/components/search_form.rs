//! A search box: a visible label, a hint, a search field and a "Search" button. Enter or the
//! button searches at once; typing can search after a pause (the page debounces `on_input`).

use crate::i18n::*;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn SearchForm(
    /// The text the field starts with.
    #[prop(into, default = String::new())]
    initial: String,
    /// The text in the URL, when it can change under the field (back/forward): the field
    /// follows it unless the user is typing in it.
    #[prop(optional, into)]
    value: Option<Signal<String>>,
    /// The field's id (unique per page).
    #[prop(default = "search-text")]
    id: &'static str,
    /// The visible label.
    label: String,
    /// A hint under the label.
    #[prop(optional)]
    hint: Option<String>,
    /// Called with the text when the form is submitted (Enter or the button).
    on_search: Callback<String>,
    /// Called with the text on every keystroke.
    #[prop(optional)]
    on_input: Option<Callback<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(initial);
    let input = NodeRef::<leptos::html::Input>::new();
    if let Some(v) = value {
        Effect::new(move |_| {
            let v = v.get();
            let typing = input.get_untracked().is_some_and(|el| {
                let el: &web_sys::Element = el.unchecked_ref();
                web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element())
                    .is_some_and(|a| &a == el)
            });
            if !typing && text.get_untracked() != v {
                text.set(v);
            }
        });
    }
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_search.run(text.get_untracked());
    };
    let hint_id = format!("{id}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    view! {
        <form class="search-form" role="search" on:submit=on_submit>
            <label for=id>{label}</label>
            {hint
                .map(|h| {
                    view! {
                        <p class="hint" id=hint_id.clone()>
                            {h}
                        </p>
                    }
                })}
            <div class="search-row">
                <input
                    id=id
                    node_ref=input
                    type="search"
                    name="text"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=described
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        text.set(v.clone());
                        if let Some(cb) = on_input {
                            cb.run(v);
                        }
                    }
                />
                <button type="submit" class="button">
                    {t_string!(i18n, search_button)}
                </button>
            </div>
        </form>
    }
}
