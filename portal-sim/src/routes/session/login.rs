//! The sign-in page, signing in and out, the session endpoint and ending every session.

use super::{store_error, user, Changer, Viewer, COOKIE, LOGIN_PATH};
use crate::routes::{json, St};
use crate::seed::accounts::{account_name, accounts_count, PICKABLE_ACCOUNTS};
use axum::body::{to_bytes, Body};
use axum::extract::{Extension, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use opendata_core::account::Session;

fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn html(status: StatusCode, title: &str, body: &str) -> Response {
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <link rel=\"icon\" href=\"data:,\">\n<title>{title}</title>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    );
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        page,
    )
        .into_response()
}

fn return_param(raw: Option<&str>) -> String {
    form_urlencoded::parse(raw.unwrap_or("").as_bytes())
        .find(|(k, _)| k == "return")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| "/".to_string())
}

/// `GET /api/portal/login?return=URL`: one button per pickable account, and any account by
/// number. Plain HTML: no script, no style, so it passes a strict CSP.
pub async fn login_page(RawQuery(raw): RawQuery) -> Response {
    let ret = escape_html(&return_param(raw.as_deref()));
    let max = accounts_count();
    let mut buttons = String::new();
    for id in 1..=PICKABLE_ACCOUNTS {
        let name = escape_html(account_name(id).unwrap_or("?"));
        buttons.push_str(&format!(
            "<li><button type=\"submit\" name=\"user\" value=\"{id}\">{name}</button></li>\n"
        ));
    }
    let body = format!(
        "<h1>Вход на портал / Sign in</h1>\n\
         <p>Это заглушка eGov IDP для разработки: выберите учётную запись, пароль не нужен. \
         / This is a development stand-in for eGov IDP: pick an account, no password needed.</p>\n\
         <form method=\"post\" action=\"{LOGIN_PATH}\">\n\
         <input type=\"hidden\" name=\"return\" value=\"{ret}\">\n\
         <ul>\n{buttons}</ul>\n</form>\n\
         <form method=\"post\" action=\"{LOGIN_PATH}\">\n\
         <input type=\"hidden\" name=\"return\" value=\"{ret}\">\n\
         <p><label for=\"other-user\">Другой номер учётной записи / Other account number</label>\n\
         <input id=\"other-user\" type=\"number\" name=\"user\" min=\"1\" max=\"{max}\" required>\n\
         <button type=\"submit\">Войти / Sign in</button></p>\n</form>\n"
    );
    html(StatusCode::OK, "Вход на портал / Sign in", &body)
}

/// The origin (`scheme://authority`, lower case) of an absolute http(s) URL.
fn origin_of(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    let scheme = ["http://", "https://"]
        .into_iter()
        .find(|s| lower.starts_with(s))?;
    let rest = &lower[scheme.len()..];
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    // No user info (`https://allowed@evil`) and nothing browsers would read differently.
    if authority.is_empty() || authority.contains(['@', '\\']) {
        return None;
    }
    Some(format!("{scheme}{authority}"))
}

/// Where to send the browser after sign-in: `ret` if it is a local path or on an allowed
/// origin (or this server's own), else `/`. Anything a browser could read as another host
/// (`//evil`, `/\evil`, control characters) is refused.
pub fn safe_return(ret: &str, host: Option<&str>, allowed: &[String]) -> String {
    if ret.chars().any(|c| c.is_control() || c == '\\') {
        return "/".to_string();
    }
    if ret.starts_with('/') && !ret.starts_with("//") {
        return ret.to_string();
    }
    if let Some(o) = origin_of(ret) {
        let own = host.is_some_and(|h| {
            let h = h.to_ascii_lowercase();
            o == format!("http://{h}") || o == format!("https://{h}")
        });
        let listed = allowed
            .iter()
            .any(|a| a.trim_end_matches('/').eq_ignore_ascii_case(&o));
        if own || listed {
            return ret.to_string();
        }
    }
    "/".to_string()
}

/// Percent-encodes what a `Location` header cannot carry (non-ASCII, spaces).
fn location(url: &str) -> HeaderValue {
    let mut out = String::with_capacity(url.len());
    for b in url.bytes() {
        if b.is_ascii_graphic() {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    HeaderValue::from_str(&out).unwrap_or_else(|_| HeaderValue::from_static("/"))
}

fn session_cookie(token: &str, expire: bool) -> HeaderValue {
    let tail = if expire { "; Max-Age=0" } else { "" };
    HeaderValue::from_str(&format!(
        "{COOKIE}={token}; HttpOnly; SameSite=Lax; Path=/{tail}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("portal_session=; Path=/"))
}

/// `POST /api/portal/login` (form `user`, `return`): a session cookie and 303 to `return`.
pub async fn login(
    State(st): State<St>,
    Extension(viewer): Extension<Viewer>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let bytes = to_bytes(body, 64 * 1024).await.unwrap_or_default();
    let form: Vec<(String, String)> = form_urlencoded::parse(&bytes)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let value = |key: &str| {
        form.iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim().to_string())
    };
    let ret = value("return").unwrap_or_else(|| "/".to_string());
    let user = value("user").unwrap_or_default();
    let Some(id) = user
        .parse::<u64>()
        .ok()
        .filter(|&id| account_name(id).is_some())
    else {
        let back = format!(
            "{LOGIN_PATH}?return={}",
            form_urlencoded::byte_serialize(ret.as_bytes()).collect::<String>()
        );
        let body = format!(
            "<h1>Неизвестная учётная запись / Unknown account</h1>\n\
             <p>Учётной записи «{}» нет: есть номера от 1 до {}. / There is no account {:?}: \
             numbers go from 1 to {}.</p>\n<p><a href=\"{}\">Назад ко входу / Back to sign-in</a></p>\n",
            escape_html(&user),
            accounts_count(),
            escape_html(&user),
            accounts_count(),
            escape_html(&back)
        );
        return html(
            StatusCode::BAD_REQUEST,
            "Неизвестная учётная запись / Unknown account",
            &body,
        );
    };
    // A new sign-in replaces the browser's old session.
    if let Some(old) = &viewer.0 {
        if let Err(e) = st.store.delete_session(&old.token) {
            return store_error(e);
        }
    }
    let (token, _) = match st.store.create_session(id) {
        Ok(t) => t,
        Err(e) => return store_error(e),
    };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let target = safe_return(&ret, host, &st.allowed_origins);
    let mut resp = StatusCode::SEE_OTHER.into_response();
    resp.headers_mut()
        .insert(header::LOCATION, location(&target));
    resp.headers_mut()
        .insert(header::SET_COOKIE, session_cookie(&token, false));
    resp
}

/// `GET /api/portal/session`: never 401; signed out is `{"user":null,"csrfToken":null}`.
pub async fn session(Extension(viewer): Extension<Viewer>, RawQuery(raw): RawQuery) -> Response {
    let q = crate::routes::QueryPairs::parse(raw.as_deref());
    let s = match &viewer.0 {
        Some(s) => Session {
            user: Some(user(s.user_id)),
            csrf_token: Some(s.csrf.clone()),
        },
        None => Session::default(),
    };
    json(StatusCode::OK, &s, q.pretty())
}

/// `POST /api/portal/logout`: ends the session and expires the cookie.
pub async fn logout(State(st): State<St>, Changer(s): Changer) -> Response {
    if let Err(e) = st.store.delete_session(&s.token) {
        return store_error(e);
    }
    let mut resp = StatusCode::NO_CONTENT.into_response();
    resp.headers_mut()
        .insert(header::SET_COOKIE, session_cookie("", true));
    resp
}

/// `DELETE /__sim/sessions` (stand-in only): every session ends, as if they had expired.
pub async fn expire_all(State(st): State<St>) -> Response {
    match st.store.expire_sessions() {
        Ok(n) => json(StatusCode::OK, &serde_json::json!({ "expired": n }), false),
        Err(e) => store_error(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn return_rules() {
        let allowed = vec!["http://localhost:3000".to_string()];
        let host = Some("127.0.0.1:8090");
        let r = |u: &str| safe_return(u, host, &allowed);
        assert_eq!(r("/ru/datasets?x=1"), "/ru/datasets?x=1");
        assert_eq!(r("//evil.example/x"), "/");
        assert_eq!(r("/\\evil.example"), "/");
        assert_eq!(r("/\t/evil.example"), "/");
        assert_eq!(r("http://localhost:3000/kk"), "http://localhost:3000/kk");
        assert_eq!(r("HTTP://LOCALHOST:3000"), "HTTP://LOCALHOST:3000");
        assert_eq!(r("http://localhost:3000@evil.example/"), "/");
        assert_eq!(r("http://localhost:30001/"), "/");
        assert_eq!(r("https://evil.example/"), "/");
        assert_eq!(r("http://127.0.0.1:8090/x"), "http://127.0.0.1:8090/x");
        assert_eq!(r("javascript:alert(1)"), "/");
        assert_eq!(r(""), "/");
    }
}
