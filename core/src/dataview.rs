//! The dataset page's Data tab: its state in the page URL (`/{lang}/datasets/{index}/data?…`),
//! the `source` that fetches one page of rows, the API snippets that reproduce it, and CSV
//! export.
//!
//! Paging is the delicate part. The real portal is Elasticsearch 1.x/2.x behind
//! `GET /api/v4?source=`: deep `from` offsets are slow and lose records (~900k), and
//! `search_after` is rejected. So [`DataView::plan`] only ever sends `from` ≤ [`MAX_FROM`]: the
//! tail of a dataset is read with the sort reversed, and pages in the middle with a `range`
//! cursor on the primary key. See [`DataView::plan`] for the rules.

use crate::source::{Order, Query, SortSpec, Source};
use crate::url::{build_query, encode, parse_query};
use crate::wire::Meta;
use serde_json::{Map, Value};

/// The deepest `from` the app sends. Past it, pages are read from the other end or through a
/// pk cursor (see [`DataView::plan`]).
pub const MAX_FROM: u64 = 10_000;
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

/// A filter on one column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnFilter {
    pub field: String,
    pub kind: FilterKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilterKind {
    /// `f.{field}=text`: full-text `match` on the column.
    Text(String),
    /// `from.{field}=` / `to.{field}=`: inclusive bounds, sent as given (numbers or dates).
    Range {
        from: Option<String>,
        to: Option<String>,
    },
}

impl ColumnFilter {
    pub fn text(field: impl Into<String>, text: impl Into<String>) -> Self {
        ColumnFilter {
            field: field.into(),
            kind: FilterKind::Text(text.into()),
        }
    }

    pub fn range(field: impl Into<String>, from: Option<&str>, to: Option<&str>) -> Self {
        ColumnFilter {
            field: field.into(),
            kind: FilterKind::Range {
                from: from.map(str::to_string),
                to: to.map(str::to_string),
            },
        }
    }

    /// Trimmed, capped values; `None` when nothing is left to filter on or the field name is bad.
    fn cleaned(&self) -> Option<ColumnFilter> {
        if !is_ident(&self.field) {
            return None;
        }
        let kind = match &self.kind {
            FilterKind::Text(t) => FilterKind::Text(clean(t)?),
            FilterKind::Range { from, to } => {
                let (from, to) = (from.as_deref().and_then(clean), to.as_deref().and_then(clean));
                if from.is_none() && to.is_none() {
                    return None;
                }
                FilterKind::Range { from, to }
            }
        };
        Some(ColumnFilter {
            field: self.field.clone(),
            kind,
        })
    }

    /// The query clause: `match` for text, `range` gte/lte for bounds.
    fn to_query(&self) -> Query {
        match &self.kind {
            FilterKind::Text(t) => Query::matches(self.field.as_str(), t.as_str()),
            FilterKind::Range { from, to } => Query::Range {
                field: self.field.clone(),
                gt: None,
                gte: from.clone().map(Value::String),
                lt: None,
                lte: to.clone().map(Value::String),
            },
        }
    }
}

/// A field's declared type, from the `type` of `/meta` (`String`, `Int`, `Double`, `Date`,
/// `Datetime`, `Boolean`; anything else is text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    Int,
    Double,
    Date,
    Datetime,
    Boolean,
}

impl FieldKind {
    pub fn parse(s: &str) -> FieldKind {
        match s {
            "Int" => FieldKind::Int,
            "Double" => FieldKind::Double,
            "Date" => FieldKind::Date,
            "Datetime" => FieldKind::Datetime,
            "Boolean" => FieldKind::Boolean,
            _ => FieldKind::Text,
        }
    }

    /// Whether the column gets a from/to filter rather than a text box.
    pub fn is_ranged(self) -> bool {
        matches!(
            self,
            FieldKind::Int | FieldKind::Double | FieldKind::Date | FieldKind::Datetime
        )
    }
}

/// What the planner needs to know about a column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldInfo {
    pub name: String,
    pub kind: FieldKind,
    pub pk: bool,
}

impl FieldInfo {
    pub fn new(name: impl Into<String>, kind: FieldKind, pk: bool) -> Self {
        FieldInfo {
            name: name.into(),
            kind,
            pk,
        }
    }

    /// The columns of a `/meta` answer, in column order.
    pub fn from_meta(meta: &Meta) -> Vec<FieldInfo> {
        meta.fields
            .iter()
            .map(|(name, f)| FieldInfo::new(name, FieldKind::parse(&f.kind), f.pk))
            .collect()
    }
}

/// How to fetch one page of the Data tab.
#[derive(Clone, Debug, PartialEq)]
pub struct PagePlan {
    /// The `source` to send to `/api/detailed` (or `/api/v4`).
    pub source: Source,
    /// The rows come back in reverse display order: the client must reverse them.
    pub reverse: bool,
    /// `false` when the requested page is unreachable and a nearby one was planned instead
    /// (the UI says so and shows [`PagePlan::page`]).
    pub exact_page: bool,
    /// The page these rows are: the requested one, or the one it was clamped to.
    pub page: u32,
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
    fn page_size(&self) -> u64 {
        u64::from(if SIZES.contains(&self.size) {
            self.size
        } else {
            DEFAULT_SIZE
        })
    }

    /// Whether this page's `from` is past [`MAX_FROM`].
    fn is_deep(&self) -> bool {
        forward_from(self.page, self.page_size()) > MAX_FROM
    }

    /// The filter part of the request, on the columns `fields` has:
    /// - each column filter → `match` (text) or `range` with `gte`/`lte` (bounds as given);
    /// - `q` → `query_string` over all fields, its words AND'ed (see [`query_string_text`]);
    /// - all of them under `bool.must` (`bool.filter` does not exist in ES 1.x);
    /// - nothing to filter on → no query at all (every record).
    ///
    /// Filters on fields the dataset does not have are ignored (a stale link must not 400).
    pub fn query(&self, fields: &[FieldInfo]) -> Option<Query> {
        let mut must = self.clauses(fields);
        match must.len() {
            0 => None,
            1 => must.pop(),
            _ => Some(Query::all_of(must)),
        }
    }

    fn clauses(&self, fields: &[FieldInfo]) -> Vec<Query> {
        let mut must: Vec<Query> = self
            .filters
            .iter()
            .filter(|f| fields.iter().any(|x| x.name == f.field))
            .filter_map(ColumnFilter::cleaned)
            .map(|f| f.to_query())
            .collect();
        let q = query_string_text(&self.q);
        if !q.is_empty() {
            must.push(Query::QueryString {
                query: q,
                fields: None,
            });
        }
        must
    }

    /// The sort keys in display order:
    /// - the chosen sort, if the dataset has that field, then the pk ascending as a tie-breaker
    ///   (unless the chosen field is the pk), so that paging is stable;
    /// - else the pk ascending;
    /// - else (no pk, no valid choice) nothing: the portal's natural order.
    pub fn sort_keys(&self, fields: &[FieldInfo]) -> Vec<SortSpec> {
        let pk = pk_of(fields);
        let chosen = self
            .sort
            .as_ref()
            .filter(|(f, _)| fields.iter().any(|x| &x.name == f));
        let mut keys = Vec::new();
        if let Some((f, order)) = chosen {
            keys.push(SortSpec {
                field: f.clone(),
                order: *order,
            });
        }
        if let Some(pk) = pk {
            if chosen.is_none_or(|(f, _)| f != pk) {
                keys.push(SortSpec {
                    field: pk.to_string(),
                    order: Order::Asc,
                });
            }
        }
        keys
    }

    /// Plans the request for the current page. `fields` are the version's columns (from
    /// `/meta`), `total` the number of matching rows if known (`totalCount` of an earlier
    /// answer for the same filters). With `n = size` and `p = page`, the rules, first match wins:
    ///
    /// 0. **Past the end.** With a known `total`, a page after the last is clamped to the last
    ///    (`exact_page: false`).
    /// 1. **Shallow page.** `from = (p-1)·n ≤ MAX_FROM`: the plain `from`/`size` request.
    /// 2. **Tail page.** With a known `total` and a sort that ends in the pk (a total order,
    ///    so the reversed sort is the exact mirror): when the page lies in the last
    ///    `MAX_FROM + n` rows, every sort key is reversed and `from = total - p·n` (clamped at
    ///    0) with `size` cut to what the page really holds (a partial last page);
    ///    `reverse: true`. The last page of the 1,000,000-row `gbd_ul` costs as much as the
    ///    first. Caveat: ES puts missing values last in both directions, so under a sort on a
    ///    non-pk column with empty cells the tail pages shift by the number of empty cells.
    /// 3. **Cursor.** When the sort is the pk alone (chosen or default) and the URL carries a
    ///    cursor: `after` → `range pk gt after` (`lt` for a descending pk sort) with `from: 0`;
    ///    `before` → `range pk lt before` (`gt` when descending) with the sort reversed,
    ///    `from: 0` and `reverse: true`. The cursor is combined with the filters under
    ///    `bool.must`.
    /// 4. **Unreachable.** Otherwise (a deep page with no cursor, or a non-pk sort) the nearest
    ///    page that rule 1 or 2 can read is planned instead, with `exact_page: false`: the
    ///    deepest shallow page, or the first tail page when that is closer.
    pub fn plan(&self, fields: &[FieldInfo], total: Option<u64>) -> PagePlan {
        let n = self.page_size();
        let sort = self.sort_keys(fields);
        let pk = pk_of(fields);
        // Reversing is an exact mirror only when the sort is a total order, i.e. ends in the pk.
        let total_order = pk.is_some() && !sort.is_empty();
        let mut page = self.page.max(1);
        let mut exact = true;

        // Rule 0.
        if let Some(t) = total {
            let last = pages(t, n);
            if page > last {
                page = last;
                exact = false;
            }
        }
        let base = || Source {
            query: self.query(fields),
            sort: sort.clone(),
            ..Source::default()
        };
        let fwd = |page: u32| -> Source {
            let mut s = base();
            s.from = Some(forward_from(page, n));
            s.size = Some(n);
            s
        };
        // `Some(plan)` when rule 2 applies to `page`.
        let tail = |page: u32| -> Option<(Source, bool)> {
            let t = total?;
            if !total_order {
                return None;
            }
            let first = forward_from(page, n);
            let end = u64::from(page).saturating_mul(n).min(t);
            let rev_from = t.saturating_sub(end);
            if first >= t || rev_from > MAX_FROM {
                return None;
            }
            let mut s = base();
            s.sort = reversed(&sort);
            s.from = Some(rev_from);
            s.size = Some(end - first);
            Some((s, true))
        };

        // Rule 1.
        if forward_from(page, n) <= MAX_FROM {
            return plan(fwd(page), false, exact, page);
        }
        // Rule 2.
        if let Some((s, rev)) = tail(page) {
            return plan(s, rev, exact, page);
        }
        // Rule 3.
        let cursor = match (&self.after, &self.before) {
            (Some(a), _) => Some((a.as_str(), false)),
            (None, Some(b)) => Some((b.as_str(), true)),
            _ => None,
        };
        if let Some((value, backwards)) = cursor {
            if let Some(s) = self.cursor_source(fields, value, backwards, n) {
                return plan(s, backwards, exact, page);
            }
        }
        // Rule 4: the deepest shallow page, or the first tail page if nearer.
        let shallow = u32::try_from(MAX_FROM / n + 1).unwrap_or(u32::MAX);
        let first_tail = total.filter(|_| total_order).map(|t| {
            let p = t.saturating_sub(MAX_FROM).div_ceil(n).max(1);
            u32::try_from(p).unwrap_or(u32::MAX)
        });
        if let Some(pt) = first_tail {
            if pt.abs_diff(page) < shallow.abs_diff(page) {
                if let Some((s, rev)) = tail(pt) {
                    return plan(s, rev, false, pt);
                }
            }
        }
        plan(fwd(shallow), false, false, shallow)
    }

    /// The `source` the API tab shows for this view: the filters and the display sort, with
    /// `from`/`size` of the current page. It reads in display order (never reversed), so that it
    /// is easy to adapt. On a deep page reached through an `after` cursor under a pk sort, it
    /// shows the cursor form (`range pk gt …`, `from: 0`), the way big datasets should be paged;
    /// other deep pages keep their plain `from`.
    pub fn api_source(&self, fields: &[FieldInfo]) -> Source {
        let n = self.page_size();
        let from = forward_from(self.page.max(1), n);
        let mut s = Source {
            from: Some(from),
            size: Some(n),
            sort: self.sort_keys(fields),
            fields: None,
            query: self.query(fields),
        };
        if from > MAX_FROM {
            if let Some(after) = &self.after {
                if let Some(c) = self.cursor_source(fields, after, false, n) {
                    s = c;
                }
            }
        }
        s
    }

    /// One chunk of an export of the filtered rows (see [`export_chunks`]), in display order.
    /// With `after` (the pk of the previous chunk's last row) and a pk sort, the chunk is read
    /// with a cursor and `from: 0`, which stays exact however deep the export goes; otherwise it
    /// is read with `from`.
    pub fn chunk_source(
        &self,
        fields: &[FieldInfo],
        from: u64,
        size: u64,
        after: Option<&str>,
    ) -> Source {
        let size = size.clamp(1, MAX_CHUNK);
        if let Some(s) = after.and_then(|a| self.cursor_source(fields, a, false, size)) {
            return s;
        }
        Source {
            from: Some(from),
            size: Some(size),
            sort: self.sort_keys(fields),
            fields: None,
            query: self.query(fields),
        }
    }

    /// The cursor request when the sort is the pk alone: rows beyond `value` in the display
    /// order (`range pk gt value` when ascending, `lt` when descending) with `from: 0`; with
    /// `backwards`, rows before it, read in the reversed order (the caller reverses them).
    fn cursor_source(
        &self,
        fields: &[FieldInfo],
        value: &str,
        backwards: bool,
        size: u64,
    ) -> Option<Source> {
        let pk = pk_of(fields)?;
        let sort = self.sort_keys(fields);
        let [only] = sort.as_slice() else {
            return None;
        };
        if only.field != pk || value.trim().is_empty() {
            return None;
        }
        let order = if backwards {
            flip(only.order)
        } else {
            only.order
        };
        // The bound is "beyond the cursor" in whichever order the request reads.
        let v = Some(Value::String(value.to_string()));
        let (gt, lt) = match order {
            Order::Asc => (v, None),
            Order::Desc => (None, v),
        };
        let mut must = self.clauses(fields);
        must.push(Query::Range {
            field: pk.to_string(),
            gt,
            gte: None,
            lt,
            lte: None,
        });
        let query = if must.len() == 1 {
            must.pop()
        } else {
            Some(Query::all_of(must))
        };
        Some(Source {
            from: Some(0),
            size: Some(size),
            sort: vec![SortSpec {
                field: pk.to_string(),
                order,
            }],
            fields: None,
            query,
        })
    }
}

fn plan(source: Source, reverse: bool, exact_page: bool, page: u32) -> PagePlan {
    PagePlan {
        source,
        reverse,
        exact_page,
        page,
    }
}

/// `(page-1)·size`, saturating.
fn forward_from(page: u32, size: u64) -> u64 {
    u64::from(page.max(1) - 1).saturating_mul(size)
}

/// Number of pages for `total` rows, at least 1.
fn pages(total: u64, size: u64) -> u32 {
    u32::try_from(total.div_ceil(size.max(1)).max(1)).unwrap_or(u32::MAX)
}

fn pk_of(fields: &[FieldInfo]) -> Option<&str> {
    fields.iter().find(|f| f.pk).map(|f| f.name.as_str())
}

fn flip(o: Order) -> Order {
    match o {
        Order::Asc => Order::Desc,
        Order::Desc => Order::Asc,
    }
}

fn reversed(sort: &[SortSpec]) -> Vec<SortSpec> {
    sort.iter()
        .map(|s| SortSpec {
            field: s.field.clone(),
            order: flip(s.order),
        })
        .collect()
}

/// `[A-Za-z0-9_]{1,64}`: what a portal field name (or a version) looks like. Anything else in
/// a URL is ignored, so it never reaches a `source`.
fn is_ident(s: &str) -> bool {
    (1..=MAX_FIELD).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Cut to [`MAX_VALUE`] characters and trimmed; `None` when blank.
fn clean(v: &str) -> Option<String> {
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

/// The `query_string` text for the free-text box: the user's words, all required.
///
/// The user types words, not Lucene syntax, and an unbalanced `"` or `(` is a 400 on the real
/// portal. So every Lucene special character (`+ - = & | > < ! ( ) { } [ ] ^ " ~ * ? : \ /`)
/// becomes a space (the analyser drops punctuation anyway), the operator words `AND`, `OR`,
/// `NOT` are lower-cased into plain words, and the words are joined with ` AND ` so that each
/// one narrows the rows. Empty when nothing is left.
pub fn query_string_text(q: &str) -> String {
    const SPECIAL: &str = "+-=&|><!(){}[]^\"~*?:\\/";
    let spaced: String = q
        .chars()
        .map(|c| {
            if SPECIAL.contains(c) || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    spaced
        .split_whitespace()
        .map(|w| match w {
            "AND" | "OR" | "NOT" => w.to_lowercase(),
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" AND ")
}

// ---------------------------------------------------------------------------------------------
// API snippets

/// `{api_base}/api/v4/{index}[/{version}]`, without a query. An empty version is the latest.
fn v4_endpoint(api_base: &str, index: &str, version: &str) -> String {
    let mut url = format!("{}/api/v4/{}", api_base.trim_end_matches('/'), encode(index));
    if !version.is_empty() {
        url.push('/');
        url.push_str(&encode(version));
    }
    url
}

/// The exact request: `GET {api_base}/api/v4/{index}/{version}?apiKey=…&source=…`, with the
/// compact `source` percent-encoded. An empty `version` asks for the latest.
pub fn v4_url(api_base: &str, index: &str, version: &str, api_key: &str, source: &Source) -> String {
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

/// A ready-to-run `curl` command (POSIX shell). `-G --data-urlencode` lets curl do the
/// encoding, so the JSON stays readable.
pub fn curl_snippet(
    api_base: &str,
    index: &str,
    version: &str,
    api_key: &str,
    source: &Source,
) -> String {
    format!(
        "curl -G {} \\\n  --data-urlencode {} \\\n  --data-urlencode {}\n",
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
        format!("JSON.stringify({})", pretty_source(source).replace('\n', "\n  "))
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
    let pad = |n: usize| " ".repeat(n * 4);
    match v {
        Value::Null => out.push_str("None"),
        Value::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => out.push_str(&str_lit(s)),
        Value::Array(a) if a.is_empty() => out.push_str("[]"),
        Value::Object(o) if o.is_empty() => out.push_str("{}"),
        Value::Array(a) => {
            out.push_str("[\n");
            for x in a {
                out.push_str(&pad(indent + 1));
                py_literal(x, indent + 1, out);
                out.push_str(",\n");
            }
            out.push_str(&pad(indent));
            out.push(']');
        }
        Value::Object(o) => {
            out.push_str("{\n");
            for (k, x) in o {
                out.push_str(&pad(indent + 1));
                out.push_str(&str_lit(k));
                out.push_str(": ");
                py_literal(x, indent + 1, out);
                out.push_str(",\n");
            }
            out.push_str(&pad(indent));
            out.push('}');
        }
    }
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

// ---------------------------------------------------------------------------------------------
// CSV export

/// Byte order mark to put before [`csv`] output so that Excel reads it as UTF-8 (Cyrillic
/// and Kazakh text otherwise turns into mojibake).
pub const CSV_BOM: &str = "\u{FEFF}";
/// The most rows one export downloads (the UI says so when the filtered set is larger): at a
/// few hundred bytes a row that is tens of megabytes, about what a browser tab handles well.
pub const EXPORT_LIMIT: u64 = 100_000;
/// Rows per export request: big enough to need few requests, small enough for each answer
/// to arrive in seconds.
pub const EXPORT_CHUNK: u64 = 5_000;
/// The largest `size` a request may carry (portal-sim rejects more; the portal times out).
pub const MAX_CHUNK: u64 = 10_000;
/// A hard cap on what [`export_chunks`] plans, whatever its arguments: the biggest dataset.
pub const EXPORT_HARD_LIMIT: u64 = 1_000_000;

/// RFC 4180 CSV: a header of `fields`, then one line per row with the values of those fields,
/// CRLF line ends. Strings go as they are, numbers and booleans as JSON prints them, `null`
/// and missing fields as empty cells, objects and arrays as compact JSON. See [`csv_cell`].
pub fn csv(fields: &[String], rows: &[Map<String, Value>]) -> String {
    let mut out = String::new();
    push_line(&mut out, fields.iter().map(|f| csv_cell(f)));
    for row in rows {
        push_line(
            &mut out,
            fields
                .iter()
                .map(|f| csv_cell(&cell_text(row.get(f.as_str())))),
        );
    }
    out
}

fn push_line(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, c) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&c);
    }
    out.push_str("\r\n");
}

fn cell_text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// One CSV cell. Guards against formula injection first: a cell starting with `=`, `+`, `-`,
/// `@`, tab or CR gets a leading `'`, so a spreadsheet shows it as text instead of running it
/// (`=HYPERLINK(…)`, `@SUM(…)`). A plain negative number (`-12`, `-0.5`) is left alone: it
/// cannot be a formula, and coordinates and balances must stay numbers. Then RFC 4180 quoting:
/// a cell with `,`, `"`, CR or LF is wrapped in `"` with `"` doubled.
pub fn csv_cell(s: &str) -> String {
    let risky = matches!(
        s.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    ) && !is_negative_number(s);
    let s = if risky {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// `-digits[.digits]`.
fn is_negative_number(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('-') else {
        return false;
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    digits(int) && frac.is_none_or(digits)
}

/// The `(from, size)` requests that download the first `min(total, limit)` matching rows in
/// chunks of at most `chunk` rows (clamped to 1…[`MAX_CHUNK`]), in order. The UI passes
/// [`EXPORT_LIMIT`] and [`EXPORT_CHUNK`]; whatever it passes, no more than
/// [`EXPORT_HARD_LIMIT`] rows are planned. Each chunk becomes a request through
/// `/api/detailed` with [`DataView::chunk_source`].
pub fn export_chunks(total: u64, limit: u64, chunk: u64) -> Vec<(u64, u64)> {
    let n = total.min(limit).min(EXPORT_HARD_LIMIT);
    let chunk = chunk.clamp(1, MAX_CHUNK);
    let mut out = Vec::new();
    let mut from = 0;
    while from < n {
        let size = chunk.min(n - from);
        out.push((from, size));
        from += size;
    }
    out
}
