//! Paging: the request that fetches one page of the Data tab without deep `from` offsets
//! (see [`DataView::plan`]), and the request the API tab shows.

use super::fields::FieldInfo;
use super::state::DataView;
use crate::source::{Order, Query, SortSpec, Source};
use serde_json::Value;

/// The deepest `from` the app sends. Past it, pages are read from the other end or through a
/// pk cursor (see [`DataView::plan`]).
pub const MAX_FROM: u64 = 10_000;

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

impl DataView {
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

    /// The cursor request when the sort is the pk alone: rows beyond `value` in the display
    /// order (`range pk gt value` when ascending, `lt` when descending) with `from: 0`; with
    /// `backwards`, rows before it, read in the reversed order (the caller reverses them).
    pub(super) fn cursor_source(
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
pub(super) fn forward_from(page: u32, size: u64) -> u64 {
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

#[cfg(test)]
mod tests;
