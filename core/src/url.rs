//! URL state: query strings in and out, the catalogue's view state, and language switching.
//! The URL is the state of every page, so this is where a copied link's meaning is defined.

use crate::lang::Lang;
use std::fmt::Write;

/// Percent-encodes a query component (everything but RFC 3986 unreserved characters).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// Decodes a query component: `+` is a space, `%XX` a byte; invalid escapes are kept literally
/// and invalid UTF-8 is replaced, so a hand-edited link never breaks the page.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = std::str::from_utf8(&b[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(v) => {
                        out.push(v);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Splits `?a=1&b=x%20y` (leading `?` optional) into decoded pairs, in order.
pub fn parse_query(q: &str) -> Vec<(String, String)> {
    q.trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

/// Builds `?a=1&b=x%20y` from pairs, or an empty string when there are none.
pub fn build_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (k, v) in pairs {
        out.push(if out.is_empty() { '?' } else { '&' });
        out.push_str(&encode(k));
        out.push('=');
        out.push_str(&encode(v));
    }
    out
}

/// The query `q` with `key` set to `value` (every earlier occurrence removed; `None` or an
/// empty value removes it), other parameters kept in order: `?…` or an empty string.
pub fn set_param(q: &str, key: &str, value: Option<&str>) -> String {
    let pairs = parse_query(q);
    let value = value.filter(|v| !v.is_empty());
    build_query(
        pairs
            .iter()
            .filter(|(k, _)| k != key)
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .chain(value.map(|v| (key, v))),
    )
}

/// The value of `key` in the query `q` (the first, if repeated).
pub fn get_param(q: &str, key: &str) -> Option<String> {
    parse_query(q)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// `?a=1` from `a=1` or `?a=1`, and nothing from nothing: the router gives the query and the
/// fragment without their marks.
pub fn with_mark(mark: char, part: &str) -> String {
    let part = part.trim_start_matches(mark);
    if part.is_empty() {
        String::new()
    } else {
        format!("{mark}{part}")
    }
}

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

/// The catalogue's sort orders (`sort=` in the page URL and in the API).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    Relevance,
    Newest,
    Updated,
    Views,
    Downloads,
    Name,
}

impl Sort {
    pub const ALL: [Sort; 6] = [
        Sort::Relevance,
        Sort::Newest,
        Sort::Updated,
        Sort::Views,
        Sort::Downloads,
        Sort::Name,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Updated => "updated",
            Sort::Views => "views",
            Sort::Downloads => "downloads",
            Sort::Name => "name",
        }
    }
    pub fn parse(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// Longest search text: the app keeps this much of a URL's `text`, the API rejects more (400).
pub const MAX_QUERY_TEXT: usize = 500;

/// The catalogue page's state: `/{lang}/datasets?text=&category=&agency=&sort=&page=`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CatalogueQuery {
    pub text: String,
    pub categories: Vec<String>,
    pub agencies: Vec<String>,
    /// `None` = the default (relevance with text, newest without).
    pub sort: Option<Sort>,
    /// 1-based.
    pub page: u32,
}

impl CatalogueQuery {
    /// Reads the page URL's query. Unknown keys, a bad sort and a bad page are ignored (the link
    /// still opens, at the default), duplicates of a facet value are dropped.
    pub fn from_query(q: &str) -> Self {
        let mut s = CatalogueQuery {
            page: 1,
            ..Default::default()
        };
        for (k, v) in parse_query(q) {
            match k.as_str() {
                "text" => s.text = v.chars().take(MAX_QUERY_TEXT).collect(),
                "category" if !v.is_empty() && !s.categories.contains(&v) => s.categories.push(v),
                "agency" if !v.is_empty() && !s.agencies.contains(&v) => s.agencies.push(v),
                "sort" => s.sort = Sort::parse(&v),
                "page" => s.page = v.parse().ok().filter(|p| *p >= 1).unwrap_or(1),
                _ => {}
            }
        }
        s
    }

    /// The effective sort.
    pub fn effective_sort(&self) -> Sort {
        self.sort.unwrap_or(if self.text.trim().is_empty() {
            Sort::Newest
        } else {
            Sort::Relevance
        })
    }

    fn pairs(&self) -> Vec<(&str, String)> {
        let mut p = Vec::new();
        if !self.text.trim().is_empty() {
            p.push(("text", self.text.trim().to_string()));
        }
        p.extend(self.categories.iter().map(|c| ("category", c.clone())));
        p.extend(self.agencies.iter().map(|a| ("agency", a.clone())));
        if let Some(s) = self.sort {
            p.push(("sort", s.as_str().to_string()));
        }
        if self.page > 1 {
            p.push(("page", self.page.to_string()));
        }
        p
    }

    /// The page URL's query (`?text=…`), canonical: defaults are left out.
    pub fn to_query(&self) -> String {
        let p = self.pairs();
        build_query(p.iter().map(|(k, v)| (*k, v.as_str())))
    }

    /// The query for `GET /api/portal/datasets` in the UI language.
    pub fn to_api_query(&self, lang: Lang, size: u32) -> String {
        let mut p = self.pairs();
        p.retain(|(k, _)| *k != "page" && *k != "sort");
        p.push(("sort", self.effective_sort().as_str().to_string()));
        p.push(("page", self.page.max(1).to_string()));
        p.push(("size", size.to_string()));
        p.push(("lang", lang.as_str().to_string()));
        build_query(p.iter().map(|(k, v)| (*k, v.as_str())))
    }

    /// A copy with a filter changed: every change but paging returns to page 1.
    pub fn with_page(&self, page: u32) -> Self {
        CatalogueQuery {
            page: page.max(1),
            ..self.clone()
        }
    }

    /// A copy with one facet value toggled, back on page 1.
    pub fn toggled(&self, facet: Facet, id: &str) -> Self {
        let mut s = self.clone();
        let list = match facet {
            Facet::Category => &mut s.categories,
            Facet::Agency => &mut s.agencies,
        };
        if let Some(i) = list.iter().position(|x| x == id) {
            list.remove(i);
        } else {
            list.push(id.to_string());
        }
        s.page = 1;
        s
    }
}

/// The catalogue's facets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Category,
    Agency,
}

/// A list page's state for lists other than the catalogue (applications, apps): free text,
/// multi-valued filters from a fixed set of keys, a sort from a fixed set, and a page. Unknown
/// keys and values are dropped so a hand-edited link still opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListQuery {
    pub text: String,
    /// (key, selected values) for each filter key, in the order the page declared them.
    pub filters: Vec<(&'static str, Vec<String>)>,
    pub sort: Option<&'static str>,
    pub page: u32,
}

/// The unfiltered list, on its first page.
impl Default for ListQuery {
    fn default() -> Self {
        ListQuery {
            text: String::new(),
            filters: Vec::new(),
            sort: None,
            page: 1,
        }
    }
}

impl ListQuery {
    pub fn from_query(q: &str, filter_keys: &[&'static str], sorts: &[&'static str]) -> Self {
        let mut s = ListQuery {
            filters: filter_keys.iter().map(|k| (*k, Vec::new())).collect(),
            ..Default::default()
        };
        for (k, v) in parse_query(q) {
            match k.as_str() {
                "text" => s.text = v.chars().take(MAX_QUERY_TEXT).collect(),
                "sort" => s.sort = sorts.iter().copied().find(|x| *x == v),
                "page" => s.page = v.parse().ok().filter(|p| *p >= 1).unwrap_or(1),
                key => {
                    if let Some((_, vals)) = s.filters.iter_mut().find(|(fk, _)| *fk == key) {
                        if !v.is_empty() && !vals.contains(&v) {
                            vals.push(v);
                        }
                    }
                }
            }
        }
        s
    }

    /// The selected values of a filter.
    pub fn values(&self, key: &str) -> &[String] {
        self.filters
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_slice())
            .unwrap_or(&[])
    }

    fn pairs(&self) -> Vec<(&str, &str)> {
        let mut p = Vec::new();
        let text = self.text.trim();
        if !text.is_empty() {
            p.push(("text", text));
        }
        for (k, vals) in &self.filters {
            p.extend(vals.iter().map(|v| (*k, v.as_str())));
        }
        if let Some(s) = self.sort {
            p.push(("sort", s));
        }
        p
    }

    /// The page URL's query, canonical (defaults left out).
    pub fn to_query(&self) -> String {
        let page = self.page.to_string();
        let mut p = self.pairs();
        if self.page > 1 {
            p.push(("page", &page));
        }
        build_query(p)
    }

    /// The API query: the same filters plus page, size and (when set) sort.
    pub fn to_api_query(&self, size: u32) -> String {
        let (page, size) = (self.page.max(1).to_string(), size.to_string());
        let mut p = self.pairs();
        p.push(("page", &page));
        p.push(("size", &size));
        build_query(p)
    }

    /// A copy with one filter value toggled, back on page 1.
    pub fn toggled(&self, key: &str, value: &str) -> Self {
        let mut s = self.clone();
        if let Some((_, vals)) = s.filters.iter_mut().find(|(k, _)| *k == key) {
            match vals.iter().position(|v| v == value) {
                Some(i) => {
                    vals.remove(i);
                }
                None => vals.push(value.to_string()),
            }
        }
        s.page = 1;
        s
    }

    /// A copy on another page.
    pub fn with_page(&self, page: u32) -> Self {
        ListQuery {
            page: page.max(1),
            ..self.clone()
        }
    }

    /// A copy with another sort, back on page 1.
    pub fn with_sort(&self, sort: &'static str) -> Self {
        ListQuery {
            sort: Some(sort),
            page: 1,
            ..self.clone()
        }
    }
}

/// Number of pages for `total` items, at least 1 (an empty result still has page 1).
pub fn page_count(total: u64, size: u32) -> u32 {
    let size = u64::from(size.max(1));
    total.div_ceil(size).clamp(1, u64::from(u32::MAX)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_and_get_params() {
        assert_eq!(
            set_param("a=1&cpage=2&b=x%20y", "cpage", Some("3")),
            "?a=1&b=x%20y&cpage=3"
        );
        assert_eq!(set_param("?cpage=2", "cpage", None), "");
        assert_eq!(set_param("", "cpage", Some("")), "");
        assert_eq!(get_param("a=1&a=2", "a").as_deref(), Some("1"));
        assert_eq!(get_param("b=%D0%B0", "b").as_deref(), Some("а"));
        assert_eq!(get_param("b=1", "c"), None);
    }

    #[test]
    fn encode_decode_round_trip_unicode_and_reserved() {
        for s in [
            "мектеп білім",
            "a&b=c?d#e",
            "100%",
            "+plus",
            "qazaq tili: ә ғ",
        ] {
            assert_eq!(decode(&encode(s)), s);
        }
        assert_eq!(decode("a+b%20c"), "a b c");
        assert_eq!(decode("bad%zz%"), "bad%zz%");
        assert_eq!(decode("%D0"), "\u{FFFD}");
    }

    #[test]
    fn query_round_trip_keeps_order_and_repeats() {
        let q = CatalogueQuery {
            text: "школы Астаны".into(),
            categories: vec!["c1".into()],
            agencies: vec!["a1".into(), "a2".into()],
            sort: Some(Sort::Views),
            page: 3,
        };
        let s = q.to_query();
        assert_eq!(
            s,
            "?text=%D1%88%D0%BA%D0%BE%D0%BB%D1%8B%20%D0%90%D1%81%D1%82%D0%B0%D0%BD%D1%8B&category=c1&agency=a1&agency=a2&sort=views&page=3"
        );
        assert_eq!(CatalogueQuery::from_query(&s), q);
    }

    #[test]
    fn defaults_are_canonical_and_garbage_is_ignored() {
        let q = CatalogueQuery::from_query("?page=0&sort=best&agency=a&agency=a&foo=1&category=");
        assert_eq!(q.page, 1);
        assert_eq!(q.sort, None);
        assert_eq!(q.agencies, ["a"]);
        assert!(q.categories.is_empty());
        assert_eq!(q.to_query(), "?agency=a");
        assert_eq!(CatalogueQuery::from_query("").to_query(), "");
    }

    #[test]
    fn effective_sort_depends_on_text() {
        let mut q = CatalogueQuery::from_query("");
        assert_eq!(q.effective_sort(), Sort::Newest);
        q.text = "bilim".into();
        assert_eq!(q.effective_sort(), Sort::Relevance);
    }

    #[test]
    fn toggling_a_facet_returns_to_page_one() {
        let q = CatalogueQuery::from_query("?agency=a&page=4");
        let t = q.toggled(Facet::Agency, "b");
        assert_eq!(t.agencies, ["a", "b"]);
        assert_eq!(t.page, 1);
        assert!(t.toggled(Facet::Agency, "a").agencies == ["b"]);
    }

    #[test]
    fn api_query_always_has_sort_page_size_lang() {
        let q = CatalogueQuery::from_query("?category=c&page=2");
        assert_eq!(
            q.to_api_query(Lang::Ru, 20),
            "?category=c&sort=newest&page=2&size=20&lang=ru"
        );
    }

    #[test]
    fn overlong_text_is_cut() {
        let long = "ы".repeat(MAX_QUERY_TEXT + 50);
        let q = CatalogueQuery::from_query(&format!("?text={}", encode(&long)));
        assert_eq!(q.text.chars().count(), MAX_QUERY_TEXT);
    }

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

    #[test]
    fn marks_are_added_once() {
        assert_eq!(with_mark('?', "a=1"), "?a=1");
        assert_eq!(with_mark('?', "?a=1"), "?a=1");
        assert_eq!(with_mark('#', ""), "");
    }

    const KEYS: [&str; 2] = ["status", "category"];
    const SORTS: [&str; 2] = ["votes", "newest"];

    #[test]
    fn list_query_round_trip_and_garbage() {
        let q = ListQuery::from_query(
            "?text=bilim&status=UNDER_REVIEW&status=SUBMITTED&foo=1&sort=best&page=x&category=c",
            &KEYS,
            &SORTS,
        );
        assert_eq!(q.values("status"), ["UNDER_REVIEW", "SUBMITTED"]);
        assert_eq!(q.values("category"), ["c"]);
        assert_eq!(q.sort, None);
        assert_eq!(q.page, 1);
        let again = ListQuery::from_query(&q.to_query(), &KEYS, &SORTS);
        assert_eq!(again, q);
        assert_eq!(
            q.to_query(),
            "?text=bilim&status=UNDER_REVIEW&status=SUBMITTED&category=c"
        );
    }

    #[test]
    fn list_query_changes_reset_the_page() {
        let q = ListQuery::from_query("?status=A&page=3", &KEYS, &SORTS);
        assert_eq!(q.page, 3);
        assert_eq!(q.toggled("status", "A").to_query(), "");
        assert_eq!(q.with_sort("newest").to_query(), "?status=A&sort=newest");
        assert_eq!(q.with_page(5).to_api_query(20), "?status=A&page=5&size=20");
    }

    #[test]
    fn page_count_is_at_least_one() {
        assert_eq!(page_count(0, 20), 1);
        assert_eq!(page_count(20, 20), 1);
        assert_eq!(page_count(21, 20), 2);
        assert_eq!(page_count(1_000_000, 0), 1_000_000);
    }
}
