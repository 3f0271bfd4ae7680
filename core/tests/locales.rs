//! Every locale has every key another has, plural keys carry the forms their language needs,
//! and interpolations match: a missing or mistyped translation fails here, not in front of a
//! citizen.

use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

const PLURAL_FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn load(lang: &str) -> Map<String, Value> {
    let path = format!("{}/../locales/{lang}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    match serde_json::from_str(&text) {
        Ok(Value::Object(m)) => m,
        other => panic!("{path}: not a JSON object: {other:?}"),
    }
}

/// Splits `key_few` into (`key`, Some("few")).
fn stem(key: &str) -> (&str, Option<&str>) {
    match key.rsplit_once('_') {
        Some((s, f)) if PLURAL_FORMS.contains(&f) => (s, Some(f)),
        _ => (key, None),
    }
}

/// `{{ name }}` placeholders of a string.
fn vars(s: &str) -> BTreeSet<String> {
    s.split("{{")
        .skip(1)
        .filter_map(|p| p.split_once("}}").map(|(v, _)| v.trim().to_string()))
        .collect()
}

/// stem → (forms present, placeholders of the `other` form or the plain value)
fn index(m: &Map<String, Value>) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    let mut out: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    for (k, v) in m {
        let text = v.as_str().unwrap_or_else(|| panic!("{k}: not a string"));
        assert!(!text.trim().is_empty(), "{k}: empty translation");
        let (s, form) = stem(k);
        let e = out.entry(s.to_string()).or_default();
        if let Some(f) = form {
            e.0.insert(f.to_string());
        }
        if form.is_none() || form == Some("other") {
            e.1 = vars(text);
        }
    }
    out
}

#[test]
fn all_locales_have_the_same_keys_and_placeholders() {
    let langs = ["kk", "ru", "en"];
    let idx: Vec<_> = langs.iter().map(|l| (l, index(&load(l)))).collect();
    let all: BTreeSet<&String> = idx.iter().flat_map(|(_, m)| m.keys()).collect();
    let mut problems = Vec::new();
    for (lang, m) in &idx {
        for key in &all {
            match m.get(*key) {
                None => problems.push(format!("{lang}.json lacks `{key}`")),
                Some((_, v)) => {
                    let (_, reference) = &idx[0].1[*key];
                    if v != reference && idx[0].1.contains_key(*key) {
                        problems.push(format!(
                            "{lang}.json `{key}` has placeholders {v:?}, kk has {reference:?}"
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn plural_keys_have_the_forms_of_their_language() {
    // CLDR cardinal categories: Kazakh and English one/other, Russian one/few/many/other.
    let need: [(&str, &[&str]); 3] = [
        ("kk", &["one", "other"]),
        ("ru", &["one", "few", "many", "other"]),
        ("en", &["one", "other"]),
    ];
    for (lang, forms) in need {
        for (key, (have, _)) in index(&load(lang)) {
            if have.is_empty() {
                continue;
            }
            for f in forms {
                assert!(have.contains(*f), "{lang}.json: `{key}_{f}` is missing");
            }
        }
    }
}
