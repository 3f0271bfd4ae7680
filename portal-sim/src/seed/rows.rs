//! On-demand row generation: every record is a pure function of (seed, dataset, version, row).
//! The primary key of every dataset grows strictly with the row number, so a pk `range`/`sort`
//! can be answered by binary search instead of a scan (see `dsl.rs`).

use super::tables::*;
use super::{
    civil_from_days, days_from_civil, person, phone, translit, DatasetSeed, RowKind, Seed,
};
use crate::rng::Rng;
use serde_json::Value;

/// A record: field name → value, in column order.
pub type Row = Vec<(&'static str, Value)>;

/// `d_ats_types`: (code, value_ru, value_kz, short_ru, short_kz, actual).
pub const D_ATS_TYPES: &[(&str, &str, &str, &str, &str, bool)] = &[
    ("OBL", "Область", "Облыс", "обл.", "обл.", true),
    (
        "GRZ",
        "Город республиканского значения",
        "Республикалық маңызы бар қала",
        "г.",
        "қ.",
        true,
    ),
    ("RN", "Район", "Аудан", "р-н", "ауд.", true),
    (
        "GOZ",
        "Город областного значения",
        "Облыстық маңызы бар қала",
        "г.",
        "қ.",
        true,
    ),
    (
        "GRN",
        "Город районного значения",
        "Аудандық маңызы бар қала",
        "г.",
        "қ.",
        true,
    ),
    (
        "RVG",
        "Район в городе",
        "Қаладағы аудан",
        "р-н",
        "ауд.",
        true,
    ),
    (
        "SO",
        "Сельский округ",
        "Ауылдық округ",
        "с.о.",
        "а.о.",
        true,
    ),
    ("PS", "Поселок", "Кент", "п.", "к.", true),
    ("SL", "Село", "Ауыл", "с.", "а.", true),
    ("ZM", "Зимовка", "Қыстау", "зим.", "қыст.", true),
    ("ST", "Станция", "Станция", "ст.", "ст.", true),
    ("RZ", "Разъезд", "Разъезд", "рзд.", "рзд.", false),
];

/// `valutalar_bagamdary4`: currency code (sorted, it is the pk) and a base rate in tenge.
pub const CURRENCIES: &[(&str, f64)] = &[
    ("AED", 128.4),
    ("AMD", 1.21),
    ("AUD", 307.9),
    ("AZN", 277.3),
    ("BRL", 86.2),
    ("BYN", 144.6),
    ("CAD", 342.1),
    ("CHF", 531.0),
    ("CNY", 65.1),
    ("CZK", 20.3),
    ("DKK", 68.9),
    ("EUR", 512.6),
    ("GBP", 598.4),
    ("GEL", 173.2),
    ("HKD", 60.4),
    ("HUF", 1.28),
    ("INR", 5.6),
    ("IRR", 0.011),
    ("JPY", 3.12),
    ("KGS", 5.39),
    ("KRW", 0.35),
    ("KWD", 1534.0),
    ("MDL", 26.7),
    ("MXN", 25.1),
    ("MYR", 104.2),
    ("NOK", 44.9),
    ("PLN", 119.6),
    ("QAR", 129.5),
    ("RUB", 5.82),
    ("SAR", 125.7),
    ("SEK", 46.3),
    ("SGD", 353.8),
    ("THB", 13.4),
    ("TJS", 43.8),
    ("TRY", 13.9),
    ("UAH", 11.4),
    ("USD", 471.5),
    ("UZS", 0.037),
    ("ZAR", 25.6),
];

pub const S_ATS_ROWS: u64 = 3_200;
pub const CRIMES_ROWS: u64 = 25_000;
const S_ATS_DISTRICTS: u64 = 220;

/// Nominative Russian names of the 20 regions (s_ats `name_rus`).
const REGION_RU_NOM: [&str; 20] = [
    "Абайская область",
    "Акмолинская область",
    "Актюбинская область",
    "Алматинская область",
    "Атырауская область",
    "Восточно-Казахстанская область",
    "Жамбылская область",
    "Область Жетісу",
    "Западно-Казахстанская область",
    "Карагандинская область",
    "Костанайская область",
    "Кызылординская область",
    "Мангистауская область",
    "Павлодарская область",
    "Северо-Казахстанская область",
    "Туркестанская область",
    "Область Ұлытау",
    "город Алматы",
    "город Астана",
    "город Шымкент",
];

/// A 300-character word without spaces (layout must wrap or clip it).
pub fn long_word() -> String {
    "Сверхдлинноеназвание".repeat(15)
}

const PWN_SCRIPT: &str = "<script>window.__pwned=1</script>";
const PWN_IMG: &str = "<img src=x onerror=\"window.__pwned=1\">";

fn s(x: impl Into<String>) -> Value {
    Value::String(x.into())
}

/// A district of region `r`, number `k`: («Ақкөл ауданы», «Акколький район»).
pub fn district_name(seed: u64, r: usize, k: u64) -> (String, String) {
    let mut g = Rng::derive(seed, &[40, r as u64, k]);
    let a = g.pick(PLACE_A);
    let b = g.pick(PLACE_B);
    (
        format!("{}{} ауданы", a[0], b[0]),
        format!("{}{}ский район", a[1], b[1]),
    )
}

fn village_name(g: &mut Rng) -> (String, String) {
    let a = g.pick(PLACE_A);
    let b = g.pick(PLACE_B);
    (format!("{}{}", a[0], b[0]), format!("{}{}", a[1], b[1]))
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

    fn generic_row(
        &self,
        g: &mut Rng,
        topic: usize,
        region: Option<usize>,
        year: u16,
        row: u64,
    ) -> Row {
        let t = &TOPICS[topic];
        let ri = region.unwrap_or_else(|| g.below(REGIONS.len() as u64) as usize);
        let reg = &REGIONS[ri];
        let year = if year == 0 {
            g.range(2015, 2026)
        } else {
            u64::from(year)
        };
        let centre = reg.centre[1];
        let mut out = Vec::with_capacity(t.fields.len());
        for f in t.fields {
            let v = match f.g {
                G::Id => (row + 1).to_string(),
                G::Org(pats) => g
                    .pick(pats)
                    .replace("{n}", &g.range(1, 240).to_string())
                    .replace("{c}", centre),
                G::Address => {
                    if reg.city || g.chance(0.6) {
                        format!(
                            "г. {centre}, ул. {}, д. {}",
                            g.pick(STREETS),
                            g.range(1, 180)
                        )
                    } else {
                        let d = district_name(self.seed, ri, g.below(11));
                        let v = village_name(g);
                        format!(
                            "{}, с. {}, ул. {}, д. {}",
                            d.1,
                            v.1,
                            g.pick(STREETS),
                            g.range(1, 90)
                        )
                    }
                }
                G::District => district_name(self.seed, ri, g.below(11)).1,
                G::Phone => phone(g),
                G::Int(lo, hi) => g.range(lo, hi).to_string(),
                G::Dbl(lo, hi) => format!("{:.2}", lo as f64 + g.unit() * (hi - lo) as f64),
                G::Date => {
                    let d0 = days_from_civil(year as i64, 1, 1);
                    let (y, m, d) = civil_from_days(d0 + g.below(365) as i64);
                    format!("{d:02}.{m:02}.{y}")
                }
                G::Year => year.to_string(),
                G::Month => format!("{year}-{:02}", row % 12 + 1),
                G::Choice(c) => g.pick(c).to_string(),
                G::Website => format!("https://{}-org{}.kz", translit(centre, 20), g.range(1, 500)),
                G::Email => format!("info{}@{}.kz", g.range(1, 500), translit(centre, 20)),
                G::Lat => format!("{:.6}", reg.lat + (g.unit() - 0.5) * 0.16),
                G::Lon => format!("{:.6}", reg.lon + (g.unit() - 0.5) * 0.24),
                G::Person => person(g)[1].clone(),
            };
            out.push((f.name, s(v)));
        }
        out
    }

    fn s_ats_row(&self, g: &mut Rng, row: u64) -> Row {
        let regions = REGIONS.len() as u64;
        let region_name = |r: usize| {
            (
                REGIONS[r].gen[0].trim_end_matches("ның").to_string(),
                REGION_RU_NOM[r].to_string(),
            )
        };
        let (name, parent, type_id, cato, path) = if row < regions {
            let r = row as usize;
            let n = region_name(r);
            let t = if REGIONS[r].city { 2 } else { 1 };
            let path = (n.0.clone(), n.1.clone());
            (
                n,
                Value::Null,
                t,
                format!("{}0000000", REGIONS[r].kato),
                path,
            )
        } else if row < regions + S_ATS_DISTRICTS {
            let r = ((row - regions) % regions) as usize;
            let k = (row - regions) / regions;
            let n = district_name(self.seed, r, k);
            let rn = region_name(r);
            let t = if REGIONS[r].city { 6 } else { 3 };
            let path = (format!("{}, {}", rn.0, n.0), format!("{}, {}", rn.1, n.1));
            (
                n,
                Value::from(19_000 + r as u64),
                t,
                format!("{}{:02}00000", REGIONS[r].kato, k + 1),
                path,
            )
        } else {
            let d = regions + (row - regions - S_ATS_DISTRICTS) % S_ATS_DISTRICTS;
            let r = ((d - regions) % regions) as usize;
            let k = (d - regions) / regions;
            let dn = district_name(self.seed, r, k);
            let rn = region_name(r);
            let t = *g.pick(&[7u64, 8, 9, 9, 9]);
            let v = village_name(g);
            let prefix = D_ATS_TYPES[(t - 1) as usize];
            let n = (
                format!("{} {}", v.0, prefix.4),
                format!("{} {}", prefix.3, v.1),
            );
            let path = (
                format!("{}, {}, {}", rn.0, dn.0, n.0),
                format!("{}, {}, {}", rn.1, dn.1, n.1),
            );
            (
                n,
                Value::from(19_000 + d),
                t,
                format!("{}{:02}{:03}00", REGIONS[r].kato, k + 1, row % 1000),
                path,
            )
        };
        let code = D_ATS_TYPES[(type_id - 1) as usize].0;
        let actual_flag = g.chance(0.95);
        // The portal mixes `1` and `"true"` for this flag.
        let actual = match (actual_flag, row.is_multiple_of(2)) {
            (true, true) => Value::from(1),
            (true, false) => s("true"),
            (false, true) => Value::from(0),
            (false, false) => s("false"),
        };
        let day = days_from_civil(2019, 1, 1) + g.below(2870) as i64;
        let (y, m, d) = civil_from_days(day);
        vec![
            ("id", Value::from(19_000 + row)),
            ("rco", s(format!("{:06}", 100_000 + row * 37 % 900_000))),
            ("name_rus", s(name.1)),
            ("name_kaz", s(name.0)),
            ("full_path_kaz", s(path.0)),
            ("full_path_rus", s(path.1)),
            ("d_ats_type_id", Value::from(type_id)),
            ("d_ats_type_code", s(code)),
            ("cato", s(cato)),
            ("actual", actual),
            ("parent_id", parent),
            (
                "modified",
                s(format!(
                    "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
                    g.below(24),
                    g.below(60),
                    g.below(60)
                )),
            ),
        ]
    }
}

fn crime_row(g: &mut Rng, row: u64) -> Row {
    let (code, article) = *g.pick(&[
        ("1880", "188 ч.1"),
        ("1880", "188 ч.2"),
        ("1900", "190 ч.1"),
        ("1910", "191 ч.2"),
        ("2930", "293 ч.1"),
        ("1060", "106 ч.1"),
        ("1360", "136 ч.1"),
        ("2960", "296 ч.1"),
    ]);
    let hard = match g.below(100) {
        0..=49 => "1",
        50..=79 => "2",
        80..=94 => "3",
        _ => "4",
    };
    let day = days_from_civil(2019, 1, 1) + g.below(2555) as i64;
    let (y, m, d) = civil_from_days(day);
    let (hh, mm) = (g.below(24), g.below(60));
    let period = ["00:00-06:00", "06:00-12:00", "12:00-18:00", "18:00-24:00"][(hh / 6) as usize];
    let home = if g.chance(0.3) {
        format!("{}/{}", g.range(1, 80), g.range(1, 4))
    } else {
        g.range(1, 120).to_string()
    };
    vec![
        ("objectid", s((row + 1).to_string())),
        ("city_code", s("710000000")),
        ("crime_code", s(code)),
        (
            "dat_sover",
            s(format!("{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}:00")),
        ),
        ("hard_code", s(hard)),
        ("home_number", s(home)),
        // Inside Astana's bounding box; numbers in strings, as on the portal.
        ("latitude", s(format!("{:.6}", 51.05 + g.unit() * 0.20))),
        ("longitude", s(format!("{:.6}", 71.25 + g.unit() * 0.35))),
        (
            "street",
            s(format!("{} {}", g.pick(&["ул.", "пр."]), g.pick(STREETS))),
        ),
        ("stat", s(article)),
        ("time_period", s(period)),
        (
            "organ",
            s(*g.pick(&[
                "УП Есильского района",
                "УП района Алматы",
                "УП района Сарыарка",
                "УП района Байконур",
                "УП района Нура",
            ])),
        ),
        ("month", s(m.to_string())),
        ("year", s(y.to_string())),
        ("ud", s(format!("2371{:011}", 10_000_000 + row * 13))),
        ("reg_code", s(format!("{y}{:07}", row + 1))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_word_is_300_chars() {
        assert_eq!(long_word().chars().count(), 300);
    }
}
