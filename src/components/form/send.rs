//! A form's send cycle: errors, attempts, sending, a failed send to retry.

use super::FormError;
use crate::api::ApiError;
use leptos::prelude::*;
use opendata_core::account::FieldError as WireFieldError;

/// A form's send cycle: its errors (and a count of submits, so the same errors twice take focus
/// again), whether a send is on its way, and a failed send to offer "Try again" for.
#[derive(Clone, Copy)]
pub struct FormSend {
    pub errors: RwSignal<Vec<FormError>>,
    pub attempt: RwSignal<u32>,
    pub sending: RwSignal<bool>,
    pub failed: RwSignal<Option<ApiError>>,
}

impl FormSend {
    pub fn new() -> FormSend {
        FormSend {
            errors: RwSignal::new(Vec::new()),
            attempt: RwSignal::new(0),
            sending: RwSignal::new(false),
            failed: RwSignal::new(None),
        }
    }

    /// A submit: shows `errors` (none clears them) and says whether to send. A submit while a
    /// send is on its way is the same one, so it does nothing.
    pub fn begin(&self, errors: Vec<FormError>) -> bool {
        if self.sending.get_untracked() {
            return false;
        }
        let ok = errors.is_empty();
        self.attempt.update(|n| *n += 1);
        self.errors.set(errors);
        self.failed.set(None);
        self.sending.set(ok);
        ok
    }

    /// Sends after [`begin`](Self::begin): `done` gets the portal's acceptance, `invalid` maps
    /// the portal's field errors onto the form, `expired` is told of a 401; any other failure
    /// stays for the retry.
    pub fn send<T: 'static>(
        self,
        request: impl std::future::Future<Output = Result<T, ApiError>> + 'static,
        done: impl FnOnce(T) + 'static,
        invalid: impl FnOnce(&[WireFieldError]) -> Vec<FormError> + 'static,
        expired: impl FnOnce() + 'static,
    ) {
        leptos::task::spawn_local(async move {
            let result = request.await;
            self.sending.set(false);
            match result {
                Ok(v) => done(v),
                Err(ApiError::Invalid(f)) => {
                    self.errors.set(invalid(&f));
                    self.attempt.update(|n| *n += 1);
                }
                Err(ApiError::Unauthorized) => expired(),
                Err(e) => self.failed.set(Some(e)),
            }
        });
    }
}

impl Default for FormSend {
    fn default() -> Self {
        Self::new()
    }
}
