//! The full scenario example in `content/README.md` must compile: documentation that drifts
//! from the checker would teach authors a format that fails.

#![allow(clippy::unwrap_used, clippy::panic)]

use std::path::Path;

use privacyapp_core::content::scenario::{Action, DataMode, Exit, Pet};
use privacyapp_core::content::{compile_page_text, Body, Track};
use privacyapp_core::i18n::Locale;

fn full_example() -> String {
    let readme = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/README.md");
    let text = std::fs::read_to_string(readme).unwrap();
    let after = text.split("### A full example").nth(1).unwrap();
    let block = after.split("```markdown\n").nth(1).unwrap();
    block.split("\n```").next().unwrap().to_owned()
}

#[test]
fn the_documented_scenario_compiles_into_the_graph_it_describes() {
    let (page, diagnostics) = compile_page_text(&full_example(), Locale::Nl, Track::Jongeren);
    assert!(diagnostics.is_empty(), "{diagnostics}");
    let page = page.unwrap();
    let Body::Scenario { scenario } = &page.body else {
        panic!("not a scenario: {:?}", page.body);
    };
    assert_eq!(scenario.start, "wachtkamer");
    let ids: Vec<&str> = scenario.scenes.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["wachtkamer", "gesprek", "stil", "uitleg"]);
    let gesprek = &scenario.scenes[1];
    assert!(matches!(
        gesprek.beats[0].action,
        Action::Pet {
            pet: Pet::Helper,
            ..
        }
    ));
    assert!(matches!(
        gesprek.beats[1].action,
        Action::Data {
            mode: DataMode::Ask,
            ..
        }
    ));
    let Exit::Choice(choice) = &gesprek.exit else {
        panic!("expected a choice");
    };
    let targets: Vec<&str> = choice.options.iter().map(|o| o.target.as_str()).collect();
    assert_eq!(targets, ["uitleg", "stil"]);
    assert!(matches!(scenario.scenes[3].exit, Exit::Ending(_)));
}
