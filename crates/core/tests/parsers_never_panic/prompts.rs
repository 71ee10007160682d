//! Quiz, checklist and glossary bodies.

use super::*;

use proptest::prelude::*;

pub(crate) fn answer(quiz: bool, chaos: u32) -> BoxedStrategy<String> {
    let mark = if quiz {
        prop_oneof![
            100 => Just("[ ] ".to_owned()),
            100 => Just("[x] ".to_owned()),
            20 => Just("[X] ".to_owned()),
            chaos => pick(&["", "[x]", "[]", "[ x] ", "[y] "]),
        ]
        .boxed()
    } else {
        prop_oneof![200 => Just(String::new()), chaos => pick(&["[x] ", "[ ] ", "[ ]", "[X] "])]
            .boxed()
    };
    let explanation = prop_oneof![
        if quiz { 100 } else { 50 } => (indent(2, chaos), inline_text(chaos))
            .prop_map(|(i, t)| Some(format!("{i}{t}"))),
        if quiz { chaos } else { 50 } => Just(None),
        chaos => prop_oneof![
            (indent(2, chaos), inline_text(chaos), inline_text(chaos))
                .prop_map(|(i, a, b)| Some(format!("{i}{a}\n\n{i}{b}"))),
            inline_text(chaos).prop_map(|t| Some(format!("  - {t}"))),
            inline_text(chaos).prop_map(|t| Some(format!("\t{t}"))),
        ],
    ];
    (
        indent(0, chaos),
        list_marker(chaos),
        mark,
        inline_text(chaos),
        explanation,
    )
        .prop_map(|(ind, marker, mark, label, explanation)| {
            let mut s = format!("{ind}{marker}{mark}{label}");
            if let Some(e) = explanation {
                s.push('\n');
                s.push_str(&e);
            }
            s
        })
        .boxed()
}

/// One `## Question` (quiz) or `## Item` (checklist) section.
pub(crate) fn prompt_section(quiz: bool, chaos: u32) -> BoxedStrategy<String> {
    let keyword = if quiz {
        prop_oneof![40 => Just("Question".to_owned()), chaos => pick(&["Item", "Vraag", "Scene", ""])].boxed()
    } else {
        prop_oneof![40 => Just("Item".to_owned()), chaos => pick(&["Question", "Punt", "Term", ""])]
            .boxed()
    };
    let head = (keyword, beat_id(chaos), inline_text(chaos))
        .prop_flat_map(move |(k, id, t)| heading(k, id, t, chaos));
    (
        head,
        prop::collection::vec(inline_text(chaos), 0..=2),
        prop_oneof![
            100 => prop::collection::vec(answer(quiz, chaos), 2..=4),
            chaos => prop::collection::vec(answer(quiz, chaos), 0..=6),
        ],
        prop_oneof![
            100 => Just(Vec::new()),
            chaos => prop::collection::vec(
                prop_oneof![inline_text(chaos), answer(quiz, chaos), soup(12)],
                1..=2,
            ),
        ],
        gap(chaos),
    )
        .prop_map(|(head, context, answers, trailing, gap)| {
            let mut s = format!("{head}\n{gap}");
            for c in context {
                s.push_str(&c);
                s.push_str("\n\n");
            }
            s.push_str(&answers.join(&format!("\n{}", if gap.len() > 1 { "\n" } else { "" })));
            s.push('\n');
            for t in trailing {
                s.push('\n');
                s.push_str(&t);
                s.push('\n');
            }
            s.push('\n');
            s
        })
        .boxed()
}

pub(crate) fn prompt_body(quiz: bool, chaos: u32) -> BoxedStrategy<String> {
    (
        prop_oneof![3 => Just(String::new()), 1 => markdown(3)],
        prop_oneof![
            100 => prop::collection::vec(prompt_section(quiz, chaos), 1..=4),
            chaos => prop::collection::vec(prompt_section(quiz, chaos), 0..=1),
        ],
    )
        .prop_map(|(intro, sections)| number_ids(&format!("{intro}\n\n{}", sections.concat())))
        .boxed()
}

pub(crate) fn term_section(chaos: u32) -> BoxedStrategy<String> {
    let keyword =
        prop_oneof![40 => Just("Term".to_owned()), chaos => pick(&["Woord", "term", "Scene", ""])];
    let id = prop_oneof![
        20 => Just("@@".to_owned()),
        5 => pick(&["avg", "bsn", "wmo", "jeugdwet"]),
        chaos => pick(BAD_IDS),
    ];
    let head = (
        keyword,
        id,
        prop_oneof![20 => pick(&["AVG", "BSN", "Wmo", "Één loket"]), chaos => inline_text(chaos)],
    )
        .prop_flat_map(move |(k, id, t)| heading(k, id, t, chaos));
    let block = prop_oneof![
        20 => inline_text(chaos),
        5 => prop::collection::vec(pick(&["GDPR", "Algemene verordening", "", " ", "AVG,", "a,,b"]), 1..4)
            .prop_map(|w| format!("Also: {}", w.join(", "))),
        chaos => Just("Also:".to_owned()),
        chaos => Just("Also: , ,".to_owned()),
        chaos => prop::collection::vec(inline_text(chaos), 1..3)
            .prop_map(|items| items.iter().map(|t| format!("- {t}")).collect::<Vec<_>>().join("\n")),
        chaos => inline_text(chaos).prop_map(|t| format!("  {t}")),
        chaos => soup(16),
    ];
    (head, prop::collection::vec(block, 0..=3), gap(chaos))
        .prop_map(|(head, blocks, gap)| {
            let mut s = format!("{head}\n{gap}");
            for b in blocks {
                s.push_str(&b);
                s.push('\n');
                s.push_str(&gap);
            }
            s
        })
        .boxed()
}

pub(crate) fn glossary(chaos: u32) -> BoxedStrategy<String> {
    (
        prop_oneof![
            10 => Just("# Begrippen\n\n".to_owned()),
            5 => Just(String::new()),
            chaos => pick(&["Los.\n\n", "# Begrippen\nLos.\n", "\u{feff}# Begrippen\n", "## Begrippen\n", "+++\nid = \"x\"\n+++\n"]),
        ],
        prop::collection::vec(term_section(chaos), 0..=5),
    )
        .prop_map(|(intro, terms)| number_ids(&format!("{intro}{}", terms.concat())))
        .boxed()
}
