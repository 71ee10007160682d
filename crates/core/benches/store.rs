#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Speed of the user's writes, as the app makes them: one small write per tap, each its own
//! transaction, against a real database file opened by [`store::open`] (WAL, synchronous=FULL,
//! so every commit waits for the disk).
//!
//! * `bookmark_toggle`: add a bookmark, then remove it (two commits).
//! * `mark_read`: a page read for the first time (one insert).
//! * `save_quiz_answer`: an answer that replaces the previous one (one upsert).
//!
//! A tap should feel instant, so the tail matters more than the mean: before criterion's runs,
//! each operation is timed 2 000 times one by one and p50/p99 are printed to stderr. Criterion
//! reports means and medians only.
//!
//! The files live under `CARGO_TARGET_TMPDIR` (the target directory, on the build disk), not
//! the system temp directory, which can be a RAM disk where a sync costs nothing. Under
//! `cargo test` criterion runs every benchmark once and the percentiles take a few samples, so
//! tests stay fast.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use privacyapp_core::store;
use rusqlite::Connection;
use tempfile::TempDir;

/// Individual timings per operation for the percentiles under `cargo bench`.
const TIMED: usize = 2_000;
/// The same under `cargo test`: enough to run the code, too few to mean anything.
const TIMED_IN_TEST: usize = 10;

/// A fresh store in its own directory, removed when the guard drops.
fn store() -> (TempDir, Connection) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let conn = store::open(dir.path()).unwrap();
    (dir, conn)
}

/// The operations, each taking a counter so repeated calls do real work: a new page id for
/// `mark_read` (reading a page twice writes nothing), another answer for the quiz.
type Op = fn(&Connection, u64);

const OPS: [(&str, Op); 3] = [
    ("bookmark_toggle", |conn, _| {
        store::add_bookmark(conn, "jongeren-jouw-rechten").unwrap();
        store::remove_bookmark(conn, "jongeren-jouw-rechten").unwrap();
    }),
    ("mark_read", |conn, n| {
        store::mark_read(conn, &format!("jongeren-pagina-{n}")).unwrap();
    }),
    ("save_quiz_answer", |conn, n| {
        let question = format!("vraag-{}", n % 20);
        let chosen = [(n % 4) as usize];
        store::save_quiz_answer(
            conn,
            "jongeren-quiz-jouw-rechten",
            &question,
            &chosen,
            n % 2 == 0,
        )
        .unwrap();
    }),
];

fn percentiles() {
    let in_bench = std::env::args().any(|a| a == "--bench");
    let runs = if in_bench { TIMED } else { TIMED_IN_TEST };
    for (name, op) in OPS {
        let (_dir, conn) = store();
        // A few untimed runs first, so the file has grown and the caches are warm.
        for n in 0..20 {
            op(&conn, u64::MAX - n);
        }
        let mut times: Vec<Duration> = (0..runs as u64)
            .map(|n| {
                let start = Instant::now();
                op(&conn, n);
                start.elapsed()
            })
            .collect();
        times.sort_unstable();
        let at = |p: usize| times[(times.len() * p / 100).min(times.len() - 1)];
        eprintln!(
            "[store bench] {name}: p50 {:?}, p99 {:?}, max {:?} over {runs} runs",
            at(50),
            at(99),
            times[times.len() - 1]
        );
    }
}

fn writes(c: &mut Criterion) {
    percentiles();
    let mut group = c.benchmark_group("store_write");
    // Each iteration waits for the disk, so flat sampling with few samples keeps the run short.
    group
        .sample_size(30)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(6));
    for (name, op) in OPS {
        let (_dir, conn) = store();
        let mut n = 0u64;
        group.bench_function(name, |b| {
            b.iter(|| {
                n += 1;
                op(black_box(&conn), n);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, writes);
criterion_main!(benches);
