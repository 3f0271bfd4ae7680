//! docs/openapi.json against the code that generates it and the stand-in that answers it:
//! the checked-in file is the generated document; every `$ref` resolves; every documented
//! operation has a route and answers statuses and bodies the document gives it (bodies checked
//! with `jsonschema`, draft 2020-12, the dialect of OpenAPI 3.1); changes need the session and
//! its CSRF token as documented; the documented rules of the query parameters (values, bounds,
//! lengths) are the ones the stand-in applies.

mod common;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use common::{enc, fresh, send, shared};
use portal_sim::seed::DEFAULT_SEED;
use portal_sim::{app, openapi, AppState};
use serde_json::{json, Value};

const REGENERATE: &str = "cargo run -p portal-sim -- --print-openapi > docs/openapi.json";
const LOGIN: &str = "/api/portal/login";

fn document() -> Value {
    serde_json::from_str(&openapi::pretty_json()).expect("the document is JSON")
}

#[test]
fn checked_in_document_is_the_generated_one() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/openapi.json");
    let checked_in = std::fs::read_to_string(path).unwrap_or_default();
    let generated = openapi::pretty_json();
    let (old, new) = (checked_in.lines(), generated.lines());
    let line = old.clone().zip(new.clone()).position(|(a, b)| a != b);
    let line = line.unwrap_or_else(|| old.count().min(new.count())) + 1;
    assert!(
        checked_in == generated,
        "docs/openapi.json is not what the code generates (from line {line}); regenerate it:\n    \
         {REGENERATE}"
    );
}

#[test]
fn every_reference_resolves() {
    fn refs<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
        match v {
            Value::Object(m) => m.iter().for_each(|(k, x)| match (k.as_str(), x) {
                ("$ref", Value::String(r)) => out.push(r),
                _ => refs(x, out),
            }),
            Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
            _ => {}
        }
    }
    let doc = document();
    let mut all = Vec::new();
    refs(&doc, &mut all);
    assert!(all.len() > 50, "{}", all.len());
    for r in all {
        assert!(resolve(&doc, r).is_some(), "{r} points nowhere");
    }
}

fn resolve<'a>(doc: &'a Value, reference: &str) -> Option<&'a Value> {
    doc.pointer(reference.strip_prefix('#')?)
}

/// A documented operation.
struct Op<'a> {
    method: Method,
    path: &'a str,
    op: &'a Value,
}

fn operations(doc: &Value) -> Vec<Op<'_>> {
    let mut ops = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in [
            Method::GET,
            Method::POST,
            Method::PUT,
            Method::PATCH,
            Method::DELETE,
        ] {
            if let Some(op) = item.get(method.as_str().to_ascii_lowercase()) {
                ops.push(Op { method, path, op });
            }
        }
    }
    ops
}

impl Op<'_> {
    fn params(&self, place: &'static str) -> impl Iterator<Item = &Value> + '_ {
        let all = self.op["parameters"].as_array().into_iter().flatten();
        all.filter(move |p| p["in"] == place)
    }

    /// The path with each `{name}` filled from its parameter's example (a seeded record).
    fn uri(&self) -> String {
        self.params("path").fold(self.path.to_string(), |uri, p| {
            let example = match &p["example"] {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                _ => panic!("{}: path parameter without an example", self.path),
            };
            uri.replace(
                &format!("{{{}}}", p["name"].as_str().expect("name")),
                &example,
            )
        })
    }

    fn needs_csrf(&self) -> bool {
        let mut security = self.op["security"].as_array().into_iter().flatten();
        security.any(|r| r.get("csrf").is_some())
    }

    /// Checks that `status` is documented and that a JSON body is what the document says.
    fn check(&self, doc: &Value, uri: &str, status: StatusCode, body: &[u8]) {
        let what = format!(
            "{} {uri}: {status} {}",
            self.method,
            String::from_utf8_lossy(body)
        );
        let mut response = &self.op["responses"][status.as_str()];
        assert!(!response.is_null(), "undocumented status: {what}");
        if let Some(r) = response["$ref"].as_str() {
            response = resolve(doc, r).expect("response");
        }
        let schema = &response["content"]["application/json"]["schema"];
        if !schema.is_null() {
            let answer: Value = serde_json::from_slice(body).expect("a JSON answer");
            let errors = schema_errors(doc, schema, &answer);
            assert!(errors.is_empty(), "{what}\n{}", errors.join("\n"));
        }
    }
}

/// What is wrong with `instance` by `schema`, a schema of the document (its `$ref`s resolve
/// against the document's components, put beside it).
fn schema_errors(doc: &Value, schema: &Value, instance: &Value) -> Vec<String> {
    let mut root = json!({ "allOf": [schema] });
    root["components"] = doc["components"].clone();
    let validator = jsonschema::draft202012::new(&root).expect("a valid JSON Schema");
    let errors = validator.iter_errors(instance);
    errors
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

async fn call(
    r: &Router,
    method: Method,
    uri: &str,
    cookie: Option<&str>,
) -> (StatusCode, Vec<u8>) {
    let mut b = Request::builder().method(method).uri(uri);
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, c);
    }
    let (status, _, body) = send(r, b.body(Body::empty()).expect("request")).await;
    (status, body)
}

/// Signs account 1 in; the `Cookie` to send (no CSRF token: changes stay refused).
async fn sign_in(r: &Router) -> String {
    let req = Request::builder()
        .method(Method::POST)
        .uri(LOGIN)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("user=1"))
        .expect("request");
    let (status, headers, _) = send(r, req).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let cookie = headers[header::SET_COOKIE].to_str().expect("ASCII");
    cookie.split(';').next().expect("name=value").to_string()
}

#[tokio::test]
async fn every_operation_has_a_route_that_answers_as_documented() {
    let doc = document();
    let r = app(fresh());
    let cookie = sign_in(&r).await;
    let ops = operations(&doc);
    assert!(ops.len() >= 30, "{}", ops.len());
    for op in &ops {
        let uri = op.uri();
        let (status, body) = call(&r, op.method.clone(), &uri, None).await;
        let what = format!("{} {uri}: {status}", op.method);
        assert!(
            status != StatusCode::NOT_FOUND && status != StatusCode::METHOD_NOT_ALLOWED,
            "no route: {what} {}",
            String::from_utf8_lossy(&body)
        );
        op.check(&doc, &uri, status, &body);
        if op.method == Method::GET {
            // Signed in, every read answers (own subscriptions and contacts included).
            let (status, body) = call(&r, Method::GET, &uri, Some(&cookie)).await;
            assert_eq!(status, StatusCode::OK, "signed in: {what}");
            op.check(&doc, &uri, status, &body);
        } else if op.needs_csrf() {
            // The session first (401), then its token (403), before anything else.
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{what}");
            let (status, body) = call(&r, op.method.clone(), &uri, Some(&cookie)).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "without the token: {what}");
            op.check(&doc, &uri, status, &body);
        } else {
            assert_eq!(
                (op.method.clone(), op.path),
                (Method::POST, LOGIN),
                "{what}"
            );
        }
    }
}

#[tokio::test]
async fn answers_validate_against_their_documented_schemas() {
    let doc = document();
    let r = app(shared());
    let ops = operations(&doc);
    let get = |path: &str| {
        let path = path.split('?').next().expect("path");
        let same = |t: &str| {
            let (t, p) = (t.split('/'), path.split('/'));
            t.clone().count() == p.clone().count()
                && t.zip(p).all(|(a, b)| a == b || a.starts_with('{'))
        };
        let found = ops.iter().find(|o| o.method == Method::GET && same(o.path));
        found.unwrap_or_else(|| panic!("GET {path} is not documented"))
    };
    for (uri, want) in [
        ("/api/portal/datasets?size=1", 200),
        (
            "/api/portal/datasets?size=3&text=%D1%88%D0%BA%D0%BE%D0%BB%D1%8B",
            200,
        ),
        ("/api/portal/categories", 200),
        ("/api/portal/agencies", 200),
        ("/api/portal/applications?size=1", 200),
        ("/api/portal/applications?size=5&agency=other", 200),
        ("/api/portal/apps?size=1", 200),
        ("/api/portal/stats", 200),
        (
            "/api/portal/datasets/156_reestr_notariusov_oblast1/comments",
            200,
        ),
        (
            "/api/portal/datasets/156_reestr_notariusov_oblast1/requests",
            200,
        ),
        ("/api/portal/datasets?size=0", 400),
        ("/api/portal/applications/9", 404),
    ] {
        let (status, body) = call(&r, Method::GET, uri, None).await;
        assert_eq!(status.as_u16(), want, "{uri}");
        get(uri).check(&doc, uri, status, &body);
    }
    // The schemas are not vacuous: a missing translation is an absent key, never null, and
    // the keys serde always writes are required.
    let (_, body) = call(&r, Method::GET, "/api/portal/datasets?size=1", None).await;
    let answer: Value = serde_json::from_slice(&body).expect("JSON");
    let schema = json!({ "$ref": "#/components/schemas/DatasetSearchResponse" });
    assert!(schema_errors(&doc, &schema, &answer).is_empty());
    let mut null_name = answer.clone();
    null_name["datasets"][0]["nameEn"] = Value::Null;
    assert!(!schema_errors(&doc, &schema, &null_name).is_empty());
    let mut no_views = answer;
    no_views["datasets"][0]
        .as_object_mut()
        .expect("dataset")
        .remove("views");
    assert!(!schema_errors(&doc, &schema, &no_views).is_empty());
}

#[tokio::test]
async fn query_parameter_rules_are_the_stand_ins() {
    let doc = document();
    let r = app(fresh());
    let cookie = sign_in(&r).await;
    let mut checked = 0;
    for op in operations(&doc).iter().filter(|o| o.method == Method::GET) {
        for p in op.params("query") {
            let name = p["name"].as_str().expect("name");
            let schema = &p["schema"];
            let array = schema["type"] == "array";
            let mut item = if array { &schema["items"] } else { schema };
            if let Some(r) = item["$ref"].as_str() {
                item = resolve(&doc, r).expect("schema");
            }
            // (value, accepted)
            let mut cases: Vec<(String, bool)> = Vec::new();
            if let Some(values) = item["enum"].as_array() {
                let values = values.iter().map(|v| v.as_str().expect("string"));
                cases.extend(values.map(|v| (v.to_string(), true)));
                cases.push(("nope".to_string(), false));
            }
            if let Some(min) = item["minimum"].as_u64() {
                cases.extend([(min.to_string(), true), ((min - 1).to_string(), false)]);
            }
            if let Some(max) = item["maximum"].as_u64() {
                cases.extend([(max.to_string(), true), ((max + 1).to_string(), false)]);
            }
            if let Some(len) = item["maxLength"].as_u64() {
                let text = |n: u64| "ә".repeat(n as usize);
                cases.extend([(text(len), true), (text(len + 1), false)]);
            }
            for (value, accepted) in cases {
                let uri = format!("{}?{name}={}", op.uri(), enc(&value));
                let (status, body) = call(&r, Method::GET, &uri, Some(&cookie)).await;
                let want = if accepted {
                    StatusCode::OK
                } else {
                    StatusCode::BAD_REQUEST
                };
                let what = format!("{uri}: {status} {}", String::from_utf8_lossy(&body));
                assert_eq!(status, want, "the stand-in: {what}");
                let mut instance = match value.parse::<u64>() {
                    Ok(n) if item["type"] == "integer" => json!(n),
                    _ => json!(value),
                };
                if array {
                    instance = json!([instance]);
                }
                let valid = schema_errors(&doc, schema, &instance).is_empty();
                assert_eq!(valid, accepted, "the document: {what}");
                checked += 1;
            }
        }
    }
    assert!(checked > 40, "{checked}");
}

#[tokio::test]
async fn served_in_the_extended_profile_only() {
    let uri = "/api/portal/openapi.json";
    let (status, body) = call(&app(shared()), Method::GET, uri, None).await;
    assert_eq!(status, StatusCode::OK);
    let served: Value = serde_json::from_slice(&body).expect("JSON");
    assert_eq!(served, document());
    assert_eq!(served["openapi"], "3.1.0");
    let today = app(AppState::new_today(DEFAULT_SEED));
    let (status, body) = call(&today, Method::GET, uri, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body, br#"{"error":"not found"}"#);
}
