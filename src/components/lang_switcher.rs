//! Links to the same page in the other languages: only the `{lang}` prefix changes, the path,
//! query and fragment are kept.

use crate::i18n::*;
use crate::l10n::use_lang;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use opendata_core::url::{switch_lang, with_mark};

use opendata_core::Lang;

#[component]
pub fn LangSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let loc = use_location();
    let current = use_lang();
    let href = move |l: Lang| {
        format!(
            "{}{}{}{}",
            crate::config::get().base_path,
            switch_lang(crate::routing::strip_base(&loc.pathname.get()), l),
            with_mark('?', &loc.search.get()),
            with_mark('#', &loc.hash.get())
        )
    };
    let name = move |l: Lang| match l {
        Lang::Kk => t_string!(i18n, lang_name_kk).to_string(),
        Lang::Ru => t_string!(i18n, lang_name_ru).to_string(),
        Lang::En => t_string!(i18n, lang_name_en).to_string(),
    };
    view! {
        <nav class="lang-switcher" aria-label=move || t_string!(i18n, language_label).to_string()>
            <ul>
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <li>
                                <a
                                    href=move || href(l)
                                    hreflang=l.as_str()
                                    lang=l.as_str()
                                    aria-current=move || (current.get() == l).then_some("true")
                                >
                                    {move || name(l)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
