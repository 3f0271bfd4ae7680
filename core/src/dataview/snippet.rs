//! The API snippets of the API tab: the exact `/api/v4` URL, and `curl`, JavaScript and
//! Python code that reproduce a request.

use crate::source::Source;
use crate::url::encode;
use serde_json::Value;

/// `{api_base}/api/v4/{index}[/{version}]`, without a query. An empty version is the latest.
fn v4_endpoint(api_base: &str, index: &str, version: &str) -> String {
    let mut url = format!(
        "{}/api/v4/{}",
        api_base.trim_end_matches('/'),
        encode(index)
    );
    if !version.is_empty() {
        url.push('/');
        url.push_str(&encode(version));
    }
    url
}

/// The exact request: `GET {api_base}/api/v4/{index}/{version}?apiKey=…&source=…`, with the
/// compact `source` percent-encoded. An empty `version` asks for the latest.
pub fn v4_url(
    api_base: &str,
    index: &str,
    version: &str,
    api_key: &str,
    source: &Source,
) -> String {
    format!(
        "{}?apiKey={}&source={}",
        v4_endpoint(api_base, index, version),
        encode(api_key),
        encode(&source.to_string())
    )
}

/// `source` as 2-space indented JSON, for display.
pub fn pretty_source(source: &Source) -> String {
    serde_json::to_string_pretty(&source.to_value()).unwrap_or_else(|_| source.to_string())
}

/// POSIX shell single-quoting: everything inside `'…'` is literal, and a `'` is `'\''`.
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// A ready-to-run `curl` command (POSIX shell, every argument single-quoted). `-G
/// --data-urlencode` lets curl do the encoding, so the JSON stays readable; `-sS` hides the
/// progress meter but not errors.
pub fn curl_snippet(
    api_base: &str,
    index: &str,
    version: &str,
    api_key: &str,
    source: &Source,
) -> String {
    format!(
        "curl -sS -G {} \\\n  --data-urlencode {} \\\n  --data-urlencode {}\n",
        sh_quote(&v4_endpoint(api_base, index, version)),
        sh_quote(&format!("apiKey={api_key}")),
        sh_quote(&format!("source={source}")),
    )
}

/// A JSON string literal, which is also a valid JavaScript and Python string literal.
fn str_lit(s: &str) -> String {
    Value::String(s.to_string()).to_string()
}

/// A ready-to-run JavaScript `fetch` (an ES module or any async context).
pub fn js_fetch_snippet(
    api_base: &str,
    index: &str,
    version: &str,
    api_key: &str,
    source: &Source,
) -> String {
    // The source as an object literal, except when a key would be read as the prototype
    // (`__proto__`), which JSON.stringify would then drop: then as a string.
    let compact = source.to_string();
    let source_expr = if compact.contains("\"__proto__\"") {
        str_lit(&compact)
    } else {
        format!(
            "JSON.stringify({})",
            pretty_source(source).replace('\n', "\n  ")
        )
    };
    format!(
        "const params = new URLSearchParams({{\n  apiKey: {key},\n  source: {src},\n}});\n\
         const res = await fetch({url} + \"?\" + params);\n\
         if (!res.ok) throw new Error(`HTTP ${{res.status}}`);\n\
         const rows = await res.json();\n\
         console.log(rows);\n",
        key = str_lit(api_key),
        src = source_expr,
        url = str_lit(&v4_endpoint(api_base, index, version)),
    )
}

/// A JSON value as a Python literal (`null`/`true`/`false` → `None`/`True`/`False`), indented
/// by 4 spaces per level. JSON strings are valid Python string literals.
fn py_literal(v: &Value, indent: usize, out: &mut String) {
    match v {
        Value::Null => out.push_str("None"),
        Value::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => out.push_str(&str_lit(s)),
        Value::Array(a) if a.is_empty() => out.push_str("[]"),
        Value::Object(o) if o.is_empty() => out.push_str("{}"),
        Value::Array(a) => py_block("[]", a.iter().map(|x| (None, x)), indent, out),
        Value::Object(o) => py_block("{}", o.iter().map(|(k, x)| (Some(k), x)), indent, out),
    }
}

/// A non-empty list or dict between `brackets`: an item (`key: ` first in a dict) a line, each
/// with a trailing comma.
fn py_block<'a>(
    brackets: &str,
    items: impl Iterator<Item = (Option<&'a String>, &'a Value)>,
    indent: usize,
    out: &mut String,
) {
    let pad = |n: usize| " ".repeat(n * 4);
    let (open, close) = brackets.split_at(1);
    out.push_str(open);
    out.push('\n');
    for (k, x) in items {
        out.push_str(&pad(indent + 1));
        if let Some(k) = k {
            out.push_str(&str_lit(k));
            out.push_str(": ");
        }
        py_literal(x, indent + 1, out);
        out.push_str(",\n");
    }
    out.push_str(&pad(indent));
    out.push_str(close);
}

/// A ready-to-run Python script with `requests`; the source goes through `params`, so
/// `requests` does the URL encoding.
pub fn python_requests_snippet(
    api_base: &str,
    index: &str,
    version: &str,
    api_key: &str,
    source: &Source,
) -> String {
    let mut src = String::new();
    py_literal(&source.to_value(), 0, &mut src);
    format!(
        "import json\n\nimport requests\n\n\
         source = {src}\n\
         resp = requests.get(\n    {url},\n    params={{\"apiKey\": {key}, \"source\": json.dumps(source, ensure_ascii=False)}},\n    timeout=60,\n)\n\
         resp.raise_for_status()\n\
         rows = resp.json()\n\
         print(len(rows), \"rows\")\n",
        url = str_lit(&v4_endpoint(api_base, index, version)),
        key = str_lit(api_key),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataview::fixtures::{gbd, view};
    use crate::source::{Order, Query};
    use crate::url::parse_query;
    use serde_json::json;

    const BASE: &str = "https://data.egov.kz/";
    const KEY: &str = "9b34b0caa6074980bc62cc221eda80a2";

    fn sample() -> Source {
        view("?f.nameru=O%27Brien+%26+Co&q=%D0%90%D1%81%D1%82%D0%B0%D0%BD%D0%B0&page=2")
            .api_source(&gbd())
    }

    #[test]
    fn v4_url_decodes_back_to_the_same_source() {
        let src = sample();
        let url = v4_url(BASE, "gbd_ul", "v1", KEY, &src);
        let (path, query) = url.split_once('?').unwrap_or((&url, ""));
        assert_eq!(path, "https://data.egov.kz/api/v4/gbd_ul/v1");
        let pairs = parse_query(query);
        assert_eq!(pairs.len(), 2);
        assert_eq!(pairs[0], ("apiKey".to_string(), KEY.to_string()));
        assert_eq!(pairs[1].0, "source");
        assert_eq!(Source::parse_str(&pairs[1].1), Ok(src.clone()));
        // Only unreserved characters are left bare.
        assert!(query
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~%=&".contains(&b)));
        // No version: the latest.
        assert!(
            v4_url("http://127.0.0.1:8090", "s_ats", "", KEY, &Source::new())
                .starts_with("http://127.0.0.1:8090/api/v4/s_ats?apiKey=")
        );
    }

    /// Splits a POSIX shell command line into words (single quotes, backslash-newline and
    /// backslash escapes outside quotes): enough to read back what `curl_snippet` prints.
    fn sh_words(s: &str) -> Vec<String> {
        let mut words = Vec::new();
        let mut cur: Option<String> = None;
        let mut it = s.chars().peekable();
        while let Some(c) = it.next() {
            match c {
                '\'' => {
                    let w = cur.get_or_insert_with(String::new);
                    for q in it.by_ref() {
                        if q == '\'' {
                            break;
                        }
                        w.push(q);
                    }
                }
                '\\' => match it.next() {
                    Some('\n') | None => {}
                    Some(x) => cur.get_or_insert_with(String::new).push(x),
                },
                c if c.is_whitespace() => words.extend(cur.take()),
                c => cur.get_or_insert_with(String::new).push(c),
            }
        }
        words.extend(cur);
        words
    }

    #[test]
    fn curl_quotes_a_single_quote() {
        let src = sample();
        let text = curl_snippet(BASE, "gbd_ul", "v1", KEY, &src);
        assert!(text.contains(r"O'\''Brien"), "{text}");
        let words = sh_words(&text);
        assert_eq!(
            words,
            [
                "curl".to_string(),
                "-sS".into(),
                "-G".into(),
                "https://data.egov.kz/api/v4/gbd_ul/v1".into(),
                "--data-urlencode".into(),
                format!("apiKey={KEY}"),
                "--data-urlencode".into(),
                format!("source={src}"),
            ]
        );
        assert!(src.to_string().contains("O'Brien & Co"));
    }

    #[test]
    fn js_snippet() {
        let src = sample();
        let text = js_fetch_snippet(BASE, "gbd_ul", "v1", KEY, &src);
        assert!(text.contains(&format!("apiKey: \"{KEY}\",")), "{text}");
        assert!(
            text.contains("source: JSON.stringify({\n    \"from\": 20,"),
            "{text}"
        );
        assert!(
            text.contains("fetch(\"https://data.egov.kz/api/v4/gbd_ul/v1\" + \"?\" + params)"),
            "{text}"
        );
        // A `__proto__` key would be eaten by an object literal: sent as a string instead.
        let odd = Source::new().query(Query::matches("__proto__", "x"));
        let text = js_fetch_snippet(BASE, "i", "v1", KEY, &odd);
        assert!(
            text.contains(r#"source: "{\"query\":{\"match\":{\"__proto__\":\"x\"}}}","#),
            "{text}"
        );
    }

    #[test]
    fn python_snippet() {
        let src = Source::new().size(1).query(Query::all_of(vec![
            Query::term("actual", false),
            Query::matches("name", "Қазақ \"x\""),
        ]));
        let text = python_requests_snippet(BASE, "s_ats", "data", KEY, &src);
        let want = "import json\n\nimport requests\n\nsource = {\n    \"query\": {\n        \"bool\": {\n            \"must\": [\n                {\n                    \"term\": {\n                        \"actual\": False,\n                    },\n                },\n                {\n                    \"match\": {\n                        \"name\": \"Қазақ \\\"x\\\"\",\n                    },\n                },\n            ],\n        },\n    },\n    \"size\": 1,\n}\nresp = requests.get(\n    \"https://data.egov.kz/api/v4/s_ats/data\",\n    params={\"apiKey\": \"9b34b0caa6074980bc62cc221eda80a2\", \"source\": json.dumps(source, ensure_ascii=False)},\n    timeout=60,\n)\nresp.raise_for_status()\nrows = resp.json()\nprint(len(rows), \"rows\")\n";
        assert_eq!(text, want);
        let mut s = String::new();
        py_literal(&json!([null, true, [], {}, 1.5]), 0, &mut s);
        assert_eq!(s, "[\n    None,\n    True,\n    [],\n    {},\n    1.5,\n]");
    }

    #[test]
    fn pretty_source_indents_by_two() {
        let src = Source::new().size(20).sort_by("id", Order::Asc);
        assert_eq!(
            pretty_source(&src),
            "{\n  \"size\": 20,\n  \"sort\": [\n    {\n      \"id\": {\n        \"order\": \"asc\"\n      }\n    }\n  ]\n}"
        );
        assert_eq!(pretty_source(&Source::new()), "{}");
    }
}
