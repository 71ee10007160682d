//! Scenario bodies generated from the scenario grammar, with controlled chaos.

use super::*;

use proptest::prelude::*;
use proptest::sample::select;

/// A target: usually the next scene (so the story can end), sometimes any scene of the
/// scenario (loops, unreachable scenes), sometimes one that does not exist.
pub(crate) fn target(i: usize, n: usize, chaos: u32) -> BoxedStrategy<String> {
    let next = SCENES[(i + 1).min(n - 1)].to_owned();
    prop_oneof![
        30 => Just(next),
        10 => select(&SCENES[..n]).prop_map(str::to_owned),
        chaos => prop_oneof![pick(SCENES), pick(&["nergens", "Begin", "", "b1", "begin "])],
    ]
    .boxed()
}

pub(crate) fn cast_id(chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![100 => pick(CAST), chaos => pick(BAD_CAST)].boxed()
}

/// What stands between the beat id and the colon.
pub(crate) fn who(chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![
        10 => Just("narrator".to_owned()),
        10 => cast_id(chaos),
        5 => cast_id(chaos).prop_map(|c| format!("{c} thinks")),
        4 => (cast_id(chaos), prop_oneof![10 => pick(&["helper", "gemeente"]), chaos => pick(&["x", "politie", "Helper", ""])])
            .prop_map(|(c, p)| format!("{c} pet {p}")),
        4 => (
            prop_oneof![100 => pick(&["sam noor", "noor sam"]), chaos => (cast_id(chaos), cast_id(chaos)).prop_map(|(a, b)| format!("{a} {b}"))],
            pick(&["gives", "asks"]),
        )
            .prop_map(|(pair, v)| pair.replacen(' ', &format!(" {v} "), 1)),
        chaos => prop_oneof![
            pick(&["sam shouts", "", "sam noor", "narrator thinks", "choice x", "sam pet", "sam gives", "sam gives noor extra", "sam gives sam"]),
            soup_line(8),
        ],
    ]
    .boxed()
}

pub(crate) fn beat(chaos: u32) -> BoxedStrategy<String> {
    (
        indent(0, chaos),
        list_marker(chaos),
        beat_id(chaos),
        who(chaos),
        prop_oneof![40 => Just(": ".to_owned()), chaos => pick(&[":", " ", "", "::", ": :"])],
        inline_text(chaos),
        prop::option::weighted(0.15, (indent(2, chaos), inline_text(chaos))),
    )
        .prop_map(|(ind, marker, id, who, colon, text, more)| {
            let mut s = format!("{ind}{marker}`{id}` {who}{colon}{text}");
            if let Some((ind, more)) = more {
                s.push_str(&format!("\n{ind}{more}"));
            }
            s
        })
        .boxed()
}

pub(crate) fn choice(i: usize, n: usize, chaos: u32) -> BoxedStrategy<String> {
    let option = (
        indent(2, chaos),
        list_marker(chaos),
        inline_text(chaos),
        prop_oneof![40 => Just("](#".to_owned()), chaos => pick(&["](", "] (#", "](#)", "]"])],
        target(i, n, chaos),
        prop_oneof![20 => Just(") ".to_owned()), 5 => Just(")".to_owned()), chaos => pick(&[") —", "):", "", "))"])],
        inline_text(chaos),
        prop::option::weighted(0.3, (indent(4, chaos), inline_text(chaos))),
    )
        .prop_map(|(ind, marker, label, open, target, close, feedback, more)| {
            let mut s = format!("{ind}{marker}[{label}{open}{target}{close}{feedback}");
            if let Some((ind, more)) = more {
                s.push_str(&format!("\n{ind}{more}"));
            }
            s
        });
    (
        indent(0, chaos),
        beat_id(chaos),
        inline_text(chaos),
        prop_oneof![
            100 => prop::collection::vec(option.clone(), 2..=3),
            chaos => prop::collection::vec(option, 0..=5),
        ],
        gap(chaos),
    )
        .prop_map(|(ind, id, prompt, options, gap)| {
            let mut s = format!("{ind}- `{id}` choice: {prompt}");
            for o in options {
                s.push('\n');
                s.push_str(&o);
            }
            if gap.len() > 1 {
                // A blank line inside the options, as authors sometimes leave.
                s = s.replacen("\n  -", "\n\n  -", 1);
            }
            s
        })
        .boxed()
}

pub(crate) fn learned(chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![
        100 => prop::collection::vec(inline_text(chaos), 1..3)
            .prop_map(|items| format!("Learned:\n{}", items.iter().map(|t| format!("- {t}")).collect::<Vec<_>>().join("\n"))),
        chaos => pick(&["Learned:", "Learned: iets", "", "Learned:\n-", "Learned :\n- a"]),
    ]
    .boxed()
}

pub(crate) fn sources(chaos: u32) -> BoxedStrategy<String> {
    let source = prop_oneof![
        100 => Just("- [AVG, artikel 5](https://eur-lex.europa.eu/eli/reg/2016/679/oj)".to_owned()),
        chaos => pick(&[
            "- [AVG](http://x.nl)",
            "- [](https://x.nl)",
            "- [AVG](javascript:alert(1))",
            "- AVG",
            "- [AVG](https://x.nl) extra",
            "- [<script>alert(1)</script>](https://x.nl)",
            "- [AVG](https://x.nl\" onclick=\"alert(1))",
        ]),
    ];
    prop_oneof![
        100 => prop::collection::vec(source, 1..3).prop_map(|s| format!("Sources:\n{}", s.join("\n"))),
        chaos => pick(&["Sources:", "", "Sources:\n- ", "Sources: [AVG](https://x.nl)"]),
    ]
    .boxed()
}

pub(crate) fn heading(
    keyword: String,
    id: String,
    title: String,
    chaos: u32,
) -> BoxedStrategy<String> {
    let odd = [
        format!("## {keyword} {id}: {title}"),
        format!("## {keyword} `{id}` {title}"),
        format!("## {keyword}`{id}`: {title}"),
        format!("##{keyword} `{id}`: {title}"),
        format!("## {keyword} `{id}`:"),
        format!("## {keyword} `{id}"),
        format!("### {keyword} `{id}`: {title}"),
        format!("# {keyword} `{id}`: {title}"),
        format!("##  {keyword}  `{id}` :  {title}  "),
    ];
    prop_oneof![
        100 => Just(format!("## {keyword} `{id}`: {title}")),
        chaos => select(odd.to_vec()),
    ]
    .boxed()
}

/// Paragraphs that may stand anywhere in a scene when things go wrong.
pub(crate) fn stray(i: usize, n: usize, chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![
        1 => target(i, n, chaos).prop_map(|t| format!("Next: `{t}`")),
        1 => target(i, n, chaos).prop_map(|t| format!("Next: {t}")),
        1 => inline_text(chaos).prop_map(|t| format!("Setting: {t}")),
        1 => learned(chaos),
        1 => sources(chaos),
        1 => inline_text(chaos),
        1 => inline_text(chaos).prop_map(|t| format!("   {t}")),
        1 => soup(20),
    ]
    .boxed()
}

/// Scene `i` of `n`; the last is an ending.
pub(crate) fn scene(i: usize, n: usize, chaos: u32) -> BoxedStrategy<String> {
    let last = i + 1 == n;
    let keyword = if last {
        prop_oneof![40 => Just("Ending".to_owned()), chaos => pick(&["Scene", "Question", "ending", "Term"])].boxed()
    } else {
        prop_oneof![40 => Just("Scene".to_owned()), chaos => pick(&["Ending", "Item", "Scène", ""])]
            .boxed()
    };
    let title = prop_oneof![20 => sentence(), chaos => inline_text(chaos)];
    let head = (keyword, id_or(SCENES[i].to_owned(), SCENES, chaos), title)
        .prop_flat_map(move |(k, id, t)| (Just(k.clone()), heading(k, id, t, chaos)));
    let exit = prop_oneof![
        2 => target(i, n, chaos).prop_map(|t| format!("Next: `{t}`")),
        2 => choice(i, n, chaos),
    ];
    (
        head,
        prop::option::weighted(
            0.5,
            inline_text(chaos).prop_map(|t| format!("Setting: {t}")),
        ),
        prop::collection::vec(beat(chaos), 0..4),
        exit,
        learned(chaos),
        sources(chaos),
        prop_oneof![
            100 => Just(Vec::new()),
            chaos => prop::collection::vec(stray(i, n, chaos), 1..=2),
        ],
        gap(chaos),
        gap(chaos),
    )
        .prop_map(
            |((keyword, heading), setting, beats, exit, learned, sources, strays, g1, g2)| {
                let mut blocks = vec![heading];
                blocks.extend(setting);
                if !beats.is_empty() {
                    blocks.push(beats.join("\n"));
                }
                if keyword == "Ending" {
                    blocks.push(learned);
                    blocks.push(sources);
                } else {
                    blocks.push(exit);
                }
                blocks.extend(strays);
                let mut s = String::new();
                for (k, b) in blocks.iter().enumerate() {
                    s.push_str(b);
                    s.push('\n');
                    s.push_str(if k % 2 == 0 { &g1 } else { &g2 });
                }
                s
            },
        )
        .boxed()
}

/// A scenario body: an intro and up to five scenes linked from first to last, with `chaos`
/// weighing every deviation from a valid scenario.
pub(crate) fn scenario_body(chaos: u32) -> BoxedStrategy<String> {
    (1usize..=SCENES.len())
        .prop_flat_map(move |n| {
            let scenes: Vec<BoxedStrategy<String>> = (0..n).map(|i| scene(i, n, chaos)).collect();
            (
                prop_oneof![3 => markdown(3), 1 => Just(String::new())],
                scenes,
                any::<bool>(),
            )
        })
        .prop_map(|(intro, mut scenes, reverse)| {
            if reverse && scenes.len() > 2 {
                // Endings and scenes in a different order than they are reached.
                scenes.swap(0, 1);
            }
            number_ids(&format!("{intro}\n\n{}", scenes.concat()))
        })
        .boxed()
}
