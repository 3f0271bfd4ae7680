//! Host tests of the signed-in area through the router: sign-in and the session cookie, the
//! 401/403 rules, comments, requests for update, subscriptions, contacts, votes, new
//! applications, the stand-in's hooks, CORS and persistence across a restart of the store.

mod common;
use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use common::*;
use opendata_core::account::{
    CommentPage, Contacts, RequestStatus, Session, Subscription, SubscriptionList, UpdateRequest,
    UpdateRequestPage, ValidationErrorBody, VoteState, MAX_TEXT,
};
use opendata_core::wire::{ApplicationDetail, ApplicationSearchResponse, ApplicationStatus, Stats};
use portal_sim::seed::accounts::{self, ACCOUNTS, HOSTILE_COMMENT, HOSTILE_COMMENT_DATASET};
use portal_sim::store::Store;
use portal_sim::{app, AppState};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use std::sync::Arc;

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn json<T: DeserializeOwned>(&self) -> T {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "{} {e}: {}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    fn expect(self, want: StatusCode) -> Self {
        assert_eq!(self.status, want, "{}", self.text());
        self
    }
    /// `{"error":"validation","fields":[…]}` as `field:code` strings.
    fn fields(&self) -> Vec<String> {
        assert_eq!(self.status, StatusCode::BAD_REQUEST, "{}", self.text());
        let v: ValidationErrorBody = self.json();
        assert_eq!(v.error, "validation");
        v.fields
            .iter()
            .map(|f| format!("{}:{}", f.field, f.code))
            .collect()
    }
    /// The plain error body's message.
    fn error(&self) -> String {
        let v: Value = self.json();
        assert!(v.get("fields").is_none(), "{v}");
        v["error"].as_str().expect("error").to_string()
    }
    fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }
}

async fn send(r: &Router, req: Request<Body>) -> Answer {
    let (status, headers, body) = common::send(r, req).await;
    Answer {
        status,
        headers,
        body,
    }
}

/// A browser: its session cookie and CSRF token once signed in.
#[derive(Clone)]
struct Client {
    r: Router,
    cookie: Option<String>,
    csrf: Option<String>,
}

impl Client {
    fn new(st: &Arc<AppState>) -> Client {
        Client {
            r: app(st.clone()),
            cookie: None,
            csrf: None,
        }
    }

    async fn signed_in(st: &Arc<AppState>, user: u64) -> Client {
        let mut c = Client::new(st);
        c.login(user).await;
        c
    }

    async fn login(&mut self, user: u64) {
        let a = self
            .form(&format!("user={user}&return=%2Fru%2Fdatasets"))
            .await
            .expect(StatusCode::SEE_OTHER);
        let cookie = a.header("set-cookie").expect("cookie");
        self.cookie = Some(cookie.split(';').next().expect("pair").to_string());
        let s: Session = self.get("/api/portal/session").await.json();
        assert_eq!(s.user.as_ref().map(|u| u.id), Some(user));
        self.csrf = s.csrf_token;
    }

    async fn form(&self, body: &str) -> Answer {
        let mut b = Request::builder()
            .method(Method::POST)
            .uri("/api/portal/login")
            .header(header::HOST, "127.0.0.1:8090")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(c) = &self.cookie {
            b = b.header(header::COOKIE, c);
        }
        send(&self.r, b.body(Body::from(body.to_string())).expect("req")).await
    }

    async fn call(&self, method: Method, uri: &str, body: Option<Value>) -> Answer {
        let mut b = Request::builder().method(method).uri(uri);
        if let Some(c) = &self.cookie {
            b = b.header(header::COOKIE, c);
        }
        if let Some(t) = &self.csrf {
            b = b.header("x-csrf-token", t);
        }
        let body = match body {
            Some(v) => {
                b = b.header(header::CONTENT_TYPE, "application/json");
                Body::from(v.to_string())
            }
            None => Body::empty(),
        };
        send(&self.r, b.body(body).expect("req")).await
    }

    async fn get(&self, uri: &str) -> Answer {
        self.call(Method::GET, uri, None).await
    }
    async fn post(&self, uri: &str, body: Value) -> Answer {
        self.call(Method::POST, uri, Some(body)).await
    }
    async fn raw_post(&self, uri: &str, body: &str) -> Answer {
        let mut b = Request::builder().method(Method::POST).uri(uri);
        if let Some(c) = &self.cookie {
            b = b.header(header::COOKIE, c);
        }
        if let Some(t) = &self.csrf {
            b = b.header("x-csrf-token", t);
        }
        send(&self.r, b.body(Body::from(body.to_string())).expect("req")).await
    }
}

fn top_dataset(st: &AppState) -> String {
    accounts::most_viewed(&st.seed, 1)[0].api_uri.clone()
}

// ---- session --------------------------------------------------------------------------------

#[tokio::test]
async fn accounts_login_page_and_session_cookie() {
    assert!(ACCOUNTS.len() >= 60);
    assert_eq!(accounts::account_name(1), Some("Айгерім Сәрсенова"));
    assert_eq!(accounts::account_name(2), Some("Дмитрий Ковалёв"));
    assert_eq!(accounts::account_name(3), Some("Нұрлан Жақсылықов"));
    assert_eq!(accounts::account_name(0), None);

    let st = fresh();
    let c = Client::new(&st);
    let s: Session = c
        .get("/api/portal/session")
        .await
        .expect(StatusCode::OK)
        .json();
    assert_eq!(s, Session::default());
    let raw = c.get("/api/portal/session").await.text();
    assert_eq!(raw, r#"{"user":null,"csrfToken":null}"#);

    let page = c
        .get("/api/portal/login?return=%2Fru%2F%22%3E%3Cscript%3E")
        .await
        .expect(StatusCode::OK);
    assert!(page
        .header("content-type")
        .is_some_and(|t| t.starts_with("text/html")));
    let html = page.text();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"ru\">"));
    assert!(html.contains("<h1>"));
    assert!(html.contains("<form method=\"post\" action=\"/api/portal/login\">"));
    for id in 1..=3 {
        let name = accounts::account_name(id).unwrap();
        assert!(html.contains(&format!(
            "<button type=\"submit\" name=\"user\" value=\"{id}\">{name}</button>"
        )));
    }
    assert!(html.contains("Другой номер учётной записи / Other account number"));
    assert!(html.contains(&format!("max=\"{}\"", ACCOUNTS.len())));
    assert!(html.contains("eGov IDP"));
    // The return value is escaped, and nothing needs a CSP exception.
    assert!(html.contains("value=\"/ru/&quot;&gt;&lt;script&gt;\""));
    for bad in ["<script", "<style", "style=", "onclick"] {
        assert!(!html.contains(bad), "{bad}");
    }

    let a = c
        .form("user=1&return=%2Fru%2Fdatasets%3Fx%3D1")
        .await
        .expect(StatusCode::SEE_OTHER);
    assert_eq!(a.header("location").as_deref(), Some("/ru/datasets?x=1"));
    let cookie = a.header("set-cookie").unwrap();
    let parts: Vec<&str> = cookie.split("; ").collect();
    let token = parts[0].strip_prefix("portal_session=").unwrap();
    assert_eq!(token.len(), 32);
    assert!(token.chars().all(|c| c.is_ascii_hexdigit()));
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(parts.contains(&flag), "{cookie}");
    }

    let mut me = Client::signed_in(&st, 1).await;
    let s: Session = me.get("/api/portal/session").await.json();
    assert_eq!(s.user.unwrap().name, "Айгерім Сәрсенова");
    assert_eq!(s.csrf_token.as_ref().map(String::len), Some(32));

    // Logging out needs the CSRF token too.
    let token = me.csrf.take();
    me.call(Method::POST, "/api/portal/logout", None)
        .await
        .expect(StatusCode::FORBIDDEN);
    me.csrf = token;
    let out = me
        .call(Method::POST, "/api/portal/logout", None)
        .await
        .expect(StatusCode::NO_CONTENT);
    assert!(out.header("set-cookie").unwrap().contains("Max-Age=0"));
    let s: Session = me.get("/api/portal/session").await.json();
    assert_eq!(s, Session::default());

    // Unknown or missing account: an HTML 400, no cookie.
    for body in [
        "user=0&return=%2F",
        "user=999&return=%2F",
        "user=x",
        "return=%2F",
    ] {
        let a = c.form(body).await.expect(StatusCode::BAD_REQUEST);
        assert!(a.header("set-cookie").is_none());
        assert!(a.text().contains("<html lang=\"ru\">"), "{body}");
    }
}

#[tokio::test]
async fn login_redirect_rules() {
    let st = fresh_with(vec!["http://localhost:3000".to_string()]);
    let c = Client::new(&st);
    let cases = [
        ("/kk/applications?page=2", "/kk/applications?page=2"),
        ("//evil.example/x", "/"),
        ("/\\evil.example", "/"),
        ("https://evil.example/", "/"),
        ("http://localhost:3000/ru/", "http://localhost:3000/ru/"),
        ("http://localhost:3000@evil.example/", "/"),
        ("http://127.0.0.1:8090/ru/", "http://127.0.0.1:8090/ru/"),
        ("javascript:alert(1)", "/"),
        ("", "/"),
    ];
    for (ret, want) in cases {
        let body = format!(
            "user=2&return={}",
            form_urlencoded::byte_serialize(ret.as_bytes()).collect::<String>()
        );
        let a = c.form(&body).await.expect(StatusCode::SEE_OTHER);
        assert_eq!(a.header("location").as_deref(), Some(want), "{ret}");
    }
}

#[tokio::test]
async fn changes_need_a_session_and_the_csrf_token() {
    let st = fresh();
    let ds = top_dataset(&st);
    let uri = format!("/api/portal/datasets/{ds}/comments");
    let anon = Client::new(&st);
    let a = anon
        .post(&uri, json!({"text":"hi"}))
        .await
        .expect(StatusCode::UNAUTHORIZED);
    assert_eq!(a.text(), r#"{"error":"sign in required"}"#);
    for (m, u) in [
        (Method::DELETE, "/api/portal/comments/1"),
        (Method::POST, "/api/portal/subscriptions"),
        (Method::PATCH, "/api/portal/subscriptions/1"),
        (Method::PUT, "/api/portal/contacts/phone"),
        (Method::POST, "/api/portal/applications/7000/vote"),
        (Method::POST, "/api/portal/applications"),
        (Method::POST, "/api/portal/logout"),
    ] {
        anon.call(m, u, Some(json!({})))
            .await
            .expect(StatusCode::UNAUTHORIZED);
    }
    // Reads that are someone's own need a session too; public reads do not.
    anon.get("/api/portal/subscriptions")
        .await
        .expect(StatusCode::UNAUTHORIZED);
    anon.get("/api/portal/contacts")
        .await
        .expect(StatusCode::UNAUTHORIZED);
    anon.get(&uri).await.expect(StatusCode::OK);

    let mut me = Client::signed_in(&st, 1).await;
    let good = me.csrf.clone();
    me.csrf = None;
    let a = me
        .post(&uri, json!({"text":"hi"}))
        .await
        .expect(StatusCode::FORBIDDEN);
    assert_eq!(a.text(), r#"{"error":"csrf token missing or wrong"}"#);
    me.csrf = Some("0".repeat(32));
    me.post(&uri, json!({"text":"hi"}))
        .await
        .expect(StatusCode::FORBIDDEN);
    // Another session's token is wrong for this one.
    let other = Client::signed_in(&st, 2).await;
    me.csrf = other.csrf.clone();
    me.post(&uri, json!({"text":"hi"}))
        .await
        .expect(StatusCode::FORBIDDEN);
    me.csrf = good;
    me.post(&uri, json!({"text":"hi"}))
        .await
        .expect(StatusCode::CREATED);

    // The hook ends every session: the next change is a 401, the session reads signed out.
    let a = send(
        &me.r,
        Request::builder()
            .method(Method::DELETE)
            .uri("/__sim/sessions")
            .body(Body::empty())
            .unwrap(),
    )
    .await
    .expect(StatusCode::OK);
    assert_eq!(a.json::<Value>()["expired"], 2);
    me.post(&uri, json!({"text":"again"}))
        .await
        .expect(StatusCode::UNAUTHORIZED);
    let s: Session = me.get("/api/portal/session").await.json();
    assert_eq!(s, Session::default());
}

// ---- comments -------------------------------------------------------------------------------

#[tokio::test]
async fn comments_validation_ownership_and_order() {
    let st = fresh();
    let ds = top_dataset(&st);
    let uri = format!("/api/portal/datasets/{ds}/comments");
    let me = Client::signed_in(&st, 1).await;
    let other = Client::signed_in(&st, 3).await;

    let seeded: CommentPage = me.get(&uri).await.expect(StatusCode::OK).json();
    assert!(
        (3..=5).contains(&seeded.total_count),
        "{}",
        seeded.total_count
    );
    assert!(seeded.comments.iter().all(|c| !c.own && c.author.id > 3));
    assert!(seeded
        .comments
        .windows(2)
        .all(|w| w[0].created_date >= w[1].created_date));

    assert_eq!(
        me.post(&uri, json!({"text":"   \n "})).await.fields(),
        ["text:required"]
    );
    assert_eq!(
        me.post(&uri, json!({"text":"ә".repeat(MAX_TEXT + 1)}))
            .await
            .fields(),
        ["text:tooLong"]
    );
    // Not JSON, or the wrong shape: the plain error body.
    assert!(!me
        .raw_post(&uri, "text=hi")
        .await
        .expect(StatusCode::BAD_REQUEST)
        .error()
        .is_empty());
    me.post(&uri, json!({"text": 5}))
        .await
        .expect(StatusCode::BAD_REQUEST)
        .error();

    me.post(&uri, json!({"text":"ә".repeat(MAX_TEXT)}))
        .await
        .expect(StatusCode::CREATED);
    let markup = "  <b>жирный</b> & javascript:alert(1)  ";
    let c: opendata_core::account::Comment = me
        .post(&uri, json!({ "text": markup }))
        .await
        .expect(StatusCode::CREATED)
        .json();
    assert!(c.own);
    assert_eq!(c.text, markup.trim());
    assert_eq!(c.author.name, "Айгерім Сәрсенова");

    let page: CommentPage = other.get(&format!("{uri}?size=1")).await.json();
    assert_eq!(page.total_count, seeded.total_count + 2);
    assert_eq!(page.comments[0].id, c.id, "newest first");
    assert!(!page.comments[0].own);
    let page: CommentPage = me.get(&format!("{uri}?size=1")).await.json();
    assert!(page.comments[0].own);
    me.get(&format!("{uri}?size=101"))
        .await
        .expect(StatusCode::BAD_REQUEST);
    me.get("/api/portal/datasets/nope/comments")
        .await
        .expect(StatusCode::NOT_FOUND);
    me.post("/api/portal/datasets/nope/comments", json!({"text":"x"}))
        .await
        .expect(StatusCode::NOT_FOUND);

    let del = format!("/api/portal/comments/{}", c.id);
    let a = other
        .call(Method::DELETE, &del, None)
        .await
        .expect(StatusCode::FORBIDDEN);
    assert_eq!(a.text(), r#"{"error":"not your comment"}"#);
    me.call(Method::DELETE, &del, None)
        .await
        .expect(StatusCode::NO_CONTENT);
    me.call(Method::DELETE, &del, None)
        .await
        .expect(StatusCode::NOT_FOUND);
    me.call(Method::DELETE, "/api/portal/comments/x", None)
        .await
        .expect(StatusCode::NOT_FOUND);

    let hostile: CommentPage = me
        .get(&format!(
            "/api/portal/datasets/{HOSTILE_COMMENT_DATASET}/comments"
        ))
        .await
        .json();
    assert!(hostile.comments.iter().any(|c| c.text == HOSTILE_COMMENT));
}

// ---- requests for update --------------------------------------------------------------------

async fn hook(r: &Router, uri: &str, body: Value) -> Answer {
    send(
        r,
        Request::builder()
            .method(Method::POST)
            .uri(uri)
            .body(Body::from(body.to_string()))
            .unwrap(),
    )
    .await
}

#[tokio::test]
async fn requests_validation_and_status_moves() {
    let st = fresh();
    let mut seen = std::collections::HashSet::new();
    for ds in accounts::most_viewed(&st.seed, 5) {
        let page: UpdateRequestPage = Client::new(&st)
            .get(&format!("/api/portal/datasets/{}/requests", ds.api_uri))
            .await
            .expect(StatusCode::OK)
            .json();
        for r in page.requests {
            seen.insert(r.status);
            assert_eq!(r.history.last().map(|h| h.status), Some(r.status));
            assert_eq!(
                r.answer.is_some(),
                matches!(r.status, RequestStatus::Answered | RequestStatus::Rejected)
            );
        }
    }
    assert_eq!(seen.len(), 4, "every status is seeded: {seen:?}");

    let ds = top_dataset(&st);
    let uri = format!("/api/portal/datasets/{ds}/requests");
    let me = Client::signed_in(&st, 2).await;
    assert_eq!(
        me.post(&uri, json!({"reason":"BORED","text":" "}))
            .await
            .fields(),
        ["reason:unknown", "text:required"]
    );
    assert_eq!(
        me.post(&uri, json!({"text":"x".repeat(MAX_TEXT + 1)}))
            .await
            .fields(),
        ["reason:required", "text:tooLong"]
    );
    me.post(&uri, json!({"reason":1,"text":"x"}))
        .await
        .expect(StatusCode::BAD_REQUEST)
        .error();
    let r: UpdateRequest = me
        .post(
            &uri,
            json!({"reason":"DATA_ERROR","text":" Широта и долгота перепутаны. "}),
        )
        .await
        .expect(StatusCode::CREATED)
        .json();
    assert_eq!(r.status, RequestStatus::New);
    assert_eq!(r.history.len(), 1);
    assert_eq!(r.text, "Широта и долгота перепутаны.");
    assert!(r.own && r.answer.is_none());
    let page: UpdateRequestPage = me.get(&uri).await.json();
    assert_eq!(page.requests[0].id, r.id);
    assert!(page.requests[0].own);

    let move_uri = format!("/__sim/requests/{}/status", r.id);
    let a = hook(
        &me.r,
        &move_uri,
        json!({"status":"ANSWERED","answerRu":"Да"}),
    )
    .await
    .expect(StatusCode::CONFLICT);
    assert!(a.error().contains("NEW"));
    hook(&me.r, &move_uri, json!({"status":"IN_REVIEW"}))
        .await
        .expect(StatusCode::OK);
    hook(&me.r, &move_uri, json!({"status":"ANSWERED"}))
        .await
        .expect(StatusCode::BAD_REQUEST);
    hook(&me.r, &move_uri, json!({"status":"DONE"}))
        .await
        .expect(StatusCode::BAD_REQUEST);
    let done: UpdateRequest = hook(
        &me.r,
        &move_uri,
        json!({"status":"ANSWERED","answerRu":"Исправлено.","answerKk":"Түзетілді."}),
    )
    .await
    .expect(StatusCode::OK)
    .json();
    assert_eq!(done.status, RequestStatus::Answered);
    let steps: Vec<RequestStatus> = done.history.iter().map(|h| h.status).collect();
    assert_eq!(
        steps,
        [
            RequestStatus::New,
            RequestStatus::InReview,
            RequestStatus::Answered
        ]
    );
    assert!(done.history.windows(2).all(|w| w[0].date < w[1].date));
    assert_eq!(
        done.answer.unwrap().answer_kk.as_deref(),
        Some("Түзетілді.")
    );
    hook(&me.r, &move_uri, json!({"status":"IN_REVIEW"}))
        .await
        .expect(StatusCode::CONFLICT);
    hook(
        &me.r,
        "/__sim/requests/99999/status",
        json!({"status":"IN_REVIEW"}),
    )
    .await
    .expect(StatusCode::NOT_FOUND);
}

// ---- subscriptions --------------------------------------------------------------------------

#[tokio::test]
async fn subscriptions_validation_idempotence_and_ownership() {
    let st = fresh();
    let ds = top_dataset(&st);
    let me = Client::signed_in(&st, 1).await;
    let other = Client::signed_in(&st, 2).await;
    let subs = "/api/portal/subscriptions";

    let cases = [
        (
            json!({"kind":"dataset","target":ds,"channels":{"sms":true,"fax":true}}),
            vec!["channels:unknown"],
        ),
        (
            json!({"kind":"dataset","target":ds,"channels":{"sms":false,"email":false,"push":false}}),
            vec!["channels:noChannel"],
        ),
        (
            json!({"kind":"dataset","target":"nope","channels":{"sms":true}}),
            vec!["target:unknown"],
        ),
        (
            json!({"kind":"planet","target":ds,"channels":{}}),
            vec!["kind:unknown", "channels:noChannel"],
        ),
        (
            json!({"kind":"agency","target":"","channels":{"push":true}}),
            vec!["target:required"],
        ),
    ];
    for (body, want) in cases {
        assert_eq!(me.post(subs, body.clone()).await.fields(), want, "{body}");
    }
    me.post(
        subs,
        json!({"kind":"dataset","target":ds,"channels":{"sms":"yes"}}),
    )
    .await
    .expect(StatusCode::BAD_REQUEST)
    .error();

    let body =
        json!({"kind":"dataset","target":ds,"channels":{"sms":false,"email":true,"push":false}});
    let first: Subscription = me
        .post(subs, body.clone())
        .await
        .expect(StatusCode::CREATED)
        .json();
    assert_eq!(first.target.id, ds);
    assert!(first.target.names.name_ru.is_some());
    let again =
        json!({"kind":"dataset","target":ds,"channels":{"sms":true,"email":true,"push":true}});
    let second: Subscription = me.post(subs, again).await.expect(StatusCode::OK).json();
    assert_eq!(second, first, "the existing one, unchanged");
    let list: SubscriptionList = me.get(subs).await.expect(StatusCode::OK).json();
    assert_eq!(list.subscriptions, vec![first.clone()]);

    let agency = st.seed.agencies[0].id.clone();
    let category = st.seed.categories[0].id.clone();
    let a: Subscription = me
        .post(
            subs,
            json!({"kind":"agency","target":agency,"channels":{"push":true}}),
        )
        .await
        .expect(StatusCode::CREATED)
        .json();
    assert_eq!(a.target.names, st.seed.agencies[0].names);
    me.post(
        subs,
        json!({"kind":"category","target":category,"channels":{"sms":true}}),
    )
    .await
    .expect(StatusCode::CREATED);
    let list: SubscriptionList = me.get(subs).await.json();
    assert_eq!(list.subscriptions.len(), 3);
    assert!(list
        .subscriptions
        .windows(2)
        .all(|w| (&w[0].created_date, w[0].id) > (&w[1].created_date, w[1].id)));
    let only: SubscriptionList = me
        .get(&format!("{subs}?kind=dataset&target={}", enc(&ds)))
        .await
        .json();
    assert_eq!(only.subscriptions, vec![first.clone()]);
    me.get(&format!("{subs}?kind=planet"))
        .await
        .expect(StatusCode::BAD_REQUEST);
    let theirs: SubscriptionList = other.get(subs).await.json();
    assert!(theirs.subscriptions.is_empty());

    let one = format!("{subs}/{}", first.id);
    let off = json!({"channels":{"sms":false,"email":false,"push":false}});
    assert_eq!(
        me.call(Method::PATCH, &one, Some(off)).await.fields(),
        ["channels:noChannel"]
    );
    let on = json!({"channels":{"sms":true,"email":false,"push":true}});
    let a = other
        .call(Method::PATCH, &one, Some(on.clone()))
        .await
        .expect(StatusCode::FORBIDDEN);
    assert_eq!(a.error(), "not your subscription");
    let patched: Subscription = me
        .call(Method::PATCH, &one, Some(on))
        .await
        .expect(StatusCode::OK)
        .json();
    assert!(patched.channels.sms && patched.channels.push && !patched.channels.email);
    other
        .call(Method::DELETE, &one, None)
        .await
        .expect(StatusCode::FORBIDDEN);
    me.call(Method::DELETE, &one, None)
        .await
        .expect(StatusCode::NO_CONTENT);
    me.call(Method::DELETE, &one, None)
        .await
        .expect(StatusCode::NOT_FOUND);
    me.call(
        Method::PATCH,
        &format!("{subs}/999"),
        Some(json!({"channels":{"sms":true}})),
    )
    .await
    .expect(StatusCode::NOT_FOUND);
}

// ---- contacts -------------------------------------------------------------------------------

async fn outbox(r: &Router) -> Vec<Value> {
    send(
        r,
        Request::builder()
            .uri("/__sim/outbox")
            .body(Body::empty())
            .unwrap(),
    )
    .await
    .expect(StatusCode::OK)
    .json()
}

#[tokio::test]
async fn contacts_confirm_with_the_code_from_the_outbox() {
    let st = fresh();
    let two = Client::signed_in(&st, 2).await;
    let c: Contacts = two
        .get("/api/portal/contacts")
        .await
        .expect(StatusCode::OK)
        .json();
    let email = c.email.expect("account 2 has an e-mail");
    assert!(email.confirmed && !email.code_pending);
    assert!(c.phone.is_none());

    let me = Client::signed_in(&st, 1).await;
    let c: Contacts = me.get("/api/portal/contacts").await.json();
    assert_eq!(c, Contacts::default());
    let put = |v: &str| json!({ "value": v });
    let phone = "/api/portal/contacts/phone";
    assert_eq!(
        me.call(Method::PUT, phone, Some(put("12345")))
            .await
            .fields(),
        ["value:invalid"]
    );
    assert_eq!(
        me.call(Method::PUT, phone, Some(put("  "))).await.fields(),
        ["value:required"]
    );
    assert_eq!(
        me.call(
            Method::PUT,
            "/api/portal/contacts/email",
            Some(put("not-an-address"))
        )
        .await
        .fields(),
        ["value:invalid"]
    );
    me.call(Method::PUT, "/api/portal/contacts/fax", Some(put("1")))
        .await
        .expect(StatusCode::NOT_FOUND);
    assert_eq!(
        me.post(&format!("{phone}/confirm"), json!({"code":"123456"}))
            .await
            .fields(),
        ["code:noCode"]
    );
    assert_eq!(
        me.raw_post(&format!("{phone}/code"), "").await.fields(),
        ["value:required"]
    );

    let c: Contacts = me
        .call(Method::PUT, phone, Some(put("8 (701) 123-45-67")))
        .await
        .expect(StatusCode::OK)
        .json();
    let p = c.phone.unwrap();
    assert_eq!(p.value, "+77011234567");
    assert!(!p.confirmed && p.code_pending);
    let sent = outbox(&me.r).await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["to"], "+77011234567");
    assert_eq!(sent[0]["channel"], "sms");
    let first = sent[0]["code"].as_str().unwrap().to_string();
    assert_eq!(first.len(), 6);

    // A resend makes the first code stale.
    me.raw_post(&format!("{phone}/code"), "")
        .await
        .expect(StatusCode::OK);
    let sent = outbox(&me.r).await;
    assert_eq!(sent.len(), 2);
    let second = sent[1]["code"].as_str().unwrap().to_string();
    let wrong = if first == second { "x" } else { &first };
    assert_eq!(
        me.post(&format!("{phone}/confirm"), json!({ "code": wrong }))
            .await
            .fields(),
        ["code:wrong"]
    );
    let c: Contacts = me
        .post(&format!("{phone}/confirm"), json!({ "code": second }))
        .await
        .expect(StatusCode::OK)
        .json();
    let p = c.phone.unwrap();
    assert!(p.confirmed && !p.code_pending);
    me.raw_post(&format!("{phone}/code"), "")
        .await
        .expect(StatusCode::CONFLICT);

    let c: Contacts = me
        .call(
            Method::PUT,
            "/api/portal/contacts/email",
            Some(put(" aigerim@mail.kz ")),
        )
        .await
        .expect(StatusCode::OK)
        .json();
    assert_eq!(c.email.unwrap().value, "aigerim@mail.kz");
    assert_eq!(outbox(&me.r).await[2]["channel"], "email");
}

// ---- votes and new applications ------------------------------------------------------------

fn first_with(st: &AppState, s: ApplicationStatus) -> u64 {
    st.seed
        .applications
        .iter()
        .find(|a| a.status == s)
        .expect("status seeded")
        .id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn votes_are_idempotent_parallel_and_closed_when_done() {
    let st = fresh();
    let id = first_with(&st, ApplicationStatus::UnderReview);
    let base = st
        .seed
        .applications
        .iter()
        .find(|a| a.id == id)
        .unwrap()
        .votes;
    let uri = format!("/api/portal/applications/{id}/vote");
    let me = Client::signed_in(&st, 1).await;

    let mut tasks = Vec::new();
    for _ in 0..50 {
        let (c, u) = (me.clone(), uri.clone());
        tasks.push(tokio::spawn(async move {
            c.call(Method::POST, &u, None)
                .await
                .expect(StatusCode::OK)
                .json::<VoteState>()
        }));
    }
    for t in tasks {
        let v = t.await.unwrap();
        assert!(v.voted);
        assert_eq!(v.votes, base + 1);
    }

    let mut voters = Vec::new();
    for u in 2..=50 {
        voters.push(Client::signed_in(&st, u).await);
    }
    let mut tasks = Vec::new();
    for c in voters.clone() {
        let u = uri.clone();
        tasks.push(tokio::spawn(async move {
            c.call(Method::POST, &u, None).await.expect(StatusCode::OK);
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let d: ApplicationDetail = me
        .get(&format!("/api/portal/applications/{id}"))
        .await
        .json();
    assert_eq!(d.summary.votes, base + 50);
    assert!(d.summary.voted);
    let anon: ApplicationDetail = Client::new(&st)
        .get(&format!("/api/portal/applications/{id}"))
        .await
        .json();
    assert!(!anon.summary.voted);
    assert_eq!(anon.summary.votes, base + 50);

    // The list carries live counts and flags, and sorts by them.
    let list: ApplicationSearchResponse = me
        .get("/api/portal/applications?status=UNDER_REVIEW&size=100")
        .await
        .json();
    let mine = list.applications.iter().find(|a| a.id == id).unwrap();
    assert!(mine.voted && mine.votes == base + 50);
    assert!(list.applications.iter().filter(|a| a.voted).count() == 1);
    assert!(list
        .applications
        .windows(2)
        .all(|w| w[0].votes >= w[1].votes));

    let v: VoteState = me
        .call(Method::DELETE, &uri, None)
        .await
        .expect(StatusCode::OK)
        .json();
    assert_eq!(
        v,
        VoteState {
            votes: base + 49,
            voted: false
        }
    );
    let v: VoteState = me.call(Method::DELETE, &uri, None).await.json();
    assert_eq!(v.votes, base + 49, "withdrawing twice is a no-op");

    for s in [ApplicationStatus::Published, ApplicationStatus::Rejected] {
        let closed = format!("/api/portal/applications/{}/vote", first_with(&st, s));
        let a = me
            .call(Method::POST, &closed, None)
            .await
            .expect(StatusCode::CONFLICT);
        assert_eq!(a.error(), "voting is closed for this application");
    }
    me.call(Method::POST, "/api/portal/applications/1/vote", None)
        .await
        .expect(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn new_applications_validate_appear_everywhere_and_move_on() {
    let st = fresh();
    let me = Client::signed_in(&st, 3).await;
    let apps = "/api/portal/applications";
    let edu = st.seed.categories[0].id.clone();
    let agency = st.seed.agencies[0].id.clone();

    let bad =
        json!({"category":"nope","title":"  ","description":"d".repeat(MAX_TEXT + 1),"lang":"ru"});
    assert_eq!(
        me.post(apps, bad).await.fields(),
        [
            "category:unknown",
            "title:required",
            "description:tooLong",
            "govAgency:required"
        ]
    );
    let bad = json!({"category":"","title":"t".repeat(201),"description":"d","lang":"kk","govAgency":"nope"});
    assert_eq!(
        me.post(apps, bad).await.fields(),
        ["category:required", "title:tooLong", "govAgency:unknown"]
    );
    let both = json!({"category":edu,"title":"t","description":"d","lang":"kk","govAgency":agency,"otherOrganization":"АО «Х»"});
    assert_eq!(
        me.post(apps, both).await.fields(),
        ["otherOrganization:invalid"]
    );
    let long_org = json!({"category":edu,"title":"t","description":"d","lang":"kk","otherOrganization":"о".repeat(201)});
    assert_eq!(
        me.post(apps, long_org).await.fields(),
        ["otherOrganization:tooLong"]
    );
    me.post(
        apps,
        json!({"category":edu,"title":"t","description":"d","lang":"de","govAgency":agency}),
    )
    .await
    .expect(StatusCode::BAD_REQUEST)
    .error();

    let before: Stats = me.get("/api/portal/stats").await.json();
    let d: ApplicationDetail = me
        .post(
            apps,
            json!({"category":edu,"title":"Расписание кружков Дворца школьников Жезказгана",
                   "description":"Нужны часы занятий кружков и свободные места.","lang":"ru",
                   "govAgency":agency}),
        )
        .await
        .expect(StatusCode::CREATED)
        .json();
    let max_seeded = st.seed.applications.iter().map(|a| a.id).max().unwrap();
    assert!(d.summary.id > max_seeded);
    assert_eq!(d.summary.status, ApplicationStatus::Submitted);
    assert_eq!(d.history.len(), 1);
    assert_eq!(d.history[0].date, d.summary.created_date);
    assert!(d.summary.created_date.as_str() > "2026-11-28");
    assert_eq!(d.summary.votes, 0);
    assert!(d.answer.is_none() && d.summary.answered_date.is_none());
    let other: ApplicationDetail = me
        .post(
            apps,
            json!({"category":edu,"title":"Other","description":"Org","lang":"en",
                   "otherOrganization":"  ТОО \"Astana LRT\"  "}),
        )
        .await
        .expect(StatusCode::CREATED)
        .json();
    assert_eq!(other.summary.id, d.summary.id + 1);
    assert_eq!(
        other.summary.other_organization.as_deref(),
        Some("ТОО \"Astana LRT\"")
    );
    assert!(other.summary.gov_agency.is_none());

    let after: Stats = me.get("/api/portal/stats").await.json();
    assert_eq!(
        after.publication_requests_count,
        before.publication_requests_count + 2
    );
    let newest: ApplicationSearchResponse =
        me.get(&format!("{apps}?sort=newest&size=2")).await.json();
    let ids: Vec<u64> = newest.applications.iter().map(|a| a.id).collect();
    assert_eq!(ids, [other.summary.id, d.summary.id]);
    assert_eq!(newest.total_count, after.publication_requests_count);
    // The catalogue matcher finds it (word forms, prefix of the last word).
    for text in ["кружки Жезказган", "дворца школьник", "жезказг"]
    {
        let found: ApplicationSearchResponse = me
            .get(&format!("{apps}?text={}&size=100", enc(text)))
            .await
            .json();
        assert!(
            found.applications.iter().any(|a| a.id == d.summary.id),
            "{text}"
        );
    }
    let other_facet: ApplicationSearchResponse = me
        .get(&format!("{apps}?agency=other&status=SUBMITTED&size=100"))
        .await
        .json();
    assert!(other_facet
        .applications
        .iter()
        .any(|a| a.id == other.summary.id));

    // Lifecycle through the hook.
    let mv = format!("/__sim/applications/{}/status", d.summary.id);
    hook(&me.r, &mv, json!({"status":"ACCEPTED","answerRu":"Да"}))
        .await
        .expect(StatusCode::CONFLICT);
    hook(&me.r, &mv, json!({"status":"UNDER_REVIEW"}))
        .await
        .expect(StatusCode::OK);
    hook(&me.r, &mv, json!({"status":"ACCEPTED"}))
        .await
        .expect(StatusCode::BAD_REQUEST);
    let acc: ApplicationDetail = hook(
        &me.r,
        &mv,
        json!({"status":"ACCEPTED","answerRu":"Набор будет опубликован.","answerKk":"Жинақ жарияланады."}),
    )
    .await
    .expect(StatusCode::OK)
    .json();
    assert_eq!(acc.summary.status, ApplicationStatus::Accepted);
    assert_eq!(
        acc.summary.answered_date.as_ref(),
        acc.history.last().map(|h| &h.date)
    );
    me.call(Method::POST, &format!("{apps}/{}/vote", d.summary.id), None)
        .await
        .expect(StatusCode::OK);
    let ds = top_dataset(&st);
    let publ: ApplicationDetail = hook(&me.r, &mv, json!({"status":"PUBLISHED","dataset":ds}))
        .await
        .expect(StatusCode::OK)
        .json();
    assert_eq!(publ.dataset.map(|d| d.api_uri), Some(ds));
    assert!(publ.history.windows(2).all(|w| w[0].date < w[1].date));
    assert_eq!(publ.summary.votes, 1);
    me.call(Method::POST, &format!("{apps}/{}/vote", d.summary.id), None)
        .await
        .expect(StatusCode::CONFLICT);
    hook(&me.r, &mv, json!({"status":"SCHEDULED","answerRu":"x"}))
        .await
        .expect(StatusCode::CONFLICT);

    // Seeded applications move too.
    let seeded = first_with(&st, ApplicationStatus::Submitted);
    let moved: ApplicationDetail = hook(
        &me.r,
        &format!("/__sim/applications/{seeded}/status"),
        json!({"status":"UNDER_REVIEW"}),
    )
    .await
    .expect(StatusCode::OK)
    .json();
    assert_eq!(moved.summary.status, ApplicationStatus::UnderReview);
    assert_eq!(moved.history.len(), 2);
}

// ---- CORS -----------------------------------------------------------------------------------

#[tokio::test]
async fn cors_only_for_allowed_origins_and_faults_still_apply() {
    let allowed = "http://localhost:3000";
    let st = fresh_with(vec![allowed.to_string()]);
    let r = app(st.clone());
    let req = |method: Method, uri: &str, origin: &str| {
        Request::builder()
            .method(method)
            .uri(uri)
            .header(header::ORIGIN, origin)
            .header("access-control-request-method", "POST")
            .body(Body::empty())
            .unwrap()
    };
    let pre = send(
        &r,
        req(Method::OPTIONS, "/api/portal/subscriptions", allowed),
    )
    .await
    .expect(StatusCode::NO_CONTENT);
    assert_eq!(
        pre.header("access-control-allow-origin").as_deref(),
        Some(allowed)
    );
    assert_eq!(
        pre.header("access-control-allow-credentials").as_deref(),
        Some("true")
    );
    assert_eq!(
        pre.header("access-control-allow-methods").as_deref(),
        Some("GET, POST, PUT, PATCH, DELETE")
    );
    assert_eq!(
        pre.header("access-control-allow-headers").as_deref(),
        Some("content-type, x-csrf-token, x-requested-with")
    );
    assert_eq!(pre.header("access-control-max-age").as_deref(), Some("600"));
    assert_eq!(pre.header("vary").as_deref(), Some("Origin"));

    let get = send(&r, req(Method::GET, "/api/portal/session", allowed))
        .await
        .expect(StatusCode::OK);
    assert_eq!(
        get.header("access-control-allow-origin").as_deref(),
        Some(allowed)
    );
    assert_eq!(
        get.header("access-control-allow-credentials").as_deref(),
        Some("true")
    );

    for evil in ["http://evil.example", "http://localhost:3001"] {
        let a = send(&r, req(Method::GET, "/api/portal/session", evil)).await;
        assert!(a.header("access-control-allow-origin").is_none());
        assert!(a.header("access-control-allow-credentials").is_none());
        let a = send(&r, req(Method::OPTIONS, "/api/portal/session", evil)).await;
        assert_ne!(a.status, StatusCode::NO_CONTENT);
        assert!(a.header("access-control-allow-origin").is_none());
    }

    // A fault answers the request, with the CORS headers so the app can read it; the
    // preflight of a faulted path is not faulted.
    send(
        &r,
        Request::builder()
            .method(Method::POST)
            .uri("/__sim/faults")
            .body(Body::from(r#"{"path":"/api/portal/","status":503}"#))
            .unwrap(),
    )
    .await
    .expect(StatusCode::CREATED);
    let f = send(&r, req(Method::GET, "/api/portal/session", allowed))
        .await
        .expect(StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        f.header("access-control-allow-origin").as_deref(),
        Some(allowed)
    );
    send(&r, req(Method::OPTIONS, "/api/portal/session", allowed))
        .await
        .expect(StatusCode::NO_CONTENT);
    // A change is faulted too, before the sign-in check.
    let c = Client::new(&st);
    c.post("/api/portal/subscriptions", json!({}))
        .await
        .expect(StatusCode::SERVICE_UNAVAILABLE);
}

// ---- persistence ----------------------------------------------------------------------------

#[tokio::test]
async fn everything_survives_a_restart_of_the_store() {
    let path = std::env::temp_dir().join(format!(
        "portal-sim-test-{}-{}.sqlite",
        std::process::id(),
        portal_sim::store::random_hex128()
    ));
    let ds = top_dataset(&shared());
    let (cookie, csrf, app_id, vote_id) = {
        let st = shared()
            .fork(Store::open(&path).unwrap(), Vec::new())
            .unwrap();
        let me = Client::signed_in(&st, 1).await;
        me.post(
            &format!("/api/portal/datasets/{ds}/comments"),
            json!({"text":"Сохранится после перезапуска"}),
        )
        .await
        .expect(StatusCode::CREATED);
        me.post(
            "/api/portal/subscriptions",
            json!({"kind":"dataset","target":ds,"channels":{"email":true}}),
        )
        .await
        .expect(StatusCode::CREATED);
        me.call(
            Method::PUT,
            "/api/portal/contacts/phone",
            Some(json!({"value":"+7 701 000 00 01"})),
        )
        .await
        .expect(StatusCode::OK);
        let vote_id = first_with(&st, ApplicationStatus::Submitted);
        me.call(
            Method::POST,
            &format!("/api/portal/applications/{vote_id}/vote"),
            None,
        )
        .await
        .expect(StatusCode::OK);
        let d: ApplicationDetail = me
            .post(
                "/api/portal/applications",
                json!({"category":st.seed.categories[1].id,"title":"Persisted","description":"Kept","lang":"en",
                       "otherOrganization":"KEGOC"}),
            )
            .await
            .expect(StatusCode::CREATED)
            .json();
        (me.cookie.clone(), me.csrf.clone(), d.summary.id, vote_id)
    };

    // "Restart": a new store on the same file; the old one is dropped.
    let st = shared()
        .fork(Store::open(&path).unwrap(), Vec::new())
        .unwrap();
    let me = Client {
        r: app(st.clone()),
        cookie,
        csrf,
    };
    let s: Session = me.get("/api/portal/session").await.json();
    assert_eq!(s.user.map(|u| u.id), Some(1), "the session survives");
    let page: CommentPage = me
        .get(&format!("/api/portal/datasets/{ds}/comments"))
        .await
        .json();
    let mine: Vec<_> = page.comments.iter().filter(|c| c.own).collect();
    assert_eq!(mine.len(), 1, "seed comments are not written twice either");
    assert_eq!(
        page.total_count as usize,
        accounts::comments(&st.seed)
            .iter()
            .filter(|c| c.dataset == ds)
            .count()
            + 1
    );
    let subs: SubscriptionList = me.get("/api/portal/subscriptions").await.json();
    assert_eq!(subs.subscriptions.len(), 1);
    let c: Contacts = me.get("/api/portal/contacts").await.json();
    assert_eq!(c.phone.unwrap().value, "+77010000001");
    let d: ApplicationDetail = me
        .get(&format!("/api/portal/applications/{vote_id}"))
        .await
        .json();
    assert!(d.summary.voted);
    let base = st
        .seed
        .applications
        .iter()
        .find(|a| a.id == vote_id)
        .unwrap()
        .votes;
    assert_eq!(d.summary.votes, base + 1);
    let d: ApplicationDetail = me
        .get(&format!("/api/portal/applications/{app_id}"))
        .await
        .json();
    assert_eq!(d.summary.title, "Persisted");
    me.post(
        &format!("/api/portal/datasets/{ds}/comments"),
        json!({"text":"И после перезапуска можно писать"}),
    )
    .await
    .expect(StatusCode::CREATED);
    drop(me);
    drop(st);

    // A database remembers its seed.
    let err = AppState::with_store(1, Store::open(&path).unwrap())
        .err()
        .expect("another seed is refused");
    assert!(err.contains("--seed"), "{err}");
    let _ = std::fs::remove_file(&path);
}
