//! The UI strings and the language in use. The strings are `locales/{kk,ru,en}.json`, turned by
//! build.rs into one table per language and an index per key, so a misspelt key fails to build
//! and a lookup is an array index. A language's table is fetched the first time it is used
//! ([`load`], a wasm chunk of its own): a visit downloads one language, not three.
//!
//! - `t_string!(i18n, key)`: the string in the current language (read tracked, so what shows it
//!   follows a language change);
//! - `t_string!(i18n, key, name = value, …)`: with its `{{ name }}` slots filled;
//! - `t_string!(i18n, key, count = n, …)`: the plural form for `n` (`key_one`, `key_few`, …).

use crate::api::ApiError;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use opendata_core::strings::plural_form;
pub use opendata_core::strings::{fill, Plural};
use opendata_core::Lang;
use std::cell::Cell;

/// The generated tables (build.rs): `k::<key>` indices, `p::<key>` plural forms, `KK`/`RU`/`EN`.
#[doc(hidden)]
pub mod tables {
    use super::Plural;
    include!(concat!(env!("OUT_DIR"), "/i18n_tables.rs"));
}

/// A language's strings, by index.
pub type Table = [&'static str; tables::LEN];

thread_local! {
    /// The tables fetched so far, by language.
    static TABLES: [Cell<Option<&'static Table>>; 3] = const { [const { Cell::new(None) }; 3] };
}

// Indexed by `Lang as usize`: Kazakh, Russian, English, build.rs's order too.
const _: () = assert!(Lang::Kk as usize == 0 && Lang::Ru as usize == 1 && Lang::En as usize == 2);

fn table(l: Lang) -> Option<&'static Table> {
    TABLES.with(|t| t[l as usize].get())
}

/// The string at `key`: from the language's table, or before it has arrived one of the few
/// shown meanwhile (`tables::BOOT_KEYS`); nothing else is shown before it arrives.
fn get(l: Lang, key: u16) -> &'static str {
    match table(l) {
        Some(t) => t[key as usize],
        None => tables::BOOT_KEYS
            .iter()
            .position(|k| *k == key)
            .map_or("", |i| tables::BOOT_TEXT[l as usize][i]),
    }
}

/// Fetches the language's table unless it is here already. A failed fetch is the network
/// failing (the page offers to try again).
pub async fn load(l: Lang) -> Result<(), ApiError> {
    if table(l).is_none() {
        let t = strings(l).await?;
        TABLES.with(|tables| tables[l as usize].set(Some(t)));
    }
    Ok(())
}

// Each language's strings (`crate::i18n`): a visit fetches the one it shows.
#[wasm_split(strings_kk, wasm_split_path = ::leptos::wasm_split, fallible)]
fn strings_kk() -> Result<&'static Table, SplitLoaderError> {
    Ok(&tables::KK)
}
#[wasm_split(strings_ru, wasm_split_path = ::leptos::wasm_split, fallible)]
fn strings_ru() -> Result<&'static Table, SplitLoaderError> {
    Ok(&tables::RU)
}
#[wasm_split(strings_en, wasm_split_path = ::leptos::wasm_split, fallible)]
fn strings_en() -> Result<&'static Table, SplitLoaderError> {
    Ok(&tables::EN)
}

/// A language's strings.
async fn strings(l: Lang) -> Result<&'static Table, ApiError> {
    match l {
        Lang::Kk => strings_kk().await,
        Lang::Ru => strings_ru().await,
        Lang::En => strings_en().await,
    }
    // A chunk that cannot be fetched is, to the citizen, the network failing.
    .map_err(|_| ApiError::Offline)
}

/// The language in use, from the context ([`use_i18n`]).
#[derive(Clone, Copy)]
pub struct I18nContext {
    lang: RwSignal<Lang>,
}

impl I18nContext {
    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    pub fn lang_untracked(self) -> Lang {
        self.lang.get_untracked()
    }

    pub fn set_lang(self, l: Lang) {
        if self.lang.get_untracked() != l {
            self.lang.set(l);
        }
    }

    /// The string `key` (`tables::k::…`) in the current language.
    pub fn text(self, key: u16) -> &'static str {
        get(self.lang(), key)
    }

    /// The form of a counted string (`tables::p::…`) for `n` in the current language.
    pub fn count(self, p: Plural, n: u64) -> &'static str {
        let l = self.lang();
        get(l, plural_form(l, p, n))
    }
}

pub fn use_i18n() -> I18nContext {
    expect_context()
}

/// Provides the language (Kazakh until the router sets the URL's) and keeps `<html lang>` on it,
/// which screen readers choose their voice by.
#[component]
pub fn I18nContextProvider(children: Children) -> impl IntoView {
    let lang = RwSignal::new(Lang::Kk);
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", l.as_str());
        }
    });
    provide_context(I18nContext { lang });
    children()
}

/// The string in the current language; with `name = value` pairs, filled (a `String`); with
/// `count = n` first, in the plural form for `n`.
macro_rules! t_string {
    ($i18n:expr, $key:ident $(,)?) => {
        $crate::i18n::I18nContext::text($i18n, $crate::i18n::tables::k::$key)
    };
    ($i18n:expr, $key:ident, count = $n:expr $(, $var:ident = $val:expr)* $(,)?) => {{
        let n = $n;
        $crate::i18n::fill(
            $crate::i18n::I18nContext::count($i18n, $crate::i18n::tables::p::$key, n as u64),
            &[("count", &n as &dyn ::std::fmt::Display) $(, (stringify!($var), &$val as &dyn ::std::fmt::Display))*],
        )
    }};
    ($i18n:expr, $key:ident $(, $var:ident = $val:expr)+ $(,)?) => {
        $crate::i18n::fill(
            $crate::i18n::I18nContext::text($i18n, $crate::i18n::tables::k::$key),
            &[$((stringify!($var), &$val as &dyn ::std::fmt::Display)),+],
        )
    };
}

pub(crate) use t_string;
