//! Front matter: valid by default, with random mutations.

use super::*;

use proptest::prelude::*;
use proptest::sample::Index;

use privacyapp_core::content::Track;

pub(crate) fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What a valid front matter is made of.
#[derive(Debug, Clone)]
pub(crate) struct Front {
    pub(crate) id: String,
    pub(crate) kind: String,
    pub(crate) track: String,
    pub(crate) title: String,
    pub(crate) summary: String,
    pub(crate) tags: bool,
    pub(crate) related: bool,
    pub(crate) start: Option<String>,
    pub(crate) sources: bool,
    pub(crate) cast: bool,
}

impl Front {
    fn lines(&self) -> Vec<String> {
        let mut l = vec![
            "+++".to_owned(),
            format!("id = {}", toml_string(&self.id)),
            format!("kind = {}", toml_string(&self.kind)),
            format!("track = {}", toml_string(&self.track)),
            format!("title = {}", toml_string(&self.title)),
            format!("summary = {}", toml_string(&self.summary)),
        ];
        if self.tags {
            l.push("tags = [\"legal\"]".to_owned());
        }
        if self.related {
            l.push("related = [\"jongeren-jouw-rechten\"]".to_owned());
        }
        if let Some(start) = &self.start {
            l.push(format!("start = {}", toml_string(start)));
        }
        if self.sources {
            l.extend([
                String::new(),
                "[[sources]]".to_owned(),
                "title = \"AVG, artikel 13\"".to_owned(),
                "url = \"https://eur-lex.europa.eu/eli/reg/2016/679/oj\"".to_owned(),
            ]);
        }
        if self.cast {
            l.extend([
                String::new(),
                "[[cast]]".to_owned(),
                "id = \"sam\"".to_owned(),
                "name = \"Sam\"".to_owned(),
                "role = \"jongere, 15 jaar\"".to_owned(),
                "look = { age = \"teen\", skin = 5, hair = \"curly\", colour = \"orange\" }"
                    .to_owned(),
                String::new(),
                "[[cast]]".to_owned(),
                "id = \"noor\"".to_owned(),
                "name = \"Noor\"".to_owned(),
                "role = \"medewerker van het wijkteam\"".to_owned(),
                "look = { age = \"adult\", skin = 2, hair = \"bun\", colour = \"teal\" }"
                    .to_owned(),
            ]);
        }
        l.push("+++".to_owned());
        l
    }
}

/// A valid front matter for `kind` on `track` (chaos 0), or a slightly odd one.
pub(crate) fn front(kind: &'static str, track: Track, chaos: u32) -> BoxedStrategy<Front> {
    let scenario = kind == "scenario";
    (
        id_or("jongeren-bij-het-wijkteam".to_owned(), &["a", "b-2"], chaos),
        prop_oneof![40 => Just(kind.to_owned()), chaos => pick(&["article", "scenario", "quiz", "checklist", "tool", "poem", "Scenario"])],
        prop_oneof![40 => Just(track.as_str().to_owned()), chaos => pick(&["jongeren", "inwoners", "professionals", "x"])],
        inline_text(chaos),
        inline_text(chaos),
        any::<bool>(),
        any::<bool>(),
        prop_oneof![
            4 => Just(None),
            1 => pick(SCENES).prop_map(Some),
            chaos => pick(BAD_IDS).prop_map(Some),
        ],
        prop_oneof![100 => Just(true), chaos => Just(false)],
        prop_oneof![100 => Just(scenario), chaos => Just(!scenario)],
    )
        .prop_map(
            move |(id, kind, track, title, summary, tags, related, start, sources, cast)| Front {
                id,
                kind,
                track,
                title: if title.trim().is_empty() { "Titel".into() } else { title },
                summary,
                tags,
                related,
                start: if scenario { start } else { None },
                sources,
                cast,
            },
        )
        .boxed()
}

#[derive(Debug, Clone)]
pub(crate) enum FrontMutation {
    Drop(Index),
    Duplicate(Index),
    Swap(Index, Index),
    ReplaceValue(Index, String),
    Insert(Index, String),
    RemoveClosingFence,
    FenceVariant(String),
}

pub(crate) fn front_mutation() -> BoxedStrategy<FrontMutation> {
    prop_oneof![
        3 => any::<Index>().prop_map(FrontMutation::Drop),
        2 => any::<Index>().prop_map(FrontMutation::Duplicate),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| FrontMutation::Swap(a, b)),
        4 => (any::<Index>(), prop_oneof![4 => pick(TOML_TOKENS), 1 => soup_line(10)])
            .prop_map(|(i, v)| FrontMutation::ReplaceValue(i, v)),
        3 => (any::<Index>(), pick(TOML_KEYS), pick(TOML_TOKENS))
            .prop_map(|(i, k, v)| FrontMutation::Insert(i, format!("{k} = {v}"))),
        1 => (any::<Index>(), soup_line(16)).prop_map(|(i, s)| FrontMutation::Insert(i, s)),
        1 => Just(FrontMutation::RemoveClosingFence),
        1 => pick(&["+++ ", "++++", " +++", "+++\r", "+++x", "---", "+++\u{feff}"])
            .prop_map(FrontMutation::FenceVariant),
    ]
    .boxed()
}

pub(crate) fn render_front(front: &Front, mutations: &[FrontMutation]) -> String {
    let mut lines = front.lines();
    for m in mutations {
        if lines.is_empty() {
            break;
        }
        let n = lines.len();
        match m {
            FrontMutation::Drop(i) => {
                lines.remove(i.index(n));
            }
            FrontMutation::Duplicate(i) => {
                let i = i.index(n);
                lines.insert(i, lines[i].clone());
            }
            FrontMutation::Swap(a, b) => lines.swap(a.index(n), b.index(n)),
            FrontMutation::ReplaceValue(i, v) => {
                let i = i.index(n);
                lines[i] = match lines[i].split_once('=') {
                    Some((key, _)) => format!("{key}= {v}"),
                    None => v.clone(),
                };
            }
            FrontMutation::Insert(i, line) => lines.insert(i.index(n + 1), line.clone()),
            FrontMutation::RemoveClosingFence => {
                if let Some(last) = lines.iter().rposition(|l| l == "+++") {
                    lines.remove(last);
                }
            }
            FrontMutation::FenceVariant(fence) => {
                let first = lines.iter().position(|l| l == "+++");
                let last = lines.iter().rposition(|l| l == "+++");
                if let Some(i) = if fence.len() % 2 == 0 { first } else { last } {
                    lines[i] = fence.clone();
                }
            }
        }
    }
    let mut text = lines.join("\n");
    text.push('\n');
    text
}
