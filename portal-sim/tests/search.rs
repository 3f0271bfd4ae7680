//! Catalogue and applications text search over the real seed: languages, scripts, word forms,
//! ranking, `matchedWords`, facet consistency and the 400s. Catalogue searches are answered by
//! the in-browser engine (`Catalogue` over the seed's catalogue file) and, while the stand-in
//! still serves `/api/portal/datasets`, checked against it too.

mod common;
use axum::http::StatusCode;
use axum::Router;
use common::*;
use opendata_core::url::{get_param, CatalogueQuery};
use opendata_core::wire::{
    ApplicationSearchResponse, DatasetSearchResponse, DatasetSummary, Names,
};
use opendata_core::Lang;
use portal_sim::app;
use portal_sim::seed::DatasetSeed;
use serde_json::Value;
use std::collections::BTreeSet;

/// A catalogue search (`q` as in the app's URL, plus `size` and `lang`): the in-browser engine's
/// answer, which must equal the endpoint's to the query the app would send it (this half goes
/// when the endpoint does).
async fn search(r: &Router, q: &str) -> DatasetSearchResponse {
    let size = get_param(q, "size").map_or(20, |s| s.parse().expect("size"));
    let lang = get_param(q, "lang").map_or(Lang::Kk, |l| Lang::from_prefix(&l).expect("lang"));
    let query = CatalogueQuery::from_query(q);
    let mine = catalogue().search(&query, lang, size);
    let uri = format!("/api/portal/datasets{}", query.to_api_query(lang, size));
    let (status, body) = get_raw(r, &uri).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "{uri}: {}",
        String::from_utf8_lossy(&body)
    );
    let http: DatasetSearchResponse = serde_json::from_slice(&body).expect("DatasetSearchResponse");
    assert!(
        mine == http,
        "{uri}: the in-browser search differs from the endpoint"
    );
    mine
}

/// Every result of a text search, all pages, in order.
async fn all_results(r: &Router, text: &str, extra: &str) -> Vec<DatasetSummary> {
    let mut out = Vec::new();
    for page in 1.. {
        let resp = search(
            r,
            &format!("text={}&size=100&page={page}{extra}", enc(text)),
        )
        .await;
        let n = resp.datasets.len();
        out.extend(resp.datasets);
        if n < 100 {
            assert_eq!(out.len() as u64, resp.total_count);
            break;
        }
    }
    out
}

fn ids(v: &[DatasetSummary]) -> BTreeSet<String> {
    v.iter().map(|d| d.api_uri.clone()).collect()
}

/// A list of public schools by its Russian name.
fn school_list_ru(names: &Names) -> bool {
    names
        .name_ru
        .as_deref()
        .is_some_and(|n| n.contains("Список государственных школ"))
}

/// The seed's lists of public schools, in the languages they have text in.
fn school_datasets(has: impl Fn(&DatasetSeed) -> bool) -> BTreeSet<String> {
    shared()
        .seed
        .datasets
        .iter()
        .filter(|d| {
            school_list_ru(&d.names)
                || d.names
                    .name_kk
                    .as_deref()
                    .is_some_and(|n| n.contains("мемлекеттік мектептерінің тізімі"))
        })
        .filter(|d| has(d))
        .map(|d| d.api_uri.clone())
        .collect()
}

fn is_school(d: &DatasetSummary) -> bool {
    let all = format!(
        "{:?} {:?} {:?}",
        d.names.name_kk, d.names.name_ru, d.names.name_en
    );
    all.contains("школ") || all.contains("мектеп") || all.contains("school")
}

/// Whether a dataset has text in some language.
type Has = dyn Fn(&DatasetSeed) -> bool;

#[tokio::test]
async fn school_word_forms_in_three_languages_and_two_scripts() {
    let r = app(shared());
    let has_ru = |d: &DatasetSeed| d.names.name_ru.is_some() || !d.keywords.keywords_ru.is_empty();
    let has_kk = |d: &DatasetSeed| d.names.name_kk.is_some() || !d.keywords.keywords_kk.is_empty();
    let has_en = |d: &DatasetSeed| d.names.name_en.is_some() || !d.keywords.keywords_en.is_empty();
    let cases: [(&str, &Has); 9] = [
        ("школы", &has_ru),
        ("школ", &has_ru),
        ("Школа", &has_ru),
        ("мектептер", &has_kk),
        ("мектептің", &has_kk),
        ("МЕКТЕП", &has_kk),
        ("mektep", &has_kk),
        ("school", &has_en),
        ("schools", &has_en),
    ];
    for (text, has) in cases {
        let want = school_datasets(has);
        assert!(
            want.len() >= 20,
            "{text}: only {} school datasets",
            want.len()
        );
        let got = all_results(&r, text, "").await;
        let got_ids = ids(&got);
        let missing: Vec<_> = want.difference(&got_ids).collect();
        assert!(missing.is_empty(), "{text}: missing {missing:?}");
        // Name hits rank first: the whole first page is school lists.
        for d in got.iter().take(20) {
            assert!(is_school(d), "{text}: {} ranks high", d.api_uri);
            assert!(!d.matched_words.is_empty(), "{text}: {}", d.api_uri);
        }
    }
}

#[tokio::test]
async fn latin_kazakh_equals_cyrillic() {
    let r = app(shared());
    for (lat, cyr) in [
        ("mektep", "мектеп"),
        ("mektepter", "мектептер"),
        ("bilim", "білім"),
        ("densaulyq", "денсаулық"),
        ("shymkent", "Шымкент"),
        ("qazaqstan", "Қазақстан"),
        ("balabaqsha", "балабақша"),
        ("aurukhana", "аурухана"),
        ("almaty oblysy", "Алматы облысы"),
    ] {
        let a = all_results(&r, lat, "").await;
        let b = all_results(&r, cyr, "").await;
        assert!(!a.is_empty(), "{lat}");
        assert_eq!(ids(&a), ids(&b), "{lat} / {cyr}");
    }
    // The Russian-style spelling finds the Kazakh name too.
    let kz = search(&r, &format!("text={}&size=100", enc("kazakhstan"))).await;
    let qz = search(&r, &format!("text={}&size=100", enc("Қазақстан"))).await;
    assert!(kz.total_count >= qz.total_count / 2 && kz.total_count > 20);
}

#[tokio::test]
async fn bilim_finds_education_and_other_probes() {
    let r = app(shared());
    let st = shared();
    let edu = st
        .seed
        .categories
        .iter()
        .find(|c| c.names.name_en.as_deref() == Some("Education"))
        .expect("Education category")
        .id
        .clone();
    let resp = search(&r, "text=bilim&size=50").await;
    assert!(resp.total_count >= 20, "{}", resp.total_count);
    for d in &resp.datasets {
        assert!(d.categories.iter().any(|c| c.id == edu), "{}", d.api_uri);
        assert!(d
            .matched_words
            .iter()
            .any(|w| w.to_lowercase().starts_with("білім")));
    }
    // Hospitals in Kazakh, Latin Kazakh and Russian reach the same kind of dataset.
    for text in ["аурухана", "auruhana", "больницы", "hospitals"] {
        let resp = search(&r, &format!("text={}", enc(text))).await;
        assert!(resp.total_count >= 20, "{text}: {}", resp.total_count);
    }
    // Russian case forms of a city name.
    let a = search(&r, &format!("text={}", enc("Астаны"))).await;
    let b = search(&r, &format!("text={}", enc("Астана"))).await;
    assert!(a.total_count >= 20 && b.total_count >= a.total_count);
    // Nonsense finds nothing, and that is a 200.
    let none = search(&r, "text=zzzqqqxx").await;
    assert_eq!(none.total_count, 0);
}

#[tokio::test]
async fn and_across_words_and_prefix_on_the_last() {
    let r = app(shared());
    let one = search(&r, &format!("text={}", enc("школы"))).await;
    let two = search(&r, &format!("text={}", enc("школы Шымкента"))).await;
    assert!(two.total_count >= 1 && two.total_count < one.total_count);
    for d in &two.datasets {
        let words: Vec<String> = d.matched_words.iter().map(|w| w.to_lowercase()).collect();
        assert!(words.iter().any(|w| w.starts_with("школ")), "{words:?}");
        assert!(words.iter().any(|w| w.starts_with("шымкент")), "{words:?}");
    }
    // The word being typed matches as a prefix; an earlier word does not.
    let typing = search(&r, &format!("text={}", enc("список шко"))).await;
    assert!(typing.total_count > 0);
    let early = search(&r, &format!("text={}", enc("шко список"))).await;
    assert_eq!(early.total_count, 0);
    // One letter is not a prefix.
    let a = search(&r, "text=z").await;
    assert_eq!(a.total_count, 0);
}

#[tokio::test]
async fn relevance_order_and_matched_words() {
    let r = app(shared());
    let st = shared();
    let resp = search(&r, &format!("text={}&size=100", enc("школы"))).await;
    // Default sort with text is relevance: score never rises, and equal-looking hits (all
    // school lists) come most viewed first.
    // All public-school lists score alike, so they come most viewed first.
    let lists: Vec<&DatasetSummary> = resp
        .datasets
        .iter()
        .filter(|d| school_list_ru(&d.names))
        .collect();
    assert!(lists.len() >= 20);
    assert!(lists.windows(2).all(|w| w[0].views >= w[1].views));
    // matchedWords are words of this dataset's text, as written.
    for d in &resp.datasets {
        let ds = st.seed.dataset(&d.api_uri).expect("known");
        let text = format!("{:?} {:?} {:?}", ds.names, ds.descriptions, ds.keywords);
        for w in &d.matched_words {
            assert!(text.contains(w.as_str()), "{w} not in {}", d.api_uri);
            assert!(!w.contains(' ') && !w.contains('<'));
        }
    }
    // Without text there are none, and the key is absent.
    let v = serde_json::to_value(search(&r, "size=3").await).expect("json");
    for d in v["datasets"].as_array().expect("datasets") {
        assert!(d.get("matchedWords").is_none());
    }
    // Other sorts keep their order with text.
    let views = search(&r, &format!("text={}&sort=views&size=50", enc("мектеп"))).await;
    assert!(views.datasets.windows(2).all(|w| w[0].views >= w[1].views));
    assert!(views.datasets.iter().all(|d| !d.matched_words.is_empty()));
}

#[tokio::test]
async fn facet_counts_stay_consistent_with_text() {
    let r = app(shared());
    for text in ["мектеп", "transport", "Алматы"] {
        let resp = search(&r, &format!("text={}&size=1", enc(text))).await;
        // One agency per dataset: the agency facet sums to the total.
        let sum: u64 = resp.facets.agencies.iter().map(|f| f.count).sum();
        assert_eq!(sum, resp.total_count, "{text}");
        // A category's count is the total once that category is selected.
        for f in resp.facets.categories.iter().take(4) {
            let sel = search(
                &r,
                &format!("text={}&size=1&category={}", enc(text), enc(&f.id)),
            )
            .await;
            assert_eq!(sel.total_count, f.count, "{text} / {}", f.id);
            let sum: u64 = sel.facets.agencies.iter().map(|a| a.count).sum();
            assert_eq!(sum, sel.total_count);
            // The category facet ignores its own filter.
            assert_eq!(sel.facets.categories, resp.facets.categories);
        }
    }
}

#[tokio::test]
async fn bad_parameters_are_400_never_a_crash() {
    let r = app(shared());
    let big = "ш".repeat(10 * 1024);
    for path in ["/api/portal/datasets", "/api/portal/applications"] {
        for q in [
            "sort=bogus".to_string(),
            "page=0".to_string(),
            "size=10000".to_string(),
            format!("text={}", enc(&big)),
            format!("text={}", "a".repeat(10 * 1024)),
            "text=a&text=b".to_string(),
        ] {
            let (status, body) = get_raw(&r, &format!("{path}?{q}")).await;
            assert_eq!(
                status,
                StatusCode::BAD_REQUEST,
                "{path}?{}",
                &q[..q.len().min(40)]
            );
            let v: Value = serde_json::from_slice(&body).expect("json error");
            let e = v["error"].as_str().expect("error string");
            assert!(e.starts_with("parameter `"), "{e}");
        }
    }
    // Odd but valid text is a 200.
    for text in &odd_texts() {
        search(&r, &format!("text={}", enc(text))).await;
        let (status, _) =
            get_raw(&r, &format!("/api/portal/applications?text={}", enc(text))).await;
        assert_eq!(status, StatusCode::OK, "{text}");
    }
}

#[tokio::test]
async fn applications_use_the_same_matcher() {
    let r = app(shared());
    let apps = |text: &str| {
        let r = r.clone();
        let uri = format!("/api/portal/applications?text={}&size=100", enc(text));
        async move {
            let (status, body) = get_raw(&r, &uri).await;
            assert_eq!(status, StatusCode::OK);
            serde_json::from_slice::<ApplicationSearchResponse>(&body).expect("applications")
        }
    };
    // «школ» (ru), «мектептердің» (kk), `mektep` (Latin kk) and "school" (en) all find
    // applications about schools, each in its own language.
    let ru = apps("школы").await;
    let kk = apps("мектептер").await;
    let lat = apps("mektep").await;
    let en = apps("school").await;
    assert!(ru.total_count > 0 && kk.total_count > 0 && en.total_count > 0);
    assert_eq!(kk.total_count, lat.total_count);
    let has = |r: &ApplicationSearchResponse, stems: &[&str]| {
        r.applications.iter().all(|a| {
            let t = format!("{} {}", a.title, a.description).to_lowercase();
            stems.iter().any(|s| t.contains(s))
        })
    };
    assert!(has(&ru, &["школ"]));
    assert!(has(&kk, &["мектеп", "мектеб"]));
    assert!(has(&en, &["school"]));
    // AND across words still narrows.
    let bus = apps("автобусы").await;
    let bus_city = apps("автобусы Алматы").await;
    assert!(bus_city.total_count >= 1 && bus_city.total_count < bus.total_count);
}
