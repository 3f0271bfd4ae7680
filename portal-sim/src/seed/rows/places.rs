//! Places: district and village names, and `s_ats`, the register of regions, districts and
//! settlements.

use super::{s, Row, D_ATS_TYPES};
use crate::rng::Rng;
use crate::seed::tables::*;
use crate::seed::{civil_from_days, days_from_civil, Seed};
use serde_json::Value;

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

pub(super) fn village_name(g: &mut Rng) -> (String, String) {
    let a = g.pick(PLACE_A);
    let b = g.pick(PLACE_B);
    (format!("{}{}", a[0], b[0]), format!("{}{}", a[1], b[1]))
}

impl Seed {
    pub(super) fn s_ats_row(&self, g: &mut Rng, row: u64) -> Row {
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
