//! 404: an unknown address, in the current language, with ways on.

use crate::i18n::*;
use crate::l10n::{use_lang, use_title};
use crate::pages::href;
use leptos::prelude::*;
use opendata_core::routes::Route;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    use_title(move || t_string!(i18n, not_found_title).to_string());
    view! {
        <div class="not-found">
            <h1>{t_string!(i18n, not_found_title)}</h1>
            <p>{t_string!(i18n, not_found_text)}</p>
            <ul class="link-list">
                <li>
                    <a href=move || href(
                        lang.get(),
                        &Route::Home,
                    )>{t_string!(i18n, not_found_home)}</a>
                </li>
                <li>
                    <a href=move || {
                        href(lang.get(), &Route::catalogue())
                    }>{t_string!(i18n, not_found_search)}</a>
                </li>
            </ul>
        </div>
    }
}
