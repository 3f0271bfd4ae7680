//! The deterministic catalogue: categories, agencies, datasets with versions and field lists,
//! showcase apps, publication and actualization requests. Rows are not stored: `rows.rs`
//! generates any row from (dataset, version, row number), so the 1,000,000-row `gbd_ul` costs
//! nothing until asked for.

pub mod accounts;
pub mod catalogue;
pub mod community;
pub mod gbd;
pub mod rows;
pub mod tables;

use crate::rng::Rng;
use community::{ApplicationSeed, ShowcaseAppSeed, TopicIndex};
use opendata_core::wire::{
    ActualizeType, AgencyKind, Descriptions, FieldMeta, FullNames, Keywords, Names, OrderedMap,
    Responsible,
};
use std::collections::HashMap;
use tables::*;

/// The default `--seed`.
pub const DEFAULT_SEED: u64 = 20_261_128;

/// Exactly this many legal entities in `gbd_ul` (the real register has about 990k).
pub const GBD_UL_ROWS: u64 = 1_000_000;

pub struct Seed {
    pub seed: u64,
    /// The only key `/api/v4` accepts: 32 lowercase hex digits derived from the seed.
    pub demo_api_key: String,
    pub categories: Vec<CategorySeed>,
    pub agencies: Vec<AgencySeed>,
    pub datasets: Vec<DatasetSeed>,
    /// The showcase (`/api/portal/apps`), in id order.
    pub apps: Vec<ShowcaseAppSeed>,
    /// Applications for publishing new datasets (`/api/portal/applications`), in id order.
    pub applications: Vec<ApplicationSeed>,
    pub actualization_requests: Vec<ActualizationRequestSeed>,
    by_uri: HashMap<String, usize>,
}

pub struct CategorySeed {
    pub id: String,
    pub names: Names,
}

pub struct AgencySeed {
    pub id: String,
    pub names: Names,
    pub fullnames: FullNames,
    pub kind: AgencyKind,
}

pub struct VersionSeed {
    /// `v1`…`vN`, or `data` for unversioned registers.
    pub name: String,
    pub created_date: String,
    pub rows: u64,
}

/// Which generator makes a dataset's rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// A topic template for one place (`None` = the whole country) and, for statistics, a year.
    Generic {
        topic: usize,
        region: Option<usize>,
        year: u16,
    },
    DAtsTypes,
    SAts,
    GbdUl,
    Crimes,
    Rates,
    Advocates,
    /// Datasets carrying script tags, `javascript:` links, bidi overrides and a 300-char word.
    HostileLinks,
    HostileBidi,
    HostileLongWord,
}

pub struct DatasetSeed {
    pub id: u64,
    pub api_uri: String,
    pub names: Names,
    pub descriptions: Descriptions,
    pub keywords: Keywords,
    /// Index into `Seed::agencies`.
    pub agency: usize,
    /// Indices into `Seed::categories`.
    pub categories: Vec<usize>,
    pub actualize_type: ActualizeType,
    pub actual: bool,
    pub created_date: String,
    pub modified_date: String,
    pub views: u64,
    pub downloads: u64,
    /// Oldest first; never empty.
    pub versions: Vec<VersionSeed>,
    /// Column order is field order.
    pub fields: OrderedMap<FieldMeta>,
    pub responsible: Responsible,
    pub kind: RowKind,
}

impl DatasetSeed {
    pub fn version(&self, name: &str) -> Option<usize> {
        self.versions.iter().position(|v| v.name == name)
    }
    pub fn last_version(&self) -> usize {
        self.versions.len().saturating_sub(1)
    }
    /// The primary-key field (the one whose value is the record's `_id`).
    pub fn pk(&self) -> &str {
        self.fields
            .iter()
            .find(|(_, m)| m.pk)
            .map(|(k, _)| k)
            .unwrap_or("id")
    }
}

pub struct ActualizationRequestSeed {
    pub id: u64,
    /// Index into `Seed::datasets`.
    pub dataset: usize,
    pub status: &'static str,
    pub created_date: String,
}

// ---- dates -------------------------------------------------------------------------------

/// Days since 1970-01-01 for a civil date (proleptic Gregorian).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Civil date for days since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A moment as minutes since 1970 (local Astana time; the portal has no zone in its dates).
pub fn iso(minutes: i64) -> String {
    let (y, m, d) = civil_from_days(minutes.div_euclid(1440));
    let min = minutes.rem_euclid(1440);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:00", min / 60, min % 60)
}

pub fn day_start(y: i64, m: u32, d: u32) -> i64 {
    days_from_civil(y, m, d) * 1440
}

/// The catalogue's time window: nothing before 2019-01-01, nothing after 2026-11-28.
pub fn first_moment() -> i64 {
    day_start(2019, 1, 1)
}
pub fn last_moment() -> i64 {
    day_start(2026, 11, 28) + 17 * 60
}

// ---- transliteration for apiUri ------------------------------------------------------------

/// Kazakh/Russian Cyrillic to the portal's Latin apiUri style (`astana_kalasynyn_kylmystyk_kuk`),
/// cut to `max` characters.
pub fn translit(s: &str, max: usize) -> String {
    let mut out = String::new();
    for ch in s.chars().flat_map(char::to_lowercase) {
        let t: &str = match ch {
            'а' | 'ә' => "a",
            'б' => "b",
            'в' => "v",
            'г' | 'ғ' => "g",
            'д' => "d",
            'е' | 'ё' | 'э' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' | 'й' | 'і' => "i",
            'к' | 'қ' => "k",
            'л' => "l",
            'м' => "m",
            'н' | 'ң' => "n",
            'о' | 'ө' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' | 'ұ' | 'ү' => "u",
            'ф' => "f",
            'х' | 'һ' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "sch",
            'ы' => "y",
            'ю' => "u",
            'я' => "ya",
            'ъ' | 'ь' => "",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                ""
            }
            _ => {
                if !out.is_empty() && !out.ends_with('_') {
                    out.push('_');
                }
                ""
            }
        };
        out.push_str(t);
    }
    out.truncate(max);
    while out.ends_with('_') {
        out.pop();
    }
    out
}

// ---- building ----------------------------------------------------------------------------

impl Seed {
    pub fn new(seed: u64) -> Seed {
        let mut rng = Rng::derive(seed, &[0]);
        let demo_api_key = format!(
            "{:016x}{:016x}",
            Rng::derive(seed, &[1]).next_u64(),
            Rng::derive(seed, &[2]).next_u64()
        );

        let categories = CATEGORIES
            .iter()
            .map(|(id, kk, ru, en)| CategorySeed {
                id: id.to_string(),
                names: Names::new(kk, ru, en),
            })
            .collect();

        let mut agencies = Vec::new();
        let mut push_agency = |a: &AgencyRow, kind: AgencyKind| {
            agencies.push(AgencySeed {
                id: a.id.to_string(),
                names: Names::new(a.short[0], a.short[1], a.short[2]),
                fullnames: FullNames {
                    fullname_kk: Some(a.full[0].to_string()),
                    fullname_ru: Some(a.full[1].to_string()),
                    fullname_en: Some(a.full[2].to_string()),
                },
                kind,
            })
        };
        for a in CENTRAL {
            push_agency(a, AgencyKind::Central);
        }
        for r in REGIONS {
            let full = [
                format!("{} әкімдігі", r.gen[0]),
                format!("Акимат {}", r.gen[1]),
                format!("Akimat of {}", r.gen[2]),
            ];
            agencies.push(AgencySeed {
                id: r.id.to_string(),
                names: Names::new(r.short[0], r.short[1], r.short[2]),
                fullnames: FullNames {
                    fullname_kk: Some(full[0].clone()),
                    fullname_ru: Some(full[1].clone()),
                    fullname_en: Some(full[2].clone()),
                },
                kind: AgencyKind::Regional,
            });
        }
        for a in OTHER {
            agencies.push(AgencySeed {
                id: a.id.to_string(),
                names: Names::new(a.short[0], a.short[1], a.short[2]),
                fullnames: FullNames {
                    fullname_kk: Some(a.full[0].to_string()),
                    fullname_ru: Some(a.full[1].to_string()),
                    fullname_en: Some(a.full[2].to_string()),
                },
                kind: AgencyKind::Other,
            });
        }

        let mut b = Builder {
            seed,
            datasets: Vec::new(),
            uri_bases: HashMap::new(),
            uris: HashMap::new(),
        };
        b.specials();
        b.generic(&mut rng);

        let datasets = b.datasets;
        let by_uri = b.uris;
        let topics = TopicIndex::new(&datasets);
        let apps = community::make_apps(seed, &datasets, &by_uri, &topics);
        let applications = community::make_applications(seed, &datasets, &by_uri, &topics);
        let actualization_requests = make_actualization_requests(seed, datasets.len());

        Seed {
            seed,
            demo_api_key,
            categories,
            agencies,
            datasets,
            apps,
            applications,
            actualization_requests,
            by_uri,
        }
    }

    pub fn dataset(&self, api_uri: &str) -> Option<&DatasetSeed> {
        self.by_uri.get(api_uri).map(|&i| &self.datasets[i])
    }

    pub fn dataset_index(&self, api_uri: &str) -> Option<usize> {
        self.by_uri.get(api_uri).copied()
    }
}

const CENTRAL_N: usize = 32;
const REGIONS_N: usize = 20;

fn agency_of_region(r: usize) -> usize {
    CENTRAL_N + r
}
fn agency_other(o: usize) -> usize {
    CENTRAL_N + REGIONS_N + o
}

/// A hand-made dataset: draft, earliest creation moment, versions (name, rows), update type, views.
type Special = (Draft, i64, Vec<(String, u64)>, ActualizeType, u64);

struct Builder {
    seed: u64,
    datasets: Vec<DatasetSeed>,
    uri_bases: HashMap<String, u32>,
    uris: HashMap<String, usize>,
}

/// What a dataset's catalogue entry is made of, before dates, counters and versions.
struct Draft {
    names: [Option<String>; 3],
    descs: [Option<String>; 3],
    kw: [Vec<String>; 3],
    agency: usize,
    categories: Vec<usize>,
    fields: Vec<(&'static str, &'static str, [&'static str; 3], bool)>,
    kind: RowKind,
    api_uri: Option<String>,
}

fn person(rng: &mut Rng) -> [String; 3] {
    let s = rng.pick(SURNAMES);
    let female = rng.chance(0.55);
    let g = if female {
        rng.pick(FEMALE)
    } else {
        rng.pick(MALE)
    };
    // Feminine surname: Нурланов → Нурланова; Ким stays Ким.
    let fem = |x: &str| {
        let mut x = x.to_string();
        if female {
            if x.ends_with("ов") || x.ends_with("ев") {
                x.push('а');
            } else if x.ends_with("ov") || x.ends_with("ev") {
                x.push('a');
            }
        }
        x
    };
    let (skk, sru, sen) = (fem(s[0]), fem(s[1]), fem(s[2]));
    [
        format!("{skk} {}", g[0]),
        format!("{sru} {}", g[1]),
        format!("{} {sen}", g[2]),
    ]
}

pub fn phone(rng: &mut Rng) -> String {
    if rng.chance(0.5) {
        format!(
            "+7 (7{:03}) {:02}-{:02}-{:02}",
            rng.range(100, 299),
            rng.range(20, 99),
            rng.range(10, 99),
            rng.range(10, 99)
        )
    } else {
        format!(
            "+7 7{:02} {:03} {:02} {:02}",
            rng.pick(&[1u64, 2, 5, 7, 47, 75, 77]),
            rng.range(100, 999),
            rng.range(10, 99),
            rng.range(10, 99)
        )
    }
}

impl Builder {
    fn rng(&self, path: &[u64]) -> Rng {
        Rng::derive(self.seed, path)
    }

    fn unique_uri(&mut self, base: &str, always_suffix: bool) -> String {
        let n = self.uri_bases.entry(base.to_string()).or_insert(0);
        loop {
            *n += 1;
            let cand = if !always_suffix && *n == 1 {
                base.to_string()
            } else {
                format!("{base}{n}")
            };
            if !self.uris.contains_key(&cand) {
                return cand;
            }
        }
    }

    /// Turns a draft into a dataset with dates, versions, counters and a responsible person.
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        d: Draft,
        created_from: i64,
        versions: Vec<(String, u64)>,
        actualize: ActualizeType,
        views: Option<u64>,
    ) {
        let idx = self.datasets.len();
        let mut rng = self.rng(&[10, idx as u64]);
        let last = last_moment();
        let window = (last - created_from).max(1440);
        let created = (created_from + rng.below(window.min(300 * 1440) as u64) as i64)
            .min(last - 1440)
            / 1440
            * 1440
            + 9 * 60
            + rng.below(10 * 60) as i64;
        let modified = if rng.chance(0.2) {
            created
        } else {
            let span = (last - created).max(1) as u64;
            created + rng.below(span) as i64
        };
        // Version dates spread from creation to the last modification.
        let n = versions.len() as i64;
        let mut vs = Vec::with_capacity(versions.len());
        for (i, (name, rows)) in versions.into_iter().enumerate() {
            let t = if n <= 1 {
                created
            } else {
                created + (modified - created) * i as i64 / (n - 1)
            };
            vs.push(VersionSeed {
                name,
                created_date: iso(t),
                rows,
            });
        }

        let api_uri = match d.api_uri {
            Some(u) => u,
            None => {
                let r = rng.unit();
                match (&d.names[0], &d.names[1]) {
                    (Some(kk), _) if r < 0.55 => {
                        let base = translit(kk, 30);
                        self.unique_uri(&base, true)
                    }
                    (_, Some(ru)) if r > 0.88 => {
                        let base = translit(ru, 28);
                        self.unique_uri(&base, true)
                    }
                    _ => format!("opendata-api-uri{}", 100 + idx),
                }
            }
        };

        let views = views.unwrap_or_else(|| rng.skewed(250_000) + rng.below(40));
        let downloads = (views as f64 * rng.unit() * 0.3) as u64;
        let [kk, ru, en] = d.names;
        let [dkk, dru, den] = d.descs;
        let [kwkk, kwru, kwen] = d.kw;
        let mut fields = OrderedMap(Vec::new());
        for (name, ty, label, pk) in d.fields {
            fields.0.push((
                name.to_string(),
                FieldMeta {
                    kind: ty.to_string(),
                    pk,
                    label_kk: Some(label[0].to_string()),
                    label_ru: Some(label[1].to_string()),
                    label_en: Some(label[2].to_string()),
                    format: match ty {
                        "Date" => Some("dd.MM.yyyy".to_string()),
                        "Datetime" => Some("yyyy-MM-dd HH:mm:ss".to_string()),
                        _ => None,
                    },
                },
            ));
        }
        let p = person(&mut rng);
        let email_user = translit(&p[2], 40).replace('_', ".");
        let responsible = Responsible {
            fullnames: FullNames {
                fullname_kk: Some(p[0].clone()),
                fullname_ru: Some(p[1].clone()),
                fullname_en: Some(p[2].clone()),
            },
            phone: Some(phone(&mut rng)),
            email: Some(format!("{email_user}@gov.kz")),
        };
        self.uris.insert(api_uri.clone(), idx);
        self.datasets.push(DatasetSeed {
            id: 10_000 + idx as u64,
            api_uri,
            names: Names {
                name_kk: kk,
                name_ru: ru,
                name_en: en,
            },
            descriptions: Descriptions {
                description_kk: dkk,
                description_ru: dru,
                description_en: den,
            },
            keywords: Keywords {
                keywords_kk: kwkk,
                keywords_ru: kwru,
                keywords_en: kwen,
            },
            agency: d.agency,
            categories: d.categories,
            actualize_type: actualize,
            actual: rng.chance(0.75),
            created_date: iso(created),
            modified_date: iso(modified),
            views,
            downloads,
            versions: vs,
            fields,
            responsible,
            kind: d.kind,
        });
    }

    /// The real-shaped datasets from the research notes, and the hostile ones.
    fn specials(&mut self) {
        let s = |x: &str| Some(x.to_string());
        let kws = |a: &[&str]| a.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let mu = 4; // МЮ РК
        let gp = 21; // ГП РК
        let nb = 22; // НБ РК
        let mcriap = 11;
        type Fl = (&'static str, &'static str, [&'static str; 3], bool);
        let fl =
            |n: &'static str, t: &'static str, l: [&'static str; 3]| -> Fl { (n, t, l, false) };
        let pk = |n: &'static str, t: &'static str, l: [&'static str; 3]| -> Fl { (n, t, l, true) };

        let specials: Vec<Special> = vec![
            (
                Draft {
                    names: [s("Әкімшілік-аумақтық бірліктердің түрлері"), s("Типы административно-территориальных единиц"), s("Types of administrative-territorial units")],
                    descs: [s("Адрестік тіркелімнің анықтамалығы: әкімшілік-аумақтық бірліктердің түрлері."), s("Справочник адресного регистра: типы административно-территориальных единиц."), s("Address register reference: types of administrative-territorial units.")],
                    kw: [kws(&["адрестік тіркелім", "АТБ"]), kws(&["адресный регистр", "АТЕ"]), kws(&["address register", "ATU"])],
                    agency: mu,
                    categories: vec![GOV],
                    fields: vec![pk("id", "Int", ["Идентификатор", "Идентификатор", "Identifier"]), fl("code", "String", ["Коды", "Код", "Code"]), fl("value_ru", "String", ["Атауы (орысша)", "Наименование", "Name (Russian)"]), fl("value_kz", "String", ["Атауы", "Наименование (каз.)", "Name (Kazakh)"]), fl("short_value_ru", "String", ["Қысқаша (орысша)", "Сокращение", "Short (Russian)"]), fl("short_value_kz", "String", ["Қысқаша", "Сокращение (каз.)", "Short (Kazakh)"]), fl("actual", "Boolean", ["Өзектілігі", "Актуальность", "Actual"])],
                    kind: RowKind::DAtsTypes,
                    api_uri: s("d_ats_types"),
                },
                day_start(2019, 2, 4),
                vec![("data".into(), rows::D_ATS_TYPES.len() as u64)],
                ActualizeType::AsNeeded,
                41_872,
            ),
            (
                Draft {
                    names: [s("Әкімшілік-аумақтық бірліктер анықтамалығы"), s("Справочник административно-территориальных единиц"), s("Administrative-territorial units")],
                    descs: [s("Адрестік тіркелімдегі облыстар, аудандар, қалалар мен ауылдар (АТБ)."), s("Области, районы, города и сёла адресного регистра (АТЕ)."), s("Regions, districts, towns and villages of the address register (ATU).")],
                    kw: [kws(&["адрестік тіркелім", "АТБ", "КАТО"]), kws(&["адресный регистр", "АТЕ", "КАТО"]), kws(&["address register", "ATU", "KATO"])],
                    agency: mu,
                    categories: vec![GOV, STATS],
                    fields: vec![pk("id", "Int", ["Идентификатор", "Идентификатор", "Identifier"]), fl("rco", "String", ["РКО", "РКО", "RCO"]), fl("name_rus", "String", ["Атауы (орысша)", "Наименование", "Name (Russian)"]), fl("name_kaz", "String", ["Атауы", "Наименование (каз.)", "Name (Kazakh)"]), fl("full_path_kaz", "String", ["Толық жолы", "Полный путь (каз.)", "Full path (Kazakh)"]), fl("full_path_rus", "String", ["Толық жолы (орысша)", "Полный путь", "Full path (Russian)"]), fl("d_ats_type_id", "Int", ["АТБ түрі", "Тип АТЕ", "ATU type"]), fl("d_ats_type_code", "String", ["АТБ түрінің коды", "Код типа АТЕ", "ATU type code"]), fl("cato", "String", ["ӘАОЖ", "КАТО", "KATO"]), fl("actual", "Boolean", ["Өзектілігі", "Актуальность", "Actual"]), fl("parent_id", "Int", ["Жоғары тұрған", "Родитель", "Parent"]), fl("modified", "Datetime", ["Өзгертілген", "Изменено", "Modified"])],
                    kind: RowKind::SAts,
                    api_uri: s("s_ats"),
                },
                day_start(2019, 2, 4),
                vec![("data".into(), rows::S_ATS_ROWS)],
                ActualizeType::Daily,
                63_410,
            ),
            (
                Draft {
                    names: [s("«Заңды тұлғалар» мемлекеттік деректер қоры"), s("Государственная база данных «Юридические лица»"), s("State database of legal entities")],
                    descs: [s("Тіркелген заңды тұлғалар, филиалдар мен өкілдіктер: БСН, атауы, мекенжайы, мәртебесі, ЭҚЖЖ."), s("Зарегистрированные юридические лица, филиалы и представительства: БИН, наименование, адрес, статус, ОКЭД."), s("Registered legal entities, branches and representative offices: BIN, name, address, status, activity code.")],
                    kw: [kws(&["БСН", "заңды тұлғалар", "тіркеу"]), kws(&["БИН", "юридические лица", "регистрация"]), kws(&["BIN", "legal entities", "registration"])],
                    agency: mu,
                    categories: vec![ECONOMY, GOV],
                    fields: vec![pk("bin", "String", ["БСН", "БИН", "BIN"]), fl("datereg", "Date", ["Тіркелген күні", "Дата регистрации", "Registered"]), fl("nameru", "String", ["Атауы (орысша)", "Наименование", "Name (Russian)"]), fl("namekz", "String", ["Атауы", "Наименование (каз.)", "Name (Kazakh)"]), fl("addressru", "String", ["Мекенжайы (орысша)", "Адрес", "Address (Russian)"]), fl("addresskz", "String", ["Мекенжайы", "Адрес (каз.)", "Address (Kazakh)"]), fl("statusru", "String", ["Мәртебесі (орысша)", "Статус", "Status (Russian)"]), fl("statuskz", "String", ["Мәртебесі", "Статус (каз.)", "Status (Kazakh)"]), fl("okedru", "String", ["ЭҚЖЖ (орысша)", "ОКЭД", "Activity (Russian)"]), fl("okedkz", "String", ["ЭҚЖЖ", "ОКЭД (каз.)", "Activity (Kazakh)"]), fl("id", "Int", ["Идентификатор", "Идентификатор", "Identifier"])],
                    kind: RowKind::GbdUl,
                    api_uri: s("gbd_ul"),
                },
                day_start(2019, 3, 12),
                vec![("v1".into(), GBD_UL_ROWS)],
                ActualizeType::Monthly,
                198_304,
            ),
            (
                Draft {
                    names: [s("Астана қаласының қылмыстық құқық бұзушылықтары"), s("Уголовные правонарушения, совершённые в городе Астане"), s("Criminal offences committed in Astana")],
                    descs: [s("Астана қаласында тіркелген қылмыстық құқық бұзушылықтар: орны, уақыты, ауырлығы."), s("Уголовные правонарушения, зарегистрированные в Астане: место, время, тяжесть."), s("Criminal offences registered in Astana: place, time, severity.")],
                    kw: [kws(&["қылмыс", "Астана", "құқықтық статистика"]), kws(&["преступления", "Астана", "правовая статистика"]), kws(&["crime", "Astana", "legal statistics"])],
                    agency: gp,
                    categories: vec![SECURITY],
                    fields: vec![pk("objectid", "Int", ["Объект ID", "ID объекта", "Object ID"]), fl("city_code", "String", ["Қала коды", "Код города", "City code"]), fl("crime_code", "String", ["Қылмыс коды", "Код преступления", "Crime code"]), fl("dat_sover", "Datetime", ["Жасалған күні", "Дата совершения", "Committed"]), fl("hard_code", "String", ["Ауырлығы", "Тяжесть", "Severity"]), fl("home_number", "String", ["Үй нөмірі", "Номер дома", "House No."]), fl("latitude", "Double", ["Ендік", "Широта", "Latitude"]), fl("longitude", "Double", ["Бойлық", "Долгота", "Longitude"]), fl("street", "String", ["Көше", "Улица", "Street"]), fl("stat", "String", ["Бап", "Статья", "Article"]), fl("time_period", "String", ["Уақыт аралығы", "Время суток", "Time of day"]), fl("organ", "String", ["Орган", "Орган", "Authority"]), fl("month", "Int", ["Ай", "Месяц", "Month"]), fl("year", "Int", ["Жыл", "Год", "Year"]), fl("ud", "String", ["ҚІ", "УД", "Case"]), fl("reg_code", "String", ["Тіркеу коды", "Рег. код", "Reg. code"])],
                    kind: RowKind::Crimes,
                    api_uri: s("astana_kalasynyn_kylmystyk_kuk1"),
                },
                day_start(2019, 5, 20),
                vec![("v1".into(), rows::CRIMES_ROWS)],
                ActualizeType::Monthly,
                74_021,
            ),
            (
                Draft {
                    names: [s("Валюталар бағамдары"), s("Курсы валют"), s("Exchange rates")],
                    descs: [s("Ұлттық Банк белгілеген шетел валюталарының ресми бағамдары, теңге."), s("Официальные курсы иностранных валют, устанавливаемые Национальным Банком, тенге."), s("Official foreign exchange rates set by the National Bank, KZT.")],
                    kw: [kws(&["валюта", "бағам", "теңге"]), kws(&["валюта", "курс", "тенге"]), kws(&["currency", "exchange rate", "tenge"])],
                    agency: nb,
                    categories: vec![TAX, ECONOMY],
                    fields: vec![pk("kod", "String", ["Валюта коды", "Код валюты", "Currency code"]), fl("kurs", "Double", ["Бағам", "Курс", "Rate"])],
                    kind: RowKind::Rates,
                    api_uri: s("valutalar_bagamdary4"),
                },
                day_start(2019, 1, 10),
                (1..=6).map(|v| (format!("v{v}"), rows::CURRENCIES.len() as u64)).collect(),
                ActualizeType::Daily,
                121_553,
            ),
            (
                Draft {
                    names: [s("Адвокаттар тізімі"), s("Список адвокатов"), s("List of lawyers")],
                    descs: [s("Адвокаттық қызметпен айналысуға лицензиясы бар адвокаттар тізімі."), s("Список адвокатов, имеющих лицензию на занятие адвокатской деятельностью."), s("Lawyers licensed to practise as advocates.")],
                    kw: [kws(&["адвокат", "құқықтық көмек", "лицензия"]), kws(&["адвокат", "правовая помощь", "лицензия"]), kws(&["lawyer", "legal aid", "licence"])],
                    agency: mu,
                    categories: vec![LEGAL],
                    fields: vec![pk("id", "Int", ["Идентификатор", "Идентификатор", "Identifier"]), fl("fio", "String", ["Аты-жөні", "ФИО", "Full name"]), fl("region", "String", ["Өңір", "Регион", "Region"]), fl("nomerlitsenzii", "String", ["Лицензия нөмірі", "Номер лицензии", "Licence No."]), fl("datavydachilitsenzii", "String", ["Лицензия берілген күн", "Дата выдачи лицензии", "Licence date"]), fl("adress", "String", ["Мекенжайы", "Адрес", "Address"]), fl("kontakty", "String", ["Байланыс", "Контакты", "Contacts"])],
                    kind: RowKind::Advocates,
                    api_uri: s("advokattar_tizimi14"),
                },
                day_start(2020, 4, 1),
                vec![("v1".into(), 3_104), ("v2".into(), 3_297), ("v3".into(), 3_512)],
                ActualizeType::Quarterly,
                18_202,
            ),
            (
                Draft {
                    names: [
                        s("Мемлекеттік органдардың интернет-ресурстары <script>window.__pwned=1</script>"),
                        s("Интернет-ресурсы государственных органов <script>window.__pwned=1</script>"),
                        s("Websites of government bodies <script>window.__pwned=1</script>"),
                    ],
                    descs: [
                        s("Ресми сайттар тізімі. <img src=x onerror=\"window.__pwned=1\"> Сілтемелерді тексеріңіз."),
                        s("Перечень официальных сайтов. <img src=x onerror=\"window.__pwned=1\"> Проверяйте ссылки."),
                        s("Official websites. <img src=x onerror=\"window.__pwned=1\"> Check the links."),
                    ],
                    kw: [kws(&["сайт", "<script>window.__pwned=1</script>"]), kws(&["сайт", "<script>window.__pwned=1</script>"]), kws(&["website", "<script>window.__pwned=1</script>"])],
                    agency: mcriap,
                    categories: vec![GOV, COMMS],
                    fields: vec![pk("id", "Int", ["Идентификатор", "Идентификатор", "Identifier"]), fl("name", "String", ["Атауы", "Наименование", "Name"]), fl("website", "String", ["Сайт", "Сайт", "Website"]), fl("email", "String", ["Электрондық пошта", "Электронная почта", "E-mail"])],
                    kind: RowKind::HostileLinks,
                    api_uri: s("memlekettik_organdardyn_intern1"),
                },
                day_start(2025, 6, 2),
                vec![("v1".into(), 120)],
                ActualizeType::AsNeeded,
                5_321,
            ),
            (
                Draft {
                    names: [
                        s("Жалға беру шарттарының тізілімі \u{202E}exe.gpj\u{202C}"),
                        s("Реестр договоров аренды \u{202E}exe.gpj\u{202C}"),
                        s("Register of lease agreements \u{202E}exe.gpj\u{202C}"),
                    ],
                    descs: [
                        s("Коммуналдық мүлікті жалға беру. <img src=x onerror=\"window.__pwned=1\">"),
                        s("Аренда коммунального имущества. <img src=x onerror=\"window.__pwned=1\">"),
                        s("Lease of municipal property. <img src=x onerror=\"window.__pwned=1\">"),
                    ],
                    kw: [kws(&["жалға беру", "\u{202E}ралаукім"]), kws(&["аренда", "\u{202E}ытавирп"]), kws(&["lease", "\u{202E}etavirp"])],
                    agency: agency_of_region(18),
                    categories: vec![HOUSING, ECONOMY],
                    fields: vec![pk("id", "Int", ["Идентификатор", "Идентификатор", "Identifier"]), fl("tenant", "String", ["Жалға алушы", "Арендатор", "Tenant"]), fl("object", "String", ["Нысан", "Объект", "Object"]), fl("note", "String", ["Ескертпе", "Примечание", "Note"])],
                    kind: RowKind::HostileBidi,
                    api_uri: s("opendata-api-uri99001"),
                },
                day_start(2025, 9, 15),
                vec![("v1".into(), 60), ("v2".into(), 75)],
                ActualizeType::Monthly,
                4_870,
            ),
            (
                Draft {
                    names: [
                        Some(format!("Көрсеткіштер тізбесі {}", rows::long_word())),
                        Some(format!("Перечень показателей {}", rows::long_word())),
                        Some(format!("List of indicators {}", rows::long_word())),
                    ],
                    descs: [
                        Some(format!("Ұзын сөз: {}", rows::long_word())),
                        Some(format!("Длинное слово: {}", rows::long_word())),
                        Some(format!("A long word: {}", rows::long_word())),
                    ],
                    kw: [kws(&["көрсеткіштер"]), kws(&["показатели"]), kws(&["indicators"])],
                    agency: ASPR,
                    categories: vec![STATS],
                    fields: vec![pk("id", "Int", ["Идентификатор", "Идентификатор", "Identifier"]), fl("indicator", "String", ["Көрсеткіш", "Показатель", "Indicator"]), fl("value", "Double", ["Мәні", "Значение", "Value"])],
                    kind: RowKind::HostileLongWord,
                    api_uri: s("korsetkishter_tizbesi1"),
                },
                day_start(2025, 11, 3),
                vec![("v1".into(), 90)],
                ActualizeType::Yearly,
                3_988,
            ),
        ];
        for (d, created, versions, at, views) in specials {
            self.add(d, created, versions, at, Some(views));
        }
    }

    /// Topic × place (× year) datasets: the bulk of the catalogue.
    fn generic(&mut self, rng: &mut Rng) {
        let mut specs = Vec::new();
        for (ti, topic) in TOPICS.iter().enumerate() {
            for scope in std::iter::once(None).chain((0..REGIONS.len()).map(Some)) {
                // Statistics: one dataset per year. Lists: an undated one plus some yearly editions.
                let (years, p) = if topic.yearly {
                    (2012..=2026u16, 0.65)
                } else {
                    specs.push((ti, scope, 0));
                    (2018..=2026u16, 0.35)
                };
                for y in years {
                    if rng.chance(p) {
                        specs.push((ti, scope, y));
                    }
                }
            }
        }
        for (ti, scope, year) in specs {
            let t = &TOPICS[ti];
            let mut r = self.rng(&[20, ti as u64, scope.map_or(99, |s| s as u64), year as u64]);
            let gen = match scope {
                None => NATIONAL_GEN,
                Some(s) => REGIONS[s].gen,
            };
            let mut names: [Option<String>; 3] =
                [0, 1, 2].map(|i| Some(t.title[i].replace("{}", gen[i])));
            let mut descs: [Option<String>; 3] =
                [0, 1, 2].map(|i| Some(t.desc[i].replace("{}", gen[i])));
            if year > 0 {
                names[0] = names[0].take().map(|n| format!("{year} жылғы {n}"));
                let ru = if t.yearly { "за" } else { "на" };
                names[1] = names[1].take().map(|n| format!("{n} {ru} {year} год"));
                names[2] = names[2].take().map(|n| format!("{n} for {year}"));
            }
            // Some titles carry the open-data-list number, as on the portal.
            if r.chance(0.05) {
                let no = r.range(100, 999);
                for n in names.iter_mut().take(2) {
                    *n = n.take().map(|x| format!("{no}. {x}"));
                }
            }
            // Real catalogue gaps: ~6 % without English, ~3 % without Kazakh.
            let x = r.unit();
            if x < 0.06 {
                names[2] = None;
                descs[2] = None;
            } else if x < 0.09 {
                names[0] = None;
                descs[0] = None;
            }
            let mut kw =
                [0, 1, 2].map(|i| t.kw[i].iter().map(|s| s.to_string()).collect::<Vec<_>>());
            if let Some(s) = scope {
                for (i, k) in kw.iter_mut().enumerate() {
                    k.push(REGIONS[s].centre[i].to_string());
                }
            }
            if year > 0 {
                for k in kw.iter_mut() {
                    k.push(year.to_string());
                }
            }
            if names[0].is_none() {
                kw[0].clear();
            }
            if names[2].is_none() {
                kw[2].clear();
            }
            let agency = match scope {
                None => match ti {
                    2 => agency_other(5),
                    4 => agency_other(4),
                    17 => agency_other(3),
                    21 => agency_other(0),
                    22 => agency_other(2),
                    _ => t.owner,
                },
                // Regional data often comes from the ministry's territorial department (and half
                // the regional statistics from the Bureau of National Statistics).
                Some(_) if t.owner == ASPR && r.chance(0.5) => ASPR,
                Some(_) if r.chance(0.25) => t.owner,
                Some(s) => agency_of_region(s),
            };
            let mut categories = t.cats.to_vec();
            if categories.len() > 1 && r.chance(0.4) {
                categories.truncate(1);
            }
            let fields = t
                .fields
                .iter()
                .map(|f| (f.name, f.ty, f.label, f.name == "id"))
                .collect();
            let nver = 1 + (r.skewed(40) as f64).log2().floor() as u64 % 6;
            let base = r.range(t.rows.0, t.rows.1);
            let versions = (1..=nver)
                .map(|v| (format!("v{v}"), base + (v - 1) * base / 12))
                .collect();
            let created_from = if year == 0 {
                first_moment()
            } else {
                // Statistics appear after their year ends; list editions during their year.
                day_start(i64::from(year) + i64::from(t.yearly), 1, 10)
                    .max(first_moment())
                    .min(day_start(2026, 1, 10))
            };
            let at = if year > 0 {
                *r.pick(&[
                    ActualizeType::Yearly,
                    ActualizeType::Yearly,
                    ActualizeType::Quarterly,
                    ActualizeType::Monthly,
                    ActualizeType::HalfYear,
                ])
            } else {
                *r.pick(&[
                    ActualizeType::AsNeeded,
                    ActualizeType::Yearly,
                    ActualizeType::HalfYear,
                    ActualizeType::Quarterly,
                    ActualizeType::Monthly,
                    ActualizeType::Weekly,
                    ActualizeType::Daily,
                ])
            };
            self.add(
                Draft {
                    names,
                    descs,
                    kw,
                    agency,
                    categories,
                    fields,
                    kind: RowKind::Generic {
                        topic: ti,
                        region: scope,
                        year,
                    },
                    api_uri: None,
                },
                created_from,
                versions,
                at,
                None,
            );
        }
    }
}

fn make_actualization_requests(seed: u64, datasets: usize) -> Vec<ActualizationRequestSeed> {
    let mut r = Rng::derive(seed, &[32]);
    let statuses = ["NEW", "IN_PROGRESS", "DONE", "REJECTED"];
    (0..460)
        .map(|i| ActualizationRequestSeed {
            id: 9_000 + i,
            dataset: r.below(datasets as u64) as usize,
            status: statuses[r.below(statuses.len() as u64) as usize],
            created_date: iso(
                (day_start(2019, 9, 1) + r.below(2600) as i64 * 1440 + 700).min(last_moment())
            ),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        for d in [-1000i64, 0, 17_897, 20_000, 21_000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert_eq!(iso(day_start(2026, 11, 28) + 61), "2026-11-28T01:01:00");
    }

    #[test]
    fn translit_matches_portal_uris() {
        assert_eq!(
            translit("Астана қаласының қылмыстық құқық бұзушылықтары", 30),
            "astana_kalasynyn_kylmystyk_kuk"
        );
        assert_eq!(translit("Валюталар бағамдары", 30), "valutalar_bagamdary");
        assert_eq!(translit("Адвокаттар тізімі", 30), "advokattar_tizimi");
    }
}
