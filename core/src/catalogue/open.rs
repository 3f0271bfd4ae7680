//! Opening a catalogue a slice at a time. Decoding the seed's 5.5 MB and indexing its text take
//! a phone several hundred milliseconds; done at once that is one long task that freezes the
//! page (Lighthouse's total blocking time). Here each step does a bounded amount of work and
//! the caller (the app) yields to the browser between steps; the result is the same as
//! [`CatalogueFile::decode`] and [`Catalogue::index`], which run these steps at once.

use super::file::{
    decode_versioned, AgencyEntry, CatalogueFile, CategoryEntry, DatasetEntry, FormatError, FORMAT,
};
use super::search::Catalogue;
use crate::search::{dataset_parts, Index, IndexBuilder};
use serde::Deserialize;
use serde_json::value::RawValue;

/// The file with its datasets still as JSON text: one fast pass over the bytes.
#[derive(Deserialize)]
struct Shallow<'a> {
    format: u32,
    harvested: String,
    categories: Vec<CategoryEntry>,
    agencies: Vec<AgencyEntry>,
    #[serde(borrow)]
    datasets: Vec<&'a RawValue>,
}

/// A catalogue file being decoded.
pub struct Opening<'a> {
    shallow: Shallow<'a>,
    datasets: Vec<DatasetEntry>,
}

impl<'a> Opening<'a> {
    /// Checks the format version and reads the file's outline.
    pub fn begin(json: &'a str) -> Result<Opening<'a>, FormatError> {
        // One pass in the usual case; the version is read apart only to say why a file failed.
        let shallow: Shallow = match serde_json::from_str(json) {
            Ok(s) => s,
            Err(e) => {
                decode_versioned::<serde::de::IgnoredAny>(json)?;
                return Err(FormatError::Invalid(e.to_string()));
            }
        };
        if shallow.format > FORMAT {
            return Err(FormatError::Newer(shallow.format));
        }
        let datasets = Vec::with_capacity(shallow.datasets.len());
        Ok(Opening { shallow, datasets })
    }

    /// Decodes up to `n` more datasets; true when every one is.
    pub fn step(&mut self, n: usize) -> Result<bool, FormatError> {
        let done = self.datasets.len();
        for raw in self.shallow.datasets.iter().skip(done).take(n) {
            let d = serde_json::from_str(raw.get())
                .map_err(|e| FormatError::Invalid(format!("dataset {}: {e}", done + 1)))?;
            self.datasets.push(d);
        }
        Ok(self.datasets.len() == self.shallow.datasets.len())
    }

    /// Decodes what is left and checks every cross-reference.
    pub fn finish(mut self) -> Result<CatalogueFile, FormatError> {
        while !self.step(usize::MAX)? {}
        let s = self.shallow;
        let file = CatalogueFile {
            format: s.format,
            harvested: s.harvested,
            categories: s.categories,
            agencies: s.agencies,
            datasets: self.datasets,
        };
        file.check()?;
        Ok(file)
    }
}

/// A catalogue's text index being built.
pub struct Indexing<'a> {
    catalogue: &'a Catalogue,
    builder: IndexBuilder<'a>,
}

impl<'a> Indexing<'a> {
    pub fn begin(catalogue: &'a Catalogue) -> Indexing<'a> {
        Indexing {
            catalogue,
            builder: IndexBuilder::default(),
        }
    }

    /// Indexes up to `n` more datasets; true when every one is.
    pub fn step(&mut self, n: usize) -> bool {
        let all = &self.catalogue.file().datasets;
        for d in all.iter().skip(self.builder.len()).take(n) {
            self.builder
                .add(dataset_parts(&d.names, &d.descriptions, &d.keywords));
        }
        self.builder.len() == all.len()
    }

    /// Indexes what is left and completes the index (give it to [`Catalogue::set_index`]).
    pub fn finish(mut self) -> Index {
        while !self.step(usize::MAX) {}
        self.builder.finish()
    }
}
