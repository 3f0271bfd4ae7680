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
    /// The portal maps every field as a string, so only bounds that order as text (ISO dates,
    /// zero-padded codes) are reliable there; `dd.MM.yyyy` dates are not.
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
                let (from, to) = (
                    from.as_deref().and_then(clean),
                    to.as_deref().and_then(clean),
                );
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
    let risky = matches!(s.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r'))
        && !is_negative_number(s);
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// `gbd_ul`-like columns: `bin` is the pk.
    fn gbd() -> Vec<FieldInfo> {
        vec![
            FieldInfo::new("bin", FieldKind::Text, true),
            FieldInfo::new("datereg", FieldKind::Date, false),
            FieldInfo::new("nameru", FieldKind::Text, false),
            FieldInfo::new("statusru", FieldKind::Text, false),
            FieldInfo::new("id", FieldKind::Int, false),
        ]
    }

    fn no_pk() -> Vec<FieldInfo> {
        vec![
            FieldInfo::new("a", FieldKind::Text, false),
            FieldInfo::new("b", FieldKind::Int, false),
        ]
    }

    fn view(q: &str) -> DataView {
        DataView::from_query(q)
    }

    /// The plan's source as JSON, after checking that the strict parser (portal-sim's) takes
    /// it back unchanged.
    fn json_of(src: &Source) -> Value {
        let text = src.to_string();
        match Source::parse_str(&text) {
            Ok(again) => assert_eq!(&again, src, "{text}"),
            Err(e) => panic!("{text}: {e}"),
        }
        src.to_value()
    }

    fn check(p: &PagePlan, want: Value, reverse: bool, exact: bool, page: u32) {
        assert_eq!(json_of(&p.source), want);
        assert_eq!(
            (p.reverse, p.exact_page, p.page),
            (reverse, exact, page),
            "{}",
            p.source
        );
    }

    // ---- URL state -------------------------------------------------------------------------

    #[test]
    fn url_state_round_trips_with_cyrillic_text() {
        let v = DataView {
            version: Some("v2".into()),
            size: 50,
            sort: Some(("datereg".into(), Order::Desc)),
            filters: vec![
                ColumnFilter::range("datereg", Some("2016-01-01"), None),
                ColumnFilter::text("nameru", "ТОО «Агро & Сервис»"),
            ],
            q: "Астана Нұра".into(),
            page: 600,
            after: Some("000140000003".into()),
            before: None,
        };
        let s = v.to_query();
        assert_eq!(
            s,
            "?version=v2&q=%D0%90%D1%81%D1%82%D0%B0%D0%BD%D0%B0%20%D0%9D%D2%B1%D1%80%D0%B0\
             &from.datereg=2016-01-01\
             &f.nameru=%D0%A2%D0%9E%D0%9E%20%C2%AB%D0%90%D0%B3%D1%80%D0%BE%20%26%20%D0%A1%D0%B5%D1%80%D0%B2%D0%B8%D1%81%C2%BB\
             &sort=-datereg&size=50&page=600&after=000140000003"
        );
        assert_eq!(view(&s), v);
        assert_eq!(view(&s).to_query(), s);
        // `+` as a space, as forms send it.
        assert_eq!(
            view("?f.nameru=%D0%90%D0%B3%D1%80%D0%BE+%D0%A1").filters[0].kind,
            FilterKind::Text("Агро С".into())
        );
    }

    #[test]
    fn defaults_are_omitted() {
        assert_eq!(DataView::default().to_query(), "");
        assert_eq!(view("?size=20&page=1&q=%20").to_query(), "");
        assert_eq!(view(""), DataView::default());
    }

    #[test]
    fn garbage_is_ignored() {
        let v = view(
            "?size=33&page=0&sort=-na%20me&f.bad-name=x&f.=y&from.x=&version=..%2Fetc\
             &foo=1&f.ok=%20%20&g.x=1&f.a.b=1&to.%D0%B8%D0%BC%D1%8F=5",
        );
        assert_eq!(v, DataView::default());
        let v = view("?page=x&size=-1&sort=-&sort=&after=%20");
        assert_eq!(v, DataView::default());
        let long = "a".repeat(MAX_FIELD + 1);
        assert!(view(&format!("?f.{long}=1&sort={long}")).filters.is_empty());
        let ok = "a".repeat(MAX_FIELD);
        assert_eq!(view(&format!("?f.{ok}=1")).filters.len(), 1);
        assert_eq!(view("?page=4294967296").page, 1);
        assert_eq!(view("?page=4294967295").page, u32::MAX);
    }

    #[test]
    fn values_are_capped_and_trimmed() {
        let long = "ы".repeat(MAX_VALUE + 20);
        let v = view(&format!(
            "?q={}&f.x={}&after={}",
            encode(&long),
            encode(&long),
            encode(&long)
        ));
        assert_eq!(v.q.chars().count(), MAX_VALUE);
        assert_eq!(
            v.after.as_deref().map(|a| a.chars().count()),
            Some(MAX_VALUE)
        );
        match &v.filters[0].kind {
            FilterKind::Text(t) => assert_eq!(t.chars().count(), MAX_VALUE),
            other => panic!("{other:?}"),
        }
        assert_eq!(view("?q=%20%20x%20").q, "x");
    }

    #[test]
    fn filters_merge_replace_and_sort_by_field() {
        let v = view("?to.b=9&f.a=x&from.b=1&f.c=y&f.c=z");
        assert_eq!(
            v.filters,
            [
                ColumnFilter::text("a", "x"),
                ColumnFilter::range("b", Some("1"), Some("9")),
                ColumnFilter::text("c", "z"),
            ]
        );
        assert_eq!(v.to_query(), "?f.a=x&from.b=1&to.b=9&f.c=z");
        // One filter per column: the last kind wins.
        assert_eq!(
            view("?f.b=x&from.b=1").filters,
            [ColumnFilter::range("b", Some("1"), None)]
        );
        assert_eq!(
            view("?from.b=1&f.b=x").filters,
            [ColumnFilter::text("b", "x")]
        );
        // An empty bound clears only itself.
        assert_eq!(
            view("?from.b=1&to.b=2&to.b=").filters,
            [ColumnFilter::range("b", Some("1"), None)]
        );
        assert!(view("?from.b=1&from.b=").filters.is_empty());
        // At most MAX_FILTERS columns.
        let many: Vec<String> = (0..MAX_FILTERS + 5).map(|i| format!("f.c{i}=x")).collect();
        assert_eq!(
            view(&format!("?{}", many.join("&"))).filters.len(),
            MAX_FILTERS
        );
    }

    #[test]
    fn after_wins_over_before() {
        let v = view("?page=900&before=5&after=7");
        assert_eq!((v.after.as_deref(), v.before.as_deref()), (Some("7"), None));
        assert_eq!(v.to_query(), "?page=900&after=7");
        assert_eq!(view("?page=900&before=5").to_query(), "?page=900&before=5");
    }

    #[test]
    fn changes_return_to_page_one_and_drop_the_cursor() {
        let v = view("?page=700&after=123&size=50&f.a=x");
        for changed in [
            v.with_sort(Some(("a".into(), Order::Desc))),
            v.cycle_sort("a"),
            v.with_filter(ColumnFilter::text("b", "y")),
            v.without_filter("a"),
            v.with_size(100),
            v.with_q("мектеп"),
            v.with_version(Some("v1")),
            v.cleared(),
            v.with_page(1),
        ] {
            assert_eq!(
                (changed.page, &changed.after, &changed.before),
                (1, &None, &None)
            );
        }
        let w = v.with_filter(ColumnFilter::text("b", "y"));
        assert_eq!(w.to_query(), "?f.a=x&f.b=y&size=50");
        assert_eq!(w.without_filter("a").to_query(), "?f.b=y&size=50");
        // Replacing, blank (= removal) and bad names.
        assert_eq!(
            w.with_filter(ColumnFilter::range("a", Some(" 1 "), None))
                .to_query(),
            "?from.a=1&f.b=y&size=50"
        );
        assert_eq!(
            w.with_filter(ColumnFilter::text("a", "  ")).to_query(),
            "?f.b=y&size=50"
        );
        assert_eq!(
            w.with_filter(ColumnFilter::range("a", None, Some("")))
                .to_query(),
            "?f.b=y&size=50"
        );
        assert_eq!(
            w.with_filter(ColumnFilter::text("a b", "x")).filters,
            w.filters
        );
        assert_eq!(v.with_size(30).size, DEFAULT_SIZE);
        assert_eq!(v.with_sort(Some(("x;y".into(), Order::Asc))).sort, None);
        assert_eq!(v.with_version(Some("../")).version, None);
        assert!(v.is_filtered() && !v.cleared().is_filtered());
        // Paging keeps everything else.
        assert_eq!(v.with_page(3).to_query(), "?f.a=x&size=50&page=3");
        assert_eq!(v.with_page(0).page, 1);
    }

    #[test]
    fn cycle_sort_goes_asc_desc_default() {
        let v = DataView::default();
        let a = v.cycle_sort("nameru");
        assert_eq!(a.to_query(), "?sort=nameru");
        let d = a.cycle_sort("nameru");
        assert_eq!(d.to_query(), "?sort=-nameru");
        assert_eq!(d.cycle_sort("nameru").to_query(), "");
        assert_eq!(d.cycle_sort("id").to_query(), "?sort=id");
    }

    #[test]
    fn next_and_prev_set_a_cursor_only_on_deep_pages() {
        let v = view("?page=2");
        assert_eq!(v.next_page(Some("x")).to_query(), "?page=3");
        assert_eq!(v.prev_page(Some("x")).to_query(), "");
        // Page 501 (size 20) starts at from = 10,000: still shallow.
        assert_eq!(
            view("?page=500").next_page(Some("9")).to_query(),
            "?page=501"
        );
        assert_eq!(
            view("?page=501").next_page(Some("9")).to_query(),
            "?page=502&after=9"
        );
        assert_eq!(
            view("?page=600&after=1").prev_page(Some("1000")).to_query(),
            "?page=599&before=1000"
        );
        assert_eq!(
            view("?page=502&before=7").prev_page(Some("5")).to_query(),
            "?page=501"
        );
        assert_eq!(view("?page=600").next_page(None).to_query(), "?page=601");
        assert_eq!(view("?page=1").prev_page(Some("1")).page, 1);
        assert_eq!(view("?page=4294967295").next_page(None).page, u32::MAX);
    }

    // ---- Planning --------------------------------------------------------------------------

    #[test]
    fn first_page_sorts_by_the_pk() {
        // The documented first page of gbd_ul (§1.1), with the app's page size.
        let p = view("").plan(&gbd(), None);
        check(
            &p,
            json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}]}),
            false,
            true,
            1,
        );
        let p = view("?size=100").plan(&gbd(), Some(1_000_000));
        assert_eq!(
            p.source.to_string(),
            r#"{"from":0,"size":100,"sort":[{"bin":{"order":"asc"}}]}"#
        );
    }

    #[test]
    fn filters_become_match_range_and_query_string_under_bool_must() {
        let v = view("?f.statusru=%D0%97%D0%B0%D1%80%D0%B5%D0%B3%D0%B8%D1%81%D1%82%D1%80%D0%B8%D1%80%D0%BE%D0%B2%D0%B0%D0%BD&from.datereg=2016-01-01&to.datereg=2016-12-31&to.id=500&q=%D0%90%D0%B3%D1%80%D0%BE+(%D0%A1%D0%B5%D1%80%D0%B2%D0%B8%D1%81");
        let p = v.plan(&gbd(), Some(321));
        check(
            &p,
            json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}],
                   "query":{"bool":{"must":[
                       {"range":{"datereg":{"gte":"2016-01-01","lte":"2016-12-31"}}},
                       {"range":{"id":{"lte":"500"}}},
                       {"match":{"statusru":"Зарегистрирован"}},
                       {"query_string":{"query":"Агро AND Сервис"}}]}}}),
            false,
            true,
            1,
        );
        // One clause needs no bool, the same shape as the portal's `{"query":{"term":…}}`.
        let p = view("?f.nameru=%D1%88%D0%BA%D0%BE%D0%BB%D0%B0").plan(&gbd(), None);
        assert_eq!(
            json_of(&p.source)["query"],
            json!({"match":{"nameru":"школа"}})
        );
        let p = view("?q=x").plan(&gbd(), None);
        assert_eq!(
            json_of(&p.source)["query"],
            json!({"query_string":{"query":"x"}})
        );
        // No filter, no query.
        assert!(view("?q=%22()%22")
            .plan(&gbd(), None)
            .source
            .query
            .is_none());
    }

    #[test]
    fn unknown_fields_are_ignored_by_the_planner() {
        let p = view("?f.nope=1&sort=-nope").plan(&gbd(), None);
        check(
            &p,
            json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}]}),
            false,
            true,
            1,
        );
    }

    #[test]
    fn a_non_pk_sort_gets_the_pk_as_tie_breaker() {
        let p = view("?sort=-nameru&page=3&size=50").plan(&gbd(), None);
        check(
            &p,
            json!({"from":100,"size":50,"sort":[{"nameru":{"order":"desc"}},{"bin":{"order":"asc"}}]}),
            false,
            true,
            3,
        );
        // Sorting by the pk itself adds nothing.
        let p = view("?sort=-bin").plan(&gbd(), None);
        assert_eq!(
            json_of(&p.source)["sort"],
            json!([{"bin":{"order":"desc"}}])
        );
    }

    #[test]
    fn middle_page_and_max_from_boundary() {
        let p = view("?page=7").plan(&gbd(), Some(1_000_000));
        check(
            &p,
            json!({"from":120,"size":20,"sort":[{"bin":{"order":"asc"}}]}),
            false,
            true,
            7,
        );
        // Page 501 starts exactly at MAX_FROM: still a plain offset.
        let p = view("?page=501").plan(&gbd(), Some(1_000_000));
        check(
            &p,
            json!({"from":10000,"size":20,"sort":[{"bin":{"order":"asc"}}]}),
            false,
            true,
            501,
        );
        // Page 502 without a cursor cannot be read exactly: the deepest shallow page instead.
        let p = view("?page=502").plan(&gbd(), Some(1_000_000));
        check(
            &p,
            json!({"from":10000,"size":20,"sort":[{"bin":{"order":"asc"}}]}),
            false,
            false,
            501,
        );
        let p = view("?page=502").plan(&gbd(), None);
        assert_eq!(
            (p.exact_page, p.page, p.source.from),
            (false, 501, Some(10_000))
        );
        let p = view("?page=102&size=100").plan(&gbd(), None);
        assert_eq!(
            (p.exact_page, p.page, p.source.from),
            (false, 101, Some(10_000))
        );
    }

    #[test]
    fn last_page_of_a_million_rows_reads_the_reversed_sort() {
        let p = view("?page=50000").plan(&gbd(), Some(1_000_000));
        check(
            &p,
            json!({"from":0,"size":20,"sort":[{"bin":{"order":"desc"}}]}),
            true,
            true,
            50_000,
        );
        // A partial last page: 1,000,007 rows leave 7 on page 50,001.
        let p = view("?page=50001").plan(&gbd(), Some(1_000_007));
        check(
            &p,
            json!({"from":0,"size":7,"sort":[{"bin":{"order":"desc"}}]}),
            true,
            true,
            50_001,
        );
        // The page before it: rows 999,980..1,000,000 = reversed 7..27.
        let p = view("?page=50000").plan(&gbd(), Some(1_000_007));
        check(
            &p,
            json!({"from":7,"size":20,"sort":[{"bin":{"order":"desc"}}]}),
            true,
            true,
            50_000,
        );
        // Every sort key is reversed, filters kept.
        let p = view("?page=2000&size=50&sort=nameru&f.statusru=x").plan(&gbd(), Some(100_000));
        check(
            &p,
            json!({"from":0,"size":50,"sort":[{"nameru":{"order":"desc"}},{"bin":{"order":"desc"}}],
                   "query":{"match":{"statusru":"x"}}}),
            true,
            true,
            2000,
        );
    }

    #[test]
    fn tail_boundary() {
        // 1,000,000 rows, size 20: page p reads reversed from 1,000,000 - 20p.
        // p = 49,500 → from 10,000: the deepest tail page.
        let p = view("?page=49500").plan(&gbd(), Some(1_000_000));
        assert_eq!(
            (p.source.from, p.source.size, p.reverse, p.exact_page),
            (Some(10_000), Some(20), true, true)
        );
        // p = 49,499 → from 10,020: unreachable without a cursor; the first tail page is closer.
        let p = view("?page=49499").plan(&gbd(), Some(1_000_000));
        assert_eq!(
            (p.source.from, p.reverse, p.exact_page, p.page),
            (Some(10_000), true, false, 49_500)
        );
        // A page nearer the start clamps to the deepest shallow page.
        let p = view("?page=20000").plan(&gbd(), Some(1_000_000));
        assert_eq!(
            (p.source.from, p.reverse, p.exact_page, p.page),
            (Some(10_000), false, false, 501)
        );
        // Small sets: pages past MAX_FROM are all in the tail.
        let p = view("?page=601").plan(&gbd(), Some(12_005));
        check(
            &p,
            json!({"from":0,"size":5,"sort":[{"bin":{"order":"desc"}}]}),
            true,
            true,
            601,
        );
        let p = view("?page=600").plan(&gbd(), Some(12_005));
        check(
            &p,
            json!({"from":5,"size":20,"sort":[{"bin":{"order":"desc"}}]}),
            true,
            true,
            600,
        );
    }

    #[test]
    fn past_the_end_clamps_to_the_last_page() {
        let p = view("?page=99").plan(&gbd(), Some(45));
        check(
            &p,
            json!({"from":40,"size":20,"sort":[{"bin":{"order":"asc"}}]}),
            false,
            false,
            3,
        );
        let p = view("?page=3").plan(&gbd(), Some(0));
        check(
            &p,
            json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}]}),
            false,
            false,
            1,
        );
        let p = view("?page=60000").plan(&gbd(), Some(1_000_000));
        check(
            &p,
            json!({"from":0,"size":20,"sort":[{"bin":{"order":"desc"}}]}),
            true,
            false,
            50_000,
        );
    }

    #[test]
    fn cursor_after_and_before() {
        let fields = gbd();
        // Forward: rows after the last pk seen, from 0.
        let p = view("?page=600&after=000140000003").plan(&fields, Some(1_000_000));
        check(
            &p,
            json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}],
                   "query":{"range":{"bin":{"gt":"000140000003"}}}}),
            false,
            true,
            600,
        );
        // The same shape as the documented cursor example (§2.3), printed canonically.
        let doc = Source::parse_str(
            r#"{"sort":[{"bin":"asc"}],"query":{"range":{"bin":{"gt":"261040031000"}}}}"#,
        );
        let mine = view("?page=600&after=261040031000")
            .plan(&fields, None)
            .source;
        assert_eq!(doc.map(|d| (d.sort, d.query)), Ok((mine.sort, mine.query)));
        // Backward: rows before the first pk seen, read descending, reversed by the client.
        let p = view("?page=599&before=000140000003").plan(&fields, None);
        check(
            &p,
            json!({"from":0,"size":20,"sort":[{"bin":{"order":"desc"}}],
                   "query":{"range":{"bin":{"lt":"000140000003"}}}}),
            true,
            true,
            599,
        );
        // A descending pk sort flips both bounds.
        let p = view("?page=600&sort=-bin&after=900").plan(&fields, None);
        check(
            &p,
            json!({"from":0,"size":20,"sort":[{"bin":{"order":"desc"}}],"query":{"range":{"bin":{"lt":"900"}}}}),
            false,
            true,
            600,
        );
        let p = view("?page=600&sort=-bin&before=900").plan(&fields, None);
        check(
            &p,
            json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}],"query":{"range":{"bin":{"gt":"900"}}}}),
            true,
            true,
            600,
        );
        // Combined with filters under bool.must.
        let p = view("?page=800&after=5&f.statusru=x&q=y").plan(&fields, None);
        check(
            &p,
            json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}],
                   "query":{"bool":{"must":[{"match":{"statusru":"x"}},
                                            {"query_string":{"query":"y"}},
                                            {"range":{"bin":{"gt":"5"}}}]}}}),
            false,
            true,
            800,
        );
    }

    #[test]
    fn cursor_is_used_only_where_needed_and_possible() {
        // Shallow: the plain offset, cursor or not.
        let p = view("?page=2&after=5").plan(&gbd(), None);
        assert_eq!((p.source.from, p.source.query.is_none()), (Some(20), true));
        // In the tail: reversing is as cheap and does not depend on the cursor.
        let p = view("?page=50000&after=5").plan(&gbd(), Some(1_000_000));
        assert_eq!(
            (p.source.from, p.reverse, p.source.query.is_none()),
            (Some(0), true, true)
        );
        // Under a non-pk sort a pk cursor means nothing: clamped.
        let p = view("?page=600&sort=nameru&after=5").plan(&gbd(), None);
        assert_eq!((p.exact_page, p.page, p.source.query), (false, 501, None));
        // Without a pk there is no cursor either.
        let p = view("?page=600&after=5").plan(&no_pk(), None);
        assert_eq!((p.exact_page, p.page), (false, 501));
    }

    #[test]
    fn without_a_pk_there_is_no_tail_and_no_tie_breaker() {
        let p = view("").plan(&no_pk(), Some(50));
        check(&p, json!({"from":0,"size":20}), false, true, 1);
        let p = view("?sort=-b&page=2").plan(&no_pk(), Some(50));
        check(
            &p,
            json!({"from":20,"size":20,"sort":[{"b":{"order":"desc"}}]}),
            false,
            true,
            2,
        );
        // The last page of a big set: reversal would not mirror ties, so clamp.
        let p = view("?page=50000").plan(&no_pk(), Some(1_000_000));
        check(&p, json!({"from":10000,"size":20}), false, false, 501);
        // No fields known at all (meta not loaded): filters and sort dropped.
        let p = view("?f.a=1&sort=a").plan(&[], None);
        check(&p, json!({"from":0,"size":20}), false, true, 1);
    }

    #[test]
    fn odd_struct_values_do_not_break_planning() {
        let v = DataView {
            size: 0,
            page: 0,
            after: Some("   ".into()),
            ..DataView::default()
        };
        let p = v.plan(&gbd(), Some(u64::MAX));
        assert_eq!(
            (p.source.from, p.source.size, p.page),
            (Some(0), Some(20), 1)
        );
        let v = DataView {
            page: u32::MAX,
            after: Some(" ".into()),
            ..DataView::default()
        };
        let p = v.plan(&gbd(), Some(u64::MAX));
        assert!(!p.exact_page);
        assert!(p.source.from.is_some_and(|f| f <= MAX_FROM));
        let p = v.plan(&gbd(), None);
        assert_eq!((p.page, p.exact_page), (501, false));
    }

    #[test]
    fn query_string_text_neutralises_lucene_syntax() {
        assert_eq!(query_string_text("школа Астана"), "школа AND Астана");
        assert_eq!(
            query_string_text(" \"a (b\" OR c:d -e +f* g? \\ / ~1 "),
            "a AND b AND or AND c AND d AND e AND f AND g AND 1"
        );
        assert_eq!(query_string_text("NOT AND"), "not AND and");
        assert_eq!(
            query_string_text("info@gov.kz 2016-03-29"),
            "info@gov.kz AND 2016 AND 03 AND 29"
        );
        assert_eq!(query_string_text("\"\" () *"), "");
    }

    #[test]
    fn api_source_is_the_display_request() {
        let fields = gbd();
        let v = view("?f.statusru=x&sort=-nameru&page=3");
        assert_eq!(
            json_of(&v.api_source(&fields)),
            json!({"from":40,"size":20,"sort":[{"nameru":{"order":"desc"}},{"bin":{"order":"asc"}}],
                   "query":{"match":{"statusru":"x"}}})
        );
        // Never reversed, even on the last page.
        let last = view("?page=50000").api_source(&fields);
        assert_eq!(
            json_of(&last),
            json!({"from":999980,"size":20,"sort":[{"bin":{"order":"asc"}}]})
        );
        // A deep cursor page shows the cursor form.
        let cur = view("?page=600&after=77").api_source(&fields);
        assert_eq!(
            json_of(&cur),
            json!({"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}],"query":{"range":{"bin":{"gt":"77"}}}})
        );
    }

    #[test]
    fn field_info_from_meta() {
        // From text: `fields` keeps its order (a `Value` would sort the keys).
        let meta: Result<Meta, _> = serde_json::from_str(
            r#"{"apiUri":"x","version":"v1",
                "fields":{"id":{"type":"Int","pk":true},"d":{"type":"Date","format":"dd.MM.yyyy"},
                          "t":{"type":"Datetime"},"f":{"type":"Double"},"b":{"type":"Boolean"},
                          "s":{"type":"String"},"u":{"type":"Geo"}}}"#,
        );
        let fields = FieldInfo::from_meta(&meta.expect("meta"));
        let kinds: Vec<(&str, FieldKind, bool)> = fields
            .iter()
            .map(|f| (f.name.as_str(), f.kind, f.pk))
            .collect();
        assert_eq!(
            kinds,
            [
                ("id", FieldKind::Int, true),
                ("d", FieldKind::Date, false),
                ("t", FieldKind::Datetime, false),
                ("f", FieldKind::Double, false),
                ("b", FieldKind::Boolean, false),
                ("s", FieldKind::Text, false),
                ("u", FieldKind::Text, false),
            ]
        );
        assert!(
            FieldKind::Date.is_ranged()
                && !FieldKind::Text.is_ranged()
                && !FieldKind::Boolean.is_ranged()
        );
    }

    // ---- Snippets --------------------------------------------------------------------------

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

    // ---- CSV -------------------------------------------------------------------------------

    fn row(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => Map::new(),
        }
    }

    #[test]
    fn csv_quotes_and_formats_values() {
        let fields: Vec<String> = ["id", "name", "n", "ok", "none", "obj", "missing"]
            .map(String::from)
            .to_vec();
        let rows = [
            row(
                json!({"id":"1","name":"ТОО «Агро», \"Сервис\"","n":3.5,"ok":true,"none":null,
                       "obj":{"a":[1,"x"]}}),
            ),
            row(json!({"id":2,"name":"line\nbreak","n":-12,"ok":false,"none":"","obj":[]})),
        ];
        assert_eq!(
            csv(&fields, &rows),
            "id,name,n,ok,none,obj,missing\r\n\
             1,\"ТОО «Агро», \"\"Сервис\"\"\",3.5,true,,\"{\"\"a\"\":[1,\"\"x\"\"]}\",\r\n\
             2,\"line\nbreak\",-12,false,,[],\r\n"
        );
        assert_eq!(csv(&[], &[]), "\r\n");
        assert_eq!(CSV_BOM.as_bytes(), [0xEF, 0xBB, 0xBF]);
    }

    #[test]
    fn csv_guards_against_formula_injection() {
        for (raw, want) in [
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
            ),
            ("=1+1", "'=1+1"),
            ("+7 707 407 14 35", "'+7 707 407 14 35"),
            ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            ("-", "'-"),
            ("-1.", "'-1."),
            // Plain negative numbers stay numbers.
            ("-12", "-12"),
            ("-0.5", "-0.5"),
            ("a=b", "a=b"),
            ("", ""),
        ] {
            assert_eq!(csv_cell(raw), want, "{raw:?}");
        }
        // Header cells too.
        assert_eq!(csv(&["=x".to_string()], &[]), "'=x\r\n");
    }

    #[test]
    fn export_chunks_cover_the_limited_set() {
        assert_eq!(export_chunks(0, EXPORT_LIMIT, EXPORT_CHUNK), []);
        assert_eq!(
            export_chunks(12, EXPORT_LIMIT, 5),
            [(0, 5), (5, 5), (10, 2)]
        );
        assert_eq!(export_chunks(10, EXPORT_LIMIT, 5), [(0, 5), (5, 5)]);
        let big = export_chunks(1_000_000, EXPORT_LIMIT, EXPORT_CHUNK);
        assert_eq!(big.len(), 20);
        assert_eq!(big.last(), Some(&(95_000, 5_000)));
        assert_eq!(big.iter().map(|c| c.1).sum::<u64>(), EXPORT_LIMIT);
        // A limit that is not a multiple of the chunk.
        assert_eq!(export_chunks(100, 7, 5), [(0, 5), (5, 2)]);
        // Chunk clamped to 1..=MAX_CHUNK.
        assert_eq!(export_chunks(3, 10, 0), [(0, 1), (1, 1), (2, 1)]);
        assert_eq!(
            export_chunks(25_000, 25_000, 1 << 40),
            [(0, 10_000), (10_000, 10_000), (20_000, 5_000)]
        );
        // Whatever the arguments, bounded.
        assert_eq!(export_chunks(u64::MAX, u64::MAX, MAX_CHUNK).len(), 100);
    }

    #[test]
    fn chunk_sources() {
        let v = view("?f.statusru=x&page=9");
        assert_eq!(
            json_of(&v.chunk_source(&gbd(), 5_000, 5_000, None)),
            json!({"from":5000,"size":5000,"sort":[{"bin":{"order":"asc"}}],"query":{"match":{"statusru":"x"}}})
        );
        assert_eq!(
            json_of(&v.chunk_source(&gbd(), 5_000, 5_000, Some("42"))),
            json!({"from":0,"size":5000,"sort":[{"bin":{"order":"asc"}}],
                   "query":{"bool":{"must":[{"match":{"statusru":"x"}},{"range":{"bin":{"gt":"42"}}}]}}})
        );
        // Non-pk sort: the cursor cannot be used.
        let s = view("?sort=nameru").chunk_source(&gbd(), 10, 0, Some("42"));
        assert_eq!((s.from, s.size, s.query), (Some(10), Some(1), None));
    }
}

/// The latitude and longitude columns of a dataset, if it has both (`latitude`/`longitude`,
/// `lat`/`lon`/`lng`, any case). Datasets without them get no map.
pub fn coordinate_fields(fields: &[FieldInfo]) -> Option<(String, String)> {
    let find = |names: &[&str]| {
        fields
            .iter()
            .find(|f| names.iter().any(|n| f.name.eq_ignore_ascii_case(n)))
            .map(|f| f.name.clone())
    };
    Some((
        find(&["latitude", "lat"])?,
        find(&["longitude", "lon", "lng"])?,
    ))
}

/// A coordinate from a record: a number, or a number in a string as the portal sends them
/// (`"51.128"`, also with a decimal comma). Out-of-range or non-finite values are `None`.
pub fn parse_coordinate(v: Option<&Value>, max_abs: f64) -> Option<f64> {
    let x = match v? {
        Value::Number(n) => n.as_f64()?,
        // serde_json's number parser, which the app has anyway, not core's `f64::from_str`
        // with its 11 KB table: the map tab, the only user, is code fetched on its own.
        Value::String(s) => {
            let s = s.trim().replace(',', ".");
            match serde_json::from_str(s.strip_prefix('+').unwrap_or(&s)).ok()? {
                Value::Number(n) => n.as_f64()?,
                _ => return None,
            }
        }
        _ => return None,
    };
    (x.is_finite() && x.abs() <= max_abs).then_some(x)
}

#[cfg(test)]
mod coordinate_tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_coordinate_columns() {
        let f = |n: &str| FieldInfo::new(n, FieldKind::Text, false);
        let fields = [f("id"), f("Latitude"), f("LONGITUDE")];
        assert_eq!(
            coordinate_fields(&fields),
            Some(("Latitude".into(), "LONGITUDE".into()))
        );
        assert_eq!(
            coordinate_fields(&[f("lat"), f("lng")]),
            Some(("lat".into(), "lng".into()))
        );
        assert_eq!(coordinate_fields(&[f("latitude"), f("name")]), None);
    }

    #[test]
    fn parses_coordinates_leniently_and_safely() {
        assert_eq!(parse_coordinate(Some(&json!("51.128")), 90.0), Some(51.128));
        assert_eq!(
            parse_coordinate(Some(&json!(" 71,43 ")), 180.0),
            Some(71.43)
        );
        assert_eq!(parse_coordinate(Some(&json!(71.5)), 180.0), Some(71.5));
        assert_eq!(parse_coordinate(Some(&json!("+43.2")), 90.0), Some(43.2));
        assert_eq!(parse_coordinate(Some(&json!("-7e1")), 90.0), Some(-70.0));
        for bad in [
            json!("\"50\""),
            json!("50 60"),
            json!("[50]"),
            json!("1e999"),
            json!("abc"),
            json!(""),
            json!(null),
            json!("95"),
            json!("NaN"),
            json!([1]),
        ] {
            assert_eq!(parse_coordinate(Some(&bad), 90.0), None, "{bad}");
        }
        assert_eq!(parse_coordinate(None, 90.0), None);
    }
}
