//! The form's choice fields: the category, and who is asked (an agency of the catalogue or
//! another organisation, each with its own field), with their invalid state and error links.

use super::{AGENCY, CATEGORY, ORGANIZATION, TO_AGENCY, TO_OTHER};
use crate::api::ApiError;
use crate::components::{FieldError, FormError, Remote};
use crate::i18n::*;
use crate::l10n::use_lang;
use leptos::prelude::*;
use opendata_core::wire::{Agency, Category};

/// Whether the form's errors name the field (its `class:field-invalid` and `aria-invalid`).
fn field_invalid(errors: RwSignal<Vec<FormError>>, f: &'static str) -> impl Fn() -> bool + Copy {
    move || errors.with(|e| e.iter().any(|x| x.field == f))
}

/// The field's `aria-describedby`: its hint (if it has one) and its error (while it has one).
fn described_by(
    errors: RwSignal<Vec<FormError>>,
    f: &'static str,
    hint: bool,
) -> impl Fn() -> Option<String> {
    let invalid = move |f: &'static str| field_invalid(errors, f);
    move || {
        let mut ids = Vec::new();
        if hint {
            ids.push(format!("{f}-hint"));
        }
        if invalid(f)() {
            ids.push(format!("{f}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The category, from the catalogue's list.
#[component]
pub(super) fn CategoryField(
    category: RwSignal<String>,
    categories: LocalResource<Result<Vec<Category>, ApiError>>,
    errors: RwSignal<Vec<FormError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let invalid = move |f: &'static str| field_invalid(errors, f);
    let described = move |f: &'static str, hint: bool| described_by(errors, f, hint);
    view! {
        <div class="field" class:field-invalid=invalid(CATEGORY)>
            <label for=CATEGORY>{t_string!(i18n, app_category_label)}</label>
            <FieldError field=CATEGORY errors=errors />
            <Remote resource=categories let:cats>
                <select
                    id=CATEGORY
                    aria-describedby=described(CATEGORY, false)
                    aria-invalid=move || invalid(CATEGORY)().then_some("true")
                    on:change=move |ev| category.set(event_target_value(&ev))
                >
                    <option value="" selected=category.get_untracked().is_empty()>
                        {t_string!(i18n, app_choose)}
                    </option>
                    {cats
                        .into_iter()
                        .map(|c| {
                            let name = c
                                .names
                                .pick(lang.get_untracked())
                                .map(|(s, _)| s.to_string())
                                .unwrap_or_else(|| c.id.clone());
                            let selected = category.get_untracked() == c.id;
                            view! {
                                <option value=c.id selected=selected>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </Remote>
        </div>
    }
}

/// Who is asked: an agency of the catalogue (chosen from its list) or another organisation
/// (named), each field shown only for its choice.
#[component]
pub(super) fn RecipientFields(
    to: RwSignal<String>,
    agency: RwSignal<String>,
    organization: RwSignal<String>,
    agencies: LocalResource<Result<Vec<Agency>, ApiError>>,
    errors: RwSignal<Vec<FormError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let invalid = move |f: &'static str| field_invalid(errors, f);
    let described = move |f: &'static str, hint: bool| described_by(errors, f, hint);
    view! {
        <div class="field" class:field-invalid=invalid("app-to-agency")>
            <fieldset aria-describedby=described("app-to-agency", false)>
                <legend>{t_string!(i18n, app_to_legend)}</legend>
                <FieldError field="app-to-agency" errors=errors />
                <div class="choice">
                    <input
                        type="radio"
                        id="app-to-agency"
                        name="to"
                        prop:checked=move || to.get() == TO_AGENCY
                        on:change=move |_| to.set(TO_AGENCY.into())
                    />
                    <label for="app-to-agency">{t_string!(i18n, app_to_agency)}</label>
                </div>
                <div class="choice">
                    <input
                        type="radio"
                        id="app-to-other"
                        name="to"
                        prop:checked=move || to.get() == TO_OTHER
                        on:change=move |_| to.set(TO_OTHER.into())
                    />
                    <label for="app-to-other">{t_string!(i18n, app_to_organization)}</label>
                </div>
            </fieldset>
        </div>
        <div class="field" class:field-invalid=invalid(AGENCY) hidden=move || to.get() != TO_AGENCY>
            <label for=AGENCY>{t_string!(i18n, app_agency_label)}</label>
            <FieldError field=AGENCY errors=errors />
            <Remote resource=agencies let:list>
                <select
                    id=AGENCY
                    aria-describedby=described(AGENCY, false)
                    aria-invalid=move || invalid(AGENCY)().then_some("true")
                    on:change=move |ev| agency.set(event_target_value(&ev))
                >
                    <option value="" selected=agency.get_untracked().is_empty()>
                        {t_string!(i18n, app_choose)}
                    </option>
                    {list
                        .into_iter()
                        .map(|a| {
                            let l = lang.get_untracked();
                            let name = a
                                .fullnames
                                .pick(l)
                                .or_else(|| a.names.pick(l))
                                .map(|(s, _)| s.to_string())
                                .unwrap_or_else(|| a.id.clone());
                            let selected = agency.get_untracked() == a.id;
                            view! {
                                <option value=a.id selected=selected>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </Remote>
        </div>
        <div
            class="field"
            class:field-invalid=invalid(ORGANIZATION)
            hidden=move || to.get() != TO_OTHER
        >
            <label for=ORGANIZATION>{t_string!(i18n, app_organization_label)}</label>
            <FieldError field=ORGANIZATION errors=errors />
            <input
                type="text"
                id=ORGANIZATION
                aria-describedby=described(ORGANIZATION, false)
                aria-invalid=move || invalid(ORGANIZATION)().then_some("true")
                prop:value=move || organization.get()
                on:input=move |ev| organization.set(event_target_value(&ev))
            />
        </div>
    }
}
