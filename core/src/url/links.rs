//! Links: which hrefs from the API are safe to show, and an app path's language prefix.

use crate::lang::Lang;

/// The URL itself when it is an absolute `http(s)` link, else `None`: data from the API is
/// shown as a link only then (never `javascript:`, `data:` or relative tricks).
pub fn safe_href(url: &str) -> Option<&str> {
    let u = url.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && u.len() > lower.find("//").unwrap_or(0) + 2
        && !u.chars().any(|c| c.is_control() || c.is_whitespace());
    ok.then_some(u)
}

/// Replaces the language prefix of an app path (`/ru/datasets/x` → `/kk/datasets/x`), keeping
/// everything after it. A path without a valid prefix gets one.
pub fn switch_lang(path: &str, lang: Lang) -> String {
    let rest = path.trim_start_matches('/');
    let (first, tail) = rest.split_once('/').unwrap_or((rest, ""));
    if Lang::from_prefix(first).is_some() {
        format!("/{}/{}", lang.as_str(), tail)
    } else {
        format!("/{}/{}", lang.as_str(), rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switch_lang_keeps_the_rest() {
        assert_eq!(
            switch_lang("/ru/datasets/s_ats/data", Lang::Kk),
            "/kk/datasets/s_ats/data"
        );
        assert_eq!(switch_lang("/en/", Lang::Ru), "/ru/");
        assert_eq!(switch_lang("/en", Lang::Ru), "/ru/");
        assert_eq!(switch_lang("/", Lang::En), "/en/");
        assert_eq!(switch_lang("/xx/y", Lang::En), "/en/xx/y");
    }

    #[test]
    fn only_http_links_are_links() {
        assert_eq!(safe_href("https://meken.kz/"), Some("https://meken.kz/"));
        assert_eq!(safe_href(" HTTP://x.kz "), Some("HTTP://x.kz"));
        for bad in [
            "javascript:window.__pwned=1",
            "JaVaScRiPt:alert(1)",
            "data:text/html,x",
            "//evil.example",
            "/relative",
            "https://",
            "https://a b",
            "http://x\u{0}y",
            "",
        ] {
            assert_eq!(safe_href(bad), None, "{bad}");
        }
    }
}
