//! Loading / error / loaded: the three rendered states of every request.

use crate::api::ApiError;
use crate::i18n::*;
use crate::l10n::error_message;
use leptos::prelude::*;
use std::sync::Arc;

/// A failed request: what happened, in the UI language, and a retry button.
#[component]
pub fn ErrorPanel(
    /// What went wrong.
    error: ApiError,
    /// Runs the request again.
    #[prop(into)]
    on_retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="error-panel" role="alert">
            <p class="error-title">{t_string!(i18n, error_title)}</p>
            <p>{move || error_message(i18n, &error)}</p>
            <button
                type="button"
                class="button"
                on:click=move |_| {
                    crate::focus::focus_follows_retry();
                    on_retry.run(())
                }
            >
                {t_string!(i18n, retry)}
            </button>
        </div>
    }
}

/// Renders a resource inside Leptos' own async boundary: a [`Transition`] shows "Loading…"
/// until the first answer (it sees the resource read below while it is pending) and then keeps
/// the last view while a newer one loads; the answer becomes `children` with the value, the error
/// panel with retry when it failed, or `not_found` for a 404.
///
/// The answer is read as the resource's value in the `Transition`'s children, as its docs show
/// for a synchronous read, rather than awaited in a `Suspend`: the same behaviour here, and 2.4 KB
/// less on the largest landing (measured, issue #15). Errors are a branch here, not an
/// `ErrorBoundary`: the panel needs the typed [`ApiError`] (its localized message, 404 as "not
/// found", an aborted request as still loading) and the resource to retry, which the boundary's
/// type-erased errors do not carry, and the boundary costs 4.5 KB of wasm on every landing.
#[component]
pub fn Remote<T, V, F>(
    /// The request.
    resource: LocalResource<Result<T, ApiError>>,
    /// The view of a loaded value.
    children: F,
    /// What to show for a 404 instead of the error panel (an unknown dataset, application…).
    #[prop(optional, into)]
    not_found: Option<ViewFn>,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
{
    // Between a retry click and the new answer, "loading" instead of the old error.
    let retrying = RwSignal::new(false);
    Effect::new(move |_| {
        resource.track();
        retrying.set(false);
    });
    let retry = Callback::new(move |_| {
        retrying.set(true);
        resource.refetch();
    });
    boundary(Arc::new(move || match resource.get() {
        Some(Ok(v)) => children(v).into_any(),
        Some(Err(ApiError::NotFound)) if not_found.is_some() => {
            not_found.as_ref().map(|f| f.run()).into_any()
        }
        Some(Err(e)) if !retrying.get() && e != ApiError::Aborted => {
            view! { <ErrorPanel error=e on_retry=retry /> }.into_any()
        }
        Some(Err(_)) => view! { <Loading /> }.into_any(),
        // Pending: the Transition shows its fallback.
        None => ().into_any(),
    }))
}

/// The boundary itself, the same code for every `Remote` (only the answer's view differs).
fn boundary(answer: Arc<dyn Fn() -> AnyView + Send + Sync>) -> AnyView {
    view! { <Transition fallback=Loading>{move || answer()}</Transition> }.into_any()
}

/// "Loading…" where content is on its way (marked busy for assistive technology).
#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="loading" aria-busy="true">
            {t_string!(i18n, loading)}
        </p>
    }
}
