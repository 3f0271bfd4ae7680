//! A small hand-written catalogue file for the search tests: eight datasets in three
//! categories and four agencies (one without datasets), with names, keywords and a description
//! chosen for docs/portal-api.md §3.1's rules.
#![allow(dead_code)] // each test binary uses a different subset

use opendata_core::catalogue::{
    AgencyEntry, Catalogue, CatalogueFile, CategoryEntry, DatasetEntry, FORMAT,
};
use opendata_core::url::CatalogueQuery;
use opendata_core::wire::{
    ActualizeType, AgencyKind, DatasetSearchResponse, Descriptions, FullNames, Keywords, Names,
};
use opendata_core::Lang;

struct Ds {
    uri: &'static str,
    names: [&'static str; 3],
    keywords: [&'static [&'static str]; 3],
    description_ru: &'static str,
    agency: u32,
    categories: &'static [u32],
    created: &'static str,
    views: u64,
}

// Categories.
const EDU: u32 = 0;
const HEALTH: u32 = 1;
const TRANSPORT: u32 = 2;
// Agencies.
const MIN: u32 = 0;
const ASTANA: u32 = 1;
const ALMATY: u32 = 2;

const DATASETS: &[Ds] = &[
    Ds {
        uri: "schools-astana",
        names: [
            "Астана қаласының мемлекеттік мектептерінің тізімі",
            "Список государственных школ города Астаны",
            "List of public schools of the city of Astana",
        ],
        keywords: [&["мектеп", "білім"], &["школа", "образование"], &["school"]],
        description_ru: "Адреса и контакты школ.",
        agency: ASTANA,
        categories: &[EDU],
        created: "2020-01-01T10:00:00",
        views: 100,
    },
    Ds {
        uri: "schools-almaty",
        names: [
            "Алматы қаласының мектептері",
            "Список государственных школ Алматы",
            "Schools of Almaty",
        ],
        keywords: [&[], &[], &[]],
        description_ru: "",
        agency: ALMATY,
        categories: &[EDU],
        created: "2021-01-01T10:00:00",
        views: 300,
    },
    Ds {
        uri: "kindergartens",
        names: [
            "Балабақшалар тізбесі",
            "Перечень детских садов и дошкольных организаций",
            "Kindergartens",
        ],
        keywords: [&["балабақша"], &[], &[]],
        description_ru: "Дошкольное образование.",
        agency: MIN,
        categories: &[EDU],
        created: "2022-01-01T10:00:00",
        views: 50,
    },
    Ds {
        uri: "hospitals-shymkent",
        names: [
            "Шымкент қаласының ауруханалары",
            "Больницы Шымкента",
            "Hospitals of Shymkent",
        ],
        keywords: [&["денсаулық"], &[], &[]],
        description_ru: "",
        agency: MIN,
        categories: &[HEALTH],
        created: "2019-06-01T10:00:00",
        views: 500,
    },
    Ds {
        uri: "jambyl-roads",
        names: [
            "Jambyl oblysynyñ jol kartasy",
            "Карта дорог Жамбылской области",
            "",
        ],
        keywords: [&[], &[], &[]],
        description_ru: "",
        agency: MIN,
        categories: &[TRANSPORT],
        created: "2023-01-01T10:00:00",
        views: 20,
    },
    Ds {
        uri: "population",
        names: [
            "Қазақстан халқы",
            "Население Казахстана",
            "Population of Kazakhstan",
        ],
        keywords: [&[], &[], &[]],
        description_ru: "",
        agency: MIN,
        categories: &[HEALTH, EDU],
        created: "2024-01-01T10:00:00",
        views: 40,
    },
    Ds {
        uri: "museums",
        names: [
            "824. Тарих музейлері",
            "824. Исторические музеи",
            "824. History museums",
        ],
        keywords: [&[], &[], &[]],
        description_ru: "",
        agency: ASTANA,
        categories: &[],
        created: "2024-06-01T10:00:00",
        views: 10,
    },
    Ds {
        uri: "teachers",
        names: ["Мұғалімдер", "Учителя", "Teachers"],
        keywords: [&[], &["школа"], &[]],
        description_ru: "",
        agency: MIN,
        categories: &[EDU],
        created: "2025-01-01T10:00:00",
        views: 10_000,
    },
];

pub fn catalogue() -> Catalogue {
    let names = |[kk, ru, en]: [&str; 3]| Names::new(kk, ru, en);
    let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let agency = |id: &str, n: [&str; 3], kind| AgencyEntry {
        id: id.into(),
        names: names(n),
        fullnames: FullNames::default(),
        kind,
    };
    let file = CatalogueFile {
        format: FORMAT,
        harvested: "2026-12-07T03:00:00Z".into(),
        categories: [
            ("edu", ["Білім беру", "Образование", "Education"]),
            ("health", ["Денсаулық", "Здравоохранение", "Health"]),
            ("transport", ["Көлік", "Транспорт", "Transport"]),
        ]
        .into_iter()
        .map(|(id, n)| CategoryEntry {
            id: id.into(),
            names: names(n),
        })
        .collect(),
        agencies: vec![
            agency("min", ["ҚР ОҒМ", "МП РК", "ME RK"], AgencyKind::Central),
            agency(
                "astana",
                ["Астана қ.", "г. Астана", "Astana c."],
                AgencyKind::Regional,
            ),
            agency(
                "almaty",
                ["Алматы қ.", "г. Алматы", "Almaty c."],
                AgencyKind::Regional,
            ),
            agency("idle", ["Бос", "Пусто", "Idle"], AgencyKind::Other),
        ],
        datasets: DATASETS
            .iter()
            .enumerate()
            .map(|(i, d)| DatasetEntry {
                id: 100 + i as u64,
                api_uri: d.uri.into(),
                names: names(d.names),
                descriptions: Descriptions {
                    description_ru: (!d.description_ru.is_empty()).then(|| d.description_ru.into()),
                    ..Descriptions::default()
                },
                keywords: Keywords {
                    keywords_kk: words(d.keywords[0]),
                    keywords_ru: words(d.keywords[1]),
                    keywords_en: words(d.keywords[2]),
                },
                agency: d.agency,
                categories: d.categories.to_vec(),
                created_date: d.created.into(),
                // Updated in reverse catalogue order, downloads rising.
                modified_date: format!("2026-01-{:02}T00:00:00", 28 - i),
                views: d.views,
                downloads: i as u64 * 7,
                actualize_type: ActualizeType::Monthly,
                actual: i % 2 == 0,
                versions: vec!["v1".into(), format!("v{}", i + 2)],
            })
            .collect(),
    };
    assert_eq!(file.check(), Ok(()));
    Catalogue::new(file)
}

pub fn query(text: &str) -> CatalogueQuery {
    CatalogueQuery {
        text: text.into(),
        page: 1,
        ..Default::default()
    }
}

pub fn uris(r: &DatasetSearchResponse) -> Vec<&str> {
    r.datasets.iter().map(|d| d.api_uri.as_str()).collect()
}

/// The apiUris a text finds, in relevance order.
pub fn find(c: &Catalogue, text: &str) -> Vec<String> {
    let r = c.search(&query(text), Lang::Kk, 100);
    assert_eq!(r.total_count as usize, r.datasets.len(), "{text}");
    uris(&r).into_iter().map(String::from).collect()
}
