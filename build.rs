//! leptos_i18n's code generation: `locales/{kk,ru,en}.json` become the `i18n` module (`Locale`,
//! `I18nContextProvider`, `use_i18n`, one accessor per key), so a misspelt key or a missing
//! interpolation fails to build. Kazakh is the default locale (the state language).
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    // `interpolate_display`: `t_string!` with slots, for attributes, titles and announcements.
    let options = ParseOptions::new().interpolate_display(true);
    let cfg = Config::new("kk")?
        .add_locales(["ru", "en"])?
        .parse_options(options);
    let infos = TranslationsInfos::parse(cfg)?;
    infos.rerun_if_locales_changed();
    infos.emit_diagnostics();
    // Not `generate_data`: it downloads CLDR data; the plural rules come compiled in
    // (leptos_i18n's `icu_compiled_data`).
    infos.generate_i18n_module(out_dir.join("i18n"))?;
    Ok(())
}
