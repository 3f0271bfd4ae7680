//! The catalogue page's state: text, facets, sort and page, in the page URL and the API query.

use super::{build_query, parse_query, MAX_QUERY_TEXT};
use crate::lang::Lang;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::encode;

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
}
