//! A subscription's target as the account page names it: its name, its page on the portal, and
//! its kind.

use crate::i18n::*;
use crate::pages::href;
use opendata_core::account::{Subscription, TargetKind};
use opendata_core::routes::Route;
use opendata_core::url::CatalogueQuery;
use opendata_core::Lang;

/// A target's name in the UI language (else another language, else its id).
pub(super) fn target_name(s: &Subscription, l: Lang) -> String {
    s.target
        .names
        .pick(l)
        .map(|(n, _)| n.to_string())
        .unwrap_or_else(|| s.target.id.clone())
}

/// Where a target lives on the portal: the dataset page, or the catalogue filtered by it.
pub(super) fn target_href(s: &Subscription, l: Lang) -> String {
    let id = s.target.id.clone();
    let route = match s.target.kind {
        TargetKind::Dataset => Route::dataset(id),
        TargetKind::Agency => Route::Catalogue(CatalogueQuery {
            agencies: vec![id],
            ..Default::default()
        }),
        TargetKind::Category => Route::Catalogue(CatalogueQuery {
            categories: vec![id],
            ..Default::default()
        }),
    };
    href(l, &route)
}

/// A target's kind in the UI language.
pub(super) fn kind_label(i18n: I18nContext, k: TargetKind) -> String {
    match k {
        TargetKind::Dataset => t_string!(i18n, account_kind_dataset),
        TargetKind::Agency => t_string!(i18n, account_kind_agency),
        TargetKind::Category => t_string!(i18n, account_kind_category),
    }
    .to_string()
}
