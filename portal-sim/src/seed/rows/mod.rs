//! On-demand row generation: every record is a pure function of (seed, dataset, version, row).
//! The primary key of every dataset grows strictly with the row number, so a pk `range`/`sort`
//! can be answered by binary search instead of a scan (see `dsl.rs`).

mod crimes;
mod generic;
mod lists;
mod places;

pub use lists::{CURRENCIES, D_ATS_TYPES};
pub use places::district_name;

use super::tables::*;
use super::{person, phone, DatasetSeed, RowKind, Seed};
use crate::rng::Rng;
use crimes::crime_row;
use serde_json::Value;

/// A record: field name → value, in column order.
pub type Row = Vec<(&'static str, Value)>;

pub const S_ATS_ROWS: u64 = 3_200;
pub const CRIMES_ROWS: u64 = 25_000;

/// A 300-character word without spaces (layout must wrap or clip it).
pub fn long_word() -> String {
    "Сверхдлинноеназвание".repeat(15)
}

const PWN_SCRIPT: &str = "<script>window.__pwned=1</script>";
const PWN_IMG: &str = "<img src=x onerror=\"window.__pwned=1\">";

fn s(x: impl Into<String>) -> Value {
    Value::String(x.into())
}

impl Seed {
    /// The value of `field` for `row` when that field grows strictly with the row number (the pk,
    /// and `id` in gbd_ul); `None` for any other field. Cheap: no row is generated.
    pub fn monotonic(&self, ds: &DatasetSeed, field: &str, row: u64) -> Option<Value> {
        match (ds.kind, field) {
            (RowKind::GbdUl, "bin") => Some(s(super::gbd::bin(row))),
            (RowKind::GbdUl, "id") => Some(s((row + 1).to_string())),
            (RowKind::DAtsTypes, "id") => Some(Value::from(row + 1)),
            (RowKind::SAts, "id") => Some(Value::from(19_000 + row)),
            (RowKind::Crimes, "objectid") => Some(s((row + 1).to_string())),
            (RowKind::Rates, "kod") => CURRENCIES.get(row as usize).map(|c| s(c.0)),
            (
                RowKind::Generic { .. }
                | RowKind::Advocates
                | RowKind::HostileLinks
                | RowKind::HostileBidi
                | RowKind::HostileLongWord,
                "id",
            ) => Some(s((row + 1).to_string())),
            _ => None,
        }
    }

    /// The random stream of one record: `version_rng(..).child(row)`.
    pub fn row_rng(&self, ds: &DatasetSeed, ver: usize, row: u64) -> Rng {
        self.version_rng(ds, ver).child(row)
    }

    /// The stream every record of a dataset version derives from.
    pub fn version_rng(&self, ds: &DatasetSeed, ver: usize) -> Rng {
        Rng::derive(self.seed, &[ds.id, ver as u64])
    }

    /// Generates one record. `ver` indexes `ds.versions`; `row` must be below its row count
    /// (callers check; out-of-range rows are still generated, never panic).
    pub fn row(&self, ds: &DatasetSeed, ver: usize, row: u64) -> Row {
        let mut g = self.row_rng(ds, ver, row);
        match ds.kind {
            RowKind::Generic {
                topic,
                region,
                year,
            } => self.generic_row(&mut g, topic, region, year, row),
            RowKind::DAtsTypes => {
                let t = D_ATS_TYPES[(row as usize).min(D_ATS_TYPES.len() - 1)];
                vec![
                    ("id", Value::from(row + 1)),
                    ("code", s(t.0)),
                    ("value_ru", s(t.1)),
                    ("value_kz", s(t.2)),
                    ("short_value_ru", s(t.3)),
                    ("short_value_kz", s(t.4)),
                    ("actual", s(if t.5 { "true" } else { "false" })),
                ]
            }
            RowKind::SAts => self.s_ats_row(&mut g, row),
            RowKind::GbdUl => super::gbd::record(g, row)
                .into_iter()
                .map(|(k, v)| (k, s(v)))
                .collect(),
            RowKind::Crimes => crime_row(&mut g, row),
            RowKind::Rates => {
                let (kod, base) = CURRENCIES[(row as usize).min(CURRENCIES.len() - 1)];
                let drift = 1.0 + 0.045 * ver as f64 + (g.unit() - 0.5) * 0.02;
                vec![("kod", s(kod)), ("kurs", s(format!("{:.2}", base * drift)))]
            }
            RowKind::Advocates => {
                let p = person(&mut g);
                let reg = g.pick(REGIONS);
                vec![
                    ("id", s((row + 1).to_string())),
                    ("fio", s(p[1].clone())),
                    ("region", s(reg.short[1])),
                    (
                        "nomerlitsenzii",
                        s(format!("{:08}", g.range(1_000, 16_000_000))),
                    ),
                    (
                        "datavydachilitsenzii",
                        s(g.range(36_000, 46_300).to_string()),
                    ),
                    (
                        "adress",
                        s(format!(
                            "г. {}, ул. {}, д. {}",
                            reg.centre[1],
                            g.pick(STREETS),
                            g.range(1, 160)
                        )),
                    ),
                    ("kontakty", s(phone(&mut g))),
                ]
            }
            RowKind::HostileLinks => {
                let name = match row % 11 {
                    0 => format!("Портал {PWN_SCRIPT}"),
                    3 | 7 => format!("Ресурс {PWN_IMG}"),
                    _ => format!("Официальный интернет-ресурс ГУ №{}", row + 1),
                };
                let website = match row % 5 {
                    0 => "javascript:window.__pwned=1".to_string(),
                    1 => "JaVaScRiPt:window.__pwned=1".to_string(),
                    2 => format!("data:text/html,{PWN_SCRIPT}"),
                    _ => format!("https://www.gov.kz/memleket/entities/org{}", row + 1),
                };
                let email = if row.is_multiple_of(13) {
                    format!("info@gov.kz\">{PWN_SCRIPT}")
                } else {
                    format!("info{}@gov.kz", row + 1)
                };
                vec![
                    ("id", s((row + 1).to_string())),
                    ("name", s(name)),
                    ("website", s(website)),
                    ("email", s(email)),
                ]
            }
            RowKind::HostileBidi => vec![
                ("id", s((row + 1).to_string())),
                (
                    "tenant",
                    s(format!("ТОО «\u{202E}ловка\u{202C}» №{}", row + 1)),
                ),
                ("object", s(format!("Помещение {} м²", g.range(12, 900)))),
                (
                    "note",
                    s(if row.is_multiple_of(3) {
                        PWN_IMG.to_string()
                    } else {
                        "\u{202E}txet desrever\u{202C} конец".to_string()
                    }),
                ),
            ],
            RowKind::HostileLongWord => vec![
                ("id", s((row + 1).to_string())),
                (
                    "indicator",
                    s(if row.is_multiple_of(3) {
                        long_word()
                    } else {
                        format!("Показатель {}", row + 1)
                    }),
                ),
                ("value", s(format!("{:.2}", g.unit() * 1000.0))),
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_word_is_300_chars() {
        assert_eq!(long_word().chars().count(), 300);
    }
}
