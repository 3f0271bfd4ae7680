//! Fixtures shared by the Data tab's tests.

use super::{DataView, FieldInfo, FieldKind, PagePlan};
use crate::source::Source;
use serde_json::Value;

/// `gbd_ul`-like columns: `bin` is the pk.
pub(super) fn gbd() -> Vec<FieldInfo> {
    vec![
        FieldInfo::new("bin", FieldKind::Text, true),
        FieldInfo::new("datereg", FieldKind::Date, false),
        FieldInfo::new("nameru", FieldKind::Text, false),
        FieldInfo::new("statusru", FieldKind::Text, false),
        FieldInfo::new("id", FieldKind::Int, false),
    ]
}

pub(super) fn no_pk() -> Vec<FieldInfo> {
    vec![
        FieldInfo::new("a", FieldKind::Text, false),
        FieldInfo::new("b", FieldKind::Int, false),
    ]
}

pub(super) fn view(q: &str) -> DataView {
    DataView::from_query(q)
}

/// The plan's source as JSON, after checking that the strict parser (portal-sim's) takes
/// it back unchanged.
pub(super) fn json_of(src: &Source) -> Value {
    let text = src.to_string();
    match Source::parse_str(&text) {
        Ok(again) => assert_eq!(&again, src, "{text}"),
        Err(e) => panic!("{text}: {e}"),
    }
    src.to_value()
}

pub(super) fn check(p: &PagePlan, want: Value, reverse: bool, exact: bool, page: u32) {
    assert_eq!(json_of(&p.source), want);
    assert_eq!(
        (p.reverse, p.exact_page, p.page),
        (reverse, exact, page),
        "{}",
        p.source
    );
}
