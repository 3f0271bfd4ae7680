//! The state of the list pages other than the catalogue (applications, apps), and paging.

use super::{build_query, parse_query, MAX_QUERY_TEXT};

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
