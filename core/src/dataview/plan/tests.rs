use super::*;
use crate::dataview::fixtures::{check, gbd, json_of, no_pk, view};
use serde_json::json;

#[test]
fn first_page_sorts_by_the_pk() {
    // The documented first page of gbd_ul (§1.1), with the app's page size.
    let p = view("").plan(&gbd(), None);
    check(
        &p,
        json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}]}),
        false,
        true,
        1,
    );
    let p = view("?size=100").plan(&gbd(), Some(1_000_000));
    assert_eq!(
        p.source.to_string(),
        r#"{"from":0,"size":100,"sort":[{"bin":{"order":"asc"}}]}"#
    );
}

#[test]
fn filters_become_match_range_and_query_string_under_bool_must() {
    let v = view("?f.statusru=%D0%97%D0%B0%D1%80%D0%B5%D0%B3%D0%B8%D1%81%D1%82%D1%80%D0%B8%D1%80%D0%BE%D0%B2%D0%B0%D0%BD&from.datereg=2016-01-01&to.datereg=2016-12-31&to.id=500&q=%D0%90%D0%B3%D1%80%D0%BE+(%D0%A1%D0%B5%D1%80%D0%B2%D0%B8%D1%81");
    let p = v.plan(&gbd(), Some(321));
    check(
        &p,
        json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}],
               "query":{"bool":{"must":[
                   {"range":{"datereg":{"gte":"2016-01-01","lte":"2016-12-31"}}},
                   {"range":{"id":{"lte":"500"}}},
                   {"match":{"statusru":"Зарегистрирован"}},
                   {"query_string":{"query":"Агро AND Сервис"}}]}}}),
        false,
        true,
        1,
    );
    // One clause needs no bool, the same shape as the portal's `{"query":{"term":…}}`.
    let p = view("?f.nameru=%D1%88%D0%BA%D0%BE%D0%BB%D0%B0").plan(&gbd(), None);
    assert_eq!(
        json_of(&p.source)["query"],
        json!({"match":{"nameru":"школа"}})
    );
    let p = view("?q=x").plan(&gbd(), None);
    assert_eq!(
        json_of(&p.source)["query"],
        json!({"query_string":{"query":"x"}})
    );
    // No filter, no query.
    assert!(view("?q=%22()%22")
        .plan(&gbd(), None)
        .source
        .query
        .is_none());
}

#[test]
fn unknown_fields_are_ignored_by_the_planner() {
    let p = view("?f.nope=1&sort=-nope").plan(&gbd(), None);
    check(
        &p,
        json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}]}),
        false,
        true,
        1,
    );
}

#[test]
fn a_non_pk_sort_gets_the_pk_as_tie_breaker() {
    let p = view("?sort=-nameru&page=3&size=50").plan(&gbd(), None);
    check(
        &p,
        json!({"from":100,"size":50,"sort":[{"nameru":{"order":"desc"}},{"bin":{"order":"asc"}}]}),
        false,
        true,
        3,
    );
    // Sorting by the pk itself adds nothing.
    let p = view("?sort=-bin").plan(&gbd(), None);
    assert_eq!(
        json_of(&p.source)["sort"],
        json!([{"bin":{"order":"desc"}}])
    );
}

#[test]
fn middle_page_and_max_from_boundary() {
    let p = view("?page=7").plan(&gbd(), Some(1_000_000));
    check(
        &p,
        json!({"from":120,"size":20,"sort":[{"bin":{"order":"asc"}}]}),
        false,
        true,
        7,
    );
    // Page 501 starts exactly at MAX_FROM: still a plain offset.
    let p = view("?page=501").plan(&gbd(), Some(1_000_000));
    check(
        &p,
        json!({"from":10000,"size":20,"sort":[{"bin":{"order":"asc"}}]}),
        false,
        true,
        501,
    );
    // Page 502 without a cursor cannot be read exactly: the deepest shallow page instead.
    let p = view("?page=502").plan(&gbd(), Some(1_000_000));
    check(
        &p,
        json!({"from":10000,"size":20,"sort":[{"bin":{"order":"asc"}}]}),
        false,
        false,
        501,
    );
    let p = view("?page=502").plan(&gbd(), None);
    assert_eq!(
        (p.exact_page, p.page, p.source.from),
        (false, 501, Some(10_000))
    );
    let p = view("?page=102&size=100").plan(&gbd(), None);
    assert_eq!(
        (p.exact_page, p.page, p.source.from),
        (false, 101, Some(10_000))
    );
}

#[test]
fn last_page_of_a_million_rows_reads_the_reversed_sort() {
    let p = view("?page=50000").plan(&gbd(), Some(1_000_000));
    check(
        &p,
        json!({"from":0,"size":20,"sort":[{"bin":{"order":"desc"}}]}),
        true,
        true,
        50_000,
    );
    // A partial last page: 1,000,007 rows leave 7 on page 50,001.
    let p = view("?page=50001").plan(&gbd(), Some(1_000_007));
    check(
        &p,
        json!({"from":0,"size":7,"sort":[{"bin":{"order":"desc"}}]}),
        true,
        true,
        50_001,
    );
    // The page before it: rows 999,980..1,000,000 = reversed 7..27.
    let p = view("?page=50000").plan(&gbd(), Some(1_000_007));
    check(
        &p,
        json!({"from":7,"size":20,"sort":[{"bin":{"order":"desc"}}]}),
        true,
        true,
        50_000,
    );
    // Every sort key is reversed, filters kept.
    let p = view("?page=2000&size=50&sort=nameru&f.statusru=x").plan(&gbd(), Some(100_000));
    check(
        &p,
        json!({"from":0,"size":50,"sort":[{"nameru":{"order":"desc"}},{"bin":{"order":"desc"}}],
               "query":{"match":{"statusru":"x"}}}),
        true,
        true,
        2000,
    );
}

#[test]
fn tail_boundary() {
    // 1,000,000 rows, size 20: page p reads reversed from 1,000,000 - 20p.
    // p = 49,500 → from 10,000: the deepest tail page.
    let p = view("?page=49500").plan(&gbd(), Some(1_000_000));
    assert_eq!(
        (p.source.from, p.source.size, p.reverse, p.exact_page),
        (Some(10_000), Some(20), true, true)
    );
    // p = 49,499 → from 10,020: unreachable without a cursor; the first tail page is closer.
    let p = view("?page=49499").plan(&gbd(), Some(1_000_000));
    assert_eq!(
        (p.source.from, p.reverse, p.exact_page, p.page),
        (Some(10_000), true, false, 49_500)
    );
    // A page nearer the start clamps to the deepest shallow page.
    let p = view("?page=20000").plan(&gbd(), Some(1_000_000));
    assert_eq!(
        (p.source.from, p.reverse, p.exact_page, p.page),
        (Some(10_000), false, false, 501)
    );
    // Small sets: pages past MAX_FROM are all in the tail.
    let p = view("?page=601").plan(&gbd(), Some(12_005));
    check(
        &p,
        json!({"from":0,"size":5,"sort":[{"bin":{"order":"desc"}}]}),
        true,
        true,
        601,
    );
    let p = view("?page=600").plan(&gbd(), Some(12_005));
    check(
        &p,
        json!({"from":5,"size":20,"sort":[{"bin":{"order":"desc"}}]}),
        true,
        true,
        600,
    );
}

#[test]
fn past_the_end_clamps_to_the_last_page() {
    let p = view("?page=99").plan(&gbd(), Some(45));
    check(
        &p,
        json!({"from":40,"size":20,"sort":[{"bin":{"order":"asc"}}]}),
        false,
        false,
        3,
    );
    let p = view("?page=3").plan(&gbd(), Some(0));
    check(
        &p,
        json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}]}),
        false,
        false,
        1,
    );
    let p = view("?page=60000").plan(&gbd(), Some(1_000_000));
    check(
        &p,
        json!({"from":0,"size":20,"sort":[{"bin":{"order":"desc"}}]}),
        true,
        false,
        50_000,
    );
}

#[test]
fn cursor_after_and_before() {
    let fields = gbd();
    // Forward: rows after the last pk seen, from 0.
    let p = view("?page=600&after=000140000003").plan(&fields, Some(1_000_000));
    check(
        &p,
        json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}],
               "query":{"range":{"bin":{"gt":"000140000003"}}}}),
        false,
        true,
        600,
    );
    // The same shape as the documented cursor example (§2.3), printed canonically.
    let doc = Source::parse_str(
        r#"{"sort":[{"bin":"asc"}],"query":{"range":{"bin":{"gt":"261040031000"}}}}"#,
    );
    let mine = view("?page=600&after=261040031000")
        .plan(&fields, None)
        .source;
    assert_eq!(doc.map(|d| (d.sort, d.query)), Ok((mine.sort, mine.query)));
    // Backward: rows before the first pk seen, read descending, reversed by the client.
    let p = view("?page=599&before=000140000003").plan(&fields, None);
    check(
        &p,
        json!({"from":0,"size":20,"sort":[{"bin":{"order":"desc"}}],
               "query":{"range":{"bin":{"lt":"000140000003"}}}}),
        true,
        true,
        599,
    );
    // A descending pk sort flips both bounds.
    let p = view("?page=600&sort=-bin&after=900").plan(&fields, None);
    check(
        &p,
        json!({"from":0,"size":20,"sort":[{"bin":{"order":"desc"}}],"query":{"range":{"bin":{"lt":"900"}}}}),
        false,
        true,
        600,
    );
    let p = view("?page=600&sort=-bin&before=900").plan(&fields, None);
    check(
        &p,
        json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}],"query":{"range":{"bin":{"gt":"900"}}}}),
        true,
        true,
        600,
    );
    // Combined with filters under bool.must.
    let p = view("?page=800&after=5&f.statusru=x&q=y").plan(&fields, None);
    check(
        &p,
        json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}],
               "query":{"bool":{"must":[{"match":{"statusru":"x"}},
                                        {"query_string":{"query":"y"}},
                                        {"range":{"bin":{"gt":"5"}}}]}}}),
        false,
        true,
        800,
    );
}

#[test]
fn cursor_is_used_only_where_needed_and_possible() {
    // Shallow: the plain offset, cursor or not.
    let p = view("?page=2&after=5").plan(&gbd(), None);
    assert_eq!((p.source.from, p.source.query.is_none()), (Some(20), true));
    // In the tail: reversing is as cheap and does not depend on the cursor.
    let p = view("?page=50000&after=5").plan(&gbd(), Some(1_000_000));
    assert_eq!(
        (p.source.from, p.reverse, p.source.query.is_none()),
        (Some(0), true, true)
    );
    // Under a non-pk sort a pk cursor means nothing: clamped.
    let p = view("?page=600&sort=nameru&after=5").plan(&gbd(), None);
    assert_eq!((p.exact_page, p.page, p.source.query), (false, 501, None));
    // Without a pk there is no cursor either.
    let p = view("?page=600&after=5").plan(&no_pk(), None);
    assert_eq!((p.exact_page, p.page), (false, 501));
}

#[test]
fn without_a_pk_there_is_no_tail_and_no_tie_breaker() {
    let p = view("").plan(&no_pk(), Some(50));
    check(&p, json!({"from":0,"size":20}), false, true, 1);
    let p = view("?sort=-b&page=2").plan(&no_pk(), Some(50));
    check(
        &p,
        json!({"from":20,"size":20,"sort":[{"b":{"order":"desc"}}]}),
        false,
        true,
        2,
    );
    // The last page of a big set: reversal would not mirror ties, so clamp.
    let p = view("?page=50000").plan(&no_pk(), Some(1_000_000));
    check(&p, json!({"from":10000,"size":20}), false, false, 501);
    // No fields known at all (meta not loaded): filters and sort dropped.
    let p = view("?f.a=1&sort=a").plan(&[], None);
    check(&p, json!({"from":0,"size":20}), false, true, 1);
}

#[test]
fn odd_struct_values_do_not_break_planning() {
    let v = DataView {
        size: 0,
        page: 0,
        after: Some("   ".into()),
        ..DataView::default()
    };
    let p = v.plan(&gbd(), Some(u64::MAX));
    assert_eq!(
        (p.source.from, p.source.size, p.page),
        (Some(0), Some(20), 1)
    );
    let v = DataView {
        page: u32::MAX,
        after: Some(" ".into()),
        ..DataView::default()
    };
    let p = v.plan(&gbd(), Some(u64::MAX));
    assert!(!p.exact_page);
    assert!(p.source.from.is_some_and(|f| f <= MAX_FROM));
    let p = v.plan(&gbd(), None);
    assert_eq!((p.page, p.exact_page), (501, false));
}

#[test]
fn api_source_is_the_display_request() {
    let fields = gbd();
    let v = view("?f.statusru=x&sort=-nameru&page=3");
    assert_eq!(
        json_of(&v.api_source(&fields)),
        json!({"from":40,"size":20,"sort":[{"nameru":{"order":"desc"}},{"bin":{"order":"asc"}}],
               "query":{"match":{"statusru":"x"}}})
    );
    // Never reversed, even on the last page.
    let last = view("?page=50000").api_source(&fields);
    assert_eq!(
        json_of(&last),
        json!({"from":999980,"size":20,"sort":[{"bin":{"order":"asc"}}]})
    );
    // A deep cursor page shows the cursor form.
    let cur = view("?page=600&after=77").api_source(&fields);
    assert_eq!(
        json_of(&cur),
        json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}],"query":{"range":{"bin":{"gt":"77"}}}})
    );
}
