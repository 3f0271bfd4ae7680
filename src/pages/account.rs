//! `/{lang}/account/subscriptions`: the signed-in citizen's subscriptions and contacts.

use leptos::prelude::*;

#[component]
pub fn AccountPage() -> impl IntoView {
    view! { <h1>"…"</h1> }
}
