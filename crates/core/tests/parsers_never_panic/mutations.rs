//! Line mutations, applied to any generated text.

use super::*;

use proptest::prelude::*;
use proptest::sample::Index;

#[derive(Debug, Clone)]
pub(crate) enum Mutation {
    DropLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    InsertLine(Index, String),
    IndentLine(Index, String),
    Splice(Index, String),
    Truncate(Index),
    CrLf,
    Bom,
}

pub(crate) fn mutation() -> BoxedStrategy<Mutation> {
    prop_oneof![
        3 => any::<Index>().prop_map(Mutation::DropLine),
        2 => any::<Index>().prop_map(Mutation::DuplicateLine),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        2 => (any::<Index>(), soup_line(12)).prop_map(|(i, s)| Mutation::InsertLine(i, s)),
        1 => (any::<Index>(), pick(&["  ", "\t", " ", "    "]))
            .prop_map(|(i, s)| Mutation::IndentLine(i, s)),
        3 => (any::<Index>(), soup(6)).prop_map(|(i, s)| Mutation::Splice(i, s)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
        1 => Just(Mutation::CrLf),
        1 => Just(Mutation::Bom),
    ]
    .boxed()
}

/// Usually no mutation at all, so mostly valid inputs stay valid often enough.
pub(crate) fn mutations(max: usize) -> BoxedStrategy<Vec<Mutation>> {
    if max == 0 {
        return Just(Vec::new()).boxed();
    }
    prop_oneof![
        2 => Just(Vec::new()),
        1 => prop::collection::vec(mutation(), 1..=max),
    ]
    .boxed()
}

pub(crate) fn apply(text: &str, mutations: &[Mutation]) -> String {
    let mut text = text.to_owned();
    for m in mutations {
        let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        match m {
            Mutation::DropLine(i) => {
                lines.remove(i.index(lines.len()));
            }
            Mutation::DuplicateLine(i) => {
                let i = i.index(lines.len());
                lines.insert(i, lines[i].clone());
            }
            Mutation::SwapLines(a, b) => {
                let (a, b) = (a.index(lines.len()), b.index(lines.len()));
                lines.swap(a, b);
            }
            Mutation::InsertLine(i, s) => {
                let i = i.index(lines.len() + 1);
                lines.insert(i, s.clone());
            }
            Mutation::IndentLine(i, s) => {
                let i = i.index(lines.len());
                lines[i].insert_str(0, s);
            }
            Mutation::Splice(i, s) => {
                let at = char_boundary(&text, i);
                text.insert_str(at, s);
                continue;
            }
            Mutation::Truncate(i) => {
                let at = char_boundary(&text, i);
                text.truncate(at);
                continue;
            }
            Mutation::CrLf => {
                text = text.replace('\n', "\r\n");
                continue;
            }
            Mutation::Bom => {
                text.insert(0, '\u{feff}');
                continue;
            }
        }
        text = lines.join("\n");
    }
    text
}

pub(crate) fn char_boundary(text: &str, i: &Index) -> usize {
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(at, _)| at)
        .chain([text.len()])
        .collect();
    boundaries[i.index(boundaries.len())]
}
