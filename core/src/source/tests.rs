use super::*;
use serde_json::json;

fn ok(s: &str) -> Source {
    match Source::parse_str(s) {
        Ok(src) => src,
        Err(e) => panic!("{s}: {e}"),
    }
}

fn err(s: &str) -> String {
    match Source::parse_str(s) {
        Ok(src) => panic!("{s} parsed as {src:?}"),
        Err(e) => e,
    }
}

/// parse → print → parse gives the same value, and printing is stable.
fn round_trip(src: &Source) {
    let text = src.to_string();
    let again = ok(&text);
    assert_eq!(&again, src, "{text}");
    assert_eq!(again.to_string(), text);
}

// Research notes §2.1, example requests (the `source` parts, verbatim).
#[test]
fn notes_2_1_examples() {
    let a = ok(r#"{"size":100,"sort":[{"id":{"order":"asc"}}]}"#);
    assert_eq!(a.size, Some(100));
    assert_eq!(
        a.sort,
        vec![SortSpec {
            field: "id".into(),
            order: Order::Asc
        }]
    );
    round_trip(&a);

    let b = ok(
        r#"{"from": 0,"size": 1000,"query":{"bool":{"must": [{"match": {"s_building_id":123}}]}}}"#,
    );
    assert_eq!(b.from, Some(0));
    assert_eq!(
        b.query,
        Some(Query::all_of(vec![Query::matches("s_building_id", 123)]))
    );
    round_trip(&b);

    let c = ok(r#"{"size":1}"#);
    assert_eq!(c, Source::new().size(1));
    round_trip(&c);

    // Comma-separated indices example (§2.2) carries a plain term query.
    let d = ok(r#"{"query":{"term":{"rca":"…"}}}"#);
    assert_eq!(d.query, Some(Query::term("rca", "…")));
}

// Research notes §3, the PHP client's request and the constructs table (verbatim).
#[test]
fn notes_3_examples() {
    let php = ok(r#"{"from":1,"size":2,"query":{"bool":{"must":[{"match":{"hard_code":"1"}}]}}}"#);
    assert_eq!(php.from, Some(1));
    assert_eq!(php.size, Some(2));
    assert_eq!(
        php.query,
        Some(Query::all_of(vec![Query::matches("hard_code", "1")]))
    );
    round_trip(&php);

    for s in [
        r#"{"from":0,"size":10000}"#,
        r#"{"from":10001,"size":10000}"#,
    ] {
        round_trip(&ok(s));
    }

    let all = ok(r#"{"from":0,"size":500,"query":{"match_all":{}}}"#);
    assert_eq!(all.query, Some(Query::MatchAll));
    round_trip(&all);

    let must = ok(r#"{"query":{"bool":{"must":[{"match":{"s_building_id":123}}]}}}"#);
    round_trip(&must);

    let term = ok(r#"{"query":{"term":{"rca":"1201300000001526"}}}"#);
    assert_eq!(term.query, Some(Query::term("rca", "1201300000001526")));
    round_trip(&term);
    let id = ok(r#"{"query":{"term":{"_id":"…"}}}"#);
    assert_eq!(id.query, Some(Query::term("_id", "…")));

    let range = ok(r#"{"query":{"range":{"modified":{"gte":"2021-01-01","lt":"2021-02-01"}}}}"#);
    assert_eq!(
        range.query,
        Some(Query::Range {
            field: "modified".into(),
            gt: None,
            gte: Some(json!("2021-01-01")),
            lt: Some(json!("2021-02-01")),
            lte: None,
        })
    );
    round_trip(&range);
    round_trip(&ok(r#"{"query":{"range":{"bin":{"gt":"…"}}}}"#));

    // Sort fragments from the table, wrapped in an object.
    let s1 = ok(r#"{"sort":[{"modified":{"order":"desc"}}]}"#);
    assert_eq!(s1.sort[0].order, Order::Desc);
    let s2 = ok(r#"{"sort":[{"id":{"order":"asc"}}]}"#);
    assert_eq!(s2.sort[0].field, "id");
    let short = ok(r#"{"sort":[{"bin":"asc"}]}"#);
    assert_eq!(
        short.sort,
        vec![SortSpec {
            field: "bin".into(),
            order: Order::Asc
        }]
    );
    // The short form prints in the canonical object form.
    assert_eq!(short.to_string(), r#"{"sort":[{"bin":{"order":"asc"}}]}"#);

    let fields = ok(r#"{"_source":["bin","datereg","statusru","id"]}"#);
    assert_eq!(
        fields.fields,
        Some(vec![
            "bin".into(),
            "datereg".into(),
            "statusru".into(),
            "id".into()
        ])
    );
    round_trip(&fields);
}

#[test]
fn notes_3_rejections() {
    let e =
        err(r#"{"query":{"fuzzy_like_this":{"fields":["_all"],"like_text":"…","fuzziness":"1"}}}"#);
    assert!(e.contains("fuzzy_like_this"), "{e}");
    let e = err(r#"{"size":10,"search_after":[123],"sort":[{"id":"asc"}]}"#);
    assert!(e.contains("search_after"), "{e}");
    let e = err(r#"{"size":0}"#);
    assert!(e.contains("size"), "{e}");
}

#[test]
fn alternative_forms_parse_to_the_same_thing() {
    assert_eq!(
        ok(r#"{"sort":{"id":"desc"}}"#),
        ok(r#"{"sort":[{"id":{"order":"desc"}}]}"#)
    );
    assert_eq!(ok(r#"{"sort":["id"]}"#), ok(r#"{"sort":[{"id":"asc"}]}"#));
    assert_eq!(
        ok(r#"{"query":{"match":{"f":{"query":"x"}}}}"#),
        ok(r#"{"query":{"match":{"f":"x"}}}"#)
    );
    assert_eq!(
        ok(r#"{"query":{"term":{"f":{"value":5}}}}"#),
        ok(r#"{"query":{"term":{"f":5}}}"#)
    );
    assert_eq!(
        ok(r#"{"query":{"bool":{"must":{"term":{"a":1}},"filter":{"match_all":{}}}}}"#),
        ok(r#"{"query":{"bool":{"must":[{"term":{"a":1}}],"filter":[{"match_all":{}}]}}}"#)
    );
    assert_eq!(ok(r#"{"_source":"bin"}"#).fields, Some(vec!["bin".into()]));
    assert_eq!(ok(r#"{"size":"100"}"#).size, Some(100));
}

#[test]
fn builder_round_trips_every_query_type() {
    let src = Source::new()
        .from(20)
        .size(10)
        .sort_by("modified", Order::Desc)
        .sort_by("id", Order::Asc)
        .fields(["id", "name"])
        .query(Query::Bool {
            must: vec![Query::matches("name", "мектеп"), Query::MatchAll],
            should: vec![Query::Terms {
                field: "kod".into(),
                values: vec![json!("USD"), json!("EUR")],
            }],
            must_not: vec![Query::term("actual", false)],
            filter: vec![
                Query::Range {
                    field: "id".into(),
                    gt: Some(json!(100)),
                    gte: None,
                    lt: None,
                    lte: Some(json!("200")),
                },
                Query::QueryString {
                    query: "школа AND Астана".into(),
                    fields: Some(vec!["name".into()]),
                },
                Query::QueryString {
                    query: "x".into(),
                    fields: None,
                },
            ],
        });
    round_trip(&src);
    assert_eq!(Source::new().to_string(), "{}");
}

#[test]
fn rejections_name_the_offending_key() {
    let cases = [
        (r#"{"size":-1}"#, "size"),
        (r#"{"size":1.5}"#, "size"),
        (r#"{"from":"x"}"#, "from"),
        (r#"{"sort":[{"id":"up"}]}"#, "id"),
        (
            r#"{"sort":[{"id":{"order":"asc","missing":"_last"}}]}"#,
            "missing",
        ),
        (r#"{"sort":[5]}"#, "sort"),
        (r#"{"_source":5}"#, "_source"),
        (r#"{"_source":[1]}"#, "_source"),
        (r#"{"query":{"match":{"a":1,"b":2}}}"#, "match"),
        (
            r#"{"query":{"match":{"a":{"query":"x","operator":"and"}}}}"#,
            "operator",
        ),
        (r#"{"query":{"match":{"a":null}}}"#, "match"),
        (r#"{"query":{"term":{"a":[1]}}}"#, "term"),
        (r#"{"query":{"terms":{"a":"x"}}}"#, "terms"),
        (r#"{"query":{"range":{"a":{"from":1}}}}"#, "from"),
        (r#"{"query":{"range":{"a":{}}}}"#, "range"),
        (
            r#"{"query":{"bool":{"must":[{"term":{"a":1}}],"minimum_should_match":1}}}"#,
            "minimum_should_match",
        ),
        (r#"{"query":{"bool":{"must":"x"}}}"#, "bool.must"),
        (
            r#"{"query":{"term":{"a":1},"match":{"b":2}}}"#,
            "exactly one",
        ),
        (r#"{"query":{}}"#, "empty"),
        (r#"{"query":{"match_all":{"boost":2}}}"#, "boost"),
        (
            r#"{"query":{"query_string":{"query":5}}}"#,
            "query_string.query",
        ),
        (r#"{"query":{"wildcard":{"a":"x*"}}}"#, "wildcard"),
        (r#"{"aggs":{}}"#, "aggs"),
        (r#"[1]"#, "object"),
        (r#"{"size":"#, "JSON"),
    ];
    for (s, needle) in cases {
        let e = err(s);
        assert!(
            e.contains(needle),
            "{s}: error {e:?} should mention {needle:?}"
        );
    }
}
