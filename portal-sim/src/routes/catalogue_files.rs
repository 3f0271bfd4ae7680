//! `GET /catalogue/{file}`: the harvested catalogue (`harvest --out DIR`), from `--catalogue
//! DIR`. On the real portal these are static files beside the app (or on a CDN); the stand-in
//! serves them so that its faults (§5) reach the catalogue like any other call.

use super::{error, St};
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// A file name the harvester writes: letters, digits, `.`, `-`, `_`, not starting with `.`.
fn plain_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

pub async fn file(State(st): State<St>, Path(name): Path<String>) -> Response {
    let Some(dir) = st.catalogue_dir.get() else {
        return error(
            StatusCode::NOT_FOUND,
            "no catalogue (portal-sim --catalogue DIR)",
        );
    };
    if !plain_name(&name) {
        return error(StatusCode::NOT_FOUND, &format!("not found: {name}"));
    }
    // Small files, read whole; a blocking read is fine for the stand-in.
    match std::fs::read(dir.join(&name)) {
        Ok(bytes) => (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            )],
            bytes,
        )
            .into_response(),
        Err(_) => error(StatusCode::NOT_FOUND, &format!("not found: {name}")),
    }
}

#[cfg(test)]
mod tests {
    use super::plain_name;

    #[test]
    fn only_plain_names_are_served() {
        assert!(plain_name("manifest.json"));
        assert!(plain_name("catalogue-0123abcd4567ef89.json"));
        for bad in ["", ".harvest-state.json", "../x", "a/b", "a\\b", "x%2f"] {
            assert!(!plain_name(bad), "{bad}");
        }
    }
}
