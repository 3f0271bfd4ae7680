//! The catalogue search box: a visible label, a search field and a "Search" button.

use crate::i18n::*;
use crate::l10n::use_lang;
use crate::pages::app_path;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use opendata_core::url::CatalogueQuery;

#[component]
pub fn SearchForm(
    /// The text the field starts with (the current query on the catalogue page).
    #[prop(into, default = String::new())]
    initial: String,
    /// The field's id (unique per page).
    #[prop(default = "search-text")]
    id: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let navigate = use_navigate();
    let text = RwSignal::new(initial);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = CatalogueQuery {
            text: text.get_untracked(),
            page: 1,
            ..Default::default()
        };
        navigate(
            &app_path(lang.get_untracked(), &format!("/datasets{}", q.to_query())),
            Default::default(),
        );
    };
    let hint_id = format!("{id}-hint");
    view! {
        <form class="search-form" role="search" on:submit=on_submit>
            <label for=id>{t!(i18n, search_label)}</label>
            <p class="hint" id=hint_id.clone()>
                {t!(i18n, search_hint)}
            </p>
            <div class="search-row">
                <input
                    id=id
                    type="search"
                    name="text"
                    autocomplete="off"
                    aria-describedby=hint_id
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
                <button type="submit" class="button">
                    {t!(i18n, search_button)}
                </button>
            </div>
        </form>
    }
}
