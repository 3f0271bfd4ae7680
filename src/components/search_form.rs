//! A search box: a visible label, a hint, a search field and a "Search" button.

use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn SearchForm(
    /// The text the field starts with (the current query on a list page).
    #[prop(into, default = String::new())]
    initial: String,
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
) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(initial);
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
                    type="search"
                    name="text"
                    autocomplete="off"
                    aria-describedby=described
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
                <button type="submit" class="button">
                    {t_string!(i18n, search_button)}
                </button>
            </div>
        </form>
    }
}
