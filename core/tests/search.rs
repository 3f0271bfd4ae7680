//! The in-browser catalogue search over a small hand-written catalogue file: docs/portal-api.md
//! §3.1 rule by rule (word forms, scripts, prefix, AND, relevance, highlighting, facets, sorts,
//! paging) and the lists beside it. Parity with portal-sim over its whole seed is tested there
//! (`portal-sim/tests/catalogue_search.rs`).

use opendata_core::catalogue::{
    AgencyEntry, Catalogue, CatalogueFile, CatalogueStats, CategoryEntry, DatasetEntry, FORMAT,
};
use opendata_core::search::collation_key;
use opendata_core::url::{CatalogueQuery, Sort};
use opendata_core::wire::{
    ActualizeType, AgencyKind, DatasetSearchResponse, Descriptions, FacetValue, FullNames,
    Keywords, Names,
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

fn catalogue() -> Catalogue {
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

fn query(text: &str) -> CatalogueQuery {
    CatalogueQuery {
        text: text.into(),
        page: 1,
        ..Default::default()
    }
}

fn uris(r: &DatasetSearchResponse) -> Vec<&str> {
    r.datasets.iter().map(|d| d.api_uri.as_str()).collect()
}

/// The apiUris a text finds, in relevance order.
fn find(c: &Catalogue, text: &str) -> Vec<String> {
    let r = c.search(&query(text), Lang::Kk, 100);
    assert_eq!(r.total_count as usize, r.datasets.len(), "{text}");
    uris(&r).into_iter().map(String::from).collect()
}

#[test]
fn word_forms_in_three_languages_and_two_scripts() {
    let c = catalogue();
    for text in ["школы", "школ", "Школа", "школа"] {
        // The keyword-only hit ranks last despite its views.
        assert_eq!(
            find(&c, text),
            ["schools-almaty", "schools-astana", "teachers"],
            "{text}"
        );
    }
    for text in ["мектеп", "мектептер", "мектептің", "МЕКТЕП", "mektep"]
    {
        assert_eq!(
            find(&c, text),
            ["schools-almaty", "schools-astana"],
            "{text}"
        );
    }
    // The very form written in a name (exact) outranks a shared stem, whatever the views.
    assert_eq!(
        find(&c, "mektepterınıñ"),
        ["schools-astana", "schools-almaty"]
    );
    for text in ["school", "schools"] {
        assert_eq!(
            find(&c, text),
            ["schools-almaty", "schools-astana"],
            "{text}"
        );
    }
    assert_eq!(find(&c, "больница"), ["hospitals-shymkent"]);
    assert_eq!(find(&c, "hospital"), ["hospitals-shymkent"]);
    assert_eq!(find(&c, "аурухана"), ["hospitals-shymkent"]);
    assert_eq!(find(&c, "балабақша"), ["kindergartens"]);
}

#[test]
fn latin_kazakh_meets_cyrillic_both_ways() {
    let c = catalogue();
    for text in ["densaulyq", "densaulyk", "денсаулық"] {
        assert_eq!(find(&c, text), ["hospitals-shymkent"], "{text}");
    }
    for text in ["shymkent", "Şymkent", "Шымкент"] {
        assert_eq!(find(&c, text), ["hospitals-shymkent"], "{text}");
    }
    // `kh` reads both ways: «Қазақстан» and «Казахстан».
    for text in [
        "qazaqstan",
        "kazakstan",
        "kazakhstan",
        "Қазақстан",
        "Казахстан",
    ] {
        assert_eq!(find(&c, text), ["population"], "{text}");
    }
    // A Cyrillic word finds Latin-script text; `j`, `zh` and «ж» are one letter.
    for text in ["Жамбыл", "Jambyl", "Zhambyl", "облысы", "жол"] {
        assert_eq!(find(&c, text), ["jambyl-roads"], "{text}");
    }
    assert_eq!(find(&c, "tarih"), ["museums"]);
    assert_eq!(find(&c, "bılım"), ["schools-astana"]);
}

#[test]
fn prefix_on_the_last_word_only_and_every_word_must_match() {
    let c = catalogue();
    assert_eq!(
        find(&c, "шко"),
        ["schools-almaty", "schools-astana", "teachers"]
    );
    assert_eq!(find(&c, "список шко"), ["schools-almaty", "schools-astana"]);
    assert!(find(&c, "шко список").is_empty());
    // One letter is no prefix; a word inside another is not a match.
    assert!(find(&c, "ш").is_empty());
    assert!(!find(&c, "школ").contains(&"kindergartens".to_string()));
    assert_eq!(find(&c, "школы Алматы"), ["schools-almaty"]);
    assert_eq!(find(&c, "школа-Алматы"), ["schools-almaty"]);
    assert!(find(&c, "школы больницы").is_empty());
    assert!(find(&c, "zzzqqqxx").is_empty());
}

#[test]
fn matched_words_are_this_datasets_words_as_written() {
    let c = catalogue();
    let r = c.search(&query("школы"), Lang::Kk, 20);
    let astana = &r.datasets[1];
    assert_eq!(astana.api_uri, "schools-astana");
    // The Russian name's «школ», the keyword «школа»; the description's «школ» is the same word.
    assert_eq!(astana.matched_words, ["школ", "школа"]);
    let r = c.search(&query("мектеп астана"), Lang::Kk, 20);
    assert_eq!(
        r.datasets[0].matched_words,
        ["Астана", "мектептерінің", "Астаны", "Astana", "мектеп"]
    );
    // Without text there are none.
    let r = c.search(&query(""), Lang::Kk, 20);
    assert!(r.datasets.iter().all(|d| d.matched_words.is_empty()));
}

#[test]
fn facets_or_within_and_across_without_their_own_filter() {
    let c = catalogue();
    let facet = |v: &[FacetValue]| -> Vec<(String, u64)> {
        v.iter().map(|f| (f.id.clone(), f.count)).collect()
    };
    let pairs = |v: &[(&str, u64)]| -> Vec<(String, u64)> {
        v.iter().map(|(id, n)| (id.to_string(), *n)).collect()
    };
    let all = c.search(&query(""), Lang::Kk, 20);
    assert_eq!(all.total_count, 8);
    // Count desc, then catalogue order; the dataset with two categories counts in both; the
    // agency with no datasets is not listed.
    assert_eq!(
        facet(&all.facets.categories),
        pairs(&[("edu", 5), ("health", 2), ("transport", 1)])
    );
    assert_eq!(
        facet(&all.facets.agencies),
        pairs(&[("min", 5), ("astana", 2), ("almaty", 1)])
    );
    assert_eq!(all.facets.agencies[0].kind, Some(AgencyKind::Central));
    assert_eq!(all.facets.categories[0].kind, None);

    let q = CatalogueQuery {
        categories: vec!["health".into(), "transport".into()],
        agencies: vec!["min".into(), "idle".into(), "nope".into()],
        ..query("")
    };
    let r = c.search(&q, Lang::Kk, 20);
    assert_eq!(
        uris(&r),
        ["population", "jambyl-roads", "hospitals-shymkent"]
    );
    // Categories under the agency filter only; agencies under the category filter only; the
    // selected values at 0 too, an unknown one last with no names.
    assert_eq!(
        facet(&r.facets.categories),
        pairs(&[("edu", 3), ("health", 2), ("transport", 1)])
    );
    assert_eq!(
        facet(&r.facets.agencies),
        pairs(&[("min", 3), ("idle", 0), ("nope", 0)])
    );
    let nope = &r.facets.agencies[2];
    assert_eq!(
        (nope.names.clone(), nope.kind),
        (Names::default(), Some(AgencyKind::Other))
    );
    // An unknown selected id alone matches nothing.
    let q = CatalogueQuery {
        categories: vec!["nope".into()],
        ..query("школы")
    };
    let r = c.search(&q, Lang::Kk, 20);
    assert_eq!(r.total_count, 0);
    assert_eq!(
        facet(&r.facets.categories),
        pairs(&[("edu", 3), ("nope", 0)])
    );
    assert!(r.facets.agencies.is_empty());
}

#[test]
fn sorts_and_their_tie_breaks() {
    let c = catalogue();
    let sorted = |text: &str, sort: Sort, lang: Lang| {
        let q = CatalogueQuery {
            sort: Some(sort),
            ..query(text)
        };
        uris(&c.search(&q, lang, 100)).join(" ")
    };
    // Default: newest without text, relevance with it.
    assert_eq!(
        uris(&c.search(&query(""), Lang::Kk, 100)).join(" "),
        sorted("", Sort::Newest, Lang::Kk)
    );
    assert_eq!(
        sorted("", Sort::Newest, Lang::Kk),
        "teachers museums population jambyl-roads kindergartens schools-almaty schools-astana hospitals-shymkent"
    );
    assert_eq!(
        sorted("", Sort::Updated, Lang::Kk),
        "schools-astana schools-almaty kindergartens hospitals-shymkent jambyl-roads population museums teachers"
    );
    assert_eq!(
        sorted("", Sort::Downloads, Lang::Kk),
        "teachers museums population jambyl-roads hospitals-shymkent kindergartens schools-almaty schools-astana"
    );
    assert_eq!(
        sorted("школы", Sort::Views, Lang::Kk),
        "teachers schools-almaty schools-astana"
    );
    // Without text, relevance is views then catalogue order.
    assert_eq!(
        sorted("", Sort::Relevance, Lang::Kk),
        sorted("", Sort::Views, Lang::Kk)
    );
    // Names: digits, Latin, then Cyrillic in Kazakh alphabet order (қ between к and л).
    assert_eq!(
        sorted("", Sort::Name, Lang::Kk),
        "museums jambyl-roads schools-almaty schools-astana kindergartens population teachers hospitals-shymkent"
    );
    assert_eq!(
        sorted("", Sort::Name, Lang::Ru),
        "museums hospitals-shymkent jambyl-roads population kindergartens schools-almaty schools-astana teachers"
    );
    // English falls back to another language where a name has none.
    let en = c.search(
        &CatalogueQuery {
            sort: Some(Sort::Name),
            ..query("")
        },
        Lang::En,
        100,
    );
    let keys: Vec<Vec<u32>> = en
        .datasets
        .iter()
        .map(|d| collation_key(d.names.pick(Lang::En).map_or("", |(n, _)| n)))
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn pages_past_the_end_are_empty_with_the_true_total() {
    let c = catalogue();
    let q = query("");
    let p1 = c.search(&q, Lang::Kk, 3);
    let p3 = c.search(&q.with_page(3), Lang::Kk, 3);
    let p4 = c.search(&q.with_page(4), Lang::Kk, 3);
    assert_eq!(
        (p1.datasets.len(), p3.datasets.len(), p4.datasets.len()),
        (3, 2, 0)
    );
    assert_eq!((p4.total_count, p4.page, p4.size), (8, 4, 3));
    assert_eq!(p4.facets, p1.facets);
    let far = c.search(&q.with_page(u32::MAX), Lang::Kk, 100);
    assert!(far.datasets.is_empty() && far.total_count == 8);
}

#[test]
fn lists_counters_and_one_dataset() {
    let c = catalogue();
    assert_eq!((c.len(), c.is_empty()), (8, false));
    let cats: Vec<(String, u64)> = c
        .categories()
        .into_iter()
        .map(|x| (x.id, x.datasets_count))
        .collect();
    assert_eq!(
        cats,
        [
            ("edu".into(), 5),
            ("health".into(), 2),
            ("transport".into(), 1)
        ]
    );
    let ags: Vec<u64> = c.agencies().iter().map(|a| a.datasets_count).collect();
    assert_eq!(ags, [5, 2, 1, 0]);
    assert_eq!(
        c.stats(),
        CatalogueStats {
            datasets: 8,
            actual: 4,
            views: 11_020,
            downloads: 7 * 28,
        }
    );
    let (summary, versions) = c.dataset("population").expect("known");
    assert_eq!(summary.last_version, "v7");
    assert_eq!(versions, ["v1", "v7"]);
    assert_eq!(summary.categories.len(), 2);
    assert!(c.dataset("nope").is_none());
}
