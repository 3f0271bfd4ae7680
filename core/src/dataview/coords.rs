//! The coordinate columns of a dataset and their values, for the map tab.

use super::fields::FieldInfo;
use serde_json::Value;

/// The latitude and longitude columns of a dataset, if it has both (`latitude`/`longitude`,
/// `lat`/`lon`/`lng`, any case). Datasets without them get no map.
pub fn coordinate_fields(fields: &[FieldInfo]) -> Option<(String, String)> {
    let find = |names: &[&str]| {
        fields
            .iter()
            .find(|f| names.iter().any(|n| f.name.eq_ignore_ascii_case(n)))
            .map(|f| f.name.clone())
    };
    Some((
        find(&["latitude", "lat"])?,
        find(&["longitude", "lon", "lng"])?,
    ))
}

/// A coordinate from a record: a number, or a number in a string as the portal sends them
/// (`"51.128"`, also with a decimal comma). Out-of-range or non-finite values are `None`.
pub fn parse_coordinate(v: Option<&Value>, max_abs: f64) -> Option<f64> {
    let x = match v? {
        Value::Number(n) => n.as_f64()?,
        // serde_json's number parser, which the app has anyway, not core's `f64::from_str`
        // with its 11 KB table: the map tab, the only user, is code fetched on its own.
        Value::String(s) => {
            let s = s.trim().replace(',', ".");
            match serde_json::from_str(s.strip_prefix('+').unwrap_or(&s)).ok()? {
                Value::Number(n) => n.as_f64()?,
                _ => return None,
            }
        }
        _ => return None,
    };
    (x.is_finite() && x.abs() <= max_abs).then_some(x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataview::FieldKind;
    use serde_json::json;

    #[test]
    fn finds_coordinate_columns() {
        let f = |n: &str| FieldInfo::new(n, FieldKind::Text, false);
        let fields = [f("id"), f("Latitude"), f("LONGITUDE")];
        assert_eq!(
            coordinate_fields(&fields),
            Some(("Latitude".into(), "LONGITUDE".into()))
        );
        assert_eq!(
            coordinate_fields(&[f("lat"), f("lng")]),
            Some(("lat".into(), "lng".into()))
        );
        assert_eq!(coordinate_fields(&[f("latitude"), f("name")]), None);
    }

    #[test]
    fn parses_coordinates_leniently_and_safely() {
        assert_eq!(parse_coordinate(Some(&json!("51.128")), 90.0), Some(51.128));
        assert_eq!(
            parse_coordinate(Some(&json!(" 71,43 ")), 180.0),
            Some(71.43)
        );
        assert_eq!(parse_coordinate(Some(&json!(71.5)), 180.0), Some(71.5));
        assert_eq!(parse_coordinate(Some(&json!("+43.2")), 90.0), Some(43.2));
        assert_eq!(parse_coordinate(Some(&json!("-7e1")), 90.0), Some(-70.0));
        for bad in [
            json!("\"50\""),
            json!("50 60"),
            json!("[50]"),
            json!("1e999"),
            json!("abc"),
            json!(""),
            json!(null),
            json!("95"),
            json!("NaN"),
            json!([1]),
        ] {
            assert_eq!(parse_coordinate(Some(&bad), 90.0), None, "{bad}");
        }
        assert_eq!(parse_coordinate(None, 90.0), None);
    }
}
