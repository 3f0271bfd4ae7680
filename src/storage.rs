//! The browser's local storage, where the app keeps a citizen's choices (language, low-vision
//! settings, API key) and form drafts. Absent when the browser blocks it (some private modes):
//! every use then goes on without it.

/// The local storage, if the browser lets us have it.
pub fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
