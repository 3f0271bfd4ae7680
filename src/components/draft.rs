//! Drafts of what the citizen types in a form, kept in local storage until it is sent, so a
//! reload, a failed send or a trip through sign-in loses nothing.

use leptos::prelude::*;

fn full_key(key: &str) -> String {
    format!("opendata.draft.{key}")
}

/// A text field's value, saved under `key` on every change and restored on mount.
pub fn use_draft(key: String) -> RwSignal<String> {
    let k = full_key(&key);
    let initial = crate::storage::local()
        .and_then(|s| s.get_item(&k).ok().flatten())
        .unwrap_or_default();
    let value = RwSignal::new(initial);
    Effect::new(move |_| {
        let v = value.get();
        if let Some(s) = crate::storage::local() {
            let _ = if v.is_empty() {
                s.remove_item(&k)
            } else {
                s.set_item(&k, &v)
            };
        }
    });
    value
}

/// Forgets a draft once it has been sent.
pub fn clear_draft(key: &str) {
    if let Some(s) = crate::storage::local() {
        let _ = s.remove_item(&full_key(key));
    }
}
