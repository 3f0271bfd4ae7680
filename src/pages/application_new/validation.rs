//! What the form checks: a required field's message in the words of that field, the name's
//! length, and the portal's field errors put on the form's fields.

use super::{AGENCY, CATEGORY, DESCRIPTION, ORGANIZATION, TITLE};
use crate::components::form::text_error;
use crate::components::FormError;
use crate::i18n::*;
use opendata_core::account::{too_long, FieldCode, NewApplication, MAX_TITLE};

/// A required field left empty, in the words of that field.
pub(super) fn required(i18n: I18nContext, field: &'static str) -> FormError {
    FormError {
        field,
        message: match field {
            CATEGORY => t_string!(i18n, app_category_required),
            TITLE => t_string!(i18n, app_title_required),
            AGENCY => t_string!(i18n, app_agency_required),
            ORGANIZATION => t_string!(i18n, app_organization_required),
            _ => t_string!(i18n, app_to_required),
        }
        .to_string(),
    }
}

/// The name: required, and not too long.
pub(super) fn title_error(i18n: I18nContext, t: &str) -> Option<FormError> {
    if t.trim().is_empty() {
        Some(required(i18n, TITLE))
    } else if too_long(t.trim(), MAX_TITLE) {
        Some(FormError {
            field: TITLE,
            message: t_string!(i18n, app_title_too_long, max = MAX_TITLE.to_string()).to_string(),
        })
    } else {
        None
    }
}

pub(super) fn description_required(i: I18nContext) -> String {
    t_string!(i, app_description_required).to_string()
}

/// A field the portal refused, as the form's error for it (the name and description as sent).
pub(super) fn server_error(
    i18n: I18nContext,
    body: &NewApplication,
    field: &str,
    code: Option<FieldCode>,
) -> Option<FormError> {
    match field {
        "category" => Some(required(i18n, CATEGORY)),
        "title" => title_error(i18n, &body.title).or(Some(required(i18n, TITLE))),
        "description" => Some(text_error(
            i18n,
            DESCRIPTION,
            code,
            &body.description,
            description_required,
        )),
        "govAgency" if body.gov_agency.is_some() => Some(required(i18n, AGENCY)),
        "govAgency" => Some(required(i18n, "app-to-agency")),
        "otherOrganization" => Some(FormError {
            field: ORGANIZATION,
            message: if code == Some(FieldCode::TooLong) {
                t_string!(i18n, app_title_too_long, max = MAX_TITLE.to_string()).to_string()
            } else {
                required(i18n, ORGANIZATION).message
            },
        }),
        _ => None,
    }
}
