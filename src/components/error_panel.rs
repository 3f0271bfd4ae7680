//! Loading / error / loaded: the three rendered states of every request.

use crate::api::ApiError;
use crate::i18n::*;
use crate::l10n::error_message;
use leptos::prelude::*;

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

/// Renders a resource: a loading line while it is pending (and while a retry runs), the error
/// panel with retry when it failed, `children` with the value when it arrived.
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
    // Between a retry click and the new answer, show "loading" instead of the old error.
    let retrying = RwSignal::new(false);
    Effect::new(move |_| {
        resource.track();
        retrying.set(false);
    });
    move || match resource.get() {
        Some(Err(ApiError::NotFound)) if not_found.is_some() => {
            not_found.as_ref().map(|f| f.run()).into_any()
        }
        Some(Err(e)) if !retrying.get() && e != ApiError::Aborted => view! {
            <ErrorPanel
                error=e
                on_retry=move |_| {
                    retrying.set(true);
                    resource.refetch();
                }
            />
        }
        .into_any(),
        Some(Ok(v)) => children(v).into_any(),
        Some(Err(_)) | None => view! { <Loading /> }.into_any(),
    }
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
