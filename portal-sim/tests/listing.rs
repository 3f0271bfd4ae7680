//! The portal's catalogue AJAX endpoints (`/datasets/getdatasetsre` & co., docs §1.6–§1.8), the
//! today profile (no `/api/portal/...`) and the `html` fault.

mod common;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use common::*;
use portal_sim::seed::DEFAULT_SEED;
use portal_sim::{app, AppState};
use serde_json::{json, Value};

struct Answer {
    status: StatusCode,
    content_type: String,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        assert!(
            self.content_type.starts_with("application/json"),
            "{}: {}",
            self.content_type,
            String::from_utf8_lossy(&self.body)
        );
        serde_json::from_slice(&self.body).expect("JSON")
    }
    fn is_html(&self) -> bool {
        self.content_type.starts_with("text/html")
            && String::from_utf8_lossy(&self.body).starts_with("<!DOCTYPE html>")
    }
}

/// A request as the portal's pages send it: `X-Requested-With` when `xhr`, a form body if any.
async fn call(r: &Router, method: &str, uri: &str, xhr: bool, form: Option<&str>) -> Answer {
    let mut b = Request::builder().method(method).uri(uri);
    if xhr {
        b = b.header("x-requested-with", "XMLHttpRequest");
    }
    if form.is_some() {
        b = b.header("content-type", "application/x-www-form-urlencoded");
    }
    let req = b
        .body(form.map_or(Body::empty(), |f| Body::from(f.to_string())))
        .expect("request");
    let (status, headers, body) = send(r, req).await;
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    Answer {
        status,
        content_type,
        body,
    }
}

async fn xhr(r: &Router, uri: &str) -> Value {
    let a = call(r, "GET", uri, true, None).await;
    assert_eq!(
        a.status,
        StatusCode::OK,
        "{uri}: {}",
        String::from_utf8_lossy(&a.body)
    );
    a.json()
}

fn uris(v: &Value) -> Vec<String> {
    v["datasets"]
        .as_array()
        .expect("datasets")
        .iter()
        .map(|d| d["apiUri"].as_str().expect("apiUri").to_string())
        .collect()
}

fn seed_uris(range: std::ops::Range<usize>) -> Vec<String> {
    shared().seed.datasets[range]
        .iter()
        .map(|d| d.api_uri.clone())
        .collect()
}

#[tokio::test]
async fn list_pages_hold_at_most_ten_in_catalogue_order() {
    let r = app(shared());
    let n = shared().seed.datasets.len();
    let first = xhr(&r, "/datasets/getdatasetsre?status=PUBLISHED").await;
    assert_eq!(uris(&first), seed_uris(0..10));
    // However many are asked for.
    let big = xhr(
        &r,
        "/datasets/getdatasetsre?page=1&count=100&status=PUBLISHED",
    )
    .await;
    assert_eq!(uris(&big), seed_uris(0..10));
    let p2 = xhr(&r, "/datasets/getdatasetsre?page=2&count=10").await;
    assert_eq!(uris(&p2), seed_uris(10..20));
    let small = xhr(&r, "/datasets/getdatasetsre?page=3&count=4").await;
    assert_eq!(uris(&small), seed_uris(8..12));
    let last = n.div_ceil(10);
    let tail = xhr(&r, &format!("/datasets/getdatasetsre?page={last}&count=10")).await;
    assert_eq!(uris(&tail), seed_uris((last - 1) * 10..n));
    let past = xhr(&r, &format!("/datasets/getdatasetsre?page={}", last + 1)).await;
    assert_eq!(past, json!({"datasets": []}));
    // Unknown sort selections are accepted and change nothing.
    let sorted = xhr(
        &r,
        "/datasets/getdatasetsre?page=2&datasetSortSelect=2&statusType=1",
    )
    .await;
    assert_eq!(uris(&sorted), seed_uris(10..20));
}

#[tokio::test]
async fn a_list_item_has_the_portal_shape_without_versions() {
    let r = app(shared());
    let seed = &shared().seed;
    let i = seed.dataset_index("advokattar_tizimi14").unwrap();
    let v = xhr(&r, &format!("/datasets/getdatasetsre?page={}", i / 10 + 1)).await;
    let item = v["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["apiUri"] == "advokattar_tizimi14")
        .expect("listed")
        .clone();
    let ds = &seed.datasets[i];
    assert_eq!(item["id"], ds.id);
    assert_eq!(item["nameRu"], "Список адвокатов");
    assert_eq!(item["keyWords"], "адвокат, правовая помощь, лицензия");
    assert_eq!(item["keyWordsKk"], "адвокат, құқықтық көмек, лицензия");
    assert_eq!(item["keyWordsEn"], "lawyer, legal aid, licence");
    assert_eq!(item["status"], "PUBLISHED");
    assert_eq!(item["createdDate"], ds.created_date.as_str());
    assert_eq!(item["modifiedDate"], ds.modified_date.as_str());
    assert_eq!(item["actualizeType"], "QUARTERLY");
    assert_eq!(item["govAgency"]["type"], "CGO");
    assert_eq!(item["govAgency"]["nameRu"], "МЮ РК");
    assert!(item["govAgency"]["fullnameRu"].is_string());
    assert_eq!(item["categories"][0]["nameEn"], "Legal assistance");
    for key in [
        "lastVersion",
        "versions",
        "version",
        "keywordsRu",
        "responsible",
    ] {
        assert!(item.get(key).is_none(), "{key} in {item}");
    }
    // A missing translation is an absent key, never "".
    let no_en = seed
        .datasets
        .iter()
        .position(|d| d.names.name_en.is_none())
        .unwrap();
    let v = xhr(
        &r,
        &format!("/datasets/getdatasetsre?page={}", no_en / 10 + 1),
    )
    .await;
    let item = &v["datasets"][no_en % 10];
    assert_eq!(item["apiUri"], seed.datasets[no_en].api_uri.as_str());
    for key in ["nameEn", "descriptionEn", "keyWordsEn"] {
        assert!(item.get(key).is_none(), "{key} in {item}");
    }
    // Agency types after the statistics endpoints' naming.
    let type_of = |kind: &str| {
        let a = seed
            .agencies
            .iter()
            .position(|a| format!("{:?}", a.kind).eq_ignore_ascii_case(kind))
            .unwrap();
        seed.datasets.iter().position(|d| d.agency == a).unwrap()
    };
    for (kind, t) in [("regional", "MIO"), ("other", "QUASI")] {
        let i = type_of(kind);
        let v = xhr(&r, &format!("/datasets/getdatasetsre?page={}", i / 10 + 1)).await;
        assert_eq!(v["datasets"][i % 10]["govAgency"]["type"], t);
    }
}

#[tokio::test]
async fn without_the_xhr_header_the_answer_is_html() {
    let r = app(shared());
    for uri in [
        "/datasets/getdatasetsre?page=1",
        "/datasets/getdatasetsrecount",
        "/datasets/getdatasets?page=1&count=10",
        "/datasets/getdata?index=s_ats&page=1",
        // Even with bad parameters: the page is served before they are read.
        "/datasets/getdatasetsre?page=x",
    ] {
        let a = call(&r, "GET", uri, false, None).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}");
        assert!(a.is_html(), "{uri}: {}", a.content_type);
    }
    let a = call(&r, "POST", "/datasets/getdatasetsre", false, Some("page=1")).await;
    assert!(a.is_html());
}

#[tokio::test]
async fn recount_equals_the_seed_and_the_filtered_counts() {
    let r = app(shared());
    let seed = &shared().seed;
    let all = xhr(&r, "/datasets/getdatasetsrecount?status=PUBLISHED").await;
    assert_eq!(all, json!({"totalCount": seed.datasets.len()}));
    assert_eq!(seed.datasets.len(), 4295);
    assert_eq!(
        xhr(&r, "/datasets/getdatasetsrecount?status=DRAFT").await["totalCount"],
        0
    );
    let cat = 0;
    let ag = seed.datasets[0].agency;
    let (cid, aid) = (&seed.categories[cat].id, &seed.agencies[ag].id);
    let in_cat = seed.datasets.iter().filter(|d| d.categories.contains(&cat));
    let both = in_cat.clone().filter(|d| d.agency == ag).count();
    for (q, n) in [
        (format!("categoryId={cid}"), in_cat.clone().count()),
        (
            format!("byGovAgencyId={aid}"),
            seed.datasets.iter().filter(|d| d.agency == ag).count(),
        ),
        (
            format!("categoryId={cid}&byGovAgencyId={aid}&status=PUBLISHED"),
            both,
        ),
        ("categoryId=nope".to_string(), 0),
    ] {
        let v = xhr(&r, &format!("/datasets/getdatasetsrecount?{q}")).await;
        assert_eq!(v["totalCount"], n, "{q}");
    }
    // The list pages through exactly the counted datasets, in catalogue order.
    let want: Vec<String> = in_cat.map(|d| d.api_uri.clone()).take(20).collect();
    let mut got = uris(&xhr(&r, &format!("/datasets/getdatasetsre?categoryId={cid}")).await);
    got.extend(uris(
        &xhr(
            &r,
            &format!("/datasets/getdatasetsre?categoryId={cid}&page=2"),
        )
        .await,
    ));
    assert_eq!(got, want);
}

#[tokio::test]
async fn a_post_form_body_works_like_the_query_string() {
    let r = app(shared());
    let cid = shared().seed.categories[1].id.clone();
    let form = format!("page=2&count=10&status=PUBLISHED&categoryId={}", enc(&cid));
    let post = call(&r, "POST", "/datasets/getdatasetsre", true, Some(&form)).await;
    assert_eq!(post.status, StatusCode::OK);
    let get = xhr(&r, &format!("/datasets/getdatasetsre?{form}")).await;
    assert_eq!(post.json(), get);
    assert_eq!(uris(&get).len(), 10);
    let post = call(
        &r,
        "POST",
        "/datasets/getdatasetsrecount",
        true,
        Some(&form),
    )
    .await;
    assert_eq!(
        post.json(),
        xhr(&r, &format!("/datasets/getdatasetsrecount?{form}")).await
    );
}

#[tokio::test]
async fn bad_parameters_are_400_json() {
    let r = app(shared());
    for uri in [
        "/datasets/getdatasetsre?page=x",
        "/datasets/getdatasetsre?page=0",
        "/datasets/getdatasetsre?count=-1",
        "/datasets/getdatasetsre?page=1&page=2",
        "/datasets/getdatasets?count=0",
        "/datasets/getdata?page=1",
        "/datasets/getdata?index=s_ats&page=x",
        "/datasets/getdata?index=s_ats&column=nope",
        "/datasets/getdata?index=s_ats&column=id&order=sideways",
        "/datasets/getdata?index=valutalar_bagamdary4&text=usd&column=nope",
    ] {
        let a = call(&r, "GET", uri, true, None).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(a.json()["error"].is_string(), "{uri}");
    }
    let a = call(&r, "GET", "/datasets/getdata?index=nope", true, None).await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    let a = call(
        &r,
        "GET",
        "/datasets/getdata?index=s_ats&version=v9",
        true,
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn getdatasets_counts_and_caps_at_ten() {
    let r = app(shared());
    let seed = &shared().seed;
    let q = "page=1&count=50&byGovAgencies=true&byExternalUsers=true";
    let v = xhr(&r, &format!("/datasets/getdatasets?{q}")).await;
    assert_eq!(v["totalCount"], seed.datasets.len());
    assert_eq!(uris(&v), seed_uris(0..10));
    let newest = xhr(
        &r,
        &format!("/datasets/getdatasets?{q}&sortBy=createdDateDesc"),
    )
    .await;
    let dates: Vec<&str> = newest["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["createdDate"].as_str().unwrap())
        .collect();
    assert_eq!(dates.len(), 10);
    let max = seed.datasets.iter().map(|d| d.created_date.as_str()).max();
    assert_eq!(dates.first().copied(), max);
    assert!(dates.windows(2).all(|w| w[0] >= w[1]));
}

#[tokio::test]
async fn getdata_pages_twenty_rows_with_text_and_sort() {
    let r = app(shared());
    // At most 20 a page, whatever count asks; the rows are exportjson's.
    let v = xhr(&r, "/datasets/getdata?index=s_ats&page=2&count=100").await;
    let rows = v["elements"].as_array().unwrap();
    assert_eq!(rows.len(), 20);
    assert_eq!(v["totalCount"], 3200);
    assert_eq!(v["totalPages"], 160);
    let (_, export) = get_raw(&r, "/datasets/exportjson?index=s_ats&from=21&count=20").await;
    let export: Value = serde_json::from_slice(&export).unwrap();
    assert_eq!(&Value::Array(rows.clone()), &export);
    let v = xhr(&r, "/datasets/getdata?index=s_ats&count=5").await;
    assert_eq!(
        (
            v["elements"].as_array().unwrap().len(),
            v["totalPages"].clone()
        ),
        (5, json!(640))
    );

    // Sorting by a column, both ways.
    let (_, all) = get_raw(
        &r,
        "/datasets/exportjson?index=valutalar_bagamdary4&version=v2&count=100",
    )
    .await;
    let all: Vec<Value> = serde_json::from_slice(&all).unwrap();
    let rates = |v: &Value| -> Vec<f64> {
        v["elements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["kurs"].as_str().unwrap().parse().unwrap())
            .collect()
    };
    let base = "/datasets/getdata?index=valutalar_bagamdary4&version=v2&column=kurs";
    let asc = rates(&xhr(&r, &format!("{base}&order=ascending")).await);
    let desc = rates(&xhr(&r, &format!("{base}&order=descending")).await);
    let mut want: Vec<f64> = all
        .iter()
        .map(|e| e["kurs"].as_str().unwrap().parse().unwrap())
        .collect();
    want.sort_by(f64::total_cmp);
    assert_eq!(asc, want[..20]);
    want.reverse();
    assert_eq!(desc, want[..20]);

    // A plain, case-insensitive substring of any value.
    let needle = all[7]["kod"].as_str().unwrap().to_string();
    let matching: Vec<&Value> = all
        .iter()
        .filter(|e| {
            e.as_object().unwrap().values().any(|v| {
                let s = v.as_str().map_or(v.to_string(), str::to_string);
                s.to_lowercase().contains(&needle.to_lowercase())
            })
        })
        .collect();
    let low = needle.to_lowercase();
    let v = xhr(
        &r,
        &format!("/datasets/getdata?index=valutalar_bagamdary4&version=v2&text={low}"),
    )
    .await;
    assert_eq!(v["totalCount"], matching.len());
    assert_eq!(
        v["elements"].as_array().unwrap().iter().collect::<Vec<_>>(),
        matching.into_iter().take(20).collect::<Vec<_>>()
    );
    // Text and a descending sort together; a second page of a text search.
    let v = xhr(
        &r,
        "/datasets/getdata?index=s_ats&text=1&column=id&order=descending",
    )
    .await;
    let ids: Vec<i64> = v["elements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids.len(), 20);
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "{ids:?}");
    let total = v["totalCount"].as_u64().unwrap();
    let last = total.div_ceil(20);
    let v = xhr(
        &r,
        &format!("/datasets/getdata?index=s_ats&text=1&page={last}"),
    )
    .await;
    assert_eq!(
        v["elements"].as_array().unwrap().len() as u64,
        total - (last - 1) * 20
    );
}

#[tokio::test]
async fn the_today_profile_has_no_extension_paths() {
    let today = AppState::new_today(DEFAULT_SEED);
    assert_eq!(today.profile, portal_sim::Profile::Today);
    let r = app(today.clone());
    let key = today.seed.demo_api_key.clone();
    for path in [
        "/api/portal",
        "/api/portal/",
        "/api/portal/datasets",
        "/api/portal/datasets/gbd_ul",
        "/api/portal/categories",
        "/api/portal/agencies",
        "/api/portal/stats",
        "/api/portal/apps",
        "/api/portal/applications",
        "/api/portal/login",
        "/api/portal/session",
        "/api/portal/logout",
        "/api/portal/subscriptions",
        "/api/portal/nothing/here",
    ] {
        for method in ["GET", "POST", "DELETE"] {
            let a = call(&r, method, path, false, None).await;
            assert_eq!(a.status, StatusCode::NOT_FOUND, "{method} {path}");
            assert_eq!(a.json(), json!({"error": "not found"}), "{method} {path}");
        }
    }
    let a = call(&r, "POST", "/api/portal/login", false, Some("user=1")).await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    // The portal's own endpoints and the test harness stay.
    for uri in [
        format!("/api/v4/s_ats?apiKey={key}"),
        "/api/detailed/s_ats".to_string(),
        "/api/v4/mapping/valutalar_bagamdary4".to_string(),
        "/meta/s_ats/data".to_string(),
        "/datasets/exportjson?index=s_ats&count=2".to_string(),
        "/__sim/info".to_string(),
        "/__sim/faults".to_string(),
    ] {
        let (status, _) = get_raw(&r, &uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
    }
    assert_eq!(
        uris(&xhr(&r, "/datasets/getdatasetsre").await),
        seed_uris(0..10)
    );
    // The extended profile (the default) has them.
    let (status, _) = get_raw(&app(shared()), "/api/portal/stats").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn the_html_fault_answers_a_page_instead_of_json() {
    let r = app(fresh());
    let add = |spec: Value| {
        let r = r.clone();
        async move {
            let req = Request::builder()
                .method("POST")
                .uri("/__sim/faults")
                .body(Body::from(spec.to_string()))
                .unwrap();
            assert_eq!(send(&r, req).await.0, StatusCode::CREATED);
        }
    };
    add(json!({"path": "/datasets/getdatasetsre", "body": "html", "times": 1})).await;
    let a = call(&r, "GET", "/datasets/getdatasetsre", true, None).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(a.is_html());
    // Used up: JSON again.
    assert_eq!(uris(&xhr(&r, "/datasets/getdatasetsre").await).len(), 10);
    add(json!({"path": "/api/v4/mapping/", "body": "html", "status": 503})).await;
    let a = call(&r, "GET", "/api/v4/mapping/s_ats", false, None).await;
    assert_eq!(a.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(a.is_html());
    let (status, body) = get_raw(&r, "/__sim/faults").await;
    assert_eq!(status, StatusCode::OK);
    let faults: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(faults["faults"][0]["body"], "html");
}
