//! What `wire_struct!` decoders accept and reject: the same as the derived decoders with the
//! flattened fields spelled out that they replace (and serde's `flatten` before those).

use super::{is_key, Camel};
use crate::wire::*;
use serde_json::{from_str, from_value, json};

fn err<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
    from_str::<T>(text).unwrap_err().to_string()
}

#[test]
fn keys_are_the_fields_in_camel_case() {
    assert!(is_key("apiUri", "api_uri"));
    assert!(is_key("id", "id"));
    assert!(!is_key("api_uri", "api_uri"));
    assert!(!is_key("apiUr", "api_uri"));
    assert!(!is_key("apiUriX", "api_uri"));
    assert!(!is_key("ApiUri", "api_uri"));
    assert_eq!(Camel("created_date").to_string(), "createdDate");
    assert_eq!(Camel("id").to_string(), "id");
}

#[test]
fn flattened_parts_read_from_the_owner_and_may_be_absent() {
    let c: Category = from_str(r#"{"id":"x","nameRu":"Школы","nameEn":null}"#).unwrap();
    assert_eq!(c.names, Names::new("", "Школы", ""));
    assert_eq!(c.datasets_count, 0, "absent `= default` field");
    let a: Agency =
        from_str(r#"{"id":"a","fullnameKk":"Ф","other":[1,{}],"kind":"central"}"#).unwrap();
    assert_eq!(a.names, Names::default());
    assert_eq!(a.fullnames.fullname_kk.as_deref(), Some("Ф"));
    assert_eq!(a.kind, AgencyKind::Central);
    // A key escaped on the wire is the same key (read as an owned copy).
    let r: CategoryRef = from_str(r#"{"\u0069d":"y","name\u004bk":"К"}"#).unwrap();
    assert_eq!(
        (r.id.as_str(), r.names.name_kk.as_deref()),
        ("y", Some("К"))
    );
}

#[test]
fn nested_flattening_reaches_the_innermost_parts() {
    let d: DatasetDetail = from_value(json!({
        "id": 1, "apiUri": "a", "nameKk": "К", "keywordsRu": ["школы"],
        "govAgency": {"id": "g"}, "createdDate": "c", "modifiedDate": "m",
        "lastVersion": "v1", "versions": [{"version": "v1", "createdDate": "c", "rowsCount": 3}]
    }))
    .unwrap();
    assert_eq!(d.summary.names.name_kk.as_deref(), Some("К"));
    assert_eq!(d.summary.keywords.keywords_ru, ["школы"]);
    assert!(d.summary.keywords.keywords_en.is_empty());
    assert_eq!((d.responsible, d.versions.len()), (None, 1));
    let a: ApplicationDetail = from_value(json!({
        "id": 2, "title": "t", "description": "d", "lang": "ru",
        "category": {"id": "c", "nameRu": "К"}, "status": "PUBLISHED", "votes": 5,
        "createdDate": "c", "answer": {"answerRu": "Да"},
        "dataset": {"apiUri": "x", "nameEn": "X"}
    }))
    .unwrap();
    assert!(!a.summary.voted && a.history.is_empty());
    assert_eq!(a.summary.gov_agency, None);
    assert_eq!(
        a.dataset.and_then(|d| d.names.name_en).as_deref(),
        Some("X")
    );
}

#[test]
fn missing_wrong_or_repeated_fields_are_errors() {
    assert_eq!(
        err::<FacetValue>(r#"{"id":"x"}"#),
        "missing field `count` at line 1 column 10"
    );
    assert!(err::<DatasetSummary>(r#"{"id":1}"#).starts_with("missing field `apiUri`"));
    // A flattened part's field is missing from the owner's own fields.
    assert!(err::<ApplicationDetail>(r#"{"history":[]}"#).starts_with("missing field `id`"));
    assert!(err::<Category>(r#"{"id":"x","id":"y"}"#).starts_with("duplicate field `id`"));
    assert!(err::<Category>(r#"{"id":"x","nameRu":"a","nameRu":"b"}"#)
        .starts_with("duplicate field `nameRu`"));
    // `= default` takes an absent field, not a null one (as `#[serde(default)]`).
    assert!(err::<Category>(r#"{"id":"x","datasetsCount":null}"#).starts_with("invalid type"));
    assert!(err::<Category>(r#"{"id":"x","nameRu":5}"#).starts_with("invalid type: integer"));
}

#[test]
fn only_objects_decode() {
    // A derived struct decoder also takes an array; these never did (`flatten` reads a map).
    assert!(err::<Category>(r#"["x",null,null,null,1]"#)
        .starts_with("invalid type: sequence, expected struct Category at line 1"));
    assert!(err::<CategoryRef>(r#"["x"]"#).contains("expected struct CategoryRef"));
    assert!(err::<Keywords>("[[],[],[]]").contains("expected struct Keywords"));
    assert!(err::<Meta>("null").starts_with("invalid type: null"));
    assert!(err::<Responsible>(r#""x""#).starts_with("invalid type: string"));
    // ApplicationSummary keeps its derive: alone, an array still decodes.
    let s: ApplicationSummary = from_value(json!([
        1, "t", "d", "kk", {"id": "c"}, null, null, "SUBMITTED", 0, "c", null, false
    ]))
    .unwrap();
    assert_eq!(s.lang, crate::lang::Lang::Kk);
    // Its derive and its `Wire` (in ApplicationDetail) default the same absent fields.
    let minimal = json!({
        "id": 2, "title": "t", "description": "d", "lang": "ru", "category": {"id": "c"},
        "status": "SUBMITTED", "votes": 0, "createdDate": "c"
    });
    let alone: ApplicationSummary = from_value(minimal.clone()).unwrap();
    let within: ApplicationDetail = from_value(minimal).unwrap();
    assert_eq!(alone, within.summary);
}

#[test]
fn what_is_serialized_decodes_back() {
    let d: DatasetDetail = from_value(json!({
        "id": 1, "apiUri": "a", "nameKk": "К", "nameRu": "Р", "descriptionEn": "E",
        "keywordsKk": ["а"], "govAgency": {"id": "g", "nameRu": "Г", "kind": "regional"},
        "categories": [{"id": "c", "nameEn": "C"}], "status": "PUBLISHED",
        "createdDate": "c", "modifiedDate": "m", "views": 3, "downloads": 4,
        "actualizeType": "DAILY", "actual": true, "lastVersion": "v2", "matchedWords": ["x"],
        "responsible": {"fullnameRu": "Ф", "phone": null, "email": "e@x.kz"}, "versions": []
    }))
    .unwrap();
    let text = serde_json::to_string(&d).unwrap();
    assert_eq!(from_str::<DatasetDetail>(&text).unwrap(), d);
    // The serialized keys are the flat ones the decoder reads.
    for key in [
        "\"nameKk\"",
        "\"keywordsKk\"",
        "\"fullnameRu\"",
        "\"matchedWords\"",
    ] {
        assert!(text.contains(key), "{key} in {text}");
    }
}
