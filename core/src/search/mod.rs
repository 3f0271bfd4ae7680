//! Catalogue search (docs/portal-api.md §3.1), shared by the web app, which searches the static
//! catalogue file in the browser, and portal-sim, which answers its search endpoints with it.
//!
//! Text matching is language- and script-blind: every word is folded to an ASCII key
//! ([`keys`]), stemmed (Russian and English Snowball, a Kazakh suffix stripper: [`kazakh`]) and
//! looked up in an [`Index`] built once per catalogue ([`query`] resolves and scores a text);
//! [`catalog`] adds the facet filters ([`facet()`]) and the orders ([`sort`]).

pub mod catalog;
pub mod facet;
pub mod index;
pub mod kazakh;
pub mod keys;
pub mod query;
pub mod sort;

pub use catalog::{
    dataset_parts, distinct, page_of, respond, run, Catalog, Outcome, Params, Record,
};
pub use facet::{facet, facet_values, FacetKey};
pub use index::{Field, Index, IndexBuilder, Part};
pub use query::{weight, Kind, Matcher, Query, QueryWord, MIN_PREFIX};
pub use sort::{by_relevance, collation_key, sort_hits};
