//! A view whose code is fetched on first use (see `crate::pages::split`): "Loading…" while it
//! arrives, the error panel with retry if it cannot be fetched, then the view.

use crate::components::Remote;
use crate::pages::split::{Build, Load};
use leptos::prelude::*;

/// A route's view: the page in its own chunk.
pub fn lazy_page(load: Load<()>) -> impl Fn() -> AnyView + Clone + Send + Sync + 'static {
    move || view! { <Chunk load=load args=() focus_heading=true /> }.into_any()
}

/// A part of a page in its own chunk, built from `args` once its code is in.
#[component]
pub fn Chunk<A>(
    /// Fetches the code.
    load: Load<A>,
    /// What the view is built from.
    args: A,
    /// A page: the navigation's focus move ran before its `<h1>` existed, so make it when the
    /// page arrives.
    #[prop(optional)]
    focus_heading: bool,
) -> impl IntoView
where
    A: Clone + Send + Sync + 'static,
{
    let code = LocalResource::new(load);
    if focus_heading {
        Effect::new(move |_| {
            if let Some(Ok(_)) = code.get() {
                crate::focus::focus_heading_after_load();
            }
        });
    }
    view! {
        <Remote resource=code let:build>
            {(build as Build<A>)(args.clone())}
        </Remote>
    }
}
