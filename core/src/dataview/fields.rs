//! What the Data tab knows of a column: its name, declared type and whether it is the pk.

use crate::wire::Meta;

/// A field's declared type, from the `type` of `/meta` (`String`, `Int`, `Double`, `Date`,
/// `Datetime`, `Boolean`; anything else is text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    Int,
    Double,
    Date,
    Datetime,
    Boolean,
}

impl FieldKind {
    pub fn parse(s: &str) -> FieldKind {
        match s {
            "Int" => FieldKind::Int,
            "Double" => FieldKind::Double,
            "Date" => FieldKind::Date,
            "Datetime" => FieldKind::Datetime,
            "Boolean" => FieldKind::Boolean,
            _ => FieldKind::Text,
        }
    }

    /// Whether the column gets a from/to filter rather than a text box.
    pub fn is_ranged(self) -> bool {
        matches!(
            self,
            FieldKind::Int | FieldKind::Double | FieldKind::Date | FieldKind::Datetime
        )
    }
}

/// What the planner needs to know about a column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldInfo {
    pub name: String,
    pub kind: FieldKind,
    pub pk: bool,
}

impl FieldInfo {
    pub fn new(name: impl Into<String>, kind: FieldKind, pk: bool) -> Self {
        FieldInfo {
            name: name.into(),
            kind,
            pk,
        }
    }

    /// The columns of a `/meta` answer, in column order.
    pub fn from_meta(meta: &Meta) -> Vec<FieldInfo> {
        meta.fields
            .iter()
            .map(|(name, f)| FieldInfo::new(name, FieldKind::parse(&f.kind), f.pk))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_info_from_meta() {
        // From text: `fields` keeps its order (a `Value` would sort the keys).
        let meta: Result<Meta, _> = serde_json::from_str(
            r#"{"apiUri":"x","version":"v1",
                "fields":{"id":{"type":"Int","pk":true},"d":{"type":"Date","format":"dd.MM.yyyy"},
                          "t":{"type":"Datetime"},"f":{"type":"Double"},"b":{"type":"Boolean"},
                          "s":{"type":"String"},"u":{"type":"Geo"}}}"#,
        );
        let fields = FieldInfo::from_meta(&meta.expect("meta"));
        let kinds: Vec<(&str, FieldKind, bool)> = fields
            .iter()
            .map(|f| (f.name.as_str(), f.kind, f.pk))
            .collect();
        assert_eq!(
            kinds,
            [
                ("id", FieldKind::Int, true),
                ("d", FieldKind::Date, false),
                ("t", FieldKind::Datetime, false),
                ("f", FieldKind::Double, false),
                ("b", FieldKind::Boolean, false),
                ("s", FieldKind::Text, false),
                ("u", FieldKind::Text, false),
            ]
        );
        assert!(
            FieldKind::Date.is_ranged()
                && !FieldKind::Text.is_ranged()
                && !FieldKind::Boolean.is_ranged()
        );
    }
}
