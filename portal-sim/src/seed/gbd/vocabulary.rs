//! The vocabulary every `gbd_ul` field is made of: fixed texts laid end to end, with the
//! offsets of each table in it.

use crate::seed::tables::STREETS;

pub(super) const ORG_WORDS: &[&str] = &[
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
pub(super) const FORMS: &[(&str, &str)] = &[
    ("ТОО", "ЖШС"),
    ("ТОО", "ЖШС"),
    ("ТОО", "ЖШС"),
    ("АО", "АҚ"),
    ("ОФ", "ҚҚ"),
    ("ОЮЛ", "ЗТБ"),
    ("ПК", "ӨК"),
];
pub(super) const STATUSES: &[(&str, &str)] = &[
    ("Зарегистрирован", "Тіркелген"),
    ("Ликвидирован", "Таратылған"),
    ("Реорганизован", "Қайта ұйымдастырылған"),
];
pub(super) const OKED: &[(&str, &str)] = &[
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
pub(super) const CITY_DISTRICTS: &[(&str, &str)] = &[
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
pub(super) const SEP_SP_LQ: u16 = 0;
pub(super) const SEP_SP: u16 = 1;
pub(super) const SEP_RQ: u16 = 2;
pub(super) const SEP_LQ: u16 = 3;
pub(super) const SEP_RQ_SP: u16 = 4;
pub(super) const SEP_ASTANA_RU: u16 = 5;
pub(super) const SEP_STREET_RU: u16 = 6;
pub(super) const SEP_HOUSE_RU: u16 = 7;
pub(super) const SEP_FLAT_RU: u16 = 8;
pub(super) const SEP_ASTANA_KK: u16 = 9;
pub(super) const SEP_COMMA: u16 = 10;
pub(super) const SEP_STREET_KK: u16 = 11;
pub(super) const SEP_HOUSE_KK: u16 = 12;
pub(super) const SEP_FLAT_KK: u16 = 13;
pub(super) const SEP_DASH: u16 = 14;
pub(super) const SEP_ZONE: u16 = 15;

// The vocabulary is the tables above laid end to end; these are their offsets.
pub(super) const V_WORD: u16 = SEPS.len() as u16;
pub(super) const V_FORM_RU: u16 = V_WORD + ORG_WORDS.len() as u16;
pub(super) const V_FORM_KK: u16 = V_FORM_RU + FORMS.len() as u16;
pub(super) const V_STATUS_RU: u16 = V_FORM_KK + FORMS.len() as u16;
pub(super) const V_STATUS_KK: u16 = V_STATUS_RU + STATUSES.len() as u16;
pub(super) const V_OKED_RU: u16 = V_STATUS_KK + STATUSES.len() as u16;
pub(super) const V_OKED_KK: u16 = V_OKED_RU + OKED.len() as u16;
pub(super) const V_DIST_RU: u16 = V_OKED_KK + OKED.len() as u16;
pub(super) const V_DIST_KK: u16 = V_DIST_RU + CITY_DISTRICTS.len() as u16;
pub(super) const V_STREET: u16 = V_DIST_KK + CITY_DISTRICTS.len() as u16;
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
