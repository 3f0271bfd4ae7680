//! The fast `source` evaluator against the reference one (whole records, full sort): same
//! totals, same pages, on slices of `gbd_ul` and on whole smaller datasets.

mod common;
use common::shared;
use opendata_core::source::Source;
use portal_sim::dsl::{self, compare, Table};
use portal_sim::seed::GBD_UL_ROWS;
use serde_json::Value;
use std::cmp::Ordering;

fn table<'a>(st: &'a portal_sim::AppState, uri: &str) -> Table<'a> {
    let ds = st.seed.dataset(uri).expect("dataset");
    Table {
        seed: &st.seed,
        ds,
        ver: ds.last_version(),
    }
}

/// `query` (JSON text or empty) restricted to the first `n` rows through the pk cursor, so the
/// reference only has to scan those.
fn sliced(query: &str, pk: &str, n: u64) -> String {
    let cut = format!(r#"{{"range":{{"{pk}":{{"lte":"{n}"}}}}}}"#);
    if query.is_empty() {
        cut
    } else {
        format!(r#"{{"bool":{{"must":[{query},{cut}]}}}}"#)
    }
}

fn same_answer(t: &Table, src: &str, rows: std::ops::Range<u64>) {
    let s = Source::parse_str(src).expect("source");
    let fast = dsl::execute(t, &s).expect("fast");
    let slow = dsl::execute_reference(t, &s, rows).expect("reference");
    let ids = |p: &dsl::Page| p.hits.iter().map(|h| h.row).collect::<Vec<_>>();
    assert_eq!(fast.total, slow.total, "total of {src}");
    assert_eq!(ids(&fast), ids(&slow), "page of {src}");
    let recs = |p: &dsl::Page| p.hits.iter().map(|h| h.record.clone()).collect::<Vec<_>>();
    assert_eq!(recs(&fast), recs(&slow), "records of {src}");
}

const QUERIES: &[&str] = &[
    "",
    r#"{"match":{"statusru":"Ликвидирован"}}"#,
    r#"{"match":{"statusru":"ликвидирован реорганизован"}}"#,
    r#"{"match":{"_all":"Сарыарқа"}}"#,
    r#"{"match":{"addressru":"113"}}"#,
    r#"{"match":{"datereg":"06"}}"#,
    r#"{"match":{"nope":"x"}}"#,
    r#"{"match":{"_id":"000140000003"}}"#,
    r#"{"term":{"okedru":"Оптовая торговля"}}"#,
    r#"{"term":{"bin":"000140000003"}}"#,
    r#"{"terms":{"statuskz":["Тіркелген","Таратылған"]}}"#,
    r#"{"range":{"datereg":{"gte":"2000-02-01","lt":"2000-03-01"}}}"#,
    r#"{"range":{"nameru":{"gt":"ПК"}}}"#,
    r#"{"range":{"id":{"gte":5000,"lte":"9000"}}}"#,
    r#"{"range":{"bin":{"gt":"abc"}}}"#,
    r#"{"query_string":{"query":"Агро AND Сервис"}}"#,
    r#"{"query_string":{"query":"Агро Сервис"}}"#,
    r#"{"query_string":{"query":"+Агро -Сервис"}}"#,
    r#"{"query_string":{"query":"агр* AND 1*"}}"#,
    r#"{"query_string":{"query":"113 AND 166"}}"#,
    r#"{"query_string":{"query":"2000 AND 01"}}"#,
    r#"{"query_string":{"query":"00014*"}}"#,
    r#"{"query_string":{"query":"nameru:Агро statusru:Ликвидирован"}}"#,
    r#"{"query_string":{"query":"ауданы","fields":["addresskz","_all"]}}"#,
    r#"{"query_string":{"query":"Абая","fields":["nameru"]}}"#,
    r#"{"query_string":{"query":"г. Астана"}}"#,
    r#"{"query_string":{"query":"кв.12"}}"#,
    r#"{"query_string":{"query":"AND"}}"#,
    r#"{"bool":{"should":[{"match":{"okedru":"торговля"}},{"term":{"statusru":"Реорганизован"}}]}}"#,
    r#"{"bool":{"must":{"match":{"nameru":"ТОО"}},"should":{"term":{"statusru":"x"}},"must_not":[{"match":{"addressru":"Абая"}}]}}"#,
];

const SORTS: &[&str] = &[
    r#"[]"#,
    r#"[{"datereg":{"order":"desc"}},{"bin":{"order":"asc"}}]"#,
    r#"[{"nameru":"asc"},{"bin":"asc"}]"#,
    r#"[{"addressru":"desc"}]"#,
    r#"[{"statusru":"asc"},{"id":"desc"}]"#,
    r#"[{"_id":"desc"}]"#,
    r#"[{"id":"asc"}]"#,
];

#[test]
fn gbd_ul_fast_path_matches_the_reference() {
    let st = shared();
    let t = table(&st, "gbd_ul");
    let n = 3_000;
    for q in QUERIES {
        for (i, sort) in SORTS.iter().enumerate() {
            // A few paging shapes, varied with the sort so the matrix stays small.
            let (from, size) = [(0, 20), (7, 13), (95, 10), (2_990, 20)][i % 4];
            let src = format!(
                r#"{{"from":{from},"size":{size},"sort":{sort},"query":{}}}"#,
                sliced(q, "id", n)
            );
            same_answer(&t, &src, 0..n);
        }
    }
    // `_source` keeps the same rows.
    same_answer(
        &t,
        &format!(
            r#"{{"size":5,"_source":["nameru"],"sort":[{{"nameru":"desc"}}],"query":{}}}"#,
            sliced("", "id", 500)
        ),
        0..500,
    );
}

#[test]
fn gbd_ul_deep_page_is_sorted_like_the_reference() {
    // Deep pages take another way through the scan (see `scan::DEEP`).
    let st = shared();
    let t = table(&st, "gbd_ul");
    let n = 60_000;
    // Near the end (kept from the end), in the middle, and past the end.
    for from in [55_000, 59_990, 25_000, 60_000] {
        let src = format!(
            r#"{{"from":{from},"size":30,"sort":[{{"nameru":"asc"}},{{"datereg":"desc"}}],"query":{}}}"#,
            sliced(r#"{"match":{"_all":"ТОО АО"}}"#, "id", n)
        );
        same_answer(&t, &src, 0..n);
    }
}

#[test]
fn smaller_datasets_match_the_reference_whole() {
    let st = shared();
    let cases: &[(&str, &[&str])] = &[
        (
            "astana_kalasynyn_kylmystyk_kuk1",
            &[
                r#"{"size":20,"query":{"match":{"hard_code":"1"}},"sort":[{"dat_sover":"desc"}]}"#,
                r#"{"size":20,"from":40,"query":{"query_string":{"query":"Абая AND 188"}},"sort":[{"street":"asc"},{"dat_sover":"desc"}]}"#,
                r#"{"size":15,"query":{"range":{"latitude":{"gte":"51.1","lt":51.2}}},"sort":[{"longitude":"desc"},{"objectid":"asc"}]}"#,
                r#"{"size":10,"from":24990,"sort":[{"objectid":"desc"}],"query":{"match":{"organ":"Нура"}}}"#,
            ],
        ),
        (
            "s_ats",
            &[
                r#"{"size":30,"sort":[{"parent_id":"asc"},{"name_rus":"desc"}]}"#,
                r#"{"size":30,"query":{"terms":{"actual":[1,"true"]}},"sort":[{"actual":"asc"},{"modified":"desc"}]}"#,
                r#"{"size":30,"query":{"query_string":{"query":"обл* -район"}},"sort":[{"rco":"asc"}]}"#,
                r#"{"size":30,"query":{"term":{"d_ats_type_id":"3"}},"sort":[{"_id":"desc"}]}"#,
            ],
        ),
        (
            "valutalar_bagamdary4",
            &[
                r#"{"size":50,"sort":[{"kurs":"desc"}]}"#,
                r#"{"size":50,"query":{"range":{"kurs":{"gt":"100"}}},"sort":[{"kurs":"asc"}]}"#,
            ],
        ),
    ];
    for (uri, srcs) in cases {
        let t = table(&st, uri);
        for src in *srcs {
            same_answer(&t, src, 0..t.rows());
        }
    }
}

fn field<'r>(rec: &'r [(&str, Value)], name: &str) -> &'r Value {
    rec.iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
        .expect("field")
}

#[test]
fn gbd_ul_non_pk_sorts_are_ordered_over_all_rows() {
    let st = shared();
    let t = table(&st, "gbd_ul");
    let run = |src: &str| dsl::execute(&t, &Source::parse_str(src).expect("source")).expect("run");

    // By name, pk as the tie-breaker: ordered, and nothing sorts before the first name.
    let page = run(r#"{"size":200,"sort":[{"nameru":"asc"},{"bin":"asc"}]}"#);
    assert_eq!(page.total, GBD_UL_ROWS);
    assert_eq!(page.hits.len(), 200);
    for w in page.hits.windows(2) {
        let (a, b) = (&w[0].record, &w[1].record);
        let o = compare(field(a, "nameru"), field(b, "nameru"))
            .then_with(|| compare(field(a, "bin"), field(b, "bin")));
        assert_eq!(o, Ordering::Less, "{:?} before {:?}", a, b);
    }
    let first = field(&page.hits[0].record, "nameru").clone();
    let before = run(&format!(
        r#"{{"size":1,"query":{{"range":{{"nameru":{{"lt":{first}}}}}}}}}"#
    ));
    assert_eq!(before.total, 0);

    // The newest registrations first, filtered: every hit matches, dates do not increase, and
    // the first page starts at the newest matching date.
    let page = run(
        r#"{"size":50,"query":{"match":{"statusru":"Ликвидирован"}},"sort":[{"datereg":{"order":"desc"}},{"bin":{"order":"asc"}}]}"#,
    );
    assert!(
        page.total > 100_000 && page.total < 200_000,
        "{}",
        page.total
    );
    for h in &page.hits {
        assert_eq!(field(&h.record, "statusru"), "Ликвидирован");
    }
    for w in page.hits.windows(2) {
        let (a, b) = (&w[0].record, &w[1].record);
        let o = compare(field(a, "datereg"), field(b, "datereg"))
            .reverse()
            .then_with(|| compare(field(a, "bin"), field(b, "bin")));
        assert_eq!(o, Ordering::Less);
    }
    let newest = field(&page.hits[0].record, "datereg").clone();
    let newer = run(&format!(
        r#"{{"size":1,"query":{{"bool":{{"must":[{{"match":{{"statusru":"Ликвидирован"}}}},{{"range":{{"datereg":{{"gt":{newest}}}}}}}]}}}}}}"#
    ));
    assert_eq!(newer.total, 0);

    // The tail read backwards is the mirror of the forward page before it.
    let fwd = run(r#"{"from":9990,"size":10,"sort":[{"okedru":"asc"},{"bin":"asc"}]}"#);
    let back = run(r#"{"from":0,"size":10000,"sort":[{"okedru":"asc"},{"bin":"asc"}]}"#);
    let rows = |p: &dsl::Page| p.hits.iter().map(|h| h.row).collect::<Vec<_>>();
    assert_eq!(rows(&fwd), rows(&back)[9990..]);
    let rev_tail = run(&format!(
        r#"{{"from":{},"size":10,"sort":[{{"okedru":"desc"}},{{"bin":"desc"}}]}}"#,
        GBD_UL_ROWS - 10_000
    ));
    // Reversed positions total-10000… are forward positions 9999, 9998…
    let mut mirrored = rows(&rev_tail);
    mirrored.reverse();
    assert_eq!(mirrored, rows(&fwd));
}
