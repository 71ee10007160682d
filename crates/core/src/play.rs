//! Playing a scenario: the path the user's choices make through its scene graph, where they
//! are on it, and every move (forward, back, choose, replay the scene, start over). Each move
//! is saved at once, so leaving the story, or closing the app, resumes at the same step.
//!
//! A path runs from the start scene through the beats of each scene it visits. A scene that
//! ends in a choice adds a choice step; once an option is chosen the path goes on in the
//! option's target scene. The path stops at the first choice not yet made, or at an ending.

use std::collections::BTreeSet;

use rusqlite::{Connection, Transaction, TransactionBehavior};
use serde::Serialize;

use crate::content::scenario::{Exit, Scenario, Scene};
use crate::content::{Body, Pack};
use crate::error::classify;
use crate::i18n::Locale;
use crate::store::{self, ChoiceTaken, Place};
use crate::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StepKind {
    Beat,
    /// `chosen`: the option taken here on this path, if any.
    Choice {
        chosen: Option<u32>,
    },
    Ending,
}

/// One step of the path. `id` is the beat's, the choice's or (for an ending) the scene's: they
/// share one namespace, so it names the step without saying its kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub id: String,
    pub scene: String,
    #[serde(flatten)]
    pub kind: StepKind,
}

/// The story as the user has it: the path so far, where they are, the endings they reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Play {
    pub steps: Vec<Step>,
    pub at: u32,
    /// Ids of the ending scenes reached, ever, that the scenario still has; sorted.
    pub endings_reached: Vec<String>,
    /// How many endings the scenario has.
    pub endings: u32,
}

/// The path and the place on it, without the store: every move is worked out here.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Path {
    steps: Vec<Step>,
    /// The choices the path took, in order: one per made choice step.
    choices: Vec<ChoiceTaken>,
    at: usize,
}

impl Path {
    /// Follows `choices` from the start for as long as they fit the scenario.
    fn walk(scenario: &Scenario, choices: &[ChoiceTaken]) -> Path {
        let mut steps = Vec::new();
        let mut used = Vec::new();
        let mut scene_id = scenario.start.as_str();
        // Scenes passed since the last choice: a loop without a choice would never end.
        let mut since_choice = BTreeSet::new();
        while let Some(scene) = scene_by_id(scenario, scene_id) {
            if !since_choice.insert(scene_id) {
                break;
            }
            steps.extend(scene.beats.iter().map(|b| Step {
                id: b.id.clone(),
                scene: scene.id.clone(),
                kind: StepKind::Beat,
            }));
            match &scene.exit {
                Exit::Next { scene: next } => scene_id = next,
                Exit::Ending(_) => {
                    steps.push(ending_step(scene));
                    break;
                }
                Exit::Choice(choice) => {
                    let taken = choices
                        .get(used.len())
                        .filter(|t| t.choice_id == choice.id)
                        .and_then(|t| Some((t, choice.options.get(t.option as usize)?)));
                    steps.push(Step {
                        id: choice.id.clone(),
                        scene: scene.id.clone(),
                        kind: StepKind::Choice {
                            chosen: taken.map(|(t, _)| t.option),
                        },
                    });
                    let Some((taken, option)) = taken else { break };
                    used.push(taken.clone());
                    since_choice.clear();
                    scene_id = &option.target;
                }
            }
        }
        Path {
            steps,
            choices: used,
            at: 0,
        }
    }

    /// The path a saved place describes, at that place; the start when the place no longer
    /// fits the content (the step is gone, or the path changed under it).
    fn resume(scenario: &Scenario, place: &Place) -> Path {
        let mut path = Path::walk(scenario, &place.choices);
        let step = place.step as usize;
        path.at = if path.steps.get(step).is_some_and(|s| s.id == place.beat_id) {
            step
        } else {
            path.steps
                .iter()
                .rposition(|s| s.id == place.beat_id)
                .unwrap_or(0)
        };
        path
    }

    fn current(&self) -> Result<&Step> {
        self.steps.get(self.at).ok_or(Error::InvalidMove)
    }

    /// One step on. A choice must be made first; at an ending there is nowhere to go.
    fn forward(&mut self) -> Result<()> {
        match self.current()?.kind {
            StepKind::Choice { chosen: None } => Err(Error::ChoiceNeeded),
            StepKind::Ending => Err(Error::InvalidMove),
            _ if self.at + 1 < self.steps.len() => {
                self.at += 1;
                Ok(())
            }
            _ => Err(Error::InvalidMove),
        }
    }

    /// One step back; the choices stay, so going forward again follows the same path.
    fn back(&mut self) -> Result<()> {
        self.at = self.at.checked_sub(1).ok_or(Error::InvalidMove)?;
        Ok(())
    }

    /// Makes (or changes) the choice at the current step; the path after it is walked anew.
    fn choose(&mut self, scenario: &Scenario, choice_id: &str, option: u32) -> Result<()> {
        let step = self.current()?;
        let fits = step.id == choice_id
            && matches!(step.kind, StepKind::Choice { .. })
            && scene_by_id(scenario, &step.scene).is_some_and(|scene| match &scene.exit {
                Exit::Choice(c) => (option as usize) < c.options.len(),
                _ => false,
            });
        if !fits {
            return Err(Error::InvalidMove);
        }
        if step.kind
            == (StepKind::Choice {
                chosen: Some(option),
            })
        {
            // The same answer again keeps the path after it, choices further on included.
            return Ok(());
        }
        let made_before = self.steps[..self.at]
            .iter()
            .filter(|s| matches!(s.kind, StepKind::Choice { .. }))
            .count();
        let mut choices = self.choices[..made_before.min(self.choices.len())].to_vec();
        choices.push(ChoiceTaken {
            choice_id: choice_id.to_owned(),
            option,
        });
        let at = self.at;
        *self = Path::walk(scenario, &choices);
        self.at = at;
        Ok(())
    }

    /// Back to the first step of the current scene (a choice closes a scene's run of steps,
    /// so a scene that loops to itself replays only its latest visit).
    fn replay_scene(&mut self) -> Result<()> {
        let scene = self.current()?.scene.clone();
        while self.at > 0 {
            let before = &self.steps[self.at - 1];
            if before.scene != scene || matches!(before.kind, StepKind::Choice { .. }) {
                break;
            }
            self.at -= 1;
        }
        Ok(())
    }

    fn place(&self) -> Result<Place> {
        Ok(Place {
            beat_id: self.current()?.id.clone(),
            step: u32::try_from(self.at).map_err(|_| Error::InvalidMove)?,
            choices: self.choices.clone(),
        })
    }
}

fn ending_step(scene: &Scene) -> Step {
    Step {
        id: scene.id.clone(),
        scene: scene.id.clone(),
        kind: StepKind::Ending,
    }
}

fn scene_by_id<'s>(scenario: &'s Scenario, id: &str) -> Option<&'s Scene> {
    scenario.scenes.iter().find(|s| s.id == id)
}

/// The scenario behind a page id. Scene, beat and choice ids are the same in every locale,
/// so the path is worked out on one of them.
fn scenario<'p>(pack: &'p Pack, id: &str) -> Result<&'p Scenario> {
    match &pack.page(id, Locale::FALLBACK)?.body {
        Body::Scenario { scenario } => Ok(scenario),
        _ => Err(Error::InvalidMove),
    }
}

fn load(conn: &Connection, scenario: &Scenario, id: &str) -> Result<Path> {
    let path = match store::scenario_position(conn, id)? {
        Some(place) => Path::resume(scenario, &place),
        None => Path::walk(scenario, &[]),
    };
    if path.steps.is_empty() {
        return Err(Error::Pack(format!("scenario `{id}` has no steps")));
    }
    Ok(path)
}

fn view(conn: &Connection, scenario: &Scenario, id: &str, path: Path) -> Result<Play> {
    let endings: BTreeSet<&str> = scenario
        .scenes
        .iter()
        .filter(|s| matches!(s.exit, Exit::Ending(_)))
        .map(|s| s.id.as_str())
        .collect();
    let mut endings_reached = store::endings_reached(conn, id)?;
    endings_reached.retain(|e| endings.contains(e.as_str()));
    Ok(Play {
        at: u32::try_from(path.at).map_err(|_| Error::InvalidMove)?,
        steps: path.steps,
        endings_reached,
        endings: crate::answers::count(endings.len()),
    })
}

/// Loads the path, applies `step`, saves the new place (and an ending reached), returns it.
fn apply(
    conn: &Connection,
    pack: &Pack,
    id: &str,
    step: impl FnOnce(&Scenario, &mut Path) -> Result<()>,
) -> Result<Play> {
    let scenario = scenario(pack, id)?;
    let mut path = load(conn, scenario, id)?;
    step(scenario, &mut path)?;
    // The place and an ending reached are saved together, or neither is.
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate).map_err(classify)?;
    store::set_scenario_position(&tx, id, &path.place()?)?;
    if let Ok(Step {
        kind: StepKind::Ending,
        id: ending,
        ..
    }) = path.current()
    {
        store::record_ending(&tx, id, ending)?;
    }
    tx.commit().map_err(classify)?;
    view(conn, scenario, id, path)
}

/// Where the user is in the scenario, without moving; nothing is written.
pub fn progress(conn: &Connection, pack: &Pack, id: &str) -> Result<Play> {
    let scenario = scenario(pack, id)?;
    let path = load(conn, scenario, id)?;
    view(conn, scenario, id, path)
}

pub fn forward(conn: &Connection, pack: &Pack, id: &str) -> Result<Play> {
    apply(conn, pack, id, |_, path| path.forward())
}

pub fn back(conn: &Connection, pack: &Pack, id: &str) -> Result<Play> {
    apply(conn, pack, id, |_, path| path.back())
}

pub fn choose(conn: &Connection, pack: &Pack, id: &str, choice: &str, option: u32) -> Result<Play> {
    apply(conn, pack, id, |scenario, path| {
        path.choose(scenario, choice, option)
    })
}

pub fn replay_scene(conn: &Connection, pack: &Pack, id: &str) -> Result<Play> {
    apply(conn, pack, id, |_, path| path.replay_scene())
}

/// From the beginning, with no choices made; the endings reached stay reached.
pub fn restart(conn: &Connection, pack: &Pack, id: &str) -> Result<Play> {
    apply(conn, pack, id, |scenario, path| {
        *path = Path::walk(scenario, &[]);
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{pack_of, Track};

    const FRONT: &str = "+++\nid = \"jongeren-verhaal\"\nkind = \"scenario\"\ntrack = \"jongeren\"\ntitle = \"Verhaal\"\nsummary = \"Over een keuze.\"\n\n[[cast]]\nid = \"sam\"\nname = \"Sam\"\nrole = \"jongere\"\nlook = { age = \"teen\", skin = 3, hair = \"short\", colour = \"blue\" }\n+++\n\n";

    /// Two beats, then a choice: ask (on to `vraag`, then `uitleg`, an ending), think again
    /// (back to the start: a loop), or stop (an ending at once).
    fn pack() -> Pack {
        let body = "## Scene `begin`: Begin\n\n- `b1` sam: Hoi.\n- `b2` narrator: Sam twijfelt.\n- `c1` choice: Wat doet Sam?\n  - [Vragen](#vraag) Sam weet het dan.\n  - [Nog eens denken](#begin) Sam begint opnieuw.\n  - [Stoppen](#stop) Sam weet niets.\n\n## Scene `vraag`: Vraag\n\n- `v1` sam: Mag dat?\n\nNext: `uitleg`\n\n## Ending `uitleg`: Uitleg\n\n- `u1` narrator: Het mag.\n\nLearned:\n- Vragen helpt.\n\nSources:\n- [AVG](https://eur-lex.europa.eu/eli/reg/2016/679/oj)\n\n## Ending `stop`: Stop\n\n- `s1` narrator: Jammer.\n\nLearned:\n- Niet vragen helpt niet.\n\nSources:\n- [AVG](https://eur-lex.europa.eu/eli/reg/2016/679/oj)\n";
        let page = format!("{FRONT}{body}");
        pack_of(&[page.as_str()], Track::Jongeren)
    }

    const ID: &str = "jongeren-verhaal";

    fn ids(play: &Play) -> Vec<&str> {
        play.steps.iter().map(|s| s.id.as_str()).collect()
    }

    fn here(play: &Play) -> &str {
        &play.steps[play.at as usize].id
    }

    #[test]
    fn a_new_story_starts_at_its_first_beat_and_stops_at_the_first_choice() {
        let conn = store::open_in_memory().unwrap();
        let play = progress(&conn, &pack(), ID).unwrap();
        assert_eq!(ids(&play), ["b1", "b2", "c1"]);
        assert_eq!(play.at, 0);
        assert_eq!(play.steps[2].kind, StepKind::Choice { chosen: None });
        assert!(play.endings_reached.is_empty());
        assert_eq!(
            store::scenario_position(&conn, ID).unwrap(),
            None,
            "reading writes nothing"
        );
    }

    #[test]
    fn forward_to_a_choice_choose_and_on_to_an_ending_which_is_recorded() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack();
        forward(&conn, &pack, ID).unwrap();
        let play = forward(&conn, &pack, ID).unwrap();
        assert_eq!(here(&play), "c1");
        assert_eq!(
            forward(&conn, &pack, ID).unwrap_err().code(),
            "choice_needed"
        );

        let play = choose(&conn, &pack, ID, "c1", 0).unwrap();
        assert_eq!(ids(&play), ["b1", "b2", "c1", "v1", "u1", "uitleg"]);
        assert_eq!(
            here(&play),
            "c1",
            "the feedback shows before the story goes on"
        );
        assert_eq!(play.steps[2].kind, StepKind::Choice { chosen: Some(0) });
        for expected in ["v1", "u1"] {
            assert_eq!(here(&forward(&conn, &pack, ID).unwrap()), expected);
        }
        assert!(progress(&conn, &pack, ID)
            .unwrap()
            .endings_reached
            .is_empty());
        let play = forward(&conn, &pack, ID).unwrap();
        assert_eq!(play.steps[play.at as usize].kind, StepKind::Ending);
        assert_eq!(play.endings_reached, ["uitleg"]);
        assert_eq!(
            forward(&conn, &pack, ID).unwrap_err().code(),
            "invalid_move"
        );
    }

    #[test]
    fn back_keeps_the_choices_and_a_new_choice_changes_the_path_after_it() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack();
        forward(&conn, &pack, ID).unwrap();
        forward(&conn, &pack, ID).unwrap();
        choose(&conn, &pack, ID, "c1", 0).unwrap();
        forward(&conn, &pack, ID).unwrap();
        let play = back(&conn, &pack, ID).unwrap();
        assert_eq!(here(&play), "c1");
        let play = back(&conn, &pack, ID).unwrap();
        assert_eq!(here(&play), "b2");
        assert_eq!(ids(&play).len(), 6, "the path ahead stays");
        back(&conn, &pack, ID).unwrap();
        assert_eq!(back(&conn, &pack, ID).unwrap_err().code(), "invalid_move");

        forward(&conn, &pack, ID).unwrap();
        forward(&conn, &pack, ID).unwrap();
        let play = choose(&conn, &pack, ID, "c1", 2).unwrap();
        assert_eq!(ids(&play), ["b1", "b2", "c1", "s1", "stop"]);
        assert_eq!(here(&forward(&conn, &pack, ID).unwrap()), "s1");
        let play = forward(&conn, &pack, ID).unwrap();
        assert_eq!(
            (here(&play), play.endings_reached.clone()),
            ("stop", vec!["stop".to_owned()])
        );
    }

    #[test]
    fn a_choice_that_is_not_here_or_has_no_such_option_is_refused_and_nothing_moves() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack();
        assert_eq!(
            choose(&conn, &pack, ID, "c1", 0).unwrap_err().code(),
            "invalid_move"
        );
        forward(&conn, &pack, ID).unwrap();
        forward(&conn, &pack, ID).unwrap();
        for (choice, option) in [("c1", 3), ("b2", 0), ("c9", 0)] {
            let err = choose(&conn, &pack, ID, choice, option).unwrap_err();
            assert_eq!(err.code(), "invalid_move", "{choice} {option}");
        }
        let play = progress(&conn, &pack, ID).unwrap();
        assert_eq!(
            (here(&play), play.steps[2].kind.clone()),
            ("c1", StepKind::Choice { chosen: None })
        );
        let not_a_story = pack_of(&["+++\nid = \"jongeren-a\"\nkind = \"article\"\ntrack = \"jongeren\"\ntitle = \"A\"\nsummary = \"Over a.\"\n+++\n\nTekst.\n"], Track::Jongeren);
        assert_eq!(
            progress(&conn, &not_a_story, "jongeren-a")
                .unwrap_err()
                .code(),
            "invalid_move"
        );
        assert_eq!(
            progress(&conn, &pack, "jongeren-weg").unwrap_err().code(),
            "unknown_page"
        );
    }

    #[test]
    fn a_loop_back_puts_the_same_beats_on_the_path_twice_and_resume_finds_the_right_one() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack();
        forward(&conn, &pack, ID).unwrap();
        forward(&conn, &pack, ID).unwrap();
        let play = choose(&conn, &pack, ID, "c1", 1).unwrap();
        assert_eq!(ids(&play), ["b1", "b2", "c1", "b1", "b2", "c1"]);
        forward(&conn, &pack, ID).unwrap();
        let play = forward(&conn, &pack, ID).unwrap();
        assert_eq!(play.at, 4, "the second visit of b2");
        // Replaying the scene goes to the start of this visit, not the first one.
        let play = replay_scene(&conn, &pack, ID).unwrap();
        assert_eq!(play.at, 3);
        let play = back(&conn, &pack, ID).unwrap();
        assert_eq!((play.at, here(&play)), (2, "c1"));
        // Leaving and coming back (a new load from the store) lands on the same step.
        let again = progress(&conn, &pack, ID).unwrap();
        assert_eq!(again, play);
    }

    #[test]
    fn choosing_the_same_answer_again_keeps_the_choices_after_it() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack();
        forward(&conn, &pack, ID).unwrap();
        forward(&conn, &pack, ID).unwrap();
        choose(&conn, &pack, ID, "c1", 1).unwrap();
        for _ in 0..3 {
            forward(&conn, &pack, ID).unwrap();
        }
        let ahead = choose(&conn, &pack, ID, "c1", 0).unwrap();
        assert_eq!(
            ids(&ahead).len(),
            9,
            "round two asks and reaches the ending"
        );
        for _ in 0..3 {
            back(&conn, &pack, ID).unwrap();
        }
        let again = choose(&conn, &pack, ID, "c1", 1).unwrap();
        assert_eq!((again.at, again.steps.clone()), (2, ahead.steps.clone()));
        assert_eq!(again.endings, 2);
    }

    #[test]
    fn a_saved_place_the_content_no_longer_has_resumes_at_the_start() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack();
        let gone = Place {
            beat_id: "weg".to_owned(),
            step: 7,
            choices: vec![ChoiceTaken {
                choice_id: "c1".to_owned(),
                option: 9,
            }],
        };
        store::set_scenario_position(&conn, ID, &gone).unwrap();
        let play = progress(&conn, &pack, ID).unwrap();
        assert_eq!((play.at, ids(&play)), (0, vec!["b1", "b2", "c1"]));
        // Choices made at a choice the content no longer has are not followed.
        let renamed = Place {
            choices: vec![ChoiceTaken {
                choice_id: "oud".to_owned(),
                option: 0,
            }],
            ..Place::at("b2")
        };
        store::set_scenario_position(&conn, ID, &renamed).unwrap();
        let play = progress(&conn, &pack, ID).unwrap();
        assert_eq!(play.steps[2].kind, StepKind::Choice { chosen: None });
        assert_eq!(ids(&play).len(), 3);
        // A known beat with a stale step number is found by its id.
        store::set_scenario_position(
            &conn,
            ID,
            &Place {
                step: 9,
                ..Place::at("b2")
            },
        )
        .unwrap();
        assert_eq!(progress(&conn, &pack, ID).unwrap().at, 1);
    }

    #[test]
    fn starting_over_forgets_the_choices_but_not_the_endings() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack();
        forward(&conn, &pack, ID).unwrap();
        forward(&conn, &pack, ID).unwrap();
        choose(&conn, &pack, ID, "c1", 2).unwrap();
        forward(&conn, &pack, ID).unwrap();
        forward(&conn, &pack, ID).unwrap();
        let play = restart(&conn, &pack, ID).unwrap();
        assert_eq!((play.at, ids(&play)), (0, vec!["b1", "b2", "c1"]));
        assert_eq!(play.endings_reached, ["stop"]);
        assert_eq!(
            store::scenario_position(&conn, ID).unwrap(),
            Some(Place::at("b1"))
        );
    }

    #[test]
    fn every_ending_is_reachable_by_playing() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack();
        let reached = play_every_path(&conn, &pack, ID);
        assert_eq!(
            reached,
            BTreeSet::from(["stop".to_owned(), "uitleg".to_owned()])
        );
    }

    #[test]
    fn every_ending_of_every_shipped_story_is_reachable_by_playing() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let pack = crate::content::compile(&root.join("content"), &root.join("locales")).unwrap();
        let conn = store::open_in_memory().unwrap();
        let mut stories = 0;
        for page in pack.pages.iter().filter(|p| p.locale == Locale::FALLBACK) {
            let Body::Scenario { scenario } = &page.body else {
                continue;
            };
            let endings: BTreeSet<String> = scenario
                .scenes
                .iter()
                .filter(|s| matches!(s.exit, Exit::Ending(_)))
                .map(|s| s.id.clone())
                .collect();
            assert_eq!(
                play_every_path(&conn, &pack, &page.id),
                endings,
                "{}",
                page.id
            );
            stories += 1;
        }
        assert!(stories >= 10, "only {stories} stories");
    }

    /// Plays every sequence of choices (up to `depth` choices deep) and collects the endings
    /// reached, through the same moves the app makes.
    pub(crate) fn play_every_path(conn: &Connection, pack: &Pack, id: &str) -> BTreeSet<String> {
        fn explore(conn: &Connection, pack: &Pack, id: &str, taken: &mut Vec<u32>, depth: usize) {
            let mut play = restart(conn, pack, id).unwrap();
            let mut made = 0;
            loop {
                let step = play.steps[play.at as usize].clone();
                match step.kind {
                    StepKind::Ending => return,
                    StepKind::Choice { chosen: None } => {
                        if made == taken.len() {
                            if depth == 0 {
                                return;
                            }
                            let scenario = scenario(pack, id).unwrap();
                            let options = match &scene_by_id(scenario, &step.scene).unwrap().exit {
                                Exit::Choice(c) => c.options.len(),
                                _ => unreachable!(),
                            };
                            for option in 0..options {
                                taken.push(u32::try_from(option).unwrap());
                                explore(conn, pack, id, taken, depth - 1);
                                taken.pop();
                            }
                            return;
                        }
                        play = choose(conn, pack, id, &step.id, taken[made]).unwrap();
                        made += 1;
                    }
                    _ => play = forward(conn, pack, id).unwrap(),
                }
            }
        }
        explore(conn, pack, id, &mut Vec::new(), 6);
        progress(conn, pack, id)
            .unwrap()
            .endings_reached
            .into_iter()
            .collect()
    }
}
