//! Kills a process that is writing to the store, hundreds of times at random moments, and
//! checks after each kill that every write it had reported as done is still there and that
//! SQLite finds the database intact. This is what WAL with `synchronous = FULL` promises; the
//! test is there so a change to the store's set-up cannot quietly break that promise.
//!
//! The writer is this test binary itself, started again with `PRIVACYAPP_CRASH_WRITER` set,
//! so no helper binary has to be built or found.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use privacyapp_core::store;
use rusqlite::config::DbConfig;
use rusqlite::Connection;

const WRITER_ENV: &str = "PRIVACYAPP_CRASH_WRITER";
const KILLS: usize = 400;
const MAX_DEADLINE: Duration = Duration::from_millis(30);
/// Fixed, so a failure can be replayed kill for kill.
const SEED: u64 = 0x5EED_0004;

/// The writer process. In a normal test run the variable is unset and this returns at once.
#[test]
fn crash_writer() {
    let Some(dir) = std::env::var_os(WRITER_ENV) else {
        return;
    };
    let conn = store::open(Path::new(&dir)).unwrap();
    let mut n = store::list_bookmarks(&conn).unwrap().len();
    let mut out = std::io::stdout().lock();
    writeln!(out, "ready").unwrap();
    out.flush().unwrap();
    // Bounded, so a writer whose parent died before killing it does not run forever.
    let give_up = Instant::now() + Duration::from_secs(10);
    while Instant::now() < give_up {
        store::add_bookmark(&conn, &format!("page-{n}")).unwrap();
        // Only after the commit returned: a line read by the parent is a promise kept.
        writeln!(out, "done {n}").unwrap();
        out.flush().unwrap();
        n += 1;
    }
}

#[test]
fn every_reported_write_survives_sigkill() {
    if std::env::var_os(WRITER_ENV).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut rng = SplitMix64(SEED);
    let mut reported: BTreeSet<usize> = BTreeSet::new();
    let mut kills_after_a_write = 0;
    let started = Instant::now();

    for round in 0..KILLS {
        let deadline = Duration::from_micros(rng.next() % (MAX_DEADLINE.as_micros() as u64 + 1));
        let mut child = Command::new(&exe)
            .args(["--exact", "crash_writer", "--nocapture", "--test-threads=1"])
            .env(WRITER_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let lines = read_lines(child.stdout.take().unwrap());
        // Half the kills count from the start, so they also land while the store opens
        // (check, migration, snapshot); half from when it is open, so however slowly this
        // machine starts a process, they land among the writes.
        if round % 2 == 1 {
            // The harness starts the line with "test crash_writer ... ". A writer that dies
            // before it is ready is reported below, with its stderr.
            while lines
                .recv_timeout(Duration::from_secs(30))
                .is_ok_and(|line| !line.ends_with("ready"))
            {}
        }
        let spawned = Instant::now();
        let mut stderr = child.stderr.take().unwrap();
        let stderr = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            text
        });

        let mut done_this_round = Vec::new();
        loop {
            let left = deadline.saturating_sub(spawned.elapsed());
            match lines.recv_timeout(left) {
                Ok(line) => done_this_round.extend(parse_done(&line)),
                Err(_) => break,
            }
        }
        // SIGKILL on Unix: no destructors, no flush, no chance to finish a write.
        child.kill().unwrap();
        let status = child.wait().unwrap();
        // Lines already in the pipe were printed before the kill, so their writes committed.
        done_this_round.extend(lines.iter().filter_map(|line| parse_done(&line)));
        let stderr = stderr.join().unwrap();
        assert!(
            killed_by_us(&status),
            "round {round}: the writer stopped by itself ({status}):\n{stderr}"
        );
        if !done_this_round.is_empty() {
            kills_after_a_write += 1;
        }
        reported.extend(done_this_round);

        check_without_disturbing(dir.path(), &reported, round);
        // Now and then through the app's own start-up, which must find nothing to repair.
        if round % 10 == 9 {
            let opened = store::open_checked(dir.path()).unwrap();
            assert!(
                opened.recovery.is_none(),
                "round {round}: {:?}",
                opened.recovery
            );
            assert!(!opened.read_only);
        }
    }

    let elapsed = started.elapsed();
    eprintln!(
        "{KILLS} kills in {elapsed:.1?}; {kills_after_a_write} after at least one reported \
         write; {} writes reported, none lost",
        reported.len()
    );
    assert!(
        kills_after_a_write >= KILLS / 10,
        "most kills came before the writer wrote anything ({kills_after_a_write} of {KILLS})"
    );
    let set_aside: Vec<_> = store::store_files(dir.path())
        .unwrap()
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("quarantined"))
        .collect();
    assert!(set_aside.is_empty(), "{set_aside:?}");
}

/// Reads the writer's stdout on a thread, so the test can stop waiting at its deadline.
fn read_lines(stdout: impl Read + Send + 'static) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

fn parse_done(line: &str) -> Option<usize> {
    line.strip_prefix("done ")?.parse().ok()
}

#[cfg(unix)]
fn killed_by_us(status: &std::process::ExitStatus) -> bool {
    use std::os::unix::process::ExitStatusExt;
    status.signal() == Some(9)
}

#[cfg(not(unix))]
fn killed_by_us(status: &std::process::ExitStatus) -> bool {
    !status.success()
}

/// Checks the database as the kill left it. The check's connection does not checkpoint on
/// close, so the WAL keeps growing across rounds and later kills also land in the writer's
/// own checkpoints, not only in its commits.
fn check_without_disturbing(dir: &Path, reported: &BTreeSet<usize>, round: usize) {
    let path = dir.join(store::DATABASE_FILE);
    if !path.exists() {
        assert!(reported.is_empty(), "round {round}: the database is gone");
        return;
    }
    let conn = Connection::open(path).unwrap();
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
        .unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok", "round {round}");
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    // Killed before its first migration committed: no tables yet, and nothing reported.
    let present: BTreeSet<String> = if version == 0 {
        BTreeSet::new()
    } else {
        store::list_bookmarks(&conn).unwrap().into_iter().collect()
    };
    let lost: Vec<&usize> = reported
        .iter()
        .filter(|n| !present.contains(&format!("page-{n}")))
        .collect();
    assert!(
        lost.is_empty(),
        "round {round}: reported done but lost: {lost:?}"
    );
}

/// A small fixed-seed generator: the deadlines must repeat from run to run.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}
