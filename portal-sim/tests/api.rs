//! Host tests of portal-sim through its router (no sockets): contract shapes, the `source`
//! evaluator against the documented examples, facet rules, validation and the fault layer.

mod common;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use common::*;
use opendata_core::source::{Order, Query, Source};
use opendata_core::wire::{
    Agency, AgencyKind, Category, DatasetDetail, DatasetSearchResponse, Meta, Stats,
};
use portal_sim::dsl::{self, Table};
use portal_sim::seed::{Seed, DEFAULT_SEED, GBD_UL_ROWS};
use portal_sim::{app, AppState};
use serde_json::{json, Value};

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body[..self.body.len().min(300)])
            )
        })
    }
    fn error(&self) -> String {
        let v = self.json();
        v["error"]
            .as_str()
            .unwrap_or_else(|| panic!("no `error` string in {v}"))
            .to_string()
    }
}

async fn call(router: &Router, method: &str, uri: &str, body: Option<Value>) -> Answer {
    let req = Request::builder()
        .method(method)
        .uri(uri)
        .header("content-type", "application/json")
        .body(body.map_or(Body::empty(), |b| Body::from(b.to_string())))
        .expect("request");
    let (status, headers, body) = send(router, req).await;
    Answer {
        status,
        headers,
        body,
    }
}

async fn get(router: &Router, uri: &str) -> Answer {
    call(router, "GET", uri, None).await
}

fn key() -> String {
    shared().seed.demo_api_key.clone()
}

fn src_q(src: &str) -> String {
    format!("source={}", enc(src))
}

// ---- seed ------------------------------------------------------------------------------------

/// Everything the seed exposes, as JSON text.
fn seed_snapshot(st: &AppState) -> String {
    let seed = &st.seed;
    let mut out = String::new();
    for ds in &seed.datasets {
        out.push_str(
            &serde_json::to_string(&portal_sim::routes::ext::detail(seed, ds)).expect("json"),
        );
        out.push_str(
            &serde_json::to_string(&portal_sim::routes::portal::meta_of(ds, ds.last_version()))
                .expect("json"),
        );
        // A few rows of every dataset (the first, the last, one in the middle).
        let t = Table {
            seed,
            ds,
            ver: ds.last_version(),
        };
        for r in [0, t.rows() / 2, t.rows().saturating_sub(1)] {
            out.push_str(&format!("{:?}", t.record(r)));
        }
    }
    // The community seed: every application and showcase app as served.
    for a in &seed.applications {
        out.push_str(
            &serde_json::to_string(&portal_sim::routes::community::application_detail(seed, a))
                .expect("json"),
        );
    }
    for a in &seed.apps {
        out.push_str(
            &serde_json::to_string(&portal_sim::routes::community::showcase_app(seed, a))
                .expect("json"),
        );
    }
    out.push_str(&format!("{:?}", portal_sim::routes::ext::stats_of(seed)));
    out.push_str(&seed.demo_api_key);
    out
}

#[test]
fn same_seed_same_bytes_other_seed_other_data() {
    let a = seed_snapshot(&AppState::new(DEFAULT_SEED));
    let b = seed_snapshot(&AppState::new(DEFAULT_SEED));
    assert!(a == b, "seed is not deterministic");
    // Another seed gives other data (a cheap look: key and the first generated datasets).
    let other = Seed::new(DEFAULT_SEED + 1);
    let me = &shared().seed;
    assert_ne!(other.demo_api_key, me.demo_api_key);
    let names = |s: &Seed| {
        format!(
            "{:?}",
            s.datasets
                .iter()
                .take(200)
                .map(|d| (&d.api_uri, d.views))
                .collect::<Vec<_>>()
        )
    };
    assert_ne!(names(&other), names(me));
}

#[test]
fn seed_has_the_promised_shape() {
    let st = shared();
    let s = &st.seed;
    assert!(s.datasets.len() >= 4000, "{}", s.datasets.len());
    assert_eq!(s.categories.len(), 18);
    assert!(s.categories.iter().any(|c| c.id == "AVS-EI0B99eXTcgzfxyo"
        && c.names.name_ru.as_deref() == Some("Государственный сектор")));
    let kinds = |k| s.agencies.iter().filter(|a| a.kind == k).count();
    assert_eq!(kinds(AgencyKind::Central), 32);
    assert_eq!(kinds(AgencyKind::Regional), 20);
    assert!(kinds(AgencyKind::Other) >= 1);
    let mz = s
        .agencies
        .iter()
        .find(|a| a.id == "AVHtCLm5NUjQC95Q0fe0")
        .expect("МЗ РК");
    assert_eq!(mz.names.name_ru.as_deref(), Some("МЗ РК"));
    assert_eq!(
        mz.fullnames.fullname_ru.as_deref(),
        Some("Министерство здравоохранения Республики Казахстан")
    );
    assert!(s.agencies.iter().any(|a| a.id == "AW8hi9Y0e7zYOHXmb28o"));

    let n = s.datasets.len() as f64;
    let no_en = s
        .datasets
        .iter()
        .filter(|d| d.names.name_en.is_none())
        .count() as f64;
    let no_kk = s
        .datasets
        .iter()
        .filter(|d| d.names.name_kk.is_none())
        .count() as f64;
    assert!((0.04..0.08).contains(&(no_en / n)), "no en {}", no_en / n);
    assert!((0.015..0.045).contains(&(no_kk / n)), "no kk {}", no_kk / n);
    let actual = s.datasets.iter().filter(|d| d.actual).count() as f64;
    assert!((0.7..0.8).contains(&(actual / n)));

    for d in &s.datasets {
        assert!(
            d.created_date.as_str() >= "2019-01-01T00:00:00",
            "{}",
            d.api_uri
        );
        assert!(d.modified_date >= d.created_date, "{}", d.api_uri);
        assert!(
            d.modified_date.as_str() <= "2026-11-28T23:59:00",
            "{}",
            d.api_uri
        );
        assert!((1..=6).contains(&d.versions.len()), "{}", d.api_uri);
        assert!((1..=3).contains(&d.categories.len()));
        assert_eq!(
            d.fields.iter().filter(|(_, f)| f.pk).count(),
            1,
            "{}",
            d.api_uri
        );
        if d.api_uri != "valutalar_bagamdary4" {
            assert!((3..=16).contains(&d.fields.len()), "{}", d.api_uri);
        }
    }
    let uris: std::collections::HashSet<_> = s.datasets.iter().map(|d| &d.api_uri).collect();
    assert_eq!(uris.len(), s.datasets.len(), "apiUri must be unique");
    assert!(s
        .datasets
        .iter()
        .any(|d| d.api_uri.starts_with("opendata-api-uri")));

    let gbd = s.dataset("gbd_ul").expect("gbd_ul");
    assert_eq!(gbd.versions.len(), 1);
    assert_eq!(gbd.versions[0].rows, GBD_UL_ROWS);
    assert_eq!(
        gbd.fields.keys().collect::<Vec<_>>(),
        [
            "bin",
            "datereg",
            "nameru",
            "namekz",
            "addressru",
            "addresskz",
            "statusru",
            "statuskz",
            "okedru",
            "okedkz",
            "id"
        ]
    );
    assert_eq!(s.dataset("s_ats").expect("s_ats").versions[0].name, "data");
    assert!(
        s.dataset("valutalar_bagamdary4")
            .expect("rates")
            .versions
            .len()
            > 1
    );
    for uri in [
        "d_ats_types",
        "advokattar_tizimi14",
        "astana_kalasynyn_kylmystyk_kuk1",
        "memlekettik_organdardyn_intern1",
        "opendata-api-uri99001",
        "korsetkishter_tizbesi1",
    ] {
        assert!(s.dataset(uri).is_some(), "{uri}");
    }
    assert_eq!(s.demo_api_key.len(), 32);
    assert!(s.demo_api_key.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_eq!(s.apps.len(), 40);
    assert!(s.applications.len() == 340);
    assert!(s.actualization_requests.len() >= 200);
}

#[test]
fn crimes_coordinates_are_inside_astana() {
    let st = shared();
    let ds = st
        .seed
        .dataset("astana_kalasynyn_kylmystyk_kuk1")
        .expect("crimes");
    let t = Table {
        seed: &st.seed,
        ds,
        ver: 0,
    };
    for r in (0..t.rows()).step_by(997) {
        let rec = t.record(r);
        let f = |k: &str| -> f64 {
            rec.iter()
                .find(|(n, _)| *n == k)
                .and_then(|(_, v)| v.as_str())
                .and_then(|s| s.parse().ok())
                .expect("number in a string")
        };
        assert!((51.0..51.3).contains(&f("latitude")));
        assert!((71.2..71.7).contains(&f("longitude")));
    }
}

// ---- the `source` evaluator ---------------------------------------------------------------------

fn run(uri: &str, src: &str) -> (u64, Vec<Value>) {
    let st = shared();
    let ds = st.seed.dataset(uri).expect("dataset");
    let t = Table {
        seed: &st.seed,
        ds,
        ver: ds.last_version(),
    };
    let page = dsl::execute(&t, &Source::parse_str(src).expect("source")).expect("execute");
    let recs = page
        .hits
        .iter()
        .map(|h| {
            Value::Object(
                h.record
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.clone()))
                    .collect(),
            )
        })
        .collect();
    (page.total, recs)
}

/// Brute force: all rows of a dataset as JSON objects.
fn all_rows(uri: &str) -> Vec<Value> {
    let st = shared();
    let ds = st.seed.dataset(uri).expect("dataset");
    let t = Table {
        seed: &st.seed,
        ds,
        ver: ds.last_version(),
    };
    (0..t.rows())
        .map(|r| {
            Value::Object(
                t.record(r)
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v))
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn php_example_bool_must_match_hard_code() {
    // Research §3: the PHP client's Example-2 query, verbatim.
    let (total, recs) = run(
        "astana_kalasynyn_kylmystyk_kuk1",
        r#"{"from":1,"size":2,"query":{"bool":{"must":[{"match":{"hard_code":"1"}}]}}}"#,
    );
    let expected: Vec<Value> = all_rows("astana_kalasynyn_kylmystyk_kuk1")
        .into_iter()
        .filter(|r| r["hard_code"] == "1")
        .collect();
    assert_eq!(total, expected.len() as u64);
    assert_eq!(recs, expected[1..3].to_vec());
}

#[test]
fn term_range_sort_and_source_filter() {
    let rows = all_rows("s_ats");
    // term on a string value, as `{"term":{"rca":"…"}}`.
    let cato = rows[40]["cato"].as_str().expect("cato").to_string();
    let (total, recs) = run(
        "s_ats",
        &format!(r#"{{"query":{{"term":{{"cato":"{cato}"}}}}}}"#),
    );
    let want = rows.iter().filter(|r| r["cato"] == cato.as_str()).count() as u64;
    assert_eq!(total, want);
    assert!(recs.iter().all(|r| r["cato"] == cato.as_str()));

    // match on a number against a number field (`{"match":{"s_building_id":123}}` style).
    let (total, recs) = run(
        "s_ats",
        r#"{"from":0,"size":1000,"query":{"bool":{"must":[{"match":{"d_ats_type_id":3}}]}}}"#,
    );
    assert_eq!(total, 17 * 11);
    assert!(recs.iter().all(|r| r["d_ats_type_id"] == 3));

    // range on a date-time string + sort desc, as in the constructs table.
    let (total, recs) = run(
        "s_ats",
        r#"{"size":50,"sort":[{"modified":{"order":"desc"}}],"query":{"range":{"modified":{"gte":"2021-01-01","lt":"2021-02-01"}}}}"#,
    );
    let want = rows
        .iter()
        .filter(|r| {
            let m = r["modified"].as_str().unwrap_or("");
            ("2021-01-01".."2021-02-01").contains(&m)
        })
        .count() as u64;
    assert!(want > 0);
    assert_eq!(total, want);
    let got: Vec<&str> = recs.iter().filter_map(|r| r["modified"].as_str()).collect();
    assert!(got.windows(2).all(|w| w[0] >= w[1]), "sorted desc");

    // `_source` keeps only the listed fields.
    let (_, recs) = run(
        "gbd_ul",
        r#"{"size":3,"_source":["bin","datereg","statusru","id"]}"#,
    );
    for r in &recs {
        let keys: Vec<&String> = r.as_object().expect("object").keys().collect();
        assert_eq!(keys.len(), 4, "{r}");
    }

    // match_all with paging.
    let (total, recs) = run(
        "d_ats_types",
        r#"{"from":0,"size":500,"query":{"match_all":{}}}"#,
    );
    assert_eq!((total, recs.len()), (12, 12));

    // bool: must_not and should (should alone requires one), terms, query_string.
    let (total, _) = run(
        "valutalar_bagamdary4",
        r#"{"query":{"bool":{"should":[{"term":{"kod":"USD"}},{"term":{"kod":"EUR"}}],"must_not":{"term":{"kod":"EUR"}}}}}"#,
    );
    assert_eq!(total, 1);
    let (total, _) = run(
        "valutalar_bagamdary4",
        r#"{"query":{"terms":{"kod":["USD","EUR","XXX"]}}}"#,
    );
    assert_eq!(total, 2);
    let (total, recs) = run(
        "valutalar_bagamdary4",
        r#"{"query":{"query_string":{"query":"kod:us*"}}}"#,
    );
    assert_eq!(total, 1);
    assert_eq!(recs[0]["kod"], "USD");

    // sorting by an unknown field is the portal's 400.
    let st = shared();
    let ds = st.seed.dataset("s_ats").expect("s_ats");
    let t = Table {
        seed: &st.seed,
        ds,
        ver: 0,
    };
    let e = dsl::execute(&t, &Source::new().sort_by("nope", Order::Asc)).err();
    assert!(e.is_some_and(|e| e.contains("nope")));
}

#[test]
fn gbd_ul_last_page_by_pk_cursor() {
    // The pagination pitfall of §3: page with a range cursor on the pk, not a deep `from`.
    let (total, recs) = run(
        "gbd_ul",
        r#"{"size":100,"sort":[{"id":{"order":"asc"}}],"query":{"range":{"id":{"gt":"999950"}}}}"#,
    );
    assert_eq!(total, 50);
    let ids: Vec<&str> = recs.iter().filter_map(|r| r["id"].as_str()).collect();
    let want: Vec<String> = (999_951..=1_000_000).map(|i| i.to_string()).collect();
    assert_eq!(ids, want);

    // Same cursor through `bin` (the pk, `_id`), short sort form.
    let last_bin = recs[49]["bin"].as_str().expect("bin").to_string();
    let before = recs[47]["bin"].as_str().expect("bin").to_string();
    let (total, recs2) = run(
        "gbd_ul",
        &format!(
            r#"{{"size":10,"sort":[{{"bin":"asc"}}],"query":{{"bool":{{"filter":[{{"range":{{"bin":{{"gt":"{before}"}}}}}}]}}}}}}"#
        ),
    );
    assert_eq!(total, 2);
    assert_eq!(recs2[1]["bin"], last_bin.as_str());

    // Descending sort gives the newest entities first.
    let (total, recs) = run("gbd_ul", r#"{"size":3,"sort":[{"id":"desc"}]}"#);
    assert_eq!(total, GBD_UL_ROWS);
    let ids: Vec<&str> = recs.iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(ids, ["1000000", "999999", "999998"]);

    // A deep `from` is answered too, by arithmetic.
    let (_, recs) = run("gbd_ul", r#"{"from":999998,"size":10}"#);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[1]["id"], "1000000");

    // term on `_id`.
    let (total, recs) = run(
        "gbd_ul",
        &format!(r#"{{"query":{{"term":{{"_id":"{last_bin}"}}}}}}"#),
    );
    assert_eq!(total, 1);
    assert_eq!(recs[0]["id"], "1000000");
}

// ---- portal endpoints --------------------------------------------------------------------------

#[tokio::test]
async fn v4_requires_the_demo_key() {
    let r = app(shared());
    for uri in [
        "/api/v4/gbd_ul/v1".to_string(),
        "/api/v4/gbd_ul/v1?apiKey=00000000000000000000000000000000".to_string(),
        format!("/api/v4/nope?apiKey=wrong&{}", src_q("{}")),
    ] {
        let a = get(&r, &uri).await;
        assert_eq!(a.status, StatusCode::FORBIDDEN, "{uri}");
        assert_eq!(a.error(), "apiKey is invalid");
    }
    let a = get(
        &r,
        &format!(
            "/api/v4/gbd_ul/v1?apiKey={}&{}",
            key(),
            src_q(r#"{"size":100,"sort":[{"id":{"order":"asc"}}]}"#)
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK);
    let v = a.json();
    let arr = v.as_array().expect("bare array");
    assert_eq!(arr.len(), 100);
    assert_eq!(arr[0]["id"], "1");
    assert_eq!(a.headers["cache-control"], "no-store");

    // No version: the latest; no source: 10 records.
    let a = get(
        &r,
        &format!("/api/v4/valutalar_bagamdary4?apiKey={}", key()),
    )
    .await;
    assert_eq!(a.json().as_array().map(Vec::len), Some(10));
    let a = get(
        &r,
        &format!(
            "/api/v4/fuel_prices/v1?apiKey={}&{}",
            key(),
            src_q(r#"{"size":1}"#)
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn errors_are_objects_with_error() {
    let r = app(shared());
    let k = key();
    let cases: Vec<(String, StatusCode, &str)> = vec![
        (
            format!(
                "/api/v4/gbd_ul/v1?apiKey={k}&{}",
                src_q(r#"{"size":10,"search_after":[1]}"#)
            ),
            StatusCode::BAD_REQUEST,
            "search_after",
        ),
        (
            format!(
                "/api/detailed/gbd_ul?{}",
                src_q(
                    r#"{"query":{"fuzzy_like_this":{"fields":["_all"],"like_text":"x","fuzziness":"1"}}}"#
                )
            ),
            StatusCode::BAD_REQUEST,
            "fuzzy_like_this",
        ),
        (
            format!("/api/detailed/gbd_ul?{}", src_q(r#"{"size":0}"#)),
            StatusCode::BAD_REQUEST,
            "size",
        ),
        (
            format!("/api/detailed/gbd_ul?{}", src_q(r#"{"size":10001}"#)),
            StatusCode::BAD_REQUEST,
            "size",
        ),
        (
            format!("/api/detailed/gbd_ul?{}", src_q(r#"{"size":"#)),
            StatusCode::BAD_REQUEST,
            "JSON",
        ),
        (
            format!(
                "/api/detailed/gbd_ul?{}",
                src_q(r#"{"sort":[{"nope":"asc"}]}"#)
            ),
            StatusCode::BAD_REQUEST,
            "nope",
        ),
        (
            "/api/detailed/no_such_index".to_string(),
            StatusCode::NOT_FOUND,
            "no_such_index",
        ),
        (
            "/api/detailed/gbd_ul/v9".to_string(),
            StatusCode::NOT_FOUND,
            "v9",
        ),
        (
            "/api/detailed/s_buildings,s_pb".to_string(),
            StatusCode::BAD_REQUEST,
            "several indices",
        ),
        (
            "/api/v4/mapping/nope".to_string(),
            StatusCode::NOT_FOUND,
            "nope",
        ),
        ("/meta/gbd_ul/v2".to_string(), StatusCode::NOT_FOUND, "v2"),
        (
            "/api/portal/datasets/nope".to_string(),
            StatusCode::NOT_FOUND,
            "nope",
        ),
        (
            "/no/such/route".to_string(),
            StatusCode::NOT_FOUND,
            "not found",
        ),
        (
            "/datasets/exportjson?version=v1".to_string(),
            StatusCode::BAD_REQUEST,
            "index",
        ),
    ];
    for (uri, status, needle) in cases {
        let a = get(&r, &uri).await;
        assert_eq!(a.status, status, "{uri}");
        let e = a.error();
        assert!(e.contains(needle), "{uri}: {e}");
        assert_eq!(a.headers["cache-control"], "no-store");
    }
    let a = call(&r, "POST", "/api/portal/stats", None).await;
    assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(!a.error().is_empty());
}

#[tokio::test]
async fn detailed_counts_and_marks_records() {
    let r = app(shared());
    // No key, no source: total and a default page of 10.
    let v = get(&r, "/api/detailed/gbd_ul").await.json();
    assert_eq!(v["totalCount"], GBD_UL_ROWS);
    let data = v["data"].as_array().expect("data");
    assert_eq!(data.len(), 10);
    assert_eq!(data[0]["_index"], "gbd_ul");
    assert_eq!(data[0]["_id"], data[0]["bin"]);
    // tcomextetl reads the total with size 1; the key is accepted but not required.
    let v = get(
        &r,
        &format!(
            "/api/detailed/s_ats/data?apiKey={}&{}",
            key(),
            src_q(r#"{"size":1}"#)
        ),
    )
    .await
    .json();
    assert_eq!(v["totalCount"], 3200);
    assert_eq!(v["data"].as_array().map(Vec::len), Some(1));
}

#[tokio::test]
async fn mapping_and_meta_shapes() {
    let r = app(shared());
    let v = get(&r, "/api/v4/mapping/astana_kalasynyn_kylmystyk_kuk1/v1")
        .await
        .json();
    let props = &v["astana_kalasynyn_kylmystyk_kuk1"]["mappings"]["v1"]["properties"];
    assert_eq!(props["city_code"], json!({"type": "string", "store": true}));
    let text = String::from_utf8(
        get(&r, "/api/v4/mapping/astana_kalasynyn_kylmystyk_kuk1/v1")
            .await
            .body,
    )
    .expect("utf8");
    // Alphabetical, as in the portal's documented answer.
    let pos = |k: &str| text.find(&format!("\"{k}\"")).expect(k);
    assert!(pos("city_code") < pos("crime_code") && pos("home_number") < pos("latitude"));

    let v = get(&r, "/api/v4/mapping/valutalar_bagamdary4").await.json();
    let versions: Vec<&String> = v["valutalar_bagamdary4"]["mappings"]
        .as_object()
        .expect("mappings")
        .keys()
        .collect();
    assert_eq!(versions.len(), 6);

    let a = get(&r, "/meta/gbd_ul/v1?pretty").await;
    assert!(String::from_utf8_lossy(&a.body).contains("\n  "));
    let m: Meta = serde_json::from_slice(&a.body).expect("Meta");
    assert_eq!(m.api_uri, "gbd_ul");
    assert_eq!(m.version, "v1");
    assert!(m.fields.get("bin").is_some_and(|f| f.pk));
    assert!(m
        .responsible
        .is_some_and(|p| p.phone.is_some_and(|ph| ph.starts_with("+7"))));
    assert_eq!(m.fields.keys().next(), Some("bin"));
}

#[tokio::test]
async fn exportjson_pages_one_based() {
    let r = app(shared());
    let first3 = get(
        &r,
        "/datasets/exportjson?index=advokattar_tizimi14&version=v1&from=1&count=3",
    )
    .await
    .json();
    let arr = first3.as_array().expect("array");
    assert_eq!(arr.len(), 3);
    assert_eq!(arr[0]["id"], "1");
    let zero = get(
        &r,
        "/datasets/exportjson?index=advokattar_tizimi14&version=v1&from=0&count=3",
    )
    .await
    .json();
    assert_eq!(zero, first3);
    let next = get(
        &r,
        "/datasets/exportjson?index=advokattar_tizimi14&version=v1&from=4&count=2",
    )
    .await
    .json();
    assert_eq!(next[0]["id"], "4");
    let end = get(
        &r,
        "/datasets/exportjson?index=advokattar_tizimi14&version=v1&from=3104&count=100",
    )
    .await
    .json();
    assert_eq!(end.as_array().map(Vec::len), Some(1));
    let past = get(
        &r,
        "/datasets/exportjson?index=advokattar_tizimi14&from=999999",
    )
    .await;
    assert_eq!(past.status, StatusCode::OK);
    assert_eq!(past.body, b"[]");
    // Default count, latest version.
    let dflt = get(&r, "/datasets/exportjson?index=gbd_ul").await.json();
    assert_eq!(dflt.as_array().map(Vec::len), Some(100));
    for bad in [
        "count=0",
        "count=10001",
        "from=x",
        "count=-1",
        "from=1&from=2",
    ] {
        let a = get(&r, &format!("/datasets/exportjson?index=gbd_ul&{bad}")).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(!a.error().is_empty());
    }
    let a = get(&r, "/datasets/exportjson?index=gbd_ul&version=v7").await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
}

// ---- extension endpoints -------------------------------------------------------------------------

async fn search(r: &Router, q: &str) -> DatasetSearchResponse {
    let a = get(r, &format!("/api/portal/datasets?{q}")).await;
    assert_eq!(
        a.status,
        StatusCode::OK,
        "{q}: {}",
        String::from_utf8_lossy(&a.body)
    );
    serde_json::from_slice(&a.body).expect("DatasetSearchResponse")
}

#[tokio::test]
async fn facets_or_within_and_across_own_facet_excluded() {
    let st = shared();
    let r = app(st.clone());
    let seed = &st.seed;
    let cat = |id: &str| {
        seed.categories
            .iter()
            .position(|c| c.id == id)
            .expect("cat")
    };
    let ag = |id: &str| {
        seed.agencies
            .iter()
            .position(|a| a.id == id)
            .expect("agency")
    };
    let edu = "AVS-Bzqh99eXTcgzfxyg";
    let health = "AVS-CKXa99eXTcgzfxyi";
    let astana = "AVUvu_Wu99eXTcgzf9td";
    let mz = "AVHtCLm5NUjQC95Q0fe0";
    let nb = "AVPq5VzaCsZKBQJe1dBl"; // publishes no education or health data

    let q = format!(
        "category={edu}&category={health}&agency={astana}&agency={mz}&agency={nb}&size=100"
    );
    let resp = search(&r, &q).await;

    let cats = [cat(edu), cat(health)];
    let ags = [ag(astana), ag(mz), ag(nb)];
    let in_c = |d: &portal_sim::seed::DatasetSeed| d.categories.iter().any(|c| cats.contains(c));
    let in_a = |d: &portal_sim::seed::DatasetSeed| ags.contains(&d.agency);
    let want_total = seed.datasets.iter().filter(|d| in_c(d) && in_a(d)).count() as u64;
    assert!(want_total > 0);
    assert_eq!(resp.total_count, want_total);
    assert_eq!(resp.datasets.len() as u64, want_total.min(100));

    // Category counts: agency filter applied, category filter not.
    for fv in &resp.facets.categories {
        let ci = cat(&fv.id);
        let want = seed
            .datasets
            .iter()
            .filter(|d| in_a(d) && d.categories.contains(&ci))
            .count() as u64;
        assert_eq!(fv.count, want, "category {}", fv.id);
    }
    let all_cats_seen = seed
        .datasets
        .iter()
        .filter(|d| in_a(d))
        .flat_map(|d| d.categories.iter())
        .collect::<std::collections::HashSet<_>>()
        .len();
    assert_eq!(resp.facets.categories.len(), all_cats_seen);

    // Agency counts: category filter applied, agency filter not.
    for fv in &resp.facets.agencies {
        let ai = ag(&fv.id);
        let want = seed
            .datasets
            .iter()
            .filter(|d| in_c(d) && d.agency == ai)
            .count() as u64;
        assert_eq!(fv.count, want, "agency {}", fv.id);
        assert!(fv.kind.is_some());
    }
    // Selected with zero results: still listed.
    let nbv = resp
        .facets
        .agencies
        .iter()
        .find(|f| f.id == nb)
        .expect("selected НБ listed");
    assert_eq!(nbv.count, 0);
    // Unselected agencies with results in the selected categories are offered too.
    assert!(resp.facets.agencies.len() > 3);
    // Counts are sorted biggest first.
    assert!(resp
        .facets
        .agencies
        .windows(2)
        .all(|w| w[0].count >= w[1].count));
}

#[tokio::test]
async fn text_search_sorting_and_paging() {
    let r = app(shared());
    let resp = search(&r, &format!("text={}&lang=ru&size=100", enc("МЕКТЕП"))).await;
    assert!(resp.total_count >= 21, "{}", resp.total_count);
    for d in &resp.datasets {
        let hay = format!("{:?}{:?}{:?}", d.names, d.keywords, d.descriptions).to_lowercase();
        assert!(hay.contains("мектеп"), "{}", d.api_uri);
    }
    // Every word must match.
    let both = search(&r, &format!("text={}", enc("мектеп Ақмола"))).await;
    assert!(both.total_count >= 1 && both.total_count < resp.total_count);

    let views = search(&r, "sort=views&size=50").await;
    assert!(views.datasets.windows(2).all(|w| w[0].views >= w[1].views));
    assert_eq!(views.total_count, shared().seed.datasets.len() as u64);
    let newest = search(&r, "size=50").await;
    assert!(newest
        .datasets
        .windows(2)
        .all(|w| w[0].created_date >= w[1].created_date));
    let updated = search(&r, "sort=updated").await;
    assert!(updated
        .datasets
        .windows(2)
        .all(|w| w[0].modified_date >= w[1].modified_date));
    assert_eq!(updated.size, 20);
    let names = search(&r, "sort=name&lang=ru&size=100&page=3").await;
    let keys: Vec<Vec<u32>> = names
        .datasets
        .iter()
        .map(|d| {
            portal_sim::search::collation_key(
                d.names.pick(opendata_core::Lang::Ru).map_or("", |x| x.0),
            )
        })
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]));

    // Beyond the end: empty page, true total.
    let far = search(&r, &format!("text={}&page=999", enc("мектеп"))).await;
    assert!(far.datasets.is_empty());
    assert_eq!(far.total_count, resp.total_count);
    assert_eq!(far.page, 999);

    // Hostile datasets are findable.
    let pwned = search(&r, "text=pwned").await;
    assert!(pwned
        .datasets
        .iter()
        .any(|d| d.api_uri == "memlekettik_organdardyn_intern1"));
}

#[tokio::test]
async fn search_parameter_validation() {
    let r = app(shared());
    let long = "а".repeat(501);
    for q in [
        "sort=bogus".to_string(),
        "page=0".to_string(),
        "page=x".to_string(),
        "page=-1".to_string(),
        "size=0".to_string(),
        "size=101".to_string(),
        "size=abc".to_string(),
        format!("text={}", enc(&long)),
        "lang=de".to_string(),
        "sort=views&sort=name".to_string(),
    ] {
        let a = get(&r, &format!("/api/portal/datasets?{q}")).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{q}");
        assert!(!a.error().is_empty(), "{q}");
    }
    // 500 characters is fine; unknown parameters are ignored.
    let ok = get(
        &r,
        &format!(
            "/api/portal/datasets?text={}&foo=1&size=100&page=1",
            enc(&"а".repeat(500))
        ),
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK);
}

#[tokio::test]
async fn detail_categories_agencies_stats() {
    let st = shared();
    let r = app(st.clone());
    let a = get(&r, "/api/portal/datasets/valutalar_bagamdary4").await;
    let d: DatasetDetail = serde_json::from_slice(&a.body).expect("DatasetDetail");
    assert_eq!(d.versions.len(), 6);
    assert_eq!(d.summary.last_version, "v6");
    assert_eq!(d.versions[5].rows_count, 39);

    let cats: Vec<Category> =
        serde_json::from_slice(&get(&r, "/api/portal/categories").await.body).expect("categories");
    assert_eq!(cats.len(), 18);
    let per_cat: u64 = cats.iter().map(|c| c.datasets_count).sum();
    let want: usize = st.seed.datasets.iter().map(|d| d.categories.len()).sum();
    assert_eq!(per_cat, want as u64);

    let ags: Vec<Agency> =
        serde_json::from_slice(&get(&r, "/api/portal/agencies").await.body).expect("agencies");
    assert_eq!(
        ags.iter().map(|a| a.datasets_count).sum::<u64>(),
        st.seed.datasets.len() as u64
    );
    assert!(ags.iter().any(|a| a.kind == AgencyKind::Regional
        && a.fullnames.fullname_ru.as_deref() == Some("Акимат Акмолинской области")
        && a.fullnames.fullname_kk.as_deref() == Some("Ақмола облысының әкімдігі")
        && a.fullnames.fullname_en.as_deref() == Some("Akimat of Akmola Region")));

    let s: Stats = serde_json::from_slice(&get(&r, "/api/portal/stats").await.body).expect("stats");
    assert_eq!(s.datasets_count, st.seed.datasets.len() as u64);
    assert_eq!(
        s.views_count,
        st.seed.datasets.iter().map(|d| d.views).sum::<u64>()
    );
    assert_eq!(s.apps_count, 40);
    assert!(s.actual_datasets_count < s.datasets_count);
}

// ---- fault control ------------------------------------------------------------------------------

#[tokio::test]
async fn faults_status_times_malformed_reset() {
    // Own state: faults are per server.
    let r = app(AppState::new(DEFAULT_SEED));
    let info = get(&r, "/__sim/info").await.json();
    assert_eq!(info["seed"], DEFAULT_SEED);
    assert_eq!(info["demoApiKey"].as_str().map(str::len), Some(32));

    let a = call(
        &r,
        "POST",
        "/__sim/faults",
        Some(json!({"path": "/api/portal/stats", "status": 500, "times": 2})),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED);
    for _ in 0..2 {
        let a = get(&r, "/api/portal/stats").await;
        assert_eq!(a.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(!a.error().is_empty());
    }
    assert_eq!(get(&r, "/api/portal/stats").await.status, StatusCode::OK);
    assert_eq!(get(&r, "/__sim/faults").await.json()["faults"], json!([]));

    // Malformed: 200 and not JSON.
    call(
        &r,
        "POST",
        "/__sim/faults",
        Some(json!({"path": "/api/portal/categories", "body": "malformed"})),
    )
    .await;
    for _ in 0..2 {
        let a = get(&r, "/api/portal/categories").await;
        assert_eq!(a.status, StatusCode::OK);
        assert!(serde_json::from_slice::<Value>(&a.body).is_err());
        assert!(!a.body.is_empty());
    }
    // Empty body, 429 with Retry-After, method filter, prefix match.
    call(
        &r,
        "POST",
        "/__sim/faults",
        Some(json!({"path": "/api/v4/", "status": 429, "method": "GET"})),
    )
    .await;
    call(
        &r,
        "POST",
        "/__sim/faults",
        Some(json!({"path": "/api/portal/agencies", "body": "empty", "status": 502})),
    )
    .await;
    let a = get(&r, "/api/v4/gbd_ul/v1").await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(a.headers["retry-after"], "1");
    let a = get(&r, "/api/portal/agencies").await;
    assert_eq!((a.status, a.body.len()), (StatusCode::BAD_GATEWAY, 0));
    let listed = get(&r, "/__sim/faults").await.json();
    assert_eq!(listed["faults"].as_array().map(Vec::len), Some(3));

    // Delay-only keeps the real answer (no timing assertion).
    let a = call(&r, "DELETE", "/__sim/faults", None).await;
    assert_eq!(a.status, StatusCode::OK);
    call(
        &r,
        "POST",
        "/__sim/faults",
        Some(json!({"path": "/api/portal/stats", "delayMs": 5, "times": 1})),
    )
    .await;
    assert_eq!(get(&r, "/api/portal/stats").await.status, StatusCode::OK);
    assert_eq!(
        get(&r, "/api/portal/categories").await.status,
        StatusCode::OK
    );

    // Bad fault specs are refused; the control API itself cannot be faulted.
    for bad in [
        json!({"path": "api"}),
        json!({"path": "/x", "status": 99}),
        json!({"path": "/x", "bogus": 1}),
        json!({"path": "/__sim/info", "status": 500}),
        json!({"path": "/x", "times": 0}),
    ] {
        let a = call(&r, "POST", "/__sim/faults", Some(bad.clone())).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{bad}");
    }
}

#[test]
fn source_builder_output_is_understood_by_the_evaluator() {
    // What the app builds (via opendata-core) the stand-in parses and answers.
    let src = Source::new()
        .size(5)
        .sort_by("id", Order::Desc)
        .query(Query::all_of(vec![Query::Range {
            field: "id".into(),
            gt: None,
            gte: None,
            lt: Some(json!("100")),
            lte: None,
        }]));
    let (total, recs) = run("gbd_ul", &src.to_string());
    assert_eq!(total, 99);
    assert_eq!(recs[0]["id"], "99");
}
