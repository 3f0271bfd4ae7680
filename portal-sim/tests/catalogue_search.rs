//! Parity: the in-browser catalogue (`opendata_core::catalogue::Catalogue` over the seed's
//! catalogue file) answers exactly as portal-sim's `/api/portal/datasets`, `/categories`,
//! `/agencies` and `/stats` do, for every kind of query docs/portal-api.md §3.1 describes.

mod common;
use axum::http::StatusCode;
use axum::Router;
use common::*;
use opendata_core::catalogue::CatalogueFile;
use opendata_core::url::{CatalogueQuery, Sort};
use opendata_core::wire::{Agency, Category, DatasetSearchResponse, Stats};
use opendata_core::Lang;
use portal_sim::app;
use serde::de::DeserializeOwned;

/// GET `uri` from the stand-in, decoded.
async fn get<T: DeserializeOwned>(r: &Router, uri: &str) -> T {
    let (status, body) = get_raw(r, uri).await;
    assert_eq!(status, StatusCode::OK, "{uri}");
    serde_json::from_slice(&body).unwrap_or_else(|e| panic!("{uri}: {e}"))
}

fn text(t: &str) -> CatalogueQuery {
    CatalogueQuery {
        text: t.to_string(),
        page: 1,
        ..Default::default()
    }
}

/// Compares one query both ways; on a difference, says where first (the whole answers are
/// too long to read in a panic message). The answer, for checks that the cases find something.
async fn same(r: &Router, q: &CatalogueQuery, lang: Lang, size: u32) -> DatasetSearchResponse {
    let uri = format!("/api/portal/datasets{}", q.to_api_query(lang, size));
    let want: DatasetSearchResponse = get(r, &uri).await;
    let got = catalogue().search(q, lang, size);
    if got == want {
        return got;
    }
    assert_eq!(got.total_count, want.total_count, "{uri}: totalCount");
    let order = |v: &DatasetSearchResponse| -> Vec<String> {
        v.datasets.iter().map(|d| d.api_uri.clone()).collect()
    };
    assert_eq!(order(&got), order(&want), "{uri}: order");
    for (g, w) in got.datasets.iter().zip(&want.datasets) {
        assert_eq!(g, w, "{uri}: dataset");
    }
    assert_eq!(got.facets, want.facets, "{uri}: facets");
    assert_eq!(got, want, "{uri}");
    got
}

/// Every text of `tests/search.rs` and the doc's examples.
const TEXTS: &[&str] = &[
    // Russian, Kazakh and English word forms.
    "школы",
    "школ",
    "Школа",
    "школа",
    "мектептер",
    "мектептің",
    "МЕКТЕП",
    "мектептерінің",
    "school",
    "schools",
    "больницы",
    "hospitals",
    "Астаны",
    "Астана",
    "Алматы",
    "transport",
    "дошкольное",
    "балабақша",
    "аурухана",
    "дәріханалар Шымкент",
    // Kazakh in Latin letters, with and without diacritics, and the reverse.
    "mektep",
    "mektepter",
    "mektepterınıñ",
    "bilim",
    "bılım",
    "білім",
    "densaulyq",
    "densaulyk",
    "денсаулық",
    "shymkent",
    "Şymkent",
    "Шымкент",
    "qazaqstan",
    "kazakstan",
    "kazakhstan",
    "Қазақстан",
    "Казахстан",
    "Jambyl",
    "Zhambyl",
    "Жамбыл",
    "tarih",
    "balabaqsha",
    "auruhana",
    "aurukhana",
    "almaty oblysy",
    "Алматы облысы",
    "Öskemen",
    "Oskemen",
    // Prefix on the last word only; one letter is no prefix; several words AND.
    "список шко",
    "шко список",
    "ав",
    "z",
    "шк",
    "школы Шымкента",
    "public schools of Akmola",
    "kazakhstan population",
    "список школ Алматы",
    // Nothing, blank, hostile (and `common::odd_texts`).
    "zzzqqqxx",
    "",
    "   ",
    ",;",
    "pwned",
    "2024",
    "824",
];

#[tokio::test]
async fn texts_match_the_endpoint() {
    let r = app(shared());
    let mut found = 0;
    for t in TEXTS {
        found += usize::from(same(&r, &text(t), Lang::Kk, 20).await.total_count > 0);
    }
    // Most of the texts find something (the cases are not all trivially empty).
    assert!(found > TEXTS.len() * 3 / 4, "{found} of {}", TEXTS.len());
    for odd in odd_texts() {
        same(&r, &text(&odd), Lang::Ru, 20).await;
    }
    // Whole result lists, not just first pages.
    for t in ["мектеп", "школы", "bilim", "Астана"] {
        for page in 1..=3 {
            same(&r, &text(t).with_page(page), Lang::Kk, 100).await;
        }
    }
}

#[tokio::test]
async fn every_sort_in_every_language() {
    let r = app(shared());
    for t in ["", "мектеп", "school", "ав"] {
        for sort in Sort::ALL {
            for lang in [Lang::Kk, Lang::Ru, Lang::En] {
                let q = CatalogueQuery {
                    sort: Some(sort),
                    ..text(t)
                };
                same(&r, &q, lang, 50).await;
            }
        }
    }
    // Name order deep into the list (digits, Latin, then the Kazakh alphabet).
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        let q = CatalogueQuery {
            sort: Some(Sort::Name),
            ..text("")
        };
        for page in [1, 20, 43] {
            same(&r, &q.with_page(page), lang, 100).await;
        }
    }
}

#[tokio::test]
async fn facets_alone_and_combined() {
    let r = app(shared());
    let file = catalogue().file();
    let cat = |i: usize| file.categories[i].id.clone();
    let ag = |i: usize| file.agencies[i].id.clone();
    let cases: Vec<(Vec<String>, Vec<String>)> = vec![
        (vec![cat(0)], vec![]),
        (vec![cat(0), cat(5)], vec![]),
        (vec![], vec![ag(0)]),
        (vec![], vec![ag(3), ag(40)]),
        (vec![cat(0)], vec![ag(40)]),
        (vec![cat(1), cat(2)], vec![ag(1), ag(35)]),
        // Unknown ids: listed at 0 with no names, matching nothing; with known ones too.
        (vec!["no-such-category".into()], vec![]),
        (vec![], vec!["no-such-agency".into()]),
        (vec![cat(0), "nope".into()], vec!["nope".into(), ag(0)]),
        // A selected agency without datasets (listed at 0).
        (vec![], vec![empty_agency(file)]),
        // Blanks and repeats, as a hand-edited URL may carry.
        (vec![cat(0), cat(0)], vec![]),
        (vec![" ".into(), cat(2)], vec![format!(" {} ", ag(2))]),
    ];
    for t in ["", "мектеп", "Алматы", "zzzqqqxx"] {
        for (categories, agencies) in &cases {
            let q = CatalogueQuery {
                categories: categories.clone(),
                agencies: agencies.clone(),
                ..text(t)
            };
            same(&r, &q, Lang::Kk, 20).await;
        }
    }
}

/// The first agency with no datasets (the seed has some), or any agency if none.
fn empty_agency(file: &CatalogueFile) -> String {
    let used = |i: usize| file.datasets.iter().any(|d| d.agency as usize == i);
    let i = (0..file.agencies.len()).find(|&i| !used(i)).unwrap_or(0);
    file.agencies[i].id.clone()
}

#[tokio::test]
async fn pages_and_sizes() {
    let r = app(shared());
    for (t, page, size) in [
        ("", 1, 1),
        ("", 2, 20),
        ("", 215, 20),
        ("", 216, 20),
        ("", 100_000, 100),
        ("мектеп", 2, 7),
        ("мектеп", 50, 20),
        ("zzzqqqxx", 3, 20),
    ] {
        same(&r, &text(t).with_page(page), Lang::Kk, size).await;
    }
}

#[tokio::test]
async fn lists_and_counters_match_the_endpoints() {
    let r = app(shared());
    let c = catalogue();
    assert_eq!(c.file().check(), Ok(()));
    assert_eq!(c.len(), shared().seed.datasets.len());
    let categories: Vec<Category> = get(&r, "/api/portal/categories").await;
    assert_eq!(c.categories(), categories);
    let agencies: Vec<Agency> = get(&r, "/api/portal/agencies").await;
    assert_eq!(c.agencies(), agencies);
    let stats: Stats = get(&r, "/api/portal/stats").await;
    let mine = c.stats();
    assert_eq!(
        (mine.datasets, mine.actual, mine.views, mine.downloads),
        (
            stats.datasets_count,
            stats.actual_datasets_count,
            stats.views_count,
            stats.downloads_count
        )
    );
    // A dataset by apiUri: the detail endpoint's summary and version names.
    for api_uri in [
        "advokattar_tizimi14",
        "gbd_ul",
        "memlekettik_organdardyn_intern1",
    ] {
        let detail: opendata_core::wire::DatasetDetail =
            get(&r, &format!("/api/portal/datasets/{api_uri}")).await;
        let (summary, versions) = c.dataset(api_uri).expect(api_uri);
        assert_eq!(summary, detail.summary);
        let names: Vec<&str> = detail.versions.iter().map(|v| v.version.as_str()).collect();
        assert_eq!(versions, names);
    }
    assert!(c.dataset("no-such-dataset").is_none());
}
