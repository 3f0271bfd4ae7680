//! The app's routes: the path each page gives (the strings the app has always linked to, which
//! the browser journeys check), the index's encoding, query round trips with the pages' own
//! parsers, and the router's patterns in `src/app.rs` against `Route::PATTERNS`.

use opendata_core::dataview::{ColumnFilter, DataView};
use opendata_core::routes::{DatasetQuery, Route, Tab};
use opendata_core::source::Order;
use opendata_core::url::{get_param, CatalogueQuery, Facet, ListQuery, Sort};

/// The router's file, to compare its `path!` literals with `Route::PATTERNS`.
const APP_RS: &str = include_str!("../../src/app.rs");
/// The shell's patterns in `src/app.rs`, which are no page: the root (redirected to a language),
/// the language prefix and the not-found page.
const SHELL: [&str; 3] = ["/", "/:lang", "*any"];

const APPLICATION_FILTERS: [&str; 3] = ["status", "category", "agency"];
const APPLICATION_SORTS: [&str; 3] = ["votes", "newest", "answered"];
const APP_FILTERS: [&str; 2] = ["category", "platform"];

fn query_of(path: &str) -> &str {
    path.split_once('?').map_or("", |(_, q)| q)
}

fn dataset(index: &str, tab: Option<Tab>, query: DatasetQuery) -> Route {
    Route::Dataset {
        index: index.to_string(),
        tab,
        query,
    }
}

/// One route of every kind (and every tab), with the path it gives.
fn examples() -> Vec<(Route, &'static str)> {
    let mut list = vec![
        (Route::Home, "/"),
        (Route::catalogue(), "/datasets"),
        (
            Route::Catalogue(CatalogueQuery {
                agencies: vec!["a 1".into()],
                page: 2,
                ..Default::default()
            }),
            "/datasets?agency=a%201&page=2",
        ),
        (Route::dataset("s_ats"), "/datasets/s_ats"),
        (
            dataset("s_ats", None, DatasetQuery::Version("v3".into())),
            "/datasets/s_ats?version=v3",
        ),
        (
            Route::data("s_ats", DataView::default().with_q("школа").with_page(2)),
            "/datasets/s_ats/data?q=%D1%88%D0%BA%D0%BE%D0%BB%D0%B0&page=2",
        ),
        (
            dataset(
                "s_ats",
                Some(Tab::Api),
                DatasetQuery::Current("version=v1&x=%20".into()),
            ),
            "/datasets/s_ats/api?version=v1&x=%20",
        ),
        (Route::applications(), "/applications"),
        (
            Route::Applications(ListQuery {
                sort: Some("newest"),
                ..Default::default()
            }),
            "/applications?sort=newest",
        ),
        (Route::NewApplication, "/applications/new"),
        (Route::Application(42), "/applications/42"),
        (Route::apps(), "/apps"),
        (
            Route::Apps(ListQuery {
                filters: vec![("platform", vec!["IOS".into()])],
                page: 3,
                ..Default::default()
            }),
            "/apps?platform=IOS&page=3",
        ),
        (Route::App(7), "/apps/7"),
        (Route::Subscriptions, "/account/subscriptions"),
    ];
    for t in Tab::ALL {
        let path = match t {
            Tab::Passport => "/datasets/s_ats/passport",
            Tab::Data => "/datasets/s_ats/data",
            Tab::Api => "/datasets/s_ats/api",
            Tab::Map => "/datasets/s_ats/map",
            Tab::Comments => "/datasets/s_ats/comments",
            Tab::Requests => "/datasets/s_ats/requests",
        };
        list.push((dataset("s_ats", Some(t), DatasetQuery::Latest), path));
    }
    list
}

#[test]
fn every_route_gives_its_path() {
    for (route, path) in examples() {
        assert_eq!(route.path(), path, "{route:?}");
    }
}

#[test]
fn the_index_is_percent_encoded_as_a_query_component() {
    assert_eq!(
        Route::dataset("школы Астаны").path(),
        "/datasets/%D1%88%D0%BA%D0%BE%D0%BB%D1%8B%20%D0%90%D1%81%D1%82%D0%B0%D0%BD%D1%8B"
    );
    assert_eq!(Route::dataset("a/b c").path(), "/datasets/a%2Fb%20c");
    assert_eq!(
        dataset("a/b?c#d", Some(Tab::Map), DatasetQuery::Latest).path(),
        "/datasets/a%2Fb%3Fc%23d/map"
    );
    assert_eq!(Route::dataset("x-y_z.1~").path(), "/datasets/x-y_z.1~");
}

#[test]
fn each_path_matches_its_pattern() {
    for (route, path) in examples() {
        let pattern = route.pattern();
        assert!(Route::PATTERNS.contains(&pattern), "{pattern}");
        let path = path.split('?').next().unwrap().trim_start_matches('/');
        let (segments, parts): (Vec<_>, Vec<_>) =
            (path.split('/').collect(), pattern.split('/').collect());
        assert_eq!(segments.len(), parts.len(), "{path} ~ {pattern}");
        for (s, p) in segments.iter().zip(&parts) {
            if p.starts_with(':') {
                assert!(!s.is_empty(), "{path} ~ {pattern}");
            } else {
                assert_eq!(s, p, "{path} ~ {pattern}");
            }
        }
    }
}

#[test]
fn the_tab_segment_parses_back() {
    for t in Tab::ALL {
        assert_eq!(Tab::parse(Some(t.segment())), Some(t));
    }
    assert_eq!(Tab::parse(None), Some(Tab::Passport));
    assert_eq!(Tab::parse(Some("")), Some(Tab::Passport));
    assert_eq!(Tab::parse(Some("nope")), None);
}

#[test]
fn the_catalogue_query_round_trips() {
    let q = CatalogueQuery {
        text: "мектеп білім".into(),
        sort: Some(Sort::Views),
        ..Default::default()
    }
    .toggled(Facet::Category, "c/1")
    .toggled(Facet::Agency, "a&b")
    .toggled(Facet::Agency, "a2")
    .with_page(4);
    let path = Route::Catalogue(q.clone()).path();
    assert!(path.starts_with("/datasets?text="), "{path}");
    assert_eq!(CatalogueQuery::from_query(query_of(&path)), q);
}

#[test]
fn list_queries_round_trip() {
    let q = ListQuery {
        text: "жол".into(),
        filters: vec![
            ("status", vec!["SUBMITTED".into()]),
            ("category", vec![]),
            ("agency", vec!["a 1".into(), "б".into()]),
        ],
        sort: Some("votes"),
        page: 2,
    };
    let path = Route::Applications(q.clone()).path();
    let back = ListQuery::from_query(query_of(&path), &APPLICATION_FILTERS, &APPLICATION_SORTS);
    assert_eq!(back, q);

    let q = ListQuery {
        text: String::new(),
        filters: vec![
            ("category", vec!["c".into()]),
            ("platform", vec!["WEB".into()]),
        ],
        sort: None,
        page: 5,
    };
    let path = Route::Apps(q.clone()).path();
    assert_eq!(ListQuery::from_query(query_of(&path), &APP_FILTERS, &[]), q);
}

#[test]
fn dataset_queries_round_trip() {
    let path = dataset("s_ats", None, DatasetQuery::Version("v2".into())).path();
    assert_eq!(get_param(query_of(&path), "version").as_deref(), Some("v2"));
    assert_eq!(
        DataView::from_query(query_of(&path)).version.as_deref(),
        Some("v2")
    );

    let view = DataView::default()
        .with_version(Some("v1"))
        .with_filter(ColumnFilter::text("name", "Алматы"))
        .with_filter(ColumnFilter::range("year", Some("2020"), None))
        .with_sort(Some(("year".into(), Order::Desc)))
        .with_size(50)
        .with_page(3);
    let path = Route::data("a b", view.clone()).path();
    assert!(
        path.starts_with("/datasets/a%20b/data?version=v1&"),
        "{path}"
    );
    assert_eq!(DataView::from_query(query_of(&path)), view);

    // The current query is carried as it is, with or without its mark.
    for q in ["?after=x&zz=1", "after=x&zz=1"] {
        let path = dataset("s", Some(Tab::Data), DatasetQuery::Current(q.into())).path();
        assert_eq!(path, "/datasets/s/data?after=x&zz=1");
    }
    let path = dataset("s", Some(Tab::Api), DatasetQuery::Current(String::new())).path();
    assert_eq!(path, "/datasets/s/api");
}

/// The `path!("…")` literals of `src/app.rs`.
fn router_patterns() -> Vec<&'static str> {
    APP_RS
        .split("path!(\"")
        .skip(1)
        .map(|rest| rest.split_once("\")").expect("a path! literal ends").0)
        .collect()
}

#[test]
fn the_router_has_every_pattern_and_no_other() {
    let found = router_patterns();
    for p in Route::PATTERNS {
        assert!(found.contains(&p), "path!(\"{p}\") is not in src/app.rs");
    }
    for p in &found {
        assert!(
            Route::PATTERNS.contains(p) || SHELL.contains(p),
            "src/app.rs routes path!(\"{p}\"): add it to Route::PATTERNS and a Route for it"
        );
    }
    assert_eq!(found.len(), Route::PATTERNS.len() + SHELL.len());
}
