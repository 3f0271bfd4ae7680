use super::*;
use crate::dataview::fixtures::view;
use crate::url::encode;

#[test]
fn url_state_round_trips_with_cyrillic_text() {
    let v = DataView {
        version: Some("v2".into()),
        size: 50,
        sort: Some(("datereg".into(), Order::Desc)),
        filters: vec![
            ColumnFilter::range("datereg", Some("2016-01-01"), None),
            ColumnFilter::text("nameru", "ТОО «Агро & Сервис»"),
        ],
        q: "Астана Нұра".into(),
        page: 600,
        after: Some("000140000003".into()),
        before: None,
    };
    let s = v.to_query();
    assert_eq!(
        s,
        "?version=v2&q=%D0%90%D1%81%D1%82%D0%B0%D0%BD%D0%B0%20%D0%9D%D2%B1%D1%80%D0%B0\
         &from.datereg=2016-01-01\
         &f.nameru=%D0%A2%D0%9E%D0%9E%20%C2%AB%D0%90%D0%B3%D1%80%D0%BE%20%26%20%D0%A1%D0%B5%D1%80%D0%B2%D0%B8%D1%81%C2%BB\
         &sort=-datereg&size=50&page=600&after=000140000003"
    );
    assert_eq!(view(&s), v);
    assert_eq!(view(&s).to_query(), s);
    // `+` as a space, as forms send it.
    assert_eq!(
        view("?f.nameru=%D0%90%D0%B3%D1%80%D0%BE+%D0%A1").filters[0].kind,
        FilterKind::Text("Агро С".into())
    );
}

#[test]
fn defaults_are_omitted() {
    assert_eq!(DataView::default().to_query(), "");
    assert_eq!(view("?size=20&page=1&q=%20").to_query(), "");
    assert_eq!(view(""), DataView::default());
}

#[test]
fn garbage_is_ignored() {
    let v = view(
        "?size=33&page=0&sort=-na%20me&f.bad-name=x&f.=y&from.x=&version=..%2Fetc\
         &foo=1&f.ok=%20%20&g.x=1&f.a.b=1&to.%D0%B8%D0%BC%D1%8F=5",
    );
    assert_eq!(v, DataView::default());
    let v = view("?page=x&size=-1&sort=-&sort=&after=%20");
    assert_eq!(v, DataView::default());
    let long = "a".repeat(MAX_FIELD + 1);
    assert!(view(&format!("?f.{long}=1&sort={long}")).filters.is_empty());
    let ok = "a".repeat(MAX_FIELD);
    assert_eq!(view(&format!("?f.{ok}=1")).filters.len(), 1);
    assert_eq!(view("?page=4294967296").page, 1);
    assert_eq!(view("?page=4294967295").page, u32::MAX);
}

#[test]
fn values_are_capped_and_trimmed() {
    let long = "ы".repeat(MAX_VALUE + 20);
    let v = view(&format!(
        "?q={}&f.x={}&after={}",
        encode(&long),
        encode(&long),
        encode(&long)
    ));
    assert_eq!(v.q.chars().count(), MAX_VALUE);
    assert_eq!(
        v.after.as_deref().map(|a| a.chars().count()),
        Some(MAX_VALUE)
    );
    match &v.filters[0].kind {
        FilterKind::Text(t) => assert_eq!(t.chars().count(), MAX_VALUE),
        other => panic!("{other:?}"),
    }
    assert_eq!(view("?q=%20%20x%20").q, "x");
}

#[test]
fn filters_merge_replace_and_sort_by_field() {
    let v = view("?to.b=9&f.a=x&from.b=1&f.c=y&f.c=z");
    assert_eq!(
        v.filters,
        [
            ColumnFilter::text("a", "x"),
            ColumnFilter::range("b", Some("1"), Some("9")),
            ColumnFilter::text("c", "z"),
        ]
    );
    assert_eq!(v.to_query(), "?f.a=x&from.b=1&to.b=9&f.c=z");
    // One filter per column: the last kind wins.
    assert_eq!(
        view("?f.b=x&from.b=1").filters,
        [ColumnFilter::range("b", Some("1"), None)]
    );
    assert_eq!(
        view("?from.b=1&f.b=x").filters,
        [ColumnFilter::text("b", "x")]
    );
    // An empty bound clears only itself.
    assert_eq!(
        view("?from.b=1&to.b=2&to.b=").filters,
        [ColumnFilter::range("b", Some("1"), None)]
    );
    assert!(view("?from.b=1&from.b=").filters.is_empty());
    // At most MAX_FILTERS columns.
    let many: Vec<String> = (0..MAX_FILTERS + 5).map(|i| format!("f.c{i}=x")).collect();
    assert_eq!(
        view(&format!("?{}", many.join("&"))).filters.len(),
        MAX_FILTERS
    );
}

#[test]
fn after_wins_over_before() {
    let v = view("?page=900&before=5&after=7");
    assert_eq!((v.after.as_deref(), v.before.as_deref()), (Some("7"), None));
    assert_eq!(v.to_query(), "?page=900&after=7");
    assert_eq!(view("?page=900&before=5").to_query(), "?page=900&before=5");
}

#[test]
fn changes_return_to_page_one_and_drop_the_cursor() {
    let v = view("?page=700&after=123&size=50&f.a=x");
    for changed in [
        v.with_sort(Some(("a".into(), Order::Desc))),
        v.cycle_sort("a"),
        v.with_filter(ColumnFilter::text("b", "y")),
        v.without_filter("a"),
        v.with_size(100),
        v.with_q("мектеп"),
        v.with_version(Some("v1")),
        v.cleared(),
        v.with_page(1),
    ] {
        assert_eq!(
            (changed.page, &changed.after, &changed.before),
            (1, &None, &None)
        );
    }
    let w = v.with_filter(ColumnFilter::text("b", "y"));
    assert_eq!(w.to_query(), "?f.a=x&f.b=y&size=50");
    assert_eq!(w.without_filter("a").to_query(), "?f.b=y&size=50");
    // Replacing, blank (= removal) and bad names.
    assert_eq!(
        w.with_filter(ColumnFilter::range("a", Some(" 1 "), None))
            .to_query(),
        "?from.a=1&f.b=y&size=50"
    );
    assert_eq!(
        w.with_filter(ColumnFilter::text("a", "  ")).to_query(),
        "?f.b=y&size=50"
    );
    assert_eq!(
        w.with_filter(ColumnFilter::range("a", None, Some("")))
            .to_query(),
        "?f.b=y&size=50"
    );
    assert_eq!(
        w.with_filter(ColumnFilter::text("a b", "x")).filters,
        w.filters
    );
    assert_eq!(v.with_size(30).size, DEFAULT_SIZE);
    assert_eq!(v.with_sort(Some(("x;y".into(), Order::Asc))).sort, None);
    assert_eq!(v.with_version(Some("../")).version, None);
    assert!(v.is_filtered() && !v.cleared().is_filtered());
    // Paging keeps everything else.
    assert_eq!(v.with_page(3).to_query(), "?f.a=x&size=50&page=3");
    assert_eq!(v.with_page(0).page, 1);
}

#[test]
fn cycle_sort_goes_asc_desc_default() {
    let v = DataView::default();
    let a = v.cycle_sort("nameru");
    assert_eq!(a.to_query(), "?sort=nameru");
    let d = a.cycle_sort("nameru");
    assert_eq!(d.to_query(), "?sort=-nameru");
    assert_eq!(d.cycle_sort("nameru").to_query(), "");
    assert_eq!(d.cycle_sort("id").to_query(), "?sort=id");
}

#[test]
fn next_and_prev_set_a_cursor_only_on_deep_pages() {
    let v = view("?page=2");
    assert_eq!(v.next_page(Some("x")).to_query(), "?page=3");
    assert_eq!(v.prev_page(Some("x")).to_query(), "");
    // Page 501 (size 20) starts at from = 10,000: still shallow.
    assert_eq!(
        view("?page=500").next_page(Some("9")).to_query(),
        "?page=501"
    );
    assert_eq!(
        view("?page=501").next_page(Some("9")).to_query(),
        "?page=502&after=9"
    );
    assert_eq!(
        view("?page=600&after=1").prev_page(Some("1000")).to_query(),
        "?page=599&before=1000"
    );
    assert_eq!(
        view("?page=502&before=7").prev_page(Some("5")).to_query(),
        "?page=501"
    );
    assert_eq!(view("?page=600").next_page(None).to_query(), "?page=601");
    assert_eq!(view("?page=1").prev_page(Some("1")).page, 1);
    assert_eq!(view("?page=4294967295").next_page(None).page, u32::MAX);
}
