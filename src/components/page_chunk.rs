//! A view whose code is fetched on first use (the split points: `crate::pages::split`, and the
//! subscribe form's in `components::subscribe`): "Loading…" while it arrives, the error panel
//! with retry if it cannot be fetched, then the view.
//!
//! Not a suspense boundary (`Remote`'s `Transition`) on purpose: a whole page sits in a chunk,
//! and a boundary there would take in every resource the page reads outside its own `Remote`s
//! (an effect announcing a count), hiding the page and its `<h1>` until all of them answered.

use crate::api::ApiError;
use crate::components::{ErrorPanel, Loading};
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// Builds a view from its arguments (code inside the chunk).
pub type Build<A> = fn(A) -> AnyView;
/// Fetches a chunk (once; a failed fetch is tried again on the next call).
pub type Load<A> = fn() -> Pin<Box<dyn Future<Output = Result<Build<A>, ApiError>>>>;

/// Declares split points, `name in chunk: Args => |args| view`, and a loader for each in
/// [`load`]. Split points named with the same chunk share it: a page with the parts the
/// citizen will likely open next, since every distinct set of chunks that shares code costs a
/// further shared chunk (a request, and bytes that compress apart).
macro_rules! split_points {
    ($($name:ident in $chunk:ident: $ty:ty => |$args:pat_param| $view:expr;)+) => {
        $(
            #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $name() -> Result<
                $crate::components::page_chunk::Build<$ty>,
                ::leptos::wasm_split::SplitLoaderError,
            > {
                Ok(|$args: $ty| ::leptos::prelude::IntoAny::into_any($view))
            }
        )+
        /// The loaders, one per split point.
        pub mod load {
            #[allow(unused_imports)]
            use super::*;
            use $crate::components::page_chunk::Build;
            use std::{future::Future, pin::Pin};
            $(
                pub fn $name(
                ) -> Pin<Box<dyn Future<Output = Result<Build<$ty>, $crate::api::ApiError>>>> {
                    // A chunk that cannot be fetched is, to the citizen, the network failing.
                    Box::pin(async {
                        super::$name().await.map_err(|_| $crate::api::ApiError::Offline)
                    })
                }
            )+
        }
    };
}
pub(crate) use split_points;

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
    // Between a retry click and the code's arrival, "loading" instead of the old error.
    let retrying = RwSignal::new(false);
    Effect::new(move |_| {
        code.track();
        retrying.set(false);
    });
    move || match code.get() {
        Some(Ok(build)) => (build as Build<A>)(args.clone()),
        Some(Err(e)) if !retrying.get() => view! {
            <ErrorPanel
                error=e
                on_retry=move |_| {
                    retrying.set(true);
                    code.refetch();
                }
            />
        }
        .into_any(),
        Some(Err(_)) | None => view! { <Loading /> }.into_any(),
    }
}
