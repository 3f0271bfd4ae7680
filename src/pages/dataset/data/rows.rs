//! Fetching the page of rows the URL asks for: deep pages of big registers are planned from the
//! selection's total (asked for first, then remembered), read from the far end or through a pk
//! cursor (see `DataView::plan`).

use crate::api::{self, ApiError};
use leptos::prelude::*;
use opendata_core::dataview::{DataView, FieldInfo, MAX_FROM};
use opendata_core::source::Source;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// One page of rows as shown.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct GridPage {
    pub rows: Vec<Map<String, Value>>,
    pub total: u64,
    /// The page the rows really are (a deep page without a cursor is clamped).
    pub page: u32,
    pub exact: bool,
}

/// A cell's text: strings as they are, other JSON as compact JSON, null as empty. Always text,
/// never markup or a link.
pub(super) fn cell_text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// The filters and search of a view, without paging or sort: the rows they select have one
/// total, remembered so deep pages can be planned without asking for it again.
fn selection_key(v: &DataView) -> String {
    DataView {
        page: 1,
        after: None,
        before: None,
        sort: None,
        size: opendata_core::dataview::DEFAULT_SIZE,
        ..v.clone()
    }
    .to_query()
}

/// The rows of `view` in a version of the dataset at `index`, fetched again whenever the view
/// changes.
pub(super) fn grid_rows(
    index: String,
    version: String,
    view: Memo<DataView>,
    fields: StoredValue<Vec<FieldInfo>>,
) -> LocalResource<Result<GridPage, ApiError>> {
    let totals = StoredValue::new(HashMap::<String, u64>::new());
    LocalResource::new(move || {
        let v = view.get();
        let (index, version) = (index.clone(), version.clone());
        let fields = fields.get_value();
        async move {
            let key = v.to_query();
            let sel = selection_key(&v);
            let mut total = totals.with_value(|t| t.get(&sel).copied());
            // A deep page is planned from the total: ask for it first (one row).
            let deep = u64::from(v.page.saturating_sub(1)) * u64::from(v.size) > MAX_FROM;
            if total.is_none() && deep {
                let probe = Source {
                    size: Some(1),
                    query: v.query(&fields),
                    ..Default::default()
                };
                let r = api::dataset::grid_request(&key, &index, &version, &probe).await?;
                total = Some(r.total_count);
            }
            let plan = v.plan(&fields, total);
            let mut r = api::dataset::grid_request(&key, &index, &version, &plan.source).await?;
            if plan.reverse {
                r.data.reverse();
            }
            totals.update_value(|t| {
                t.insert(sel, r.total_count);
            });
            Ok::<_, ApiError>(GridPage {
                rows: r.data,
                total: r.total_count,
                page: plan.page,
                exact: plan.exact_page,
            })
        }
    })
}
