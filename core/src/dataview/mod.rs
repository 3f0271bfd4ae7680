//! The dataset page's Data tab: its state in the page URL (`/{lang}/datasets/{index}/data?…`),
//! the `source` that fetches one page of rows, the API snippets that reproduce it, and CSV
//! export.
//!
//! Paging is the delicate part. The real portal is Elasticsearch 1.x/2.x behind
//! `GET /api/v4?source=`: deep `from` offsets are slow and lose records (~900k), and
//! `search_after` is rejected. So [`DataView::plan`] only ever sends `from` ≤ [`MAX_FROM`]: the
//! tail of a dataset is read with the sort reversed, and pages in the middle with a `range`
//! cursor on the primary key. See [`DataView::plan`] for the rules.
//!
//! One concern a file: `state` (the URL state and the links that change it), `filter`
//! (column filters and free text → the query), `fields` (what is known of a column),
//! `plan` (paging: the request for one page), `snippet` (API snippets), `export` (CSV
//! export) and `coords` (the coordinate columns of the map tab).

mod coords;
mod export;
mod fields;
mod filter;
mod plan;
mod snippet;
mod state;

#[cfg(test)]
mod fixtures;

pub use coords::{coordinate_fields, parse_coordinate};
pub use export::{
    csv, csv_cell, export_chunks, CSV_BOM, EXPORT_CHUNK, EXPORT_HARD_LIMIT, EXPORT_LIMIT, MAX_CHUNK,
};
pub use fields::{FieldInfo, FieldKind};
pub use filter::{query_string_text, ColumnFilter, FilterKind};
pub use plan::{PagePlan, MAX_FROM};
pub use snippet::{curl_snippet, js_fetch_snippet, pretty_source, python_requests_snippet, v4_url};
pub use state::{DataView, DEFAULT_SIZE, MAX_FIELD, MAX_FILTERS, MAX_VALUE, SIZES};
