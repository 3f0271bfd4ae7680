//! Hostile-input property tests of the response decoders: whatever the network delivers
//! (arbitrary JSON, truncated bodies, mutated real answers), decoding returns `Ok` or `Err`,
//! never panics, and a truncated body is always an error the page can show.
//!
//! The generator is a small seeded PRNG (no dependency): the same cases every run, thousands
//! of them per type, and a failure names the case.

use opendata_core::account::*;
use opendata_core::wire::*;
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

/// xorshift64*: deterministic, good enough to spread cases.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Keys the wire types use, so random objects often hit real fields with wrong values.
const KEYS: &[&str] = &[
    "apiUri",
    "nameKk",
    "nameRu",
    "nameEn",
    "descriptionKk",
    "id",
    "count",
    "totalCount",
    "page",
    "size",
    "datasets",
    "facets",
    "categories",
    "agencies",
    "govAgency",
    "kind",
    "status",
    "votes",
    "voted",
    "history",
    "answer",
    "dataset",
    "applications",
    "apps",
    "platforms",
    "data",
    "fields",
    "versions",
    "lastVersion",
    "createdDate",
    "user",
    "csrfToken",
    "comments",
    "requests",
    "text",
    "author",
    "reason",
    "channels",
    "sms",
    "email",
    "push",
    "target",
    "subscriptions",
    "phone",
    "value",
    "confirmed",
    "error",
    "field",
    "code",
    "matchedWords",
    "keywords",
    "lang",
    "title",
];

fn random_value(r: &mut Rng, depth: u32) -> Value {
    let pick = if depth > 4 { r.below(6) } else { r.below(9) };
    match pick {
        0 => Value::Null,
        1 => Value::Bool(r.below(2) == 0),
        2 => json!(r.next() as i64 >> r.below(60)),
        3 => json!(f64::from_bits(r.next()) as f32 as f64)
            .as_f64()
            .map_or(Value::Null, |f| json!(f)),
        4 => json!(
            [
                "",
                "kk",
                "ru",
                "PUBLISHED",
                "dataset",
                "<script>",
                "\u{202e}x",
                "9".repeat(30).as_str()
            ][r.below(8)]
        ),
        5 => json!(u64::MAX - r.below(3) as u64),
        6 | 7 => {
            let mut m = Map::new();
            for _ in 0..r.below(8) {
                m.insert(
                    KEYS[r.below(KEYS.len())].to_string(),
                    random_value(r, depth + 1),
                );
            }
            Value::Object(m)
        }
        _ => Value::Array(
            (0..r.below(5))
                .map(|_| random_value(r, depth + 1))
                .collect(),
        ),
    }
}

/// Replaces one value somewhere in `v` with a random one.
fn mutate(r: &mut Rng, v: &mut Value) {
    match v {
        Value::Object(m) if !m.is_empty() && r.below(4) != 0 => {
            let k = m.keys().nth(r.below(m.len())).cloned().unwrap_or_default();
            if let Some(child) = m.get_mut(&k) {
                mutate(r, child);
            }
        }
        Value::Array(a) if !a.is_empty() && r.below(4) != 0 => {
            let i = r.below(a.len());
            mutate(r, &mut a[i]);
        }
        _ => *v = random_value(r, 3),
    }
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// The properties, for one type and one real answer of it.
fn check<T: DeserializeOwned>(name: &str, body: &str) {
    let body = body.trim_end();
    // The real answer decodes.
    if let Err(e) = serde_json::from_str::<T>(body) {
        panic!("{name}: the fixture itself does not decode: {e}");
    }
    // Every truncation is an error (never a panic, never a half value taken for whole).
    let cuts: Vec<usize> = body.char_indices().map(|(i, _)| i).collect();
    let step = (cuts.len() / 400).max(1);
    for &i in cuts.iter().step_by(step) {
        let part = &body[..i];
        assert!(
            serde_json::from_str::<T>(part).is_err(),
            "{name}: truncated at {i} decoded: {part:?}"
        );
    }
    // Mutated real answers and random JSON: Ok or Err, no panic.
    let real: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    let mut r = Rng(0x9E37_79B9_7F4A_7C15 ^ name.len() as u64);
    for _ in 0..1500 {
        let mut v = real.clone();
        for _ in 0..=r.below(3) {
            mutate(&mut r, &mut v);
        }
        let _ = serde_json::from_value::<T>(v.clone());
        let _ = serde_json::from_str::<T>(&v.to_string());
        let _ = serde_json::from_value::<T>(random_value(&mut r, 0));
    }
    // Bytes that are not JSON at all.
    for junk in [
        "",
        " ",
        "null",
        "[]",
        "{}",
        "<html>502 Bad Gateway</html>",
        "\u{feff}{}",
        "{\"a\":1}}",
    ] {
        let _ = serde_json::from_str::<T>(junk);
    }
}

#[test]
fn catalogue_answers() {
    check::<DatasetSearchResponse>("datasets", &fixture("datasets"));
    check::<DatasetDetail>("dataset", &fixture("dataset"));
    check::<Vec<Category>>("categories", &fixture("categories"));
    check::<Vec<Agency>>("agencies", &fixture("agencies"));
    check::<Stats>("stats", &fixture("stats"));
}

#[test]
fn dataset_answers() {
    check::<Meta>("meta", &fixture("meta"));
    check::<DetailedResponse>("detailed", &fixture("detailed"));
}

#[test]
fn community_answers() {
    check::<ApplicationSearchResponse>("applications", &fixture("applications"));
    check::<ApplicationDetail>("application", &fixture("application"));
    check::<AppsResponse>("apps", &fixture("apps"));
}

#[test]
fn account_answers() {
    check::<Session>(
        "session",
        r#"{"user":{"id":1,"name":"Айгерім Сәрсенова"},"csrfToken":"0f3a9c"}"#,
    );
    check::<CommentPage>(
        "comments",
        r#"{"totalCount":2,"page":1,"size":20,"comments":[{"id":7,"author":{"id":1,"name":"Айгерім"},"text":"<b>hi</b>","createdDate":"2026-11-29T10:00:00","own":true}]}"#,
    );
    check::<UpdateRequestPage>(
        "requests",
        r#"{"totalCount":1,"page":1,"size":20,"requests":[{"id":3,"author":{"id":2,"name":"Дмитрий"},"reason":"OUTDATED","text":"2025?","status":"ANSWERED","createdDate":"2026-10-01T09:00:00","history":[{"status":"NEW","date":"2026-10-01T09:00:00"},{"status":"IN_REVIEW","date":"2026-10-02T09:00:00"},{"status":"ANSWERED","date":"2026-10-05T09:00:00"}],"answer":{"answerRu":"Обновлено."},"own":false}]}"#,
    );
    check::<SubscriptionList>(
        "subscriptions",
        r#"{"subscriptions":[{"id":4,"target":{"kind":"dataset","id":"advokattar_tizimi14","nameKk":"Адвокаттар тізімі","nameRu":"Список адвокатов"},"channels":{"sms":true,"email":false,"push":true},"createdDate":"2026-11-29T10:00:00"}]}"#,
    );
    check::<Contacts>(
        "contacts",
        r#"{"phone":{"value":"+77011234567","confirmed":false,"codePending":true},"email":null}"#,
    );
    check::<VoteState>("vote", r#"{"votes":12,"voted":true}"#);
    check::<ValidationErrorBody>(
        "validation",
        r#"{"error":"validation","fields":[{"field":"text","code":"tooLong"}]}"#,
    );
}
