//! The Data tab's state in the page URL (`/{lang}/datasets/{index}/data?…`): reading and
//! writing the query, and the copies that its links and controls make.

use super::filter::{ColumnFilter, FilterKind};
use super::plan::{forward_from, MAX_FROM};
use crate::source::Order;
use crate::url::{build_query, parse_query};

/// The page sizes the Data tab offers; anything else in a URL means the default.
pub const SIZES: [u32; 3] = [20, 50, 100];
pub const DEFAULT_SIZE: u32 = 20;
/// Longest value kept from the URL (filter text, bounds, cursors, `q`), in characters.
pub const MAX_VALUE: usize = 500;
/// Longest field name accepted (field names are `[A-Za-z0-9_]{1,64}`).
pub const MAX_FIELD: usize = 64;
/// At most this many column filters are read from a URL; more are ignored.
pub const MAX_FILTERS: usize = 32;

/// The Data tab's state. Lives in the page URL; see [`DataView::from_query`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataView {
    /// `version=v3`; `None` = the latest version.
    pub version: Option<String>,
    /// `size=`: one of [`SIZES`].
    pub size: u32,
    /// `sort=field` (ascending) or `sort=-field` (descending); `None` = by the pk.
    pub sort: Option<(String, Order)>,
    /// Per-column filters, at most one per field, ordered by field name (canonical URLs).
    pub filters: Vec<ColumnFilter>,
    /// `q=`: free text searched over the whole row.
    pub q: String,
    /// `page=`: 1-based.
    pub page: u32,
    /// `after=`: pk of the last row of the previous page (set by "next" on deep pages).
    pub after: Option<String>,
    /// `before=`: pk of the first row of the next page (set by "previous" on deep pages).
    pub before: Option<String>,
}

impl Default for DataView {
    fn default() -> Self {
        DataView {
            version: None,
            size: DEFAULT_SIZE,
            sort: None,
            filters: Vec::new(),
            q: String::new(),
            page: 1,
            after: None,
            before: None,
        }
    }
}

impl DataView {
    /// Reads the page URL's query. Lenient, so a hand-edited link still opens: unknown keys,
    /// bad values and field names that are not `[A-Za-z0-9_]{1,64}` are ignored, values are cut
    /// to [`MAX_VALUE`] characters and trimmed, blank ones are dropped. For single-valued keys
    /// (and for the filter of one field) the last occurrence wins. `after` wins over `before`.
    pub fn from_query(query: &str) -> Self {
        let mut s = DataView::default();
        for (k, v) in parse_query(query) {
            let v = clean(&v);
            match (k.as_str(), v) {
                ("version", v) => s.version = v.filter(|v| is_ident(v)),
                ("size", v) => s.size = parse_size(v.as_deref()),
                ("sort", v) => s.sort = v.as_deref().and_then(parse_sort),
                ("q", v) => s.q = v.unwrap_or_default(),
                ("page", v) => s.page = v.and_then(|p| p.parse().ok()).unwrap_or(1).max(1),
                ("after", v) => s.after = v,
                ("before", v) => s.before = v,
                (key, v) => s.read_filter(key, v),
            }
        }
        s.filters.sort_by(|a, b| a.field.cmp(&b.field));
        if s.after.is_some() {
            s.before = None;
        }
        s
    }

    /// `f.x`, `from.x`, `to.x`. A text key replaces a range filter of the same field and vice
    /// versa (one filter per column); `from.`/`to.` of one field merge.
    fn read_filter(&mut self, key: &str, v: Option<String>) {
        let Some((prefix, field)) = key.split_once('.') else {
            return;
        };
        if !matches!(prefix, "f" | "from" | "to") || !is_ident(field) {
            return;
        }
        let at = self.filters.iter().position(|f| f.field == field);
        if at.is_none() && (v.is_none() || self.filters.len() >= MAX_FILTERS) {
            return;
        }
        let mut kind = at.map(|i| self.filters.remove(i).kind);
        match prefix {
            "f" => kind = v.map(FilterKind::Text),
            _ => {
                let (mut from, mut to) = match kind {
                    Some(FilterKind::Range { from, to }) => (from, to),
                    _ => (None, None),
                };
                if prefix == "from" {
                    from = v;
                } else {
                    to = v;
                }
                kind = (from.is_some() || to.is_some()).then_some(FilterKind::Range { from, to });
            }
        }
        if let Some(kind) = kind {
            self.filters.push(ColumnFilter {
                field: field.to_string(),
                kind,
            });
        }
    }

    /// The page URL's query (`?version=v3&q=…`), canonical: defaults left out, keys in a fixed
    /// order (version, q, filters by field name, sort, size, page, after/before).
    pub fn to_query(&self) -> String {
        let mut p: Vec<(String, String)> = Vec::new();
        if let Some(v) = &self.version {
            p.push(("version".into(), v.clone()));
        }
        if !self.q.trim().is_empty() {
            p.push(("q".into(), self.q.trim().to_string()));
        }
        let mut filters: Vec<&ColumnFilter> = self.filters.iter().collect();
        filters.sort_by(|a, b| a.field.cmp(&b.field));
        for f in filters {
            match &f.kind {
                FilterKind::Text(t) => p.push((format!("f.{}", f.field), t.clone())),
                FilterKind::Range { from, to } => {
                    if let Some(x) = from {
                        p.push((format!("from.{}", f.field), x.clone()));
                    }
                    if let Some(x) = to {
                        p.push((format!("to.{}", f.field), x.clone()));
                    }
                }
            }
        }
        if let Some((field, order)) = &self.sort {
            let sign = if *order == Order::Desc { "-" } else { "" };
            p.push(("sort".into(), format!("{sign}{field}")));
        }
        if self.size != DEFAULT_SIZE && SIZES.contains(&self.size) {
            p.push(("size".into(), self.size.to_string()));
        }
        if self.page > 1 {
            p.push(("page".into(), self.page.to_string()));
        }
        if let Some(a) = &self.after {
            p.push(("after".into(), a.clone()));
        } else if let Some(b) = &self.before {
            p.push(("before".into(), b.clone()));
        }
        build_query(p.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// A copy on another page, without a cursor (a jump, not a next/previous step).
    pub fn with_page(&self, page: u32) -> Self {
        DataView {
            page: page.max(1),
            after: None,
            before: None,
            ..self.clone()
        }
    }

    /// The "next" link: the following page, with `after` = the pk of the last row shown when
    /// that page is beyond [`MAX_FROM`] (so it can be read with a cursor).
    pub fn next_page(&self, last_row_pk: Option<&str>) -> Self {
        let mut s = self.with_page(self.page.saturating_add(1));
        if s.is_deep() {
            s.after = last_row_pk.and_then(clean);
        }
        s
    }

    /// The "previous" link: the page before, with `before` = the pk of the first row shown
    /// when that page is beyond [`MAX_FROM`].
    pub fn prev_page(&self, first_row_pk: Option<&str>) -> Self {
        let mut s = self.with_page(self.page.saturating_sub(1));
        if s.is_deep() {
            s.before = first_row_pk.and_then(clean);
        }
        s
    }

    /// A copy with another sort (`None` = by the pk), back on page 1. A bad field name is
    /// ignored (the sort is then the default).
    pub fn with_sort(&self, sort: Option<(String, Order)>) -> Self {
        DataView {
            sort: sort.filter(|(f, _)| is_ident(f)),
            ..self.with_page(1)
        }
    }

    /// A column header click: ascending, then descending, then back to the default.
    pub fn cycle_sort(&self, field: &str) -> Self {
        let next = match &self.sort {
            Some((f, Order::Asc)) if f == field => Some((field.to_string(), Order::Desc)),
            Some((f, Order::Desc)) if f == field => None,
            _ => Some((field.to_string(), Order::Asc)),
        };
        self.with_sort(next)
    }

    /// A copy with the filter of `filter.field` set (replacing any), back on page 1. A filter
    /// with nothing to filter on (blank text, no bounds) removes the column's filter; a bad
    /// field name changes nothing but the page.
    pub fn with_filter(&self, filter: ColumnFilter) -> Self {
        let mut s = self.without_filter(&filter.field);
        if let Some(f) = filter.cleaned() {
            if s.filters.len() < MAX_FILTERS {
                let at = s.filters.partition_point(|x| x.field < f.field);
                s.filters.insert(at, f);
            }
        }
        s
    }

    /// A copy without the filter of `field`, back on page 1.
    pub fn without_filter(&self, field: &str) -> Self {
        let mut s = self.with_page(1);
        s.filters.retain(|f| f.field != field);
        s
    }

    /// A copy with another free text, back on page 1.
    pub fn with_q(&self, q: &str) -> Self {
        DataView {
            q: clean(q).unwrap_or_default(),
            ..self.with_page(1)
        }
    }

    /// A copy with another page size (not one of [`SIZES`] → the default), back on page 1.
    pub fn with_size(&self, size: u32) -> Self {
        DataView {
            size: if SIZES.contains(&size) {
                size
            } else {
                DEFAULT_SIZE
            },
            ..self.with_page(1)
        }
    }

    /// A copy on another version (`None` = latest), back on page 1. Filters and sort are kept;
    /// [`DataView::plan`] ignores those on fields the version does not have.
    pub fn with_version(&self, version: Option<&str>) -> Self {
        DataView {
            version: version.filter(|v| is_ident(v)).map(str::to_string),
            ..self.with_page(1)
        }
    }

    /// A copy with no filters and no free text, back on page 1.
    pub fn cleared(&self) -> Self {
        DataView {
            filters: Vec::new(),
            q: String::new(),
            ..self.with_page(1)
        }
    }

    /// Whether any filter or free text restricts the rows.
    pub fn is_filtered(&self) -> bool {
        !self.filters.is_empty() || !self.q.trim().is_empty()
    }

    /// The valid page size (a struct literal may hold anything).
    pub(super) fn page_size(&self) -> u64 {
        u64::from(if SIZES.contains(&self.size) {
            self.size
        } else {
            DEFAULT_SIZE
        })
    }

    /// Whether this page's `from` is past [`MAX_FROM`].
    pub(super) fn is_deep(&self) -> bool {
        forward_from(self.page, self.page_size()) > MAX_FROM
    }
}

/// `[A-Za-z0-9_]{1,64}`: what a portal field name (or a version) looks like. Anything else in
/// a URL is ignored, so it never reaches a `source`.
pub(super) fn is_ident(s: &str) -> bool {
    (1..=MAX_FIELD).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Cut to [`MAX_VALUE`] characters and trimmed; `None` when blank.
pub(super) fn clean(v: &str) -> Option<String> {
    let cut: String = v.chars().take(MAX_VALUE).collect();
    let t = cut.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn parse_size(v: Option<&str>) -> u32 {
    v.and_then(|s| s.parse().ok())
        .filter(|n| SIZES.contains(n))
        .unwrap_or(DEFAULT_SIZE)
}

fn parse_sort(v: &str) -> Option<(String, Order)> {
    let (field, order) = match v.strip_prefix('-') {
        Some(f) => (f, Order::Desc),
        None => (v, Order::Asc),
    };
    is_ident(field).then(|| (field.to_string(), order))
}

#[cfg(test)]
mod tests;
