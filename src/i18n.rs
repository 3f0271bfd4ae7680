//! The UI strings, by leptos_i18n: build.rs turns `locales/{kk,ru,en}.json` into the generated
//! module re-exported here (`Locale`, `I18nContextProvider`, `use_i18n`, `t!`, `t_string!`, …),
//! so a misspelt key or a missing `{{ slot }}` fails to build, and plural forms (`key_one`,
//! `key_few`, `key_many`, `key_other`) follow CLDR's rules for each language.
//!
//! The three languages are compiled in: a language switch never waits for the network. (One
//! language per visit would need leptos_i18n's `dynamic_load`, which turns every `t_string!` into
//! a future; the README says what that would cost.)
//!
//! What is ours is the bridge to core's [`Lang`], which the URL, the portal's field names and the
//! formatting speak: [`UiLang`] on the context.

use opendata_core::Lang;

// The generated file declares `pub mod i18n`; re-exported whole so views write
// `use crate::i18n::*` as leptos_i18n's examples do, with the bridge below beside it.
mod generated {
    include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
}
pub use generated::i18n::*;

/// The context leptos_i18n provides, for this app's locales.
pub type I18nContext = leptos_i18n::I18nContext<Locale>;

/// The language in use as core's [`Lang`].
pub trait UiLang {
    /// The language, read tracked (what shows it follows a switch).
    fn lang(self) -> Lang;
    fn lang_untracked(self) -> Lang;
    /// Switches the language (the router does, from the URL's prefix).
    fn set_lang(self, l: Lang);
}

impl UiLang for I18nContext {
    fn lang(self) -> Lang {
        from_locale(self.get_locale())
    }

    fn lang_untracked(self) -> Lang {
        from_locale(self.get_locale_untracked())
    }

    fn set_lang(self, l: Lang) {
        let locale = to_locale(l);
        if self.get_locale_untracked() != locale {
            self.set_locale(locale);
        }
    }
}

fn from_locale(l: Locale) -> Lang {
    match l {
        Locale::kk => Lang::Kk,
        Locale::ru => Lang::Ru,
        Locale::en => Lang::En,
    }
}

fn to_locale(l: Lang) -> Locale {
    match l {
        Lang::Kk => Locale::kk,
        Lang::Ru => Locale::ru,
        Lang::En => Locale::en,
    }
}
