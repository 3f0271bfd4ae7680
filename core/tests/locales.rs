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

/// The `t_string!(i18n, key, name = value, …)` calls in the app's sources: (file, key, names).
fn calls() -> Vec<(String, String, BTreeSet<String>)> {
    // src/i18n.rs defines the macro (its docs show it with placeholder names).
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let p = e.expect("a directory entry").path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("src/i18n.rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../src"),
        &mut files,
    );
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("a source file");
        let name = f.display().to_string();
        for (at, _) in text.match_indices("t_string!(") {
            // The macro's arguments, up to its closing parenthesis.
            let args = &text[at + "t_string!(".len()..];
            let mut depth = 1;
            let end = args
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '(' | '[' | '{' => depth += 1,
                        ')' | ']' | '}' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })
                .map(|(i, _)| i)
                .unwrap_or_else(|| panic!("{name}: unclosed t_string!"));
            // Top-level commas only: values may be calls with arguments of their own.
            let (mut parts, mut cur, mut d) = (Vec::new(), String::new(), 0);
            for c in args[..end].chars() {
                match c {
                    '(' | '[' | '{' => d += 1,
                    ')' | ']' | '}' => d -= 1,
                    ',' if d == 0 => {
                        parts.push(std::mem::take(&mut cur));
                        continue;
                    }
                    _ => {}
                }
                cur.push(c);
            }
            parts.push(cur);
            // Without line comments (a call may explain an argument).
            let parts: Vec<String> = parts
                .iter()
                .map(|p| {
                    let code = p.lines().filter(|l| !l.trim_start().starts_with("//"));
                    code.collect::<Vec<_>>().join("\n").trim().to_string()
                })
                .filter(|p| !p.is_empty())
                .collect();
            assert!(parts.len() >= 2, "{name}: t_string! without a key");
            let names = parts[2..]
                .iter()
                .map(|p| {
                    p.split_once('=')
                        .map_or(p.as_str(), |(n, _)| n)
                        .trim()
                        .to_string()
                })
                .collect();
            out.push((name.clone(), parts[1].to_string(), names));
        }
    }
    out
}

/// What leptos_i18n checked at compile time, now that the strings are plain tables (build.rs):
/// every call names a string that exists, fills every slot the string has in every language,
/// passes no name the string lacks, and gives a count exactly to counted strings.
#[test]
fn every_call_fills_the_slots_of_its_string() {
    let mut problems = Vec::new();
    let calls = calls();
    assert!(
        calls.len() > 300,
        "found only {} t_string! calls",
        calls.len()
    );
    for lang in ["kk", "ru", "en"] {
        let m = load(lang);
        for (file, key, names) in &calls {
            let counted = m.contains_key(&format!("{key}_other"));
            let forms: Vec<&str> = if counted {
                PLURAL_FORMS
                    .iter()
                    .filter_map(|f| m.get(&format!("{key}_{f}")).and_then(Value::as_str))
                    .collect()
            } else {
                match m.get(key).and_then(Value::as_str) {
                    Some(s) => vec![s],
                    None => {
                        problems.push(format!("{file}: {lang} has no string {key}"));
                        continue;
                    }
                }
            };
            if counted != names.contains("count") {
                problems.push(format!(
                    "{file}: {key}: a count goes with counted strings only"
                ));
            }
            let mut used = BTreeSet::new();
            for s in forms {
                for v in vars(s) {
                    if !names.contains(&v) {
                        problems.push(format!(
                            "{file}: {key} ({lang}) has {{{{ {v} }}}}, not filled"
                        ));
                    }
                    used.insert(v);
                }
            }
            for n in names.iter().filter(|n| *n != "count" && !used.contains(*n)) {
                problems.push(format!("{file}: {key} ({lang}) has no {{{{ {n} }}}}"));
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
