use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::plain;
use super::quiz::{Checklist, Quiz};
use super::scenario::{Action, Exit, Scenario};
use crate::i18n::Locale;
use crate::Error;

/// Who a page is written for. The app shows one track at a time; the user can switch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Track {
    Jongeren,
    Inwoners,
    Professionals,
}

impl Track {
    pub const ALL: [Track; 3] = [Track::Jongeren, Track::Inwoners, Track::Professionals];

    pub fn as_str(self) -> &'static str {
        match self {
            Track::Jongeren => "jongeren",
            Track::Inwoners => "inwoners",
            Track::Professionals => "professionals",
        }
    }
}

impl fmt::Display for Track {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for Track {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        Track::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| Error::UnknownTrack(s.to_owned()))
    }
}

/// Page ids are lowercase ASCII words joined by single hyphens: stable, readable in a link,
/// and safe in a URL without escaping.
pub fn is_valid_page_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// What a page is. Articles and tools are prose; the others have a structured body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Article,
    Scenario,
    Quiz,
    Checklist,
    Tool,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Article => "article",
            Kind::Scenario => "scenario",
            Kind::Quiz => "quiz",
            Kind::Checklist => "checklist",
            Kind::Tool => "tool",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Where a legal claim comes from: a law article or an official page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// A compiled page in one locale. `html` has been through the sanitiser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// Stable across locales and content updates; everything stored refers to it.
    pub id: String,
    pub kind: Kind,
    pub locale: Locale,
    pub track: Track,
    pub title: String,
    pub summary: String,
    /// Ids of pages to read next, checked to exist.
    pub related: Vec<String>,
    pub tags: Vec<String>,
    pub sources: Vec<Source>,
    /// The prose: an article's text, or the introduction above a structured body.
    pub html: String,
    pub body: Body,
    /// Where the page stands on its track's home (`content/order.toml`); 0 for every page
    /// when there is no order file, and then ids decide.
    #[serde(default)]
    pub position: u32,
    /// A tool page's interactive tool, shown under its text.
    #[serde(default)]
    pub tool: Option<ToolId>,
}

/// The interactive tools a tool page can carry (front matter `tool = "…"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToolId {
    /// The request letter builder (inzage, correction, deletion).
    Letter,
    /// "Welke pet heb ik op?": which role a wijkteam worker is in, and what follows.
    PetCheck,
    /// "Gesprek voorbereiden": a conversation preparation, saved without client data.
    Preparation,
    /// Werk & Inkomen dilemmas: what would you do, and what tips the balance.
    Dilemma,
    /// The management self-assessment: advice per answer, saved and exported as text.
    SelfAssessment,
}

/// The structured part of a page, by kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Body {
    /// Articles and tools: all there is to show is in `html`.
    Prose,
    Scenario {
        scenario: Scenario,
    },
    Quiz {
        quiz: Quiz,
    },
    Checklist {
        checklist: Checklist,
    },
}

impl Page {
    /// The one order of pages everywhere: by locale, track, position, then id.
    pub fn order_key(&self) -> (Locale, Track, u32, &str) {
        (self.locale, self.track, self.position, &self.id)
    }

    /// Everything a reader can read on the page, as plain text in blocks, for readability
    /// scores and the search index.
    pub fn plain_text(&self) -> String {
        let mut html: Vec<&String> = vec![&self.html];
        match &self.body {
            Body::Prose => {}
            Body::Scenario { scenario } => {
                for scene in &scenario.scenes {
                    html.extend(&scene.setting);
                    for beat in &scene.beats {
                        match &beat.action {
                            Action::Narration { text }
                            | Action::Line { text, .. }
                            | Action::Thought { text, .. } => html.push(text),
                            Action::Pet { text, .. } => html.extend(text),
                            Action::Data { what, .. } => html.push(what),
                        }
                    }
                    match &scene.exit {
                        Exit::Next { .. } => {}
                        Exit::Choice(c) => {
                            html.push(&c.prompt);
                            for o in &c.options {
                                html.extend([&o.label, &o.feedback]);
                            }
                        }
                        Exit::Ending(e) => html.extend(e.learned.iter().chain(&e.reflect)),
                    }
                }
            }
            Body::Quiz { quiz } => {
                for q in &quiz.questions {
                    html.push(&q.prompt);
                    html.extend(&q.context);
                    for o in &q.options {
                        html.extend([&o.label, &o.explanation]);
                    }
                }
            }
            Body::Checklist { checklist } => {
                for item in &checklist.items {
                    html.push(&item.prompt);
                    html.extend(&item.context);
                    for a in &item.answers {
                        html.push(&a.label);
                        html.extend(&a.advice);
                    }
                }
            }
        }
        let blocks: Vec<String> = html
            .into_iter()
            .map(|h| plain::from_html(h))
            .filter(|t| !t.is_empty())
            .collect();
        blocks.join("\n\n")
    }
}

/// What a list needs of a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageSummary {
    pub id: String,
    pub kind: Kind,
    pub track: Track,
    pub title: String,
    pub summary: String,
}

impl From<&Page> for PageSummary {
    fn from(p: &Page) -> Self {
        Self {
            id: p.id.clone(),
            kind: p.kind,
            track: p.track,
            title: p.title.clone(),
            summary: p.summary.clone(),
        }
    }
}
