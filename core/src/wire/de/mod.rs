//! The decoders of the wire types that flatten [`Names`] and friends: the same JSON, read
//! through one plain struct each instead of `#[serde(flatten)]` (which buffers every object
//! into serde's generic `Content` first and costs the web app's wasm far more code).
//! Serialization stays derived with `flatten`. Each `…De` lists the owner's fields with the
//! flattened ones spelled out; keep them in step with the public struct.

use super::*;
use crate::lang::Lang;
use serde::de::Visitor;
use serde::forward_to_deserialize_any;
use serde::{Deserialize, Deserializer};

mod catalogue;
mod community;
mod data;

use catalogue::{
    AgencyDe, AgencyRefDe, CategoryDe, CategoryRefDe, DatasetDetailDe, DatasetSummaryDe,
    FacetValueDe, ResponsibleDe,
};
use community::{ApplicationDetailDe, DatasetRefDe, ShowcaseAppDe};
use data::MetaDe;

/// Makes a derived decoder read only a JSON object (`deserialize_map`), as the `flatten`
/// decoders did: a derived struct decoder would also take an array.
pub(crate) struct MapOnly<D>(pub D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for MapOnly<D> {
    type Error = D::Error;
    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(v)
    }
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(v)
    }
    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

/// `Deserialize` for each public type through its `…De` struct.
macro_rules! via {
    ($($t:ident <- $de:ident),* $(,)?) => {$(
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $de::deserialize(MapOnly(d)).map(Into::into)
            }
        }
    )*};
}
via!(
    Category <- CategoryDe,
    Agency <- AgencyDe,
    AgencyRef <- AgencyRefDe,
    CategoryRef <- CategoryRefDe,
    DatasetSummary <- DatasetSummaryDe,
    DatasetDetail <- DatasetDetailDe,
    FacetValue <- FacetValueDe,
    Responsible <- ResponsibleDe,
    Meta <- MetaDe,
    DatasetRef <- DatasetRefDe,
    ApplicationDetail <- ApplicationDetailDe,
    ShowcaseApp <- ShowcaseAppDe,
);

fn names(kk: Option<String>, ru: Option<String>, en: Option<String>) -> Names {
    Names {
        name_kk: kk,
        name_ru: ru,
        name_en: en,
    }
}
fn descriptions(kk: Option<String>, ru: Option<String>, en: Option<String>) -> Descriptions {
    Descriptions {
        description_kk: kk,
        description_ru: ru,
        description_en: en,
    }
}
fn fullnames(kk: Option<String>, ru: Option<String>, en: Option<String>) -> FullNames {
    FullNames {
        fullname_kk: kk,
        fullname_ru: ru,
        fullname_en: en,
    }
}
