//! Pure logic shared by the web app and the portal stand-in: no leptos, no web-sys, so it is
//! tested on the host in seconds and both sides speak one set of types.

pub mod account;
pub mod catalogue;
pub mod dataview;
pub mod format;
pub mod lang;
pub mod listing;
pub mod routes;
pub mod search;
pub mod source;
pub mod text;
pub mod url;
pub mod wire;

pub use lang::Lang;
