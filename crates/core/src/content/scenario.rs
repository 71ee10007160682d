//! Scenarios: a storyboard in Markdown compiled into a typed scene graph, and the checks that
//! prove every player can always reach an ending. The syntax is documented in
//! `content/README.md`.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use serde::{Deserialize, Serialize};

use super::model::Source;
use super::outline::{backticked, labelled, leading_id, Block, Item, Outline, Section};
use super::texts::Texts;

/// Who appears in a scenario, as declared in its front matter (`[[cast]]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CastMember {
    pub id: String,
    pub name: String,
    /// What the person is in the story, e.g. "wijkteammedewerker" or "Sam (15)".
    pub role: String,
    pub look: Look,
}

/// How the player draws a cast member: enough variety for a recognisable, diverse cast
/// without each author drawing their own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Look {
    pub age: Age,
    /// Skin tone from 1 (lightest) to 6 (darkest).
    pub skin: u8,
    pub hair: Hair,
    /// The colour of their clothes, so two people on stage are easy to tell apart.
    pub colour: Colour,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Age {
    Child,
    Teen,
    Adult,
    Senior,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Hair {
    Short,
    Long,
    Curly,
    Bun,
    Braids,
    Headscarf,
    Bald,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Colour {
    Blue,
    Green,
    Orange,
    Purple,
    Red,
    Teal,
    Yellow,
    Grey,
}

/// The compiled scene graph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    pub start: String,
    pub cast: Vec<CastMember>,
    pub scenes: Vec<Scene>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scene {
    pub id: String,
    pub title: String,
    /// Where the scene takes place (inline HTML).
    pub setting: Option<String>,
    pub beats: Vec<Beat>,
    pub exit: Exit,
}

/// How a scene ends: it leads on, asks the user to choose, or closes the story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Exit {
    Next { scene: String },
    Choice(Choice),
    Ending(Ending),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// Stable like a beat id: progress records the choice made here.
    pub id: String,
    pub prompt: String,
    pub options: Vec<ChoiceOption>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceOption {
    pub label: String,
    pub target: String,
    /// What the choice leads to and why (block HTML).
    pub feedback: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ending {
    /// The learning points (inline HTML each).
    pub learned: Vec<String>,
    /// The law behind them.
    pub sources: Vec<Source>,
    /// Questions to think over after the story (inline HTML each); required on the
    /// professionals track, where a vignette is there to discuss, not to score.
    #[serde(default)]
    pub reflect: Vec<String>,
}

/// One step of a scene; its id is stable across locales and content updates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Beat {
    pub id: String,
    #[serde(flatten)]
    pub action: Action,
}

/// What happens in a beat. Texts are inline HTML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Action {
    Narration {
        text: String,
    },
    Line {
        speaker: String,
        text: String,
    },
    Thought {
        who: String,
        text: String,
    },
    /// The worker visibly changes role; `text` is what they say as they do.
    Pet {
        who: String,
        pet: Pet,
        text: Option<String>,
    },
    /// Data moving between two people: asked for, or handed over.
    Data {
        from: String,
        to: String,
        mode: DataMode,
        what: String,
    },
}

/// The two roles ("petten") a wijkteam worker can wear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pet {
    /// Helping the resident, bound by professional secrecy.
    Helper,
    /// Acting for the gemeente (the college), e.g. deciding on a provision.
    Gemeente,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DataMode {
    /// `from` asks `to` for the data.
    Ask,
    /// `from` hands the data to `to`.
    Give,
}

const SCENE: &str = "Scene";
const ENDING: &str = "Ending";
const NARRATOR: &str = "narrator";
const BEAT_SHAPES: &str = "`narrator`, `choice`, `<cast>`, `<cast> thinks`, `<cast> pet helper|gemeente`, `<cast> gives <cast>` or `<cast> asks <cast>`";

/// Whether every ending must offer questions to reflect on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reflection {
    Optional,
    Required,
}

/// Where each part of the scenario was written, for errors found after parsing.
#[derive(Debug, Default)]
struct Lines {
    scenes: BTreeMap<String, usize>,
    targets: Vec<(String, usize)>,
}

/// Compiles the sections of a scenario body. `start` and `cast` come from the front matter;
/// `front_line` is where to report problems with them.
pub(super) fn compile(
    outline: &Outline<'_>,
    start: Option<(&str, usize)>,
    cast: &[CastMember],
    cast_line: impl Fn(&str) -> usize,
    reflection: Reflection,
    texts: &mut Texts,
) -> Option<Scenario> {
    let before = texts.errors.len();
    check_cast(cast, &cast_line, texts);
    let known: BTreeSet<&str> = cast.iter().map(|c| c.id.as_str()).collect();
    let mut lines = Lines::default();
    let mut ids = BTreeMap::new();
    let mut scenes = Vec::new();
    for section in &outline.sections {
        if let Some(scene) = compile_scene(section, &known, &mut ids, &mut lines, reflection, texts)
        {
            lines.scenes.insert(scene.id.clone(), section.line);
            scenes.push(scene);
        }
    }
    if outline.sections.is_empty() {
        texts.fail(
            outline.intro_line,
            "a scenario needs scenes: `## Scene `id`: Title` … and at least one `## Ending`",
        );
    }
    let (start, start_line) = match start {
        Some((id, line)) => (id.to_owned(), line),
        None => (
            scenes.first().map(|s| s.id.clone()).unwrap_or_default(),
            outline.intro_line,
        ),
    };
    if texts.errors.len() > before {
        return None;
    }
    let scenario = Scenario {
        start,
        cast: cast.to_vec(),
        scenes,
    };
    check_graph(&scenario, &lines, start_line, texts);
    (texts.errors.len() == before).then_some(scenario)
}

fn check_cast(cast: &[CastMember], cast_line: &impl Fn(&str) -> usize, texts: &mut Texts) {
    let mut seen = BTreeSet::new();
    for member in cast {
        let line = cast_line(&member.id);
        texts.id(&member.id, line, "cast");
        if member.id == NARRATOR || member.id == "choice" {
            texts.fail(
                line,
                format!("`{}` is reserved; pick another cast id", member.id),
            );
        }
        if !seen.insert(member.id.as_str()) {
            texts.fail(
                line,
                format!("cast member `{}` is declared twice", member.id),
            );
        }
        texts.required(&member.name, line, "the cast member's name");
        texts.required(&member.role, line, "the cast member's role");
        if !(1..=6).contains(&member.look.skin) {
            texts.fail(
                line,
                format!("skin tone {} is not in 1–6", member.look.skin),
            );
        }
    }
}

fn compile_scene(
    section: &Section<'_>,
    cast: &BTreeSet<&str>,
    ids: &mut BTreeMap<String, usize>,
    lines: &mut Lines,
    reflection: Reflection,
    texts: &mut Texts,
) -> Option<Scene> {
    let is_ending = match section.keyword {
        SCENE => false,
        ENDING => true,
        other => {
            texts.fail(
                section.line,
                format!("`## {other}`: a scenario has `## Scene` and `## Ending` sections"),
            );
            return None;
        }
    };
    texts.id(section.id, section.line, "scene");
    claim_id(section.id, section.line, ids, texts);
    texts.required(section.title, section.line, "the scene title");
    let mut setting = None;
    let mut beats = Vec::new();
    let mut exit = None;
    let mut learned = None;
    let mut sources = None;
    let mut reflect = None;
    let mut blocks = section.blocks.iter().peekable();
    while let Some(block) = blocks.next() {
        match block {
            Block::Paragraph { line, text } => {
                if let Some(value) = labelled(text, "Setting") {
                    if texts.required(value, *line, "the setting") {
                        setting = Some(texts.inline(value, *line));
                    }
                } else if let Some(value) = labelled(text, "Next") {
                    if is_ending {
                        texts.fail(*line, "an ending has no `Next:`; it closes the story");
                    }
                    match backticked(value) {
                        Some(target) => {
                            lines.targets.push((target.to_owned(), *line));
                            set_exit(
                                &mut exit,
                                Exit::Next {
                                    scene: target.to_owned(),
                                },
                                *line,
                                texts,
                            );
                        }
                        None => texts.fail(*line, "write the next scene as `Next: `scene-id``"),
                    }
                } else if let Some(label @ ("Learned" | "Sources" | "Reflect")) =
                    ["Learned", "Sources", "Reflect"]
                        .into_iter()
                        .find(|l| labelled(text, l) == Some(""))
                {
                    if !is_ending {
                        texts.fail(*line, format!("`{label}:` belongs in an `## Ending`"));
                    }
                    let Some(Block::List(items)) = blocks.next_if(|b| matches!(b, Block::List(_)))
                    else {
                        texts.fail(*line, format!("`{label}:` is followed by a list"));
                        continue;
                    };
                    let inline = |texts: &mut Texts| {
                        items
                            .iter()
                            .map(|i| texts.inline(&i.with_continuation(i.head), i.line))
                            .collect::<Vec<_>>()
                    };
                    match label {
                        "Learned" => learned = Some(inline(texts)),
                        "Reflect" => reflect = Some(inline(texts)),
                        _ => {
                            sources = Some(items.iter().filter_map(|i| source(i, texts)).collect());
                        }
                    }
                } else {
                    texts.fail(
                        *line,
                        "text in a scene is a beat: `- `id` narrator: …` (or `Setting:`, `Next:`, `Learned:`, `Sources:`, `Reflect:`)",
                    );
                }
            }
            Block::List(items) => {
                for item in items {
                    if exit.as_ref().is_some_and(|e| matches!(e, Exit::Choice(_))) {
                        texts.fail(item.line, "a choice is the last beat of its scene");
                    }
                    match beat(item, cast, ids, lines, texts) {
                        Some(Parsed::Beat(b)) => beats.push(b),
                        Some(Parsed::Choice(c)) => {
                            if is_ending {
                                texts.fail(item.line, "an ending has no choices");
                            }
                            set_exit(&mut exit, Exit::Choice(c), item.line, texts);
                        }
                        None => {}
                    }
                }
            }
        }
    }
    if is_ending {
        let learned = learned.unwrap_or_default();
        let sources: Vec<Source> = sources.unwrap_or_default();
        if learned.is_empty() {
            texts.fail(
                section.line,
                "an ending lists what was learned (`Learned:` and a list)",
            );
        }
        if sources.is_empty() {
            texts.fail(
                section.line,
                "an ending names the law behind it (`Sources:` and a list of links)",
            );
        }
        let reflect = reflect.unwrap_or_default();
        if reflection == Reflection::Required && reflect.is_empty() {
            texts.fail(
                section.line,
                "an ending on the professionals track gives questions to reflect on (`Reflect:` and a list)",
            );
        }
        exit = Some(Exit::Ending(Ending {
            learned,
            sources,
            reflect,
        }));
    }
    let Some(exit) = exit else {
        texts.fail(
            section.line,
            format!(
                "scene `{}` has no way out: end it with a choice or a `Next:` line",
                section.id
            ),
        );
        return None;
    };
    Some(Scene {
        id: section.id.to_owned(),
        title: section.title.to_owned(),
        setting,
        beats,
        exit,
    })
}

fn set_exit(exit: &mut Option<Exit>, new: Exit, line: usize, texts: &mut Texts) {
    if exit.is_some() {
        texts.fail(
            line,
            "a scene has one way out: a choice or a `Next:` line, not both",
        );
    }
    *exit = Some(new);
}

/// Scene, beat and choice ids share one namespace within a scenario, so progress can point
/// at any of them without saying which kind it is.
fn claim_id(id: &str, line: usize, ids: &mut BTreeMap<String, usize>, texts: &mut Texts) {
    if let Some(first) = ids.get(id) {
        texts.fail(line, format!("id `{id}` is already used on line {first}"));
    } else {
        ids.insert(id.to_owned(), line);
    }
}

/// `[Title](https://…)` in a `Sources:` list.
fn source(item: &Item<'_>, texts: &mut Texts) -> Option<Source> {
    let parsed = item
        .head
        .strip_prefix('[')
        .and_then(|rest| rest.split_once("]("))
        .and_then(|(title, rest)| rest.strip_suffix(')').map(|url| (title, url)));
    match parsed {
        Some((title, url)) if url.starts_with("https://") && !title.trim().is_empty() => {
            Some(Source {
                title: title.trim().to_owned(),
                url: url.to_owned(),
            })
        }
        _ => {
            texts.fail(
                item.line,
                "a source is a link with a title: `[AVG, artikel 15](https://…)`",
            );
            None
        }
    }
}

enum Parsed {
    Beat(Beat),
    Choice(Choice),
}

fn beat(
    item: &Item<'_>,
    cast: &BTreeSet<&str>,
    ids: &mut BTreeMap<String, usize>,
    lines: &mut Lines,
    texts: &mut Texts,
) -> Option<Parsed> {
    let line = item.line;
    let Some((id, rest)) = leading_id(item.head) else {
        texts.fail(
            line,
            "a beat starts with its id in backticks: `- `b1` narrator: …`",
        );
        return None;
    };
    texts.id(id, line, "beat");
    claim_id(id, line, ids, texts);
    // A role switch may stand alone: `- `b4` noor pet gemeente`.
    let bare_pet = matches!(rest.split_whitespace().nth(1), Some("pet")) && !rest.contains(':');
    let Some((head, text)) = rest.split_once(':').or(bare_pet.then_some((rest, ""))) else {
        texts.fail(
            line,
            format!("a beat reads `who: text`; who is one of {BEAT_SHAPES}"),
        );
        return None;
    };
    let text = item.with_continuation(text);
    let words: Vec<&str> = head.split_whitespace().collect();
    let member = |who: &str, texts: &mut Texts| {
        let found = cast.contains(who);
        if !found {
            texts.fail(
                line,
                format!("unknown cast member `{who}`: declare it in [[cast]]"),
            );
        }
        found
    };
    if words.as_slice() != ["choice"] && !item.children.is_empty() {
        texts.fail(
            item.children[0].line,
            "only a `choice` beat has options under it",
        );
    }
    let action = match words.as_slice() {
        ["choice"] => return choice(id, &text, item, lines, texts).map(Parsed::Choice),
        [NARRATOR] => Action::Narration {
            text: required_inline(&text, line, texts)?,
        },
        [who] => {
            let known = member(who, texts);
            let text = required_inline(&text, line, texts)?;
            known.then_some(())?;
            Action::Line {
                speaker: (*who).to_owned(),
                text,
            }
        }
        [who, "thinks"] => {
            let known = member(who, texts);
            let text = required_inline(&text, line, texts)?;
            known.then_some(())?;
            Action::Thought {
                who: (*who).to_owned(),
                text,
            }
        }
        [who, "pet", pet] => {
            let known = member(who, texts);
            let pet = match *pet {
                "helper" => Pet::Helper,
                "gemeente" => Pet::Gemeente,
                other => {
                    texts.fail(
                        line,
                        format!("pet `{other}`: a worker wears `helper` or `gemeente`"),
                    );
                    return None;
                }
            };
            known.then_some(())?;
            Action::Pet {
                who: (*who).to_owned(),
                pet,
                text: (!text.is_empty()).then(|| texts.inline(&text, line)),
            }
        }
        [from, verb @ ("gives" | "asks"), to] => {
            let known = member(from, texts) & member(to, texts);
            if from == to {
                texts.fail(line, "data moves between two different people");
                return None;
            }
            let what = required_inline(&text, line, texts)?;
            known.then_some(())?;
            Action::Data {
                from: (*from).to_owned(),
                to: (*to).to_owned(),
                mode: if *verb == "gives" {
                    DataMode::Give
                } else {
                    DataMode::Ask
                },
                what,
            }
        }
        _ => {
            texts.fail(
                line,
                format!(
                    "cannot read beat `{}`: who is one of {BEAT_SHAPES}",
                    head.trim()
                ),
            );
            return None;
        }
    };
    Some(Parsed::Beat(Beat {
        id: id.to_owned(),
        action,
    }))
}

fn required_inline(text: &str, line: usize, texts: &mut Texts) -> Option<String> {
    texts
        .required(text, line, "the beat's text")
        .then(|| texts.inline(text, line))
}

fn choice(
    id: &str,
    prompt: &str,
    item: &Item<'_>,
    lines: &mut Lines,
    texts: &mut Texts,
) -> Option<Choice> {
    let prompt = required_inline(prompt, item.line, texts)?;
    let mut options = Vec::new();
    for option in &item.children {
        let parsed = option
            .head
            .strip_prefix('[')
            .and_then(|rest| rest.split_once("](#"))
            .and_then(|(label, rest)| rest.split_once(')').map(|(t, f)| (label, t, f)));
        let Some((label, target, feedback)) = parsed else {
            texts.fail(
                option.line,
                "an option reads `- [What you choose](#scene-id) Feedback.`",
            );
            continue;
        };
        let feedback = option.with_continuation(feedback.trim_start_matches([' ', ':', '—', '-']));
        if !texts.required(&feedback, option.line, "the option's feedback")
            | !texts.required(label, option.line, "the option's label")
        {
            continue;
        }
        lines.targets.push((target.to_owned(), option.line));
        options.push(ChoiceOption {
            label: texts.inline(label, option.line),
            target: target.to_owned(),
            feedback: texts.block(&feedback, option.line),
        });
    }
    if item.children.len() < 2 {
        texts.fail(
            item.line,
            "a choice offers at least two options, indented under it",
        );
        return None;
    }
    Some(Choice {
        id: id.to_owned(),
        prompt,
        options,
    })
}

impl Scene {
    /// The scenes this one leads to.
    pub fn targets(&self) -> Vec<&str> {
        match &self.exit {
            Exit::Next { scene } => vec![scene.as_str()],
            Exit::Choice(c) => c.options.iter().map(|o| o.target.as_str()).collect(),
            Exit::Ending(_) => Vec::new(),
        }
    }
}

/// Every target exists, every scene is reachable from the start, and from every scene an
/// ending can still be reached (a loop may offer a way back, but never be a trap).
fn check_graph(scenario: &Scenario, lines: &Lines, start_line: usize, texts: &mut Texts) {
    let by_id: BTreeMap<&str, &Scene> =
        scenario.scenes.iter().map(|s| (s.id.as_str(), s)).collect();
    let scene_line = |id: &str| lines.scenes.get(id).copied().unwrap_or(1);
    let mut broken = false;
    for (target, line) in &lines.targets {
        if !by_id.contains_key(target.as_str()) {
            texts.fail(*line, format!("no scene `{target}` in this scenario"));
            broken = true;
        }
    }
    if !by_id.contains_key(scenario.start.as_str()) {
        texts.fail(
            start_line,
            format!("start scene `{}` does not exist", scenario.start),
        );
        return;
    }
    if broken {
        return;
    }
    if !scenario
        .scenes
        .iter()
        .any(|s| matches!(s.exit, Exit::Ending(_)))
    {
        texts.fail(
            scene_line(&scenario.start),
            "a scenario needs at least one `## Ending`",
        );
        return;
    }

    let reachable = walk([scenario.start.as_str()], |id| {
        by_id.get(id).map(|s| s.targets()).unwrap_or_default()
    });
    let mut leads_to: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for scene in &scenario.scenes {
        for target in scene.targets() {
            leads_to.entry(target).or_default().push(scene.id.as_str());
        }
    }
    let endings = scenario
        .scenes
        .iter()
        .filter(|s| matches!(s.exit, Exit::Ending(_)))
        .map(|s| s.id.as_str());
    let can_end = walk(endings, |id| leads_to.get(id).cloned().unwrap_or_default());

    for scene in &scenario.scenes {
        let id = scene.id.as_str();
        if !reachable.contains(id) {
            texts.fail(
                scene_line(id),
                format!(
                    "scene `{id}` cannot be reached from the start `{}`",
                    scenario.start
                ),
            );
        } else if !can_end.contains(id) {
            texts.fail(
                scene_line(id),
                format!(
                    "scene `{id}` never reaches an ending: every path from it loops back (it leads to {})",
                    scene
                        .targets()
                        .iter()
                        .map(|t| format!("`{t}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }
}

/// Breadth-first: everything reachable from `from` along `next`.
fn walk<'a>(
    from: impl IntoIterator<Item = &'a str>,
    next: impl Fn(&str) -> Vec<&'a str>,
) -> BTreeSet<&'a str> {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut queue: VecDeque<&str> = from.into_iter().collect();
    while let Some(id) = queue.pop_front() {
        if seen.insert(id) {
            queue.extend(next(id));
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::super::outline;
    use super::*;

    fn cast() -> Vec<CastMember> {
        let look = Look {
            age: Age::Teen,
            skin: 3,
            hair: Hair::Curly,
            colour: Colour::Teal,
        };
        ["sam", "noor"]
            .into_iter()
            .map(|id| CastMember {
                id: id.into(),
                name: id.to_uppercase(),
                role: "rol".into(),
                look: look.clone(),
            })
            .collect()
    }

    fn run(body: &str) -> Result<Scenario, Vec<(usize, String)>> {
        run_with(body, Reflection::Optional)
    }

    fn run_with(body: &str, reflection: Reflection) -> Result<Scenario, Vec<(usize, String)>> {
        let outline = outline::parse(body, 1).map_err(|es| {
            es.into_iter()
                .map(|e| (e.line, e.message))
                .collect::<Vec<_>>()
        })?;
        let mut texts = Texts::default();
        let scenario = compile(&outline, None, &cast(), |_| 1, reflection, &mut texts);
        match scenario {
            Some(s) if texts.errors.is_empty() => Ok(s),
            _ => Err(texts
                .errors
                .into_iter()
                .map(|e| (e.line, e.message))
                .collect()),
        }
    }

    const ENDING_TAIL: &str = "Learned:\n- Vraag waarom.\n\nSources:\n- [AVG, artikel 5](https://eur-lex.europa.eu/eli/reg/2016/679/oj)\n";

    fn good() -> String {
        format!(
            "Intro.\n\n## Scene `begin`: Begin\n\nSetting: De spreekkamer.\n\n- `b1` narrator: Sam komt binnen.\n- `b2` noor: Hoi Sam!\n- `b3` sam thinks: Wat wil ze weten?\n- `b4` noor pet gemeente: Nu vraag ik iets voor de gemeente.\n- `b5` noor asks sam: je bankafschriften\n- `b6` sam gives noor: drie bankafschriften\n- `b7` choice: Wat doet Sam?\n  - [Hij vraagt waarom](#uitleg) Goed: nu weet hij het.\n  - [Hij zegt niets](#stil)\n    Dan weet hij niet wat er gebeurt.\n\n## Scene `stil`: Stil\n\n- `s1` narrator: Het blijft stil.\n\nNext: `uitleg`\n\n## Ending `uitleg`: Uitleg\n\n- `u1` noor: Ik leg het uit.\n\n{ENDING_TAIL}"
        )
    }

    #[test]
    fn compiles_a_scene_graph() {
        let s = run(&good()).unwrap();
        assert_eq!(s.start, "begin");
        assert_eq!(s.scenes.len(), 3);
        let begin = &s.scenes[0];
        assert_eq!(begin.setting.as_deref(), Some("De spreekkamer."));
        assert_eq!(begin.beats.len(), 6);
        assert_eq!(
            begin.beats[3].action,
            Action::Pet {
                who: "noor".into(),
                pet: Pet::Gemeente,
                text: Some("Nu vraag ik iets voor de gemeente.".into())
            }
        );
        assert_eq!(
            begin.beats[4].action,
            Action::Data {
                from: "noor".into(),
                to: "sam".into(),
                mode: DataMode::Ask,
                what: "je bankafschriften".into()
            }
        );
        let Exit::Choice(choice) = &begin.exit else {
            panic!("expected a choice, got {:?}", begin.exit);
        };
        assert_eq!(choice.id, "b7");
        assert_eq!(choice.options[1].target, "stil");
        assert_eq!(
            choice.options[1].feedback.trim(),
            "<p>Dan weet hij niet wat er gebeurt.</p>"
        );
        assert_eq!(
            choice.options[0].feedback.trim(),
            "<p>Goed: nu weet hij het.</p>"
        );
        let Exit::Ending(end) = &s.scenes[2].exit else {
            panic!("expected an ending");
        };
        assert_eq!(end.learned, ["Vraag waarom."]);
        assert_eq!(end.sources[0].title, "AVG, artikel 5");
    }

    #[test]
    fn the_graph_serialises_with_readable_tags() {
        let s = run(&good()).unwrap();
        let json = serde_json::to_string(&s.scenes[0]).unwrap();
        assert!(
            json.contains(r#"{"id":"b5","type":"data","from":"noor","to":"sam","mode":"ask""#),
            "{json}"
        );
        assert!(
            json.contains(r#""exit":{"type":"choice","id":"b7""#),
            "{json}"
        );
    }

    fn first_error(body: &str) -> (usize, String) {
        match run(body) {
            Ok(_) => panic!("expected an error in:\n{body}"),
            Err(es) => es[0].clone(),
        }
    }

    #[test]
    fn reflection_questions_are_read_and_required_where_asked() {
        let g = good();
        let with = g.replace(
            "Sources:",
            "Reflect:\n- Wat zou jij vragen?\n- Wie heeft\n  dit nodig?\n\nSources:",
        );
        let s = run_with(&with, Reflection::Required).unwrap();
        let Exit::Ending(end) = &s.scenes[2].exit else {
            panic!("not an ending");
        };
        assert_eq!(
            end.reflect,
            ["Wat zou jij vragen?", "Wie heeft\ndit nodig?"]
        );
        assert!(run(&g).is_ok(), "optional outside the professionals track");
        let errors = run_with(&g, Reflection::Required).unwrap_err();
        assert!(
            errors
                .iter()
                .any(|(line, m)| *line == 24 && m.contains("questions to reflect on")),
            "{errors:?}"
        );
        let misplaced = g.replace("Next: `uitleg`", "Reflect:\n- Waarom?\n\nNext: `uitleg`");
        let errors = run(&misplaced).unwrap_err();
        assert!(
            errors
                .iter()
                .any(|(_, m)| m.contains("`Reflect:` belongs in an `## Ending`")),
            "{errors:?}"
        );
    }

    #[test]
    fn reports_graph_problems_on_their_lines() {
        let g = good();
        let cases: Vec<(String, usize, &str)> = vec![
            (
                g.replace("(#stil)", "(#nergens)"),
                15,
                "no scene `nergens` in this scenario",
            ),
            (
                g.replace("Next: `uitleg`", "Next: `stil`"),
                18,
                "scene `stil` never reaches an ending",
            ),
            (
                g.replace("(#stil)", "(#uitleg)"),
                18,
                "scene `stil` cannot be reached from the start `begin`",
            ),
            (
                g.replace("`b2` noor:", "`b2` piet:"),
                8,
                "unknown cast member `piet`",
            ),
            (
                g.replace("`b3`", "`b1`"),
                9,
                "id `b1` is already used on line 7",
            ),
            (
                g.replace("noor pet gemeente", "noor pet politie"),
                10,
                "pet `politie`",
            ),
            (
                g.replace("\nNext: `uitleg`\n", "\n"),
                18,
                "scene `stil` has no way out",
            ),
            (
                g.replace("Learned:\n- Vraag waarom.\n", ""),
                24,
                "an ending lists what was learned",
            ),
            (
                g.replace("sam thinks", "sam shouts"),
                9,
                "cannot read beat `sam shouts`",
            ),
            (
                g.replace(
                    "  - [Hij zegt niets](#stil)\n    Dan weet hij niet wat er gebeurt.\n",
                    "",
                ),
                13,
                "at least two options",
            ),
        ];
        for (body, line, fragment) in cases {
            let (l, m) = first_error(&body);
            assert!(
                m.contains(fragment) && l == line,
                "expected {line}: {fragment}, got {l}: {m}"
            );
        }
    }

    #[test]
    fn a_loop_with_an_exit_is_fine_but_a_closed_loop_is_not() {
        let bare = good().replace(
            "- `b4` noor pet gemeente: Nu vraag ik iets voor de gemeente.",
            "- `b4` noor pet gemeente",
        );
        let s = run(&bare).unwrap();
        assert!(matches!(
            s.scenes[0].beats[3].action,
            Action::Pet { text: None, .. }
        ));
        let with_exit = good().replace(
            "- `s1` narrator: Het blijft stil.\n\nNext: `uitleg`",
            "- `s1` choice: Nog eens?\n  - [Ja](#begin) Terug.\n  - [Nee](#uitleg) Door.",
        );
        assert!(run(&with_exit).is_ok());
        let closed = good()
            .replace("(#uitleg) Goed", "(#stil) Goed")
            .replace("Next: `uitleg`", "Next: `begin`");
        let errors = run(&closed).unwrap_err();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(
            errors[0]
                .1
                .contains("scene `begin` never reaches an ending"),
            "{errors:?}"
        );
    }
}
