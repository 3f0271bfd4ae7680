//! Records of the Astana crimes register.

use super::{s, Row};
use crate::rng::Rng;
use crate::seed::tables::*;
use crate::seed::{civil_from_days, days_from_civil};

pub(super) fn crime_row(g: &mut Rng, row: u64) -> Row {
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
