//! The in-browser catalogue's facets, sorts and paging (docs/portal-api.md §3.1) and the lists
//! and counters beside them, over a small hand-written catalogue.

mod common;
use common::*;
use opendata_core::catalogue::CatalogueStats;
use opendata_core::search::collation_key;
use opendata_core::url::{CatalogueQuery, Sort};
use opendata_core::wire::{AgencyKind, FacetValue, Names};
use opendata_core::Lang;

#[test]
fn facets_or_within_and_across_without_their_own_filter() {
    let c = catalogue();
    let facet = |v: &[FacetValue]| -> Vec<(String, u64)> {
        v.iter().map(|f| (f.id.clone(), f.count)).collect()
    };
    let pairs = |v: &[(&str, u64)]| -> Vec<(String, u64)> {
        v.iter().map(|(id, n)| (id.to_string(), *n)).collect()
    };
    let all = c.search(&query(""), Lang::Kk, 20);
    assert_eq!(all.total_count, 8);
    // Count desc, then catalogue order; the dataset with two categories counts in both; the
    // agency with no datasets is not listed.
    assert_eq!(
        facet(&all.facets.categories),
        pairs(&[("edu", 5), ("health", 2), ("transport", 1)])
    );
    assert_eq!(
        facet(&all.facets.agencies),
        pairs(&[("min", 5), ("astana", 2), ("almaty", 1)])
    );
    assert_eq!(all.facets.agencies[0].kind, Some(AgencyKind::Central));
    assert_eq!(all.facets.categories[0].kind, None);

    let q = CatalogueQuery {
        categories: vec!["health".into(), "transport".into()],
        agencies: vec!["min".into(), "idle".into(), "nope".into()],
        ..query("")
    };
    let r = c.search(&q, Lang::Kk, 20);
    assert_eq!(
        uris(&r),
        ["population", "jambyl-roads", "hospitals-shymkent"]
    );
    // Categories under the agency filter only; agencies under the category filter only; the
    // selected values at 0 too, an unknown one last with no names.
    assert_eq!(
        facet(&r.facets.categories),
        pairs(&[("edu", 3), ("health", 2), ("transport", 1)])
    );
    assert_eq!(
        facet(&r.facets.agencies),
        pairs(&[("min", 3), ("idle", 0), ("nope", 0)])
    );
    let nope = &r.facets.agencies[2];
    assert_eq!(
        (nope.names.clone(), nope.kind),
        (Names::default(), Some(AgencyKind::Other))
    );
    // An unknown selected id alone matches nothing.
    let q = CatalogueQuery {
        categories: vec!["nope".into()],
        ..query("школы")
    };
    let r = c.search(&q, Lang::Kk, 20);
    assert_eq!(r.total_count, 0);
    assert_eq!(
        facet(&r.facets.categories),
        pairs(&[("edu", 3), ("nope", 0)])
    );
    assert!(r.facets.agencies.is_empty());
}

#[test]
fn sorts_and_their_tie_breaks() {
    let c = catalogue();
    let sorted = |text: &str, sort: Sort, lang: Lang| {
        let q = CatalogueQuery {
            sort: Some(sort),
            ..query(text)
        };
        uris(&c.search(&q, lang, 100)).join(" ")
    };
    // Default: newest without text, relevance with it.
    assert_eq!(
        uris(&c.search(&query(""), Lang::Kk, 100)).join(" "),
        sorted("", Sort::Newest, Lang::Kk)
    );
    for (text, sort, lang, want) in [
        ("", Sort::Newest, Lang::Kk, "teachers museums population jambyl-roads kindergartens schools-almaty schools-astana hospitals-shymkent"),
        ("", Sort::Updated, Lang::Kk, "schools-astana schools-almaty kindergartens hospitals-shymkent jambyl-roads population museums teachers"),
        ("", Sort::Downloads, Lang::Kk, "teachers museums population jambyl-roads hospitals-shymkent kindergartens schools-almaty schools-astana"),
        ("школы", Sort::Views, Lang::Kk, "teachers schools-almaty schools-astana"),
        // Names: digits, Latin, then Cyrillic in Kazakh alphabet order (қ between к and л).
        ("", Sort::Name, Lang::Kk, "museums jambyl-roads schools-almaty schools-astana kindergartens population teachers hospitals-shymkent"),
        ("", Sort::Name, Lang::Ru, "museums hospitals-shymkent jambyl-roads population kindergartens schools-almaty schools-astana teachers"),
    ] {
        assert_eq!(sorted(text, sort, lang), want, "{text:?} {sort:?} {lang:?}");
    }
    // Without text, relevance is views then catalogue order.
    assert_eq!(
        sorted("", Sort::Relevance, Lang::Kk),
        sorted("", Sort::Views, Lang::Kk)
    );
    // English falls back to another language where a name has none.
    let en = c.search(
        &CatalogueQuery {
            sort: Some(Sort::Name),
            ..query("")
        },
        Lang::En,
        100,
    );
    let keys: Vec<Vec<u32>> = en
        .datasets
        .iter()
        .map(|d| collation_key(d.names.pick(Lang::En).map_or("", |(n, _)| n)))
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn pages_past_the_end_are_empty_with_the_true_total() {
    let c = catalogue();
    let q = query("");
    let p1 = c.search(&q, Lang::Kk, 3);
    let p3 = c.search(&q.with_page(3), Lang::Kk, 3);
    let p4 = c.search(&q.with_page(4), Lang::Kk, 3);
    assert_eq!(
        (p1.datasets.len(), p3.datasets.len(), p4.datasets.len()),
        (3, 2, 0)
    );
    assert_eq!((p4.total_count, p4.page, p4.size), (8, 4, 3));
    assert_eq!(p4.facets, p1.facets);
    let far = c.search(&q.with_page(u32::MAX), Lang::Kk, 100);
    assert!(far.datasets.is_empty() && far.total_count == 8);
}

#[test]
fn lists_counters_and_one_dataset() {
    let c = catalogue();
    assert_eq!((c.len(), c.is_empty()), (8, false));
    let cats: Vec<(String, u64)> = c
        .categories()
        .into_iter()
        .map(|x| (x.id, x.datasets_count))
        .collect();
    assert_eq!(
        cats,
        [
            ("edu".into(), 5),
            ("health".into(), 2),
            ("transport".into(), 1)
        ]
    );
    let ags: Vec<u64> = c.agencies().iter().map(|a| a.datasets_count).collect();
    assert_eq!(ags, [5, 2, 1, 0]);
    assert_eq!(
        c.stats(),
        CatalogueStats {
            datasets: 8,
            actual: 4,
            views: 11_020,
            downloads: 7 * 28,
        }
    );
    let (summary, versions) = c.dataset("population").expect("known");
    assert_eq!(summary.last_version, "v7");
    assert_eq!(versions, ["v1", "v7"]);
    assert_eq!(summary.categories.len(), 2);
    assert!(c.dataset("nope").is_none());
}

/// The app opens the catalogue in slices (`catalogue::open`); a slice at a time must give what
/// one pass gives: the same file, the same index answers.
#[test]
fn opening_in_slices_equals_one_pass() {
    use opendata_core::catalogue::{Catalogue, CatalogueFile, Indexing, Opening};
    let whole = catalogue();
    let json = serde_json::to_string(whole.file()).unwrap();
    let mut opening = Opening::begin(&json).unwrap();
    let mut steps = 1;
    while !opening.step(3).unwrap() {
        steps += 1;
    }
    assert_eq!(steps, whole.len().div_ceil(3));
    let sliced = Catalogue::new(opening.finish().unwrap());
    assert_eq!(sliced.file(), whole.file());
    assert_eq!(CatalogueFile::decode(&json).as_ref(), Ok(whole.file()));

    assert!(!sliced.has_index());
    let mut indexing = Indexing::begin(&sliced);
    while !indexing.step(2) {}
    sliced.set_index(indexing.finish());
    assert!(sliced.has_index());
    for text in [
        "мектеп",
        "школы",
        "bilim",
        "ауру",
        "transport",
        "астана школ",
    ] {
        let (a, b) = (
            whole.search(&query(text), Lang::Ru, 20),
            sliced.search(&query(text), Lang::Ru, 20),
        );
        assert_eq!(a, b, "{text}");
    }
}

#[test]
fn a_dataset_that_does_not_decode_is_named() {
    use opendata_core::catalogue::{FormatError, Opening};
    let json = serde_json::to_string(catalogue().file()).unwrap().replacen(
        "\"versions\":[",
        "\"versions\":7,\"x\":[",
        1,
    );
    let mut opening = Opening::begin(&json).unwrap();
    let err = loop {
        match opening.step(1) {
            Ok(false) => {}
            Ok(true) => panic!("decoded a broken dataset"),
            Err(e) => break e,
        }
    };
    assert!(
        matches!(&err, FormatError::Invalid(why) if why.starts_with("dataset 1:")),
        "{err}"
    );
}
