//! URL state: query strings in and out, the catalogue's view state, and language switching.
//! The URL is the state of every page, so this is where a copied link's meaning is defined.
//!
//! One concern a file: `query` (percent-encoding and query strings), `links` (safe hrefs and
//! the language prefix of app paths), `catalogue` (the catalogue page's state) and `list`
//! (the state of the other list pages, and paging).

mod catalogue;
mod links;
mod list;
mod query;

pub use catalogue::{CatalogueQuery, Facet, Sort};
pub use links::{safe_href, switch_lang};
pub use list::{page_count, ListQuery};
pub use query::{build_query, decode, encode, get_param, parse_query, set_param, with_mark};

/// Longest search text: the app keeps this much of a URL's `text`, the API rejects more (400).
pub const MAX_QUERY_TEXT: usize = 500;
