//! Generates the string tables of `src/i18n.rs` from `locales/{kk,ru,en}.json`: one index per
//! key (`k::name`), the plural forms of a counted key (`p::name`: `name_one`, `name_few`, …), and
//! one table per language, so a misspelt key fails to compile and a lookup is an array index.
//! Each language's table is a wasm chunk of its own (`src/pages/split.rs`); a few strings needed
//! before it arrives (`BOOT`) stay in the main module.
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;

const LOCALES: [&str; 3] = ["kk", "ru", "en"];
const FORMS: [&str; 4] = ["one", "few", "many", "other"];
/// What the app may show before a language's table has arrived (it is fetched on first use):
/// "Loading…", and the error panel for a table that could not be fetched. These stay in the
/// main module, in every language.
const BOOT: [&str; 4] = ["loading", "error_title", "error_offline", "retry"];

type Strings = BTreeMap<String, String>;

fn read(lang: &str) -> Result<Strings, Box<dyn std::error::Error>> {
    let path = format!("locales/{lang}.json");
    let text = std::fs::read_to_string(&path)?;
    let value: serde_json::Value = serde_json::from_str(&text)?;
    let obj = value
        .as_object()
        .ok_or(format!("{path}: not a JSON object"))?;
    let mut out = Strings::new();
    for (k, v) in obj {
        let s = v.as_str().ok_or(format!("{path}: {k} is not a string"))?;
        if !k
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            return Err(format!("{path}: key {k:?} is not snake_case").into());
        }
        out.insert(k.clone(), s.to_string());
    }
    Ok(out)
}

/// `name` when `key` is `name_<form>` and some language has `name_other`.
fn plural_base<'a>(key: &'a str, all: &BTreeSet<&str>) -> Option<&'a str> {
    FORMS.iter().find_map(|f| {
        let base = key.strip_suffix(&format!("_{f}") as &str)?;
        all.contains(format!("{base}_other").as_str())
            .then_some(base)
    })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    let tables: Vec<Strings> = LOCALES.iter().map(|l| read(l)).collect::<Result<_, _>>()?;
    let all: BTreeSet<&str> = tables
        .iter()
        .flat_map(|t| t.keys().map(String::as_str))
        .collect();

    let mut plain = Vec::new();
    let mut plurals = BTreeSet::new();
    for &key in &all {
        match plural_base(key, &all) {
            Some(base) => {
                plurals.insert(base);
            }
            None => plain.push(key),
        }
    }
    // Plain keys in every language; a counted key's `_other` in every language (the fallback
    // for forms a language does not have).
    for (lang, t) in LOCALES.iter().zip(&tables) {
        for key in &plain {
            if !t.contains_key(*key) {
                return Err(format!("locales/{lang}.json has no {key}").into());
            }
        }
        for base in &plurals {
            if !t.contains_key(&format!("{base}_other")) {
                return Err(format!("locales/{lang}.json has no {base}_other").into());
            }
        }
    }

    // Index order: the plain keys, then each counted key's four forms.
    let mut index = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for key in &plain {
        index.insert(key.to_string(), order.len());
        order.push(key.to_string());
    }
    for base in &plurals {
        for f in FORMS {
            let key = format!("{base}_{f}");
            index.insert(key.clone(), order.len());
            order.push(key);
        }
    }

    let mut out = String::new();
    writeln!(out, "/// How many strings each language has.")?;
    writeln!(out, "pub const LEN: usize = {};", order.len())?;
    writeln!(out, "/// The index of each string.")?;
    writeln!(
        out,
        "#[allow(non_upper_case_globals, dead_code)]\npub mod k {{"
    )?;
    for key in &plain {
        writeln!(out, "    pub const {key}: u16 = {};", index[*key])?;
    }
    writeln!(out, "}}")?;
    writeln!(out, "/// The forms of each counted string.")?;
    writeln!(
        out,
        "#[allow(non_upper_case_globals, dead_code)]\npub mod p {{\n    use super::Plural;"
    )?;
    for base in &plurals {
        let i = |f: &str| index[&format!("{base}_{f}")];
        writeln!(
            out,
            "    pub const {base}: Plural = Plural {{ one: {}, few: {}, many: {}, other: {} }};",
            i("one"),
            i("few"),
            i("many"),
            i("other")
        )?;
    }
    writeln!(out, "}}")?;
    writeln!(
        out,
        "/// The strings shown while a language's table is on its way."
    )?;
    let boot: Vec<String> = BOOT.iter().map(|k| format!("k::{k}")).collect();
    writeln!(
        out,
        "pub const BOOT_KEYS: [u16; {}] = [{}];",
        BOOT.len(),
        boot.join(", ")
    )?;
    writeln!(out, "/// `BOOT_KEYS` in {LOCALES:?}.")?;
    writeln!(
        out,
        "pub static BOOT_TEXT: [[&str; {}]; {}] = [",
        BOOT.len(),
        LOCALES.len()
    )?;
    for (lang, t) in LOCALES.iter().zip(&tables) {
        let texts = BOOT
            .iter()
            .map(|k| {
                t.get(*k)
                    .map(|s| format!("{s:?}"))
                    .ok_or(format!("locales/{lang}.json has no {k}"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        writeln!(out, "    [{}],", texts.join(", "))?;
    }
    writeln!(out, "];")?;
    for (lang, t) in LOCALES.iter().zip(&tables) {
        writeln!(
            out,
            "/// The strings in `{lang}`, by index (fetched on first use: `pages::split`)."
        )?;
        writeln!(
            out,
            "pub static {}: [&str; LEN] = [",
            lang.to_ascii_uppercase()
        )?;
        for key in &order {
            // A form the language does not use (English has no "few") is never chosen; its
            // slot holds the `_other` text.
            let text = t.get(key).or_else(|| {
                let base = plural_base(key, &all)?;
                t.get(&format!("{base}_other"))
            });
            let text = text.ok_or(format!("locales/{lang}.json has no {key}"))?;
            writeln!(out, "    {text:?},")?;
        }
        writeln!(out, "];")?;
    }

    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    std::fs::write(out_dir.join("i18n_tables.rs"), out)?;
    Ok(())
}
