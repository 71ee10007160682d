#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Speed of the content pack, end to end, on the content we actually ship.
//!
//! * `pack_build`: compiling `content/` and `locales/` into a [`Pack`], alone and followed
//!   by `to_bytes` (the SQLite file with its FTS5 index).
//! * `pack_load`: opening the pack bytes with [`Pack::from_bytes`] (copies them into SQLite)
//!   and [`Pack::from_static`] (no copy, for a pack embedded in the binary), next to a
//!   plain `std::fs::read` of the same file as the floor a load cannot beat.
//! * `search_real`: [`SearchIndex::search`] for what a user types: a whole word, a prefix
//!   while typing, two words, and a word that matches nothing, in Dutch and English.
//! * `search_10x` and `pack_build_10x`: the same queries, and `to_bytes`, on a generated
//!   library ten times the size of the shipped one, so we see how search and the pack build
//!   scale before the content gets there.
//!
//! Speed targets belong here, never in timed tests. Under `cargo test` criterion runs every
//! benchmark once; the fixtures are built lazily, once, and only for the benchmarks that run.

use std::cell::OnceCell;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use privacyapp_core::content::{compile, Pack, Page, SearchIndex};
use privacyapp_core::i18n::Locale;

/// What a user types into the search box. The search treats the last word as a prefix until the user types a space after it, so a
/// whole word is benchmarked both as typed and finished with a space.
const QUERIES: [(Locale, &str); 10] = [
    (Locale::Nl, "gegevens"), // a whole word, as typed (still matched as a prefix)
    (Locale::Nl, "gegevens "), // the same word, finished: matched by its stem only
    (Locale::Nl, "beroeps"),  // a prefix while typing
    (Locale::Nl, "recht inzage"), // two words
    (Locale::Nl, "zzzz"),     // nothing matches
    (Locale::En, "rights"),
    (Locale::En, "rights "),
    (Locale::En, "consen"),
    (Locale::En, "right access"),
    (Locale::En, "zzzz"),
];

const LIMIT: usize = 20;

/// How many copies of every real page the generated library holds.
const SCALE: usize = 10;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn compile_real() -> Pack {
    let repo = repo();
    compile(&repo.join("content"), &repo.join("locales")).expect("the shipped content compiles")
}

/// A pack and its bytes, built once per process.
#[derive(Debug)]
struct Fixture {
    pack: Pack,
    bytes: Vec<u8>,
}

impl Fixture {
    fn new(name: &str, pack: Pack) -> Self {
        let bytes = pack.to_bytes().unwrap();
        eprintln!(
            "[content bench] {name} pack: {} pages, {} terms, {} bytes",
            pack.pages.len(),
            pack.terms.len(),
            bytes.len()
        );
        Fixture { pack, bytes }
    }

    fn index(&self, name: &str) -> SearchIndex {
        let (_, index) = Pack::from_bytes(&self.bytes).unwrap();
        for (locale, query) in QUERIES {
            let hits = index.search(locale, query, LIMIT).unwrap().len();
            eprintln!("[content bench] {name} {locale} {query:?}: {hits} hits (limit {LIMIT})");
        }
        index
    }
}

fn real() -> &'static Fixture {
    static REAL: OnceLock<Fixture> = OnceLock::new();
    REAL.get_or_init(|| Fixture::new("real", compile_real()))
}

fn tenfold() -> &'static Fixture {
    static TENFOLD: OnceLock<Fixture> = OnceLock::new();
    TENFOLD.get_or_init(|| Fixture::new("10x", scaled(&real().pack, SCALE)))
}

/// The real pack with every page replaced by `copies` copies of it, each with its own id and
/// a sentence of generated words, so the index grows in vocabulary as well as in rows.
/// Terms and messages are kept as they are.
fn scaled(real: &Pack, copies: usize) -> Pack {
    let mut pages: Vec<Page> = Vec::with_capacity(real.pages.len() * copies);
    for (i, page) in real.pages.iter().enumerate() {
        for n in 0..copies {
            let seed = ((i as u64) << 32) | n as u64;
            let (w1, w2) = (word(seed, page.locale, 0), word(seed, page.locale, 1));
            let sentence = match page.locale {
                Locale::Nl => format!("Zie ook de {w1} over {w2} (kopie {n})."),
                Locale::En => format!("See also the {w1} about {w2} (copy {n})."),
            };
            let mut copy = page.clone();
            copy.id = format!("{}-copy-{n}", page.id);
            copy.html.push_str(&format!("<p>{sentence}</p>"));
            pages.push(copy);
        }
    }
    pages.sort_by(|a, b| (a.locale, a.track, &a.id).cmp(&(b.locale, b.track, &b.id)));
    Pack {
        format: real.format,
        source_hash: format!("{}-x{copies}", real.source_hash),
        pages,
        terms: real.terms.clone(),
        messages: real.messages.clone(),
    }
}

/// A pronounceable made-up word of two to four syllables. The syllables are chosen so no
/// word starts with, or equals, one of the benchmark queries.
fn word(seed: u64, locale: Locale, salt: u64) -> String {
    const NL: [&str; 16] = [
        "ge", "ver", "stra", "lin", "ka", "de", "rijk", "wen", "mo", "ter", "heid", "schap", "ing",
        "len", "ont", "bo",
    ];
    const EN: [&str; 16] = [
        "pro", "ta", "ble", "tion", "ment", "ver", "da", "ly", "ing", "er", "mis", "port", "ful",
        "lan", "tor", "shi",
    ];
    let syllables = match locale {
        Locale::Nl => &NL,
        Locale::En => &EN,
    };
    let mut x = splitmix64(seed ^ salt.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let count = 2 + (x % 3) as usize;
    let mut out = String::new();
    for _ in 0..count {
        x = splitmix64(x);
        out.push_str(syllables[(x % 16) as usize]);
    }
    out
}

fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn pack_build(c: &mut Criterion) {
    let repo = repo();
    let (content, locales) = (repo.join("content"), repo.join("locales"));
    let mut group = c.benchmark_group("pack_build");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(6));
    group.bench_function("compile", |b| {
        b.iter(|| compile(black_box(&content), black_box(&locales)).unwrap())
    });
    group.bench_function("compile_to_bytes", |b| {
        b.iter(|| {
            compile(black_box(&content), black_box(&locales))
                .unwrap()
                .to_bytes()
                .unwrap()
        })
    });
    group.finish();
}

fn pack_build_10x(c: &mut Criterion) {
    let mut group = c.benchmark_group("pack_build_10x");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));
    group.bench_function("to_bytes", |b| {
        let pack = &tenfold().pack;
        b.iter(|| black_box(pack).to_bytes().unwrap())
    });
    group.finish();
}

fn pack_load(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("content.pack");
    let written: OnceCell<()> = OnceCell::new();
    let bytes = || &real().bytes;
    let leaked: OnceCell<&'static [u8]> = OnceCell::new();

    let mut group = c.benchmark_group("pack_load");
    group
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .throughput(Throughput::Bytes(bytes().len() as u64));
    group.bench_function("fs_read", |b| {
        written.get_or_init(|| std::fs::write(&file, bytes()).unwrap());
        b.iter(|| std::fs::read(black_box(&file)).unwrap())
    });
    group.bench_function("from_bytes", |b| {
        let bytes = bytes();
        b.iter(|| Pack::from_bytes(black_box(bytes)).unwrap())
    });
    group.bench_function("from_static", |b| {
        let bytes = *leaked.get_or_init(|| Box::leak(bytes().clone().into_boxed_slice()));
        b.iter(|| Pack::from_static(black_box(bytes)).unwrap())
    });
    group.finish();
}

fn search(c: &mut Criterion, name: &str, fixture: fn() -> &'static Fixture) {
    let index: OnceCell<SearchIndex> = OnceCell::new();
    let mut group = c.benchmark_group(format!("search_{name}"));
    group
        .sample_size(40)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    for (locale, query) in QUERIES {
        group.bench_with_input(
            BenchmarkId::new(locale.as_str(), format!("{query:?}")),
            query,
            |b, query| {
                let index = index.get_or_init(|| fixture().index(name));
                b.iter(|| index.search(locale, black_box(query), LIMIT).unwrap())
            },
        );
    }
    group.finish();
}

fn search_real(c: &mut Criterion) {
    search(c, "real", real);
}

fn search_10x(c: &mut Criterion) {
    search(c, "10x", tenfold);
}

criterion_group!(
    benches,
    pack_build,
    pack_load,
    search_real,
    search_10x,
    pack_build_10x
);
criterion_main!(benches);
