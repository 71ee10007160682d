//! How many cases each property runs, and where failures go.

use proptest::prelude::*;

/// 256 cases per property (the proptest default); `PROPTEST_CASES` and the other `PROPTEST_*`
/// variables still apply, because `proptest!` contextualises this config with the environment.
/// No failure persistence: nothing is written into the source tree.
pub(crate) fn config() -> ProptestConfig {
    ProptestConfig {
        cases: ProptestConfig::default().cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}
