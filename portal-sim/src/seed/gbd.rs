//! `gbd_ul`, the 1,000,000-row register of legal entities, described piece by piece.
//!
//! A record is a handful of random choices ([`Draws`]) plus the row number. Every field is a
//! sequence of [`Piece`]s: fixed strings from a small vocabulary and zero-padded numbers, with a
//! word boundary between any two neighbours. So the evaluator (`dsl.rs`) can decide "does this
//! field contain word w" per vocabulary entry once per query, and then per row with a table
//! lookup, instead of formatting and normalising a million records (seconds even in release).
//! [`Draws::render`] turns the same pieces into the record's text, so both always agree.

use super::tables::STREETS;
use crate::rng::Rng;

/// The fields, in column order (`Draws::pieces` takes an index into this).
pub const FIELDS: [&str; 11] = [
    "bin",
    "datereg",
    "nameru",
    "namekz",
    "addressru",
    "addresskz",
    "statusru",
    "statuskz",
    "okedru",
    "okedkz",
    "id",
];

const ORG_WORDS: &[&str] = &[
    "Астана",
    "Строй",
    "Сервис",
    "Инвест",
    "Агро",
    "Транс",
    "Логистик",
    "Технолоджи",
    "Групп",
    "Консалтинг",
    "Медикал",
    "Нұр",
    "Береке",
    "Алтын",
    "Дала",
    "Сункар",
    "Интер",
    "Проект",
    "Трейд",
    "Қазына",
    "Сарыарқа",
    "Темір",
    "Ұлы",
    "Жұлдыз",
];
/// Legal forms (ru, kk); ТОО three times: it is the most common form.
const FORMS: &[(&str, &str)] = &[
    ("ТОО", "ЖШС"),
    ("ТОО", "ЖШС"),
    ("ТОО", "ЖШС"),
    ("АО", "АҚ"),
    ("ОФ", "ҚҚ"),
    ("ОЮЛ", "ЗТБ"),
    ("ПК", "ӨК"),
];
const STATUSES: &[(&str, &str)] = &[
    ("Зарегистрирован", "Тіркелген"),
    ("Ликвидирован", "Таратылған"),
    ("Реорганизован", "Қайта ұйымдастырылған"),
];
const OKED: &[(&str, &str)] = &[
    ("Строительство жилых зданий", "Тұрғын үй ғимараттарын салу"),
    ("Прочая розничная торговля", "Өзге де бөлшек сауда"),
    ("Деятельность в области права", "Құқық саласындағы қызмет"),
    ("Выращивание зерновых культур", "Дәнді дақылдарды өсіру"),
    (
        "Грузовые перевозки автомобильным транспортом",
        "Автомобиль көлігімен жүк тасымалдау",
    ),
    ("Деятельность ресторанов", "Мейрамханалар қызметі"),
    (
        "Консультирование по вопросам управления",
        "Басқару мәселелері бойынша кеңес беру",
    ),
    (
        "Разработка программного обеспечения",
        "Бағдарламалық қамтамасыз етуді әзірлеу",
    ),
    ("Оптовая торговля", "Көтерме сауда"),
    (
        "Деятельность общественных объединений",
        "Қоғамдық бірлестіктердің қызметі",
    ),
];
const CITY_DISTRICTS: &[(&str, &str)] = &[
    ("Есильский район", "Есіл ауданы"),
    ("район Алматы", "Алматы ауданы"),
    ("район Сарыарка", "Сарыарқа ауданы"),
    ("район Байконур", "Байқоңыр ауданы"),
    ("район Нура", "Нұра ауданы"),
];
/// The fixed text between the variable parts.
const SEPS: &[&str] = &[
    " «",
    " ",
    "»",
    "«",
    "» ",
    "г. Астана, ",
    ", ул. ",
    ", д. ",
    ", кв. ",
    "Астана қ., ",
    ", ",
    " к-сі, ",
    " үй, ",
    " пәтер",
    "-",
    "+06:00",
];
// Indices into SEPS.
const SEP_SP_LQ: u16 = 0;
const SEP_SP: u16 = 1;
const SEP_RQ: u16 = 2;
const SEP_LQ: u16 = 3;
const SEP_RQ_SP: u16 = 4;
const SEP_ASTANA_RU: u16 = 5;
const SEP_STREET_RU: u16 = 6;
const SEP_HOUSE_RU: u16 = 7;
const SEP_FLAT_RU: u16 = 8;
const SEP_ASTANA_KK: u16 = 9;
const SEP_COMMA: u16 = 10;
const SEP_STREET_KK: u16 = 11;
const SEP_HOUSE_KK: u16 = 12;
const SEP_FLAT_KK: u16 = 13;
const SEP_DASH: u16 = 14;
const SEP_ZONE: u16 = 15;

// The vocabulary is the tables above laid end to end; these are their offsets.
const V_WORD: u16 = SEPS.len() as u16;
const V_FORM_RU: u16 = V_WORD + ORG_WORDS.len() as u16;
const V_FORM_KK: u16 = V_FORM_RU + FORMS.len() as u16;
const V_STATUS_RU: u16 = V_FORM_KK + FORMS.len() as u16;
const V_STATUS_KK: u16 = V_STATUS_RU + STATUSES.len() as u16;
const V_OKED_RU: u16 = V_STATUS_KK + STATUSES.len() as u16;
const V_OKED_KK: u16 = V_OKED_RU + OKED.len() as u16;
const V_DIST_RU: u16 = V_OKED_KK + OKED.len() as u16;
const V_DIST_KK: u16 = V_DIST_RU + CITY_DISTRICTS.len() as u16;
const V_STREET: u16 = V_DIST_KK + CITY_DISTRICTS.len() as u16;
/// Number of vocabulary entries ([`vocab`] is defined below it).
pub const VOCAB_LEN: usize = V_STREET as usize + STREETS.len();

/// Vocabulary entry `i` (`""` past the end).
pub fn vocab(i: u16) -> &'static str {
    let pick2 = |t: &[(&'static str, &'static str)], i: u16, kk: bool| {
        t.get(usize::from(i))
            .map_or("", |p| if kk { p.1 } else { p.0 })
    };
    match i {
        _ if i < V_WORD => SEPS[usize::from(i)],
        _ if i < V_FORM_RU => ORG_WORDS[usize::from(i - V_WORD)],
        _ if i < V_FORM_KK => pick2(FORMS, i - V_FORM_RU, false),
        _ if i < V_STATUS_RU => pick2(FORMS, i - V_FORM_KK, true),
        _ if i < V_STATUS_KK => pick2(STATUSES, i - V_STATUS_RU, false),
        _ if i < V_OKED_RU => pick2(STATUSES, i - V_STATUS_KK, true),
        _ if i < V_OKED_KK => pick2(OKED, i - V_OKED_RU, false),
        _ if i < V_DIST_RU => pick2(OKED, i - V_OKED_KK, true),
        _ if i < V_DIST_KK => pick2(CITY_DISTRICTS, i - V_DIST_RU, false),
        _ if i < V_STREET => pick2(CITY_DISTRICTS, i - V_DIST_KK, true),
        _ => STREETS
            .get(usize::from(i - V_STREET))
            .copied()
            .unwrap_or(""),
    }
}

/// One piece of a field's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    /// A vocabulary entry.
    Voc(u16),
    /// `n` in decimal, zero-padded to `width` digits.
    Num { n: u64, width: u8 },
}

// BINs: registration month 2000-01…2026-10 (322 months), spread evenly over the rows, so both
// `bin` and `datereg` grow with the row number.
const MONTHS: u64 = 322;

fn month_start(m: u64) -> u64 {
    (m * super::GBD_UL_ROWS).div_ceil(MONTHS)
}

/// The row's BIN as a number (12 digits zero-padded), and its registration date.
fn bin_and_date(row: u64) -> (u64, u64, u64, u64) {
    let m = (row * MONTHS / super::GBD_UL_ROWS).min(MONTHS - 1);
    let start = month_start(m);
    let len = month_start(m + 1) - start;
    let seq = row - start;
    let (y, mo) = (2000 + m / 12, m % 12 + 1);
    let check = (row * 7 + 3) % 10;
    // `{yy:02}{mm:02}40{seq:05}{check}`
    let bin = (((y % 100) * 100 + mo) * 100 + 40) * 100_000 * 10 + seq * 10 + check;
    (bin, y, mo, 1 + seq * 28 / len.max(1))
}

/// The BIN of `row` (the pk): 12 digits, strictly increasing with the row number.
pub fn bin(row: u64) -> String {
    format!("{:012}", bin_and_date(row).0)
}

/// The random choices of one record, each computed when asked for (a sort on `datereg`
/// needs none of them, a filter on `statusru` one).
#[derive(Clone, Debug)]
pub struct Draws {
    row: u64,
    g: Rng,
}

// The order in which the generator has always drawn the choices (data stays byte-identical).
const D_W1: u64 = 0;
const D_W2: u64 = 1;
const D_FORM: u64 = 2;
const D_STATUS: u64 = 3;
const D_OKED: u64 = 4;
const D_DIST: u64 = 5;
const D_STREET: u64 = 6;
const D_HOUSE: u64 = 7;
const D_FLAT: u64 = 8;

impl Draws {
    /// The choices of `row`, `g` being `Seed::row_rng` of it.
    #[inline]
    pub fn new(g: Rng, row: u64) -> Draws {
        Draws { row, g }
    }

    /// Draw `k`: uniform in `0..n`.
    #[inline]
    fn below(&self, k: u64, n: usize) -> u64 {
        self.g.skip(k).below(n as u64)
    }

    #[inline]
    fn pick(&self, k: u64, n: usize) -> u16 {
        self.below(k, n) as u16
    }

    #[inline]
    fn status(&self) -> u16 {
        match self.below(D_STATUS, 100) {
            0..=79 => 0,
            80..=94 => 1,
            _ => 2,
        }
    }

    /// Calls `out` with each piece of field `field` (an index into [`FIELDS`]; none past the
    /// end), in order.
    #[inline]
    pub fn pieces(&self, field: usize, mut out: impl FnMut(Piece)) {
        use Piece::{Num, Voc};
        let num = |n: u64| Num { n, width: 0 };
        let mut all = |ps: &[Piece]| ps.iter().for_each(|p| out(*p));
        match field {
            0 => all(&[Num {
                n: bin_and_date(self.row).0,
                width: 12,
            }]),
            1 => {
                let (_, y, mo, day) = bin_and_date(self.row);
                all(&[
                    Num { n: y, width: 4 },
                    Voc(SEP_DASH),
                    Num { n: mo, width: 2 },
                    Voc(SEP_DASH),
                    Num { n: day, width: 2 },
                    Voc(SEP_ZONE),
                ]);
            }
            2 => all(&[
                Voc(V_FORM_RU + self.pick(D_FORM, FORMS.len())),
                Voc(SEP_SP_LQ),
                Voc(V_WORD + self.pick(D_W1, ORG_WORDS.len())),
                Voc(SEP_SP),
                Voc(V_WORD + self.pick(D_W2, ORG_WORDS.len())),
                Voc(SEP_RQ),
            ]),
            3 => all(&[
                Voc(SEP_LQ),
                Voc(V_WORD + self.pick(D_W1, ORG_WORDS.len())),
                Voc(SEP_SP),
                Voc(V_WORD + self.pick(D_W2, ORG_WORDS.len())),
                Voc(SEP_RQ_SP),
                Voc(V_FORM_KK + self.pick(D_FORM, FORMS.len())),
            ]),
            4 => all(&[
                Voc(SEP_ASTANA_RU),
                Voc(V_DIST_RU + self.pick(D_DIST, CITY_DISTRICTS.len())),
                Voc(SEP_STREET_RU),
                Voc(V_STREET + self.pick(D_STREET, STREETS.len())),
                Voc(SEP_HOUSE_RU),
                num(1 + self.below(D_HOUSE, 120)),
                Voc(SEP_FLAT_RU),
                num(1 + self.below(D_FLAT, 300)),
            ]),
            5 => all(&[
                Voc(SEP_ASTANA_KK),
                Voc(V_DIST_KK + self.pick(D_DIST, CITY_DISTRICTS.len())),
                Voc(SEP_COMMA),
                Voc(V_STREET + self.pick(D_STREET, STREETS.len())),
                Voc(SEP_STREET_KK),
                num(1 + self.below(D_HOUSE, 120)),
                Voc(SEP_HOUSE_KK),
                num(1 + self.below(D_FLAT, 300)),
                Voc(SEP_FLAT_KK),
            ]),
            6 => all(&[Voc(V_STATUS_RU + self.status())]),
            7 => all(&[Voc(V_STATUS_KK + self.status())]),
            8 => all(&[Voc(V_OKED_RU + self.pick(D_OKED, OKED.len()))]),
            9 => all(&[Voc(V_OKED_KK + self.pick(D_OKED, OKED.len()))]),
            10 => all(&[num(self.row + 1)]),
            _ => {}
        }
    }

    /// Appends field `field`'s text to `out`.
    pub fn render(&self, field: usize, out: &mut String) {
        self.pieces(field, |p| render_piece(p, out));
    }

    /// Every vocabulary entry column `field` can hold, and whether it holds numbers: bounds
    /// such as "no column but `nameru` can contain this word".
    pub fn reach(field: usize) -> (Vec<u16>, bool) {
        let (voc, num): (&[(u16, usize)], bool) = match field {
            0 | 10 => (&[], true),
            1 => (&[(SEP_DASH, 1), (SEP_ZONE, 1)], true),
            2 => (
                &[
                    (V_FORM_RU, FORMS.len()),
                    (SEP_SP_LQ, 1),
                    (V_WORD, ORG_WORDS.len()),
                    (SEP_SP, 1),
                    (SEP_RQ, 1),
                ],
                false,
            ),
            3 => (
                &[
                    (SEP_LQ, 1),
                    (V_WORD, ORG_WORDS.len()),
                    (SEP_SP, 1),
                    (SEP_RQ_SP, 1),
                    (V_FORM_KK, FORMS.len()),
                ],
                false,
            ),
            4 => (
                &[
                    (SEP_ASTANA_RU, 1),
                    (V_DIST_RU, CITY_DISTRICTS.len()),
                    (SEP_STREET_RU, 1),
                    (V_STREET, STREETS.len()),
                    (SEP_HOUSE_RU, 1),
                    (SEP_FLAT_RU, 1),
                ],
                true,
            ),
            5 => (
                &[
                    (SEP_ASTANA_KK, 1),
                    (V_DIST_KK, CITY_DISTRICTS.len()),
                    (SEP_COMMA, 1),
                    (V_STREET, STREETS.len()),
                    (SEP_STREET_KK, 1),
                    (SEP_HOUSE_KK, 1),
                    (SEP_FLAT_KK, 1),
                ],
                true,
            ),
            6 => (&[(V_STATUS_RU, STATUSES.len())], false),
            7 => (&[(V_STATUS_KK, STATUSES.len())], false),
            8 => (&[(V_OKED_RU, OKED.len())], false),
            9 => (&[(V_OKED_KK, OKED.len())], false),
            _ => (&[], false),
        };
        let entries = voc
            .iter()
            .flat_map(|&(start, n)| (start..).take(n))
            .collect();
        (entries, num)
    }
}

/// Appends one piece's text.
#[inline]
pub fn render_piece(p: Piece, out: &mut String) {
    match p {
        Piece::Voc(i) => out.push_str(vocab(i)),
        Piece::Num { n, width } => {
            // By hand: `write!` with a width costs more than the rest of a row.
            let mut buf = [b'0'; 20];
            let mut i = buf.len();
            let mut n = n;
            loop {
                i -= 1;
                buf[i] = b'0' + (n % 10) as u8;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
            let start = i.min(buf.len().saturating_sub(usize::from(width)));
            for &b in &buf[start..] {
                out.push(char::from(b));
            }
        }
    }
}

/// The whole record, fields in column order.
pub fn record(g: Rng, row: u64) -> Vec<(&'static str, String)> {
    let d = Draws::new(g, row);
    FIELDS
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut s = String::new();
            d.render(i, &mut s);
            (*name, s)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use opendata_core::text::{normalize, words};

    #[test]
    fn vocabulary_is_laid_out_as_the_offsets_say() {
        assert_eq!(vocab(SEP_ZONE), "+06:00");
        assert_eq!(vocab(V_WORD), "Астана");
        assert_eq!(vocab(V_FORM_KK + 6), "ӨК");
        assert_eq!(vocab(V_STATUS_RU + 1), "Ликвидирован");
        assert_eq!(vocab(V_STATUS_KK + 2), "Қайта ұйымдастырылған");
        assert_eq!(vocab(V_DIST_KK), "Есіл ауданы");
        assert_eq!(vocab(V_STREET), "Абая");
        assert_eq!(vocab(VOCAB_LEN as u16 - 1), "Желтоксан");
        assert_eq!(vocab(VOCAB_LEN as u16), "");
    }

    /// The evaluator relies on it: the words of a field are the words of its pieces.
    #[test]
    fn pieces_meet_at_word_boundaries() {
        for row in (0..super::super::GBD_UL_ROWS).step_by(4999) {
            let d = Draws::new(Rng::derive(1, &[2, 0, row]), row);
            for f in 0..FIELDS.len() {
                let mut text = String::new();
                d.render(f, &mut text);
                let whole: Vec<String> = words(&normalize(&text)).map(str::to_string).collect();
                let mut parts = Vec::new();
                d.pieces(f, |p| {
                    let mut s = String::new();
                    render_piece(p, &mut s);
                    parts.extend(words(&normalize(&s)).map(str::to_string));
                });
                assert_eq!(whole, parts, "{text}");
            }
        }
    }

    /// `reach` bounds what a column can contain: every piece of a real row is in it, and every
    /// entry it lists turns up.
    #[test]
    fn reach_is_exact() {
        for f in 0..FIELDS.len() {
            let (voc, num) = Draws::reach(f);
            let mut seen = Vec::new();
            let mut seen_num = false;
            for row in (0..super::super::GBD_UL_ROWS).step_by(97) {
                let d = Draws::new(Rng::derive(1, &[2, 0, row]), row);
                d.pieces(f, |p| match p {
                    Piece::Voc(i) => {
                        assert!(voc.contains(&i), "field {f} piece {i}");
                        if !seen.contains(&i) {
                            seen.push(i);
                        }
                    }
                    Piece::Num { .. } => seen_num = true,
                });
            }
            seen.sort_unstable();
            let mut want = voc.clone();
            want.sort_unstable();
            want.dedup();
            assert_eq!(seen, want, "field {f}");
            assert_eq!(seen_num, num, "field {f}");
        }
    }

    #[test]
    fn bins_are_12_digits_and_strictly_increasing() {
        let mut prev = String::new();
        for row in (0..super::super::GBD_UL_ROWS)
            .step_by(997)
            .chain([999_998, 999_999])
        {
            let b = bin(row);
            assert_eq!(b.len(), 12, "{b}");
            assert!(b > prev, "{b} after {prev}");
            prev = b;
        }
        assert_eq!(bin(0), "000140000003");
        assert!(bin(999_999).starts_with("2610"));
    }
}
