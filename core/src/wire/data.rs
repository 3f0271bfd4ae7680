//! The data API's types: a dataset's `/meta` (its fields, in column order), a page of records
//! from `/api/detailed` and the versions of an index (`/api/v4/mapping`).

use super::catalogue::Responsible;
use super::de::wire_struct;
use super::names::{pick, Descriptions, FullNames, Names};
use crate::lang::Lang;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// One field of a dataset, as in `/meta` (`fields.{name}`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldMeta {
    /// `String`, `Int`, `Double`, `Date`, `Datetime` or `Boolean`.
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub pk: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_kk: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_ru: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
    /// Date format for date fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
}

impl FieldMeta {
    pub fn label(&self, lang: Lang) -> Option<(&str, Lang)> {
        pick(
            lang,
            self.label_kk.as_deref(),
            self.label_ru.as_deref(),
            self.label_en.as_deref(),
        )
    }
}

/// A JSON object whose key order matters (field order is column order), kept as a list.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct OrderedMap<V>(pub Vec<(String, V)>);

impl<V> OrderedMap<V> {
    pub fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<V: Serialize> Serialize for OrderedMap<V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for OrderedMap<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V2<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for V2<V> {
            type Value = OrderedMap<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::with_capacity(m.size_hint().unwrap_or(0));
                while let Some((k, v)) = m.next_entry::<String, V>()? {
                    out.push((k, v));
                }
                Ok(OrderedMap(out))
            }
        }
        d.deserialize_map(V2(std::marker::PhantomData))
    }
}

wire_struct! {
    /// `GET /meta/{index}/{version}`: the dataset's passport metadata, in the publication format of
    /// `/pages/format` plus the keys clients are seen reading.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct Meta {
        pub api_uri: String,
        pub names: Names as flatten,
        pub descriptions: Descriptions as flatten,
        /// Comma-separated keywords, as the publication format has them.
        pub keywords: Option<String>,
        pub responsible: Option<Responsible>,
        /// The dataset's full name (clients read `fullnameKk/fullnameRu`).
        pub fullnames: FullNames as flatten,
        pub version: String,
        pub created_date: Option<String>,
        pub modified_date: Option<String>,
        pub fields: OrderedMap<FieldMeta>,
    }
}

/// `GET /api/v4/mapping/{index}`: `{"<index>":{"mappings":{"v1":{…},"v2":{…}}}}`, one key per
/// version, oldest first. Only the version names are read (the field list is `/meta`'s).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Mapping(OrderedMap<MappingIndex>);

#[derive(Clone, Debug, PartialEq, Deserialize)]
struct MappingIndex {
    mappings: OrderedMap<serde::de::IgnoredAny>,
}

impl Mapping {
    /// The versions, oldest first (`v2` before `v10`, whatever order the answer has).
    pub fn versions(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .0
            .iter()
            .flat_map(|(_, i)| i.mappings.keys().map(str::to_string))
            .collect();
        let number = |s: &str| s.strip_prefix('v').and_then(|n| n.parse::<u32>().ok());
        // Numbered versions by number; any other (`data`) after them, in the answer's order.
        v.sort_by_key(|s| (number(s).is_none(), number(s)));
        v.dedup();
        v
    }
}

/// `GET /api/detailed/{index}/{version}?source=`: one page of records with the total.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DetailedResponse {
    pub total_count: u64,
    /// Records: flat objects keyed by field name, plus `_id` and `_index`.
    #[serde(default)]
    pub data: Vec<serde_json::Map<String, serde_json::Value>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_lists_versions_oldest_first() {
        let m: super::Mapping =
            serde_json::from_str(r#"{"x":{"mappings":{"v10":{"properties":{}},"v2":{},"v1":{}}}}"#)
                .unwrap();
        assert_eq!(m.versions(), ["v1", "v2", "v10"]);
        let d: super::Mapping = serde_json::from_str(r#"{"x":{"mappings":{"data":{}}}}"#).unwrap();
        assert_eq!(d.versions(), ["data"]);
        assert!(serde_json::from_str::<super::Mapping>(r#"{"x":{}}"#).is_err());
    }

    #[test]
    fn ordered_map_keeps_field_order_both_ways() {
        let text = r#"{"zeta":{"type":"String"},"alpha":{"type":"Int","pk":true}}"#;
        let m: OrderedMap<FieldMeta> = serde_json::from_str(text).unwrap();
        assert_eq!(m.keys().collect::<Vec<_>>(), ["zeta", "alpha"]);
        assert!(m.get("alpha").unwrap().pk);
        let back = serde_json::to_string(&m).unwrap();
        assert!(back.find("zeta").unwrap() < back.find("alpha").unwrap());
    }
}
