//! The decoder of `/meta`.

use super::*;

#[derive(Deserialize)]
#[serde(rename = "Meta", rename_all = "camelCase")]
pub struct MetaDe {
    api_uri: String,
    name_kk: Option<String>,
    name_ru: Option<String>,
    name_en: Option<String>,
    description_kk: Option<String>,
    description_ru: Option<String>,
    description_en: Option<String>,
    #[serde(default)]
    keywords: Option<String>,
    #[serde(default)]
    responsible: Option<Responsible>,
    fullname_kk: Option<String>,
    fullname_ru: Option<String>,
    fullname_en: Option<String>,
    version: String,
    #[serde(default)]
    created_date: Option<String>,
    #[serde(default)]
    modified_date: Option<String>,
    fields: OrderedMap<FieldMeta>,
}
impl From<MetaDe> for Meta {
    fn from(d: MetaDe) -> Self {
        Meta {
            api_uri: d.api_uri,
            names: names(d.name_kk, d.name_ru, d.name_en),
            descriptions: descriptions(d.description_kk, d.description_ru, d.description_en),
            keywords: d.keywords,
            responsible: d.responsible,
            fullnames: fullnames(d.fullname_kk, d.fullname_ru, d.fullname_en),
            version: d.version,
            created_date: d.created_date,
            modified_date: d.modified_date,
            fields: d.fields,
        }
    }
}
