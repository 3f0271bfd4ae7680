//! The harvester against a small hand-written portal: shapes it does not know fail loudly (and
//! are not retried), a shifting list is deduplicated, a count that never matches fails after
//! bounded re-reads, and the catalogue's agencies, categories and keywords are assembled as
//! documented.

mod common;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use common::*;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// What the mock portal answers: list pages (1-based; past them `{"datasets":[]}`), the count,
/// and per apiUri a mapping (absent: a 404; default `v1`, `v2`).
#[derive(Default)]
struct Mock {
    pages: Vec<Value>,
    count: Value,
    /// Raw JSON text (a `Value` would sort the keys).
    mappings: HashMap<String, String>,
    missing: Vec<String>,
    list_requests: AtomicU64,
    /// The `User-Agent` and `X-Requested-With` of the last list request.
    list_headers: std::sync::Mutex<(String, String)>,
}

fn json_answer(v: impl ToString) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], v.to_string()).into_response()
}

fn start(mock: Mock) -> (String, Arc<Mock>) {
    let mock = Arc::new(mock);
    let router = Router::new()
        .route(
            "/datasets/getdatasetsre",
            get(
                |State(m): State<Arc<Mock>>, h: HeaderMap, RawQuery(q): RawQuery| async move {
                    m.list_requests.fetch_add(1, Ordering::Relaxed);
                    let text = |k: &str| {
                        h.get(k)
                            .and_then(|v| v.to_str().ok())
                            .unwrap_or("")
                            .to_string()
                    };
                    *m.list_headers.lock().unwrap() =
                        (text("user-agent"), text("x-requested-with"));
                    let q = q.unwrap_or_default();
                    let page: usize = opendata_core::url::get_param(&q, "page")
                        .and_then(|p| p.parse().ok())
                        .expect("page");
                    let empty = json!({"datasets": []});
                    json_answer(m.pages.get(page - 1).unwrap_or(&empty))
                },
            ),
        )
        .route(
            "/datasets/getdatasetsrecount",
            get(|State(m): State<Arc<Mock>>| async move { json_answer(&m.count) }),
        )
        .route(
            "/api/v4/mapping/{index}",
            get(
                |State(m): State<Arc<Mock>>, Path(index): Path<String>| async move {
                    if m.missing.contains(&index) {
                        return StatusCode::NOT_FOUND.into_response();
                    }
                    let two = json!({ index.clone(): {"mappings": {"v1": {}, "v2": {}}} });
                    match m.mappings.get(&index) {
                        Some(raw) => json_answer(raw),
                        None => json_answer(two),
                    }
                },
            ),
        )
        .with_state(mock.clone());
    (serve(router), mock)
}

fn item(uri: &str) -> Value {
    json!({"id": 1, "apiUri": uri, "nameRu": format!("Набор {uri}"),
           "govAgency": {"id": "ag", "nameRu": "МЮ РК", "type": "CGO"},
           "categories": [{"id": "c1", "nameRu": "Образование"}],
           "status": "PUBLISHED", "createdDate": "2020-01-01T10:00:00",
           "modifiedDate": "2021-01-01T10:00:00"})
}

fn page(items: impl IntoIterator<Item = Value>) -> Value {
    json!({ "datasets": items.into_iter().collect::<Vec<_>>() })
}

fn items(range: std::ops::Range<usize>) -> Vec<Value> {
    range.map(|i| item(&format!("d{i}"))).collect()
}

fn harvest_mock(mock: Mock, name: &str) -> (Result<harvest::Summary, String>, std::path::PathBuf) {
    let (url, _) = start(mock);
    let dir = temp_dir(name);
    (harvest::run(&fast(&url, &dir)), dir)
}

#[test]
fn unknown_shapes_fail_loudly_and_at_once() {
    let ok_count = json!({"totalCount": 2});
    let cases = [
        (
            Mock {
                pages: vec![json!({"items": items(0..2)})],
                count: ok_count.clone(),
                ..Mock::default()
            },
            vec!["/datasets/getdatasetsre?page=1", "missing field `datasets`"],
        ),
        (
            Mock {
                pages: vec![page([item("d0"), json!({"id": 2, "nameRu": "x"})])],
                count: ok_count.clone(),
                ..Mock::default()
            },
            vec!["/datasets/getdatasetsre?page=1", "missing field `apiUri`"],
        ),
        (
            Mock {
                pages: vec![page(items(0..2))],
                count: json!({"count": 2}),
                ..Mock::default()
            },
            vec!["/datasets/getdatasetsrecount", "missing field `totalCount`"],
        ),
        (
            Mock {
                pages: vec![page(items(0..2))],
                count: ok_count.clone(),
                mappings: HashMap::from([("d1".into(), r#"{"d1":{"mapping":{}}}"#.into())]),
                ..Mock::default()
            },
            vec!["/api/v4/mapping/d1", "missing field `mappings`"],
        ),
        (
            Mock {
                pages: vec![page(items(0..2))],
                count: ok_count.clone(),
                mappings: HashMap::from([("d0".into(), "[]".into())]),
                ..Mock::default()
            },
            vec!["/api/v4/mapping/d0", "unexpected JSON shape"],
        ),
    ];
    for (i, (mock, words)) in cases.into_iter().enumerate() {
        let (r, dir) = harvest_mock(mock, &format!("shape{i}"));
        let e = r.expect_err("an unknown shape fails");
        for w in words {
            assert!(e.contains(w), "{w:?} not in {e}");
        }
        assert!(!e.contains("gave up"), "retried: {e}");
        assert!(!dir.join("manifest.json").exists());
    }
}

#[test]
fn the_command_exits_non_zero_naming_the_field() {
    let (url, _) = start(Mock {
        pages: vec![page([json!({"id": 2, "nameRu": "x"})])],
        count: json!({"totalCount": 1}),
        ..Mock::default()
    });
    let dir = temp_dir("cli");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_harvest"))
        .args(["--portal", &url, "--out"])
        .arg(&dir)
        .args(["--rate", "0", "--quiet"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("apiUri") && err.contains("getdatasetsre"),
        "{err}"
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_harvest"))
        .args(["--out", "x"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_shifted_list_is_deduplicated() {
    // Something was added while the list was read: page 2 repeats the end of page 1.
    let (r, dir) = harvest_mock(
        Mock {
            pages: vec![page(items(0..10)), page(items(9..12))],
            count: json!({"totalCount": 12}),
            ..Mock::default()
        },
        "shift",
    );
    let s = r.expect("harvest");
    assert_eq!((s.datasets, s.list_pages, s.passes), (12, 2, 1));
    let (_, c) = published(&dir);
    let uris: Vec<&str> = c.datasets.iter().map(|d| d.api_uri.as_str()).collect();
    let want: Vec<String> = (0..12).map(|i| format!("d{i}")).collect();
    assert_eq!(uris, want);
}

#[test]
fn a_count_that_never_matches_fails_after_bounded_rereads() {
    let (url, mock) = start(Mock {
        pages: vec![page(items(0..3))],
        count: json!({"totalCount": 4}),
        ..Mock::default()
    });
    let dir = temp_dir("mismatch");
    let e = harvest::run(&fast(&url, &dir)).expect_err("never matches");
    assert!(
        e.contains("listed 3 datasets") && e.contains("says 4"),
        "{e}"
    );
    // Each read: page 1, then page 2 is empty.
    assert_eq!(
        mock.list_requests.load(Ordering::Relaxed),
        2 * u64::from(harvest::MAX_PASSES)
    );
}

#[test]
fn agencies_categories_and_keywords_are_assembled_as_documented() {
    let mut a = item("a");
    a["govAgency"] = json!({"id": "q1", "nameRu": "АО НИТ", "type": "QUASI"});
    a["categories"] =
        json!([{"id": "c2", "nameRu": "Транспорт"}, {"id": "c1", "nameRu": "Образование"}]);
    a["keyWords"] = json!("школа, , образование ,");
    a["nameEn"] = json!("");
    let mut b = item("b");
    b["govAgency"] = json!({"id": "m1", "nameRu": "г. Астана", "type": "MIO"});
    b["keyWordsKk"] = json!("мектеп");
    b["keyWordsRu"] = json!("школа,учащиеся");
    let mut c = item("c");
    c["govAgency"] = json!({"id": "x1", "nameRu": "ТОО"});
    let mut d = item("d");
    d["govAgency"] =
        json!({"id": "g1", "nameRu": "МЗ РК", "type": "CGO", "fullnameRu": "Министерство"});
    let gone = item("gone");
    let (r, dir) = harvest_mock(
        Mock {
            pages: vec![page([a, b, gone, c, d])],
            count: json!({"totalCount": 5}),
            missing: vec!["gone".into()],
            mappings: HashMap::from([(
                "d".into(),
                r#"{"d":{"mappings":{"v1":{},"v2":{},"v10":{},"data":{}}}}"#.into(),
            )]),
            ..Mock::default()
        },
        "assemble",
    );
    let s = r.expect("harvest");
    assert_eq!(s.skipped, vec!["gone".to_string()]);
    let (_, cat) = published(&dir);
    let ids: Vec<&str> = cat.agencies.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["g1", "m1", "q1", "x1"]);
    let kinds: Vec<String> = cat
        .agencies
        .iter()
        .map(|a| format!("{:?}", a.kind))
        .collect();
    assert_eq!(kinds, ["Central", "Regional", "Other", "Other"]);
    assert_eq!(
        cat.agencies[0].fullnames.fullname_ru.as_deref(),
        Some("Министерство")
    );
    let ids: Vec<&str> = cat.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["c2", "c1"]);
    let uris: Vec<&str> = cat.datasets.iter().map(|d| d.api_uri.as_str()).collect();
    assert_eq!(uris, ["a", "b", "c", "d"]);
    let (da, db) = (&cat.datasets[0], &cat.datasets[1]);
    assert_eq!(da.agency, 2);
    assert_eq!(da.categories, [0, 1]);
    assert_eq!(da.names.name_en, None);
    assert_eq!(da.keywords.keywords_ru, ["школа", "образование"]);
    assert!(da.keywords.keywords_kk.is_empty());
    assert_eq!(db.keywords.keywords_kk, ["мектеп"]);
    assert_eq!(db.keywords.keywords_ru, ["школа", "учащиеся"]);
    assert!(db.keywords.keywords_en.is_empty());
    assert_eq!(cat.datasets[3].versions, ["v1", "v2", "v10", "data"]);
    assert_eq!(cat.datasets[2].versions, ["v1", "v2"]);
}

#[test]
fn an_empty_portal_is_not_published_without_force() {
    let (url, _) = start(Mock {
        count: json!({"totalCount": 0}),
        ..Mock::default()
    });
    let dir = temp_dir("empty");
    let mut o = fast(&url, &dir);
    let e = harvest::run(&o).expect_err("refused");
    assert!(e.contains("no datasets") && e.contains("--force"), "{e}");
    assert!(!dir.join("manifest.json").exists());
    o.force = true;
    assert_eq!(harvest::run(&o).expect("forced").datasets, 0);
}

#[test]
fn it_asks_like_the_portals_pages_at_most_rate_a_second() {
    let (url, mock) = start(Mock {
        pages: vec![page(items(0..3))],
        count: json!({"totalCount": 3}),
        ..Mock::default()
    });
    let dir = temp_dir("rate");
    let mut o = fast(&url, &dir);
    o.client.rate = 10.0;
    let started = std::time::Instant::now();
    let s = harvest::run(&o).expect("harvest");
    // A count, a list page, three mappings: four gaps of 100 ms at least.
    assert_eq!(s.http.requests, 5);
    assert!(started.elapsed() >= std::time::Duration::from_millis(400));
    let (ua, xhr) = mock.list_headers.lock().unwrap().clone();
    assert!(ua.starts_with("opendata-harvest/"), "{ua}");
    assert_eq!(xhr, "XMLHttpRequest");
}
