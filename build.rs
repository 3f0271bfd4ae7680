//! Generates the `i18n` module from `locales/{kk,ru,en}.json` (leptos_i18n 0.6 codegen).
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    // Kazakh first: the state language is the default.
    // interpolate_display: t_string! with variables, for attributes and the document title.
    let cfg = Config::new("kk")?
        .add_locales(["ru", "en"])?
        .parse_options(ParseOptions::new().interpolate_display(true));
    let infos = TranslationsInfos::parse(cfg)?;
    infos.rerun_if_locales_changed();
    infos.emit_diagnostics();
    // Never call `generate_data`: it downloads CLDR data; compiled ICU data is enough offline.
    infos.generate_i18n_module(out_dir.join("i18n"))?;
    Ok(())
}
