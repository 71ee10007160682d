//! Readability scores for authored text: Flesch–Douma for Dutch, Flesch reading ease for English.
//!
//! Both formulas only need three counts (words, sentences, syllables), so everything here is
//! about counting those well enough for a content check. The counts are heuristics, not a
//! dictionary: they are tuned to be right for ordinary prose and for the vocabulary of this app
//! (privacy, the social domain), and to fail in small, predictable ways elsewhere. A page's
//! score should be read as "about this easy", never as an exact grade.
//!
//! Known limits, so nobody chases a score that is off by a point:
//! - Syllables are counted from spelling. Dutch is regular enough for that to be close; the
//!   misses are unmarked hiatus (`museum` counts 2), English loanwords with a silent `e`
//!   outside the short exception list (`game` counts 2) and compounds of those.
//! - English spelling is not regular; the heuristic gets most common words right but misses
//!   `-ed` adjectives (`naked` counts 1), a silent `e` inside a compound (`framework` counts
//!   3), `lion` (1) and most words with an unmarked `ie`/`ea`/`eo`/`oe` hiatus outside the
//!   exception list (`whoever` counts 2).
//! - Acronyms of 2–5 capitals are spelled out (`AVG` = 3); ones said as a word (`NATO`) are
//!   overcounted. A number, however long, counts as one syllable.
//! - A single capital with a full stop is taken for an initial (`J. de Vries`), so a sentence
//!   that really ends in one (`plan B.`) runs on into the next within its block.

use serde::Deserialize;
use toml::Spanned;
use unicode_normalization::UnicodeNormalization;

use crate::content::Track;
use crate::diagnostic::line_at;
use crate::i18n::Locale;

/// The config's file name; it lives in the content folder.
pub const THRESHOLDS_FILE: &str = "readability.toml";

/// The counts behind a score travel with it, so the checker can explain a failing page.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Score {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    pub score: f64,
}

/// Plain text in, score out. Dutch uses Flesch–Douma: 206.835 − 0.93·(words/sentences) −
/// 77·(syllables/words). English uses Flesch reading ease: 206.835 − 1.015·(words/sentences) −
/// 84.6·(syllables/words). Empty text (no words) scores as `None`.
///
/// The text is plain text made from Markdown, blocks (paragraphs, list items, headings, table
/// cells) separated by a blank line. The score is not clamped: very easy text can go above 100
/// and very hard text below 0, which keeps differences between hard texts visible.
pub fn measure(text: &str, locale: Locale) -> Option<Score> {
    // Composed form, so `ë` typed as `e` + combining diaeresis is one letter like any other.
    let text: String = text.nfc().collect();
    let mut tally = Tally::default();
    let mut block: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            tally.block(&block, locale);
            block.clear();
        } else {
            block.extend(line.split_whitespace());
        }
    }
    tally.block(&block, locale);

    if tally.words == 0 {
        return None;
    }
    // Every block ends its last sentence, so words > 0 implies sentences > 0.
    let words = tally.words as f64;
    let per_sentence = words / tally.sentences.max(1) as f64;
    let per_word = tally.syllables as f64 / words;
    let score = match locale {
        Locale::Nl => 206.835 - 0.93 * per_sentence - 77.0 * per_word,
        Locale::En => 206.835 - 1.015 * per_sentence - 84.6 * per_word,
    };
    Some(Score {
        words: tally.words,
        sentences: tally.sentences,
        syllables: tally.syllables,
        score,
    })
}

#[derive(Debug, Default)]
struct Tally {
    words: usize,
    sentences: usize,
    syllables: usize,
    /// Words in the sentence being read; a terminator with no words before it (`Echt ?`, a
    /// stray `!!`) must not count as a sentence of its own.
    open: usize,
}

impl Tally {
    fn word(&mut self, syllables: usize) {
        self.words += 1;
        self.open += 1;
        self.syllables += syllables;
    }

    fn end_sentence(&mut self) {
        if self.open > 0 {
            self.sentences += 1;
            self.open = 0;
        }
    }

    /// One block, as its whitespace-separated chunks. Its end always ends a sentence:
    /// headings and list items seldom have a full stop.
    fn block(&mut self, chunks: &[&str], locale: Locale) {
        for (i, chunk) in chunks.iter().enumerate() {
            let next = chunks.get(i + 1).copied();
            let core = core_of(chunk);
            if is_abbreviation(core, locale) {
                // `o.a.`, `t/m` and `J.P.` are read as one word, not as their letters.
                self.word(count_syllables(core, locale));
            } else {
                for word in words_in(chunk) {
                    self.word(count_syllables(word, locale));
                }
            }
            if ends_sentence(chunk, core, next, locale) {
                self.end_sentence();
            }
        }
        self.end_sentence();
    }
}

/// Closing punctuation that may follow a sentence's terminator: `"Echt?"`, `(zie art. 15.)`,
/// and Markdown emphasis that survived into the text.
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', '›', ')', ']', '}', '*', '_'];

/// The chunk without opening punctuation before it or closing punctuation after it, but with
/// its full stops, so `(bijv.,` is recognised as `bijv.`.
fn core_of(chunk: &str) -> &str {
    chunk
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.')
}

fn ends_sentence(chunk: &str, core: &str, next: Option<&str>, locale: Locale) -> bool {
    let body = chunk.trim_end_matches(CLOSERS);
    match body.chars().last() {
        Some('!' | '?' | '…') => true,
        Some('.') => {
            if body.ends_with("..") || !is_abbreviation(core, locale) {
                return true;
            }
            let lower = core.to_lowercase();
            let next_starts = |p: fn(char) -> bool| {
                next.and_then(|n| n.chars().find(|c| c.is_alphanumeric()))
                    .is_some_and(p)
            };
            // `enz.` and `etc.` close a list, so they often close the sentence too; a capital
            // after them is the tell. `no.` and `art.` are also plain English words ("art."),
            // so they are only abbreviations when a number follows.
            if SENTENCE_FINAL.contains(&lower.as_str()) {
                next_starts(char::is_uppercase)
            } else if locale == Locale::En && BEFORE_NUMBER_EN.contains(&lower.as_str()) {
                !next_starts(|c| c.is_ascii_digit())
            } else {
                false
            }
        }
        _ => false,
    }
}

const ABBREVIATIONS_NL: &[&str] = &[
    "bijv.", "bv.", "o.a.", "d.w.z.", "enz.", "art.", "nr.", "mr.", "dhr.", "mevr.", "t/m", "ca.",
    "evt.", "incl.", "excl.", "resp.", "blz.", "etc.", "dr.", "drs.", "prof.", "ir.", "jl.",
    "zgn.", "i.p.v.", "m.b.t.", "z.o.z.",
];
const ABBREVIATIONS_EN: &[&str] = &[
    "e.g.", "i.e.", "etc.", "art.", "no.", "mr.", "mrs.", "dr.", "ms.", "vs.", "prof.", "st.",
    "approx.", "incl.",
];
const SENTENCE_FINAL: &[&str] = &["enz.", "etc."];
const BEFORE_NUMBER_EN: &[&str] = &["no.", "art."];

fn is_abbreviation(core: &str, locale: Locale) -> bool {
    let list = match locale {
        Locale::Nl => ABBREVIATIONS_NL,
        Locale::En => ABBREVIATIONS_EN,
    };
    list.contains(&core.to_lowercase().as_str()) || is_initials(core)
}

/// `J.`, `J.P.`, and dotted lowercase abbreviations nobody listed (`a.s.`, `m.a.w.`). A lone
/// lowercase letter with a stop is left alone: that is more often a sentence ending in `a.`.
fn is_initials(core: &str) -> bool {
    let Some(body) = core.strip_suffix('.') else {
        return false;
    };
    let mut letters = 0;
    let mut upper = true;
    for segment in body.split('.') {
        let mut chars = segment.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_alphabetic() => {
                letters += 1;
                upper &= c.is_uppercase();
            }
            _ => return false,
        }
    }
    letters >= 2 || (letters == 1 && upper)
}

/// The words of one chunk: runs of letters and digits, with apostrophes and hyphens kept
/// inside a word (`zo'n`, `AVG-verzoek`) and `.`/`,` kept inside a number (`1.000`, `3,5`).
fn words_in(chunk: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    let mut prev: Option<char> = None;
    let mut chars = chunk.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let in_word =
            c.is_alphanumeric() || (start.is_some() && (is_combining(c) || joins(prev, c, next)));
        if in_word {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            words.extend(chunk.get(s..i));
        }
        prev = Some(c);
    }
    if let Some(s) = start {
        words.extend(chunk.get(s..));
    }
    words
}

fn joins(prev: Option<char>, c: char, next: Option<char>) -> bool {
    let Some(next) = next.filter(|n| n.is_alphanumeric()) else {
        return false;
    };
    is_apostrophe(c)
        || is_hyphen(c)
        || (matches!(c, '.' | ',')
            && prev.is_some_and(|p| p.is_ascii_digit())
            && next.is_ascii_digit())
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036f}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe20}'..='\u{fe2f}')
}

/// Syllables in one word; at least 1 for any word with a letter. A number counts as one
/// syllable whatever its length: how `1.250` is read aloud varies too much to be worth more.
/// Hyphenated compounds count each part, so `AVG-verzoek` is `AVG` plus `verzoek`.
pub fn count_syllables(word: &str, locale: Locale) -> usize {
    word.split(is_hyphen)
        .map(|part| count_part(part, locale))
        .sum()
}

fn count_part(part: &str, locale: Locale) -> usize {
    if !part.chars().any(char::is_alphabetic) {
        return usize::from(part.chars().any(char::is_numeric));
    }
    let letters = part.chars().filter(|c| c.is_alphabetic()).count();
    // Short all-capital words are acronyms read letter by letter (AVG, GGD, UWV, EU, GDPR), and
    // every Dutch and English letter name but `W` is one syllable.
    if (2..=5).contains(&letters)
        && part
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        return letters;
    }
    let letters = fold(part);
    let word: String = letters.iter().map(|l| l.c).collect();
    let count = match locale {
        Locale::Nl => EXCEPTIONS_NL
            .iter()
            .find(|(w, _)| *w == word)
            .map_or_else(|| dutch(&letters), |&(_, n)| n),
        Locale::En => EXCEPTIONS_EN
            .iter()
            .find(|(w, _)| *w == word)
            .map_or_else(|| english(&letters), |&(_, n)| n),
    };
    count.max(1)
}

/// English loans common in Dutch texts about privacy, whose silent `e` or English vowels the
/// Dutch rules cannot know about.
const EXCEPTIONS_NL: &[(&str, usize)] = &[
    ("website", 2),
    ("websites", 2),
    ("online", 2),
    ("offline", 2),
    ("service", 2),
    ("services", 3),
    ("software", 2),
    ("update", 2),
    ("updates", 2),
    ("smartphone", 2),
    ("smartphones", 2),
    ("social", 2),
];

/// Common words the English rules get wrong, mostly an unmarked hiatus (`client`, `idea`).
const EXCEPTIONS_EN: &[(&str, usize)] = &[
    ("anyone", 3),
    ("argue", 2),
    ("argues", 2),
    ("area", 3),
    ("areas", 3),
    ("audience", 3),
    ("business", 2),
    ("businesses", 3),
    ("client", 2),
    ("clients", 2),
    ("create", 2),
    ("created", 3),
    ("creates", 2),
    ("element", 3),
    ("elements", 3),
    ("experience", 4),
    ("experiences", 5),
    ("hundred", 2),
    ("hundreds", 2),
    ("idea", 3),
    ("ideas", 3),
    ("maybe", 2),
    ("quiet", 2),
    ("science", 2),
    ("society", 4),
    ("video", 3),
    ("videos", 3),
];

/// A lowercase letter with what its diacritics mean for syllables.
#[derive(Debug, Clone, Copy)]
struct Letter {
    c: char,
    /// A diaeresis (`ë`, `ï`) marks a vowel that starts a new syllable: `cli-ënt`, `ge-ïnt`.
    split: bool,
    /// Any other mark; a final `é` is pronounced where a final `e` would be silent (`café`).
    accented: bool,
}

/// Lowercase letters with diacritics folded away into flags; apostrophes, digits and dots
/// are dropped (`don't` is counted as `dont`, `o.a.` as `oa`).
fn fold(part: &str) -> Vec<Letter> {
    let mut letters: Vec<Letter> = Vec::new();
    // Compatibility decomposition also splits the `ĳ` ligature into `i` + `j`.
    for c in part.nfkd().flat_map(char::to_lowercase) {
        if is_combining(c) {
            if let Some(last) = letters.last_mut() {
                if c == '\u{0308}' {
                    last.split = true;
                } else {
                    last.accented = true;
                }
            }
        } else if c.is_alphabetic() {
            letters.push(Letter {
                c,
                split: false,
                accented: false,
            });
        }
    }
    letters
}

fn char_at(letters: &[Letter], i: usize) -> Option<char> {
    letters.get(i).map(|l| l.c)
}

fn is_plain_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Whether letter `i` is sounded as a vowel. `y` is a vowel (`privacy`, `cyclus`) except
/// before a vowel at the start of a word or after another vowel (`yoga`, `loyaal`, `player`);
/// `u` after `q` is a consonant in both languages (`quality`, `quarantaine`).
fn is_vowel_at(letters: &[Letter], i: usize) -> bool {
    let Some(c) = char_at(letters, i) else {
        return false;
    };
    let prev = i.checked_sub(1).and_then(|p| char_at(letters, p));
    match c {
        'a' | 'e' | 'i' | 'o' => true,
        'u' => prev != Some('q'),
        'y' => {
            let before_vowel = letters
                .get(i + 1)
                .is_some_and(|n| is_plain_vowel(n.c) && !n.split);
            let after_vowel_or_start = prev.is_none_or(is_plain_vowel);
            !(before_vowel && after_vowel_or_start)
        }
        _ => false,
    }
}

/// Dutch vowel combinations that are one sound. A sequence of vowels is read greedily
/// longest-first, and whatever is left over starts a new syllable, which gets the common
/// unmarked hiatus right: `so-ci-aal`, `ac-tu-eel`, `si-tu-a-tie`. `ij` needs no entry: `j`
/// is a consonant, so `i` alone already makes the group (`mijn`, `bij-stand`). `ai`, `ey`,
/// `ay` and `eau` are for loans (`mail`, `hockey`, `display`, `bureau`).
const DUTCH_GROUPS: &[&str] = &[
    "aai", "ooi", "oei", "ieu", "eeu", "eau", "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei",
    "ou", "au", "ai", "ey", "ay",
];

fn dutch(letters: &[Letter]) -> usize {
    let mut count = 0;
    let mut i = 0;
    while i < letters.len() {
        if is_vowel_at(letters, i) {
            count += 1;
            i += dutch_group_len(letters, i);
        } else {
            i += 1;
        }
    }
    count
}

fn dutch_group_len(letters: &[Letter], i: usize) -> usize {
    let matches = |pattern: &str| {
        let len = pattern.chars().count();
        letters.get(i..i + len).is_some_and(|group| {
            group.iter().skip(1).all(|l| !l.split) && group.iter().map(|l| l.c).eq(pattern.chars())
        })
    };
    if let Some(group) = DUTCH_GROUPS.iter().find(|g| matches(g)) {
        return group.chars().count();
    }
    // Two English loans too common in the social domain to get wrong: `(wijk)team` and
    // `(job)coach`. Native Dutch has no `eam` or `oach`, while `ea` elsewhere is a hiatus
    // (`re-ac-tie`, `i-de-aal`).
    let next = |k: usize| char_at(letters, i + k);
    let loan = (matches("ea") && next(2) == Some('m'))
        || (matches("oa") && next(2) == Some('c') && next(3) == Some('h'));
    if loan {
        2
    } else {
        1
    }
}

fn english(letters: &[Letter]) -> usize {
    let len = letters.len();
    let mut count = groups(letters);
    let word: String = letters.iter().map(|l| l.c).collect();
    let at = |i: usize| char_at(letters, i);
    let consonant_at = |i: usize| at(i).is_some() && !is_vowel_at(letters, i);
    // An `e` that makes its own vowel group after a consonant, unaccented: the silent kind.
    let lone_e = |i: usize| {
        letters
            .get(i)
            .is_some_and(|l| l.c == 'e' && !l.split && !l.accented)
            && i.checked_sub(1).is_some_and(consonant_at)
    };
    // `-le` and `-re` after a consonant keep their syllable: `ta-ble`, `cen-tre`.
    let sounded_ending = |e: usize| {
        e.checked_sub(2).is_some_and(consonant_at)
            && e.checked_sub(1)
                .and_then(at)
                .is_some_and(|c| matches!(c, 'l' | 'r'))
    };
    let last = len.saturating_sub(1);

    if count > 1 {
        if word.ends_with('e') && lone_e(last) && !sounded_ending(last) {
            // Silent final `e`: `make`, `whole`, `service`.
            count -= 1;
        } else if word.ends_with("es")
            && lone_e(last.saturating_sub(1))
            && !sounded_ending(last.saturating_sub(1))
        {
            // `-es` is silent (`makes`) unless it follows a hissing sound (`uses`, `boxes`,
            // `pages`, `matches`).
            let before = last.checked_sub(2).and_then(at);
            let hiss = matches!(before, Some('s' | 'x' | 'z' | 'c' | 'g'))
                || (before == Some('h')
                    && matches!(last.checked_sub(3).and_then(at), Some('c' | 's')));
            if !hiss {
                count -= 1;
            }
        } else if word.ends_with("ed") && lone_e(last.saturating_sub(1)) {
            // `-ed` is silent (`jumped`) except after `t` or `d` (`wanted`, `needed`).
            if !matches!(last.checked_sub(2).and_then(at), Some('t' | 'd')) {
                count -= 1;
            }
        } else if let Some(stem) = ["gue", "gues"]
            .iter()
            .find_map(|suffix| word.strip_suffix(suffix))
        {
            // `-gue` only spells a hard `g`: `league`, `col-league`, `ca-ta-logue`.
            let u = stem.chars().count() + 1;
            if letters.get(u).is_some_and(|l| !l.split) {
                count -= 1;
            }
        } else if let Some(stem) = [
            "fully", "lessly", "ments", "ment", "ness", "less", "ful", "ly",
        ]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        {
            // A silent `e` stays silent before a suffix: `like-ly`, `care-ful-ly`, `use-less`,
            // `state-ment`; `-le` keeps its syllable (`sim-ple-ness`, `im-ple-ment`).
            let stem_len = stem.chars().count();
            let e = stem_len.saturating_sub(1);
            let stem_groups = letters.get(..stem_len).map_or(0, groups);
            if stem.ends_with('e') && stem_groups > 1 && lone_e(e) && !sounded_ending(e) {
                count -= 1;
            }
        }
    }

    // `be-ing`, `go-ing`, `stu-dy-ing`: the `i` of `-ing` after a vowel is its own syllable.
    let ing = if word.ends_with("ing") {
        Some(len.saturating_sub(3))
    } else if word.ends_with("ings") {
        Some(len.saturating_sub(4))
    } else {
        None
    };
    if let Some(i) = ing.filter(|&i| i > 0) {
        let i_letter = letters.get(i).is_some_and(|l| !l.split);
        if i_letter && is_vowel_at(letters, i - 1) {
            count += 1;
        }
    }

    // Unmarked hiatus the vowel groups merged: `me-di-a`, `ra-di-o`, `ac-tu-al`, `sta-di-um`.
    // Not after the consonants that make them one sound (`so-cial`, `na-tion`, `lan-guage`).
    for i in 0..len.saturating_sub(1) {
        if !is_vowel_at(letters, i) || !is_vowel_at(letters, i + 1) {
            continue;
        }
        if letters.get(i + 1).is_some_and(|l| l.split) {
            continue;
        }
        let before = i.checked_sub(1).and_then(at);
        let not_after = |cs: &[char]| before.is_none_or(|b| !cs.contains(&b));
        let hiatus = match (at(i), at(i + 1)) {
            (Some('i'), Some('a')) => not_after(&['c', 't', 's', 'g']),
            (Some('i'), Some('o')) => not_after(&['c', 't', 's', 'x', 'g', 'l', 'n']),
            (Some('u'), Some('a')) => not_after(&['g']),
            (Some('i'), Some('u')) => true,
            _ => false,
        };
        if hiatus {
            count += 1;
        }
    }

    // `some-thing`, `some-times`, `some-where`: the `e` of `some` is silent in compounds.
    if len > 4 && word.starts_with("some") && consonant_at(4) {
        count = count.saturating_sub(1);
    }
    count
}

/// Runs of vowels, a diaeresis starting a new run (`na-ïve`, `co-öperate`).
fn groups(letters: &[Letter]) -> usize {
    let mut count = 0;
    let mut in_group = false;
    for (i, letter) in letters.iter().enumerate() {
        let vowel = is_vowel_at(letters, i);
        if vowel && (!in_group || letter.split) {
            count += 1;
        }
        in_group = vowel;
    }
    count
}

/// Minimum scores per track, read from `content/readability.toml`.
#[derive(Debug, Clone, PartialEq)]
pub struct Thresholds {
    jongeren: f64,
    inwoners: f64,
    professionals: f64,
}

/// The highest Flesch reading ease a text can reach (one-syllable, one-word sentences); a
/// higher minimum could never be met by an English page.
const MAX_MINIMUM: f64 = 121.0;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawThresholds {
    minimum: Option<Spanned<RawMinimums>>,
}

/// Values are taken as any TOML value so a wrong type gets a message that names the track.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMinimums {
    jongeren: Option<Spanned<toml::Value>>,
    inwoners: Option<Spanned<toml::Value>>,
    professionals: Option<Spanned<toml::Value>>,
}

impl Thresholds {
    pub fn minimum(&self, track: Track) -> f64 {
        match track {
            Track::Jongeren => self.jongeren,
            Track::Inwoners => self.inwoners,
            Track::Professionals => self.professionals,
        }
    }

    /// Parses the config; an error is (1-based line, message) so the checker can print
    /// `file:line: message`.
    pub fn parse(text: &str) -> Result<Thresholds, (usize, String)> {
        let raw: RawThresholds = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| line_at(text, s.start));
            (line, e.message().trim_end().to_owned())
        })?;
        let Some(table) = raw.minimum else {
            return Err((
                1,
                "missing the `[minimum]` table with a minimum score per track".to_owned(),
            ));
        };
        let table_line = line_at(text, table.span().start);
        let table = table.into_inner();
        let jongeren = minimum_of(table.jongeren, Track::Jongeren, text)?;
        let inwoners = minimum_of(table.inwoners, Track::Inwoners, text)?;
        let professionals = minimum_of(table.professionals, Track::Professionals, text)?;
        match (jongeren, inwoners, professionals) {
            (Some(jongeren), Some(inwoners), Some(professionals)) => Ok(Thresholds {
                jongeren,
                inwoners,
                professionals,
            }),
            found => {
                let missing: Vec<String> = [found.0, found.1, found.2]
                    .iter()
                    .zip(Track::ALL)
                    .filter(|(value, _)| value.is_none())
                    .map(|(_, track)| format!("`{track}`"))
                    .collect();
                Err((
                    table_line,
                    format!(
                        "`[minimum]` has no minimum for {}; every track needs one",
                        missing.join(", ")
                    ),
                ))
            }
        }
    }
}

fn minimum_of(
    value: Option<Spanned<toml::Value>>,
    track: Track,
    text: &str,
) -> Result<Option<f64>, (usize, String)> {
    let Some(value) = value else {
        return Ok(None);
    };
    let line = line_at(text, value.span().start);
    let number = match value.get_ref() {
        toml::Value::Integer(n) => *n as f64,
        toml::Value::Float(f) => *f,
        other => {
            return Err((
                line,
                format!(
                    "the minimum for `{track}` must be a number from 0 to {MAX_MINIMUM}, not a {}",
                    other.type_str()
                ),
            ))
        }
    };
    // `contains` is false for NaN too, which TOML can spell as `nan`.
    if (0.0..=MAX_MINIMUM).contains(&number) {
        Ok(Some(number))
    } else {
        Err((
            line,
            format!(
                "the minimum for `{track}` is {number}, out of range: use a number from 0 to {MAX_MINIMUM}"
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nl(word: &str) -> usize {
        count_syllables(word, Locale::Nl)
    }

    fn en(word: &str) -> usize {
        count_syllables(word, Locale::En)
    }

    #[test]
    fn dutch_syllables() {
        let cases = [
            ("gemeente", 3),
            ("gegevens", 3),
            ("beroepsgeheim", 4),
            ("cliënt", 2),
            ("geïnteresseerd", 5),
            ("mijn", 1),
            ("jeugdwet", 2),
            ("wijkteam", 2),
            ("toestemming", 3),
            // per-soons-ge-ge-vens
            ("persoonsgegevens", 5),
            ("bijstand", 2),
            ("privacy", 3),
            ("nieuw", 1),
            ("eeuw", 1),
            ("mooie", 2),
            ("sociaal", 3),
            ("actueel", 3),
            ("situatie", 4),
            ("informatie", 4),
            ("jobcoach", 2),
            ("bureau", 2),
            ("knieën", 2),
            ("zo'n", 1),
            ("auto's", 2),
            ("yoga", 2),
            ("loyaal", 2),
            ("quarantaine", 4),
            ("AVG-verzoek", 5),
            ("e-mail", 2),
            ("website", 2),
            ("Gemeente", 3),
            // A decomposed `ë` and the `ĳ` ligature count like their composed forms.
            ("clie\u{308}nt", 2),
            ("\u{133}s", 1),
        ];
        for (word, expected) in cases {
            assert_eq!(nl(word), expected, "{word}");
        }
    }

    #[test]
    fn english_syllables() {
        let cases = [
            ("privacy", 3),
            ("data", 2),
            ("the", 1),
            ("make", 1),
            ("table", 2),
            ("wanted", 2),
            ("jumped", 1),
            ("rights", 1),
            ("municipality", 6),
            ("consent", 2),
            ("makes", 1),
            ("uses", 2),
            ("pages", 2),
            ("needed", 2),
            ("played", 1),
            ("being", 2),
            ("studying", 3),
            ("saying", 2),
            ("likely", 2),
            ("carefully", 3),
            ("media", 3),
            ("radio", 3),
            ("actual", 3),
            ("social", 2),
            ("information", 4),
            ("quality", 3),
            ("yes", 1),
            ("people", 2),
            ("centre", 2),
            ("café", 2),
            ("naïve", 2),
            ("don't", 1),
            ("something", 2),
            ("client", 2),
            ("GDPR", 4),
            ("statement", 2),
            ("management", 3),
            ("implement", 3),
            ("colleague", 2),
            ("catalogue", 3),
        ];
        for (word, expected) in cases {
            assert_eq!(en(word), expected, "{word}");
        }
    }

    #[test]
    fn numbers_and_non_words() {
        assert_eq!(nl("2024"), 1);
        assert_eq!(nl("1.000"), 1);
        assert_eq!(en("3.2"), 1);
        assert_eq!(nl("12-jarige"), 4);
        assert_eq!(nl("..."), 0);
        assert_eq!(en(""), 0);
        // A letter without a vowel is still a word someone reads.
        assert_eq!(nl("d.w.z."), 1);
        assert_eq!(en("hmm"), 1);
    }

    fn counts(text: &str, locale: Locale) -> (usize, usize) {
        let s = measure(text, locale).unwrap();
        (s.sentences, s.words)
    }

    #[test]
    fn dutch_abbreviations_and_numbers_do_not_end_sentences() {
        let text =
            "Bijv. de gemeente, o.a. het wijkteam, helpt je t/m 18 jaar. Dat kost 1.000 euro.";
        assert_eq!(counts(text, Locale::Nl), (2, 15));
        let text = "J. de Vries is mr. in het recht. Versie 3.2 is uit!";
        assert_eq!(counts(text, Locale::Nl), (2, 12));
        let text = "Zie (bijv.) art. 15, d.w.z. het recht op inzage. Klaar?";
        assert_eq!(counts(text, Locale::Nl), (2, 10));
    }

    #[test]
    fn english_abbreviations() {
        // `art.` before a number is an abbreviation; `no.` before a word ends the sentence.
        let text = "See e.g. art. 15 GDPR. Mr. Smith said no. Then he left";
        assert_eq!(counts(text, Locale::En), (3, 12));
        assert_eq!(counts("I like art. It is fun.", Locale::En), (2, 6));
        assert_eq!(counts("Ask for no. 12 today.", Locale::En), (1, 5));
    }

    #[test]
    fn list_closing_abbreviations_end_a_sentence_before_a_capital() {
        assert_eq!(
            counts("Appels, peren enz. Daarna eten we.", Locale::Nl),
            (2, 6)
        );
        assert_eq!(counts("Appels, peren enz. en meer.", Locale::Nl), (1, 5));
        assert_eq!(counts("Names, dates etc. and more.", Locale::En), (1, 5));
    }

    #[test]
    fn blocks_end_sentences() {
        let text = "Wat mag je vragen\n\nInzage\n\nJe mag kijken. Wat staat er?";
        assert_eq!(counts(text, Locale::Nl), (4, 11));
        // A single line break is only a soft wrap, and extra blank lines change nothing.
        let text = "Dit is een zin\ndie doorloopt\n\n\n \nEn nog een";
        assert_eq!(counts(text, Locale::Nl), (2, 9));
        let text = "Line one\r\n\r\nLine two.\r\n";
        assert_eq!(counts(text, Locale::En), (2, 4));
    }

    #[test]
    fn terminators_and_words() {
        // A terminator with no words of its own does not make an empty sentence.
        assert_eq!(counts("Echt ? Ja", Locale::Nl), (2, 2));
        assert_eq!(counts("!!! ... Ja", Locale::Nl), (1, 1));
        assert_eq!(
            counts("\"Echt?\" Ja. (Zeker.) Wacht… Nu", Locale::Nl),
            (5, 5)
        );
        assert_eq!(counts("Dus... ja", Locale::Nl), (2, 2));
        // Apostrophes and hyphens stay inside a word; a dash between words does not.
        assert_eq!(
            counts("zo'n AVG-verzoek don't 'ns en/of a - b", Locale::Nl),
            (1, 8)
        );
        assert_eq!(
            counts("**Inzage**: kijken wat er staat.", Locale::Nl),
            (1, 5)
        );
    }

    #[test]
    fn dutch_score_by_hand() {
        // De(1) gemeente(3) helpt(1) je(1). Vraag(1) het(1) gewoon(2).
        let s = measure("De gemeente helpt je. Vraag het gewoon.", Locale::Nl).unwrap();
        assert_eq!((s.words, s.sentences, s.syllables), (7, 2, 10));
        let expected = 206.835 - 0.93 * (7.0 / 2.0) - 77.0 * (10.0 / 7.0);
        assert!((s.score - expected).abs() < 0.01, "{}", s.score);
        assert!((s.score - 93.58).abs() < 0.01, "{}", s.score);
    }

    #[test]
    fn english_score_by_hand() {
        // Eight one-syllable words and happy(2) in two sentences.
        let s = measure("The cat sat on the mat. It was happy.", Locale::En).unwrap();
        assert_eq!((s.words, s.sentences, s.syllables), (9, 2, 10));
        let expected = 206.835 - 1.015 * (9.0 / 2.0) - 84.6 * (10.0 / 9.0);
        assert!((s.score - expected).abs() < 0.01, "{}", s.score);
        assert!((s.score - 108.27).abs() < 0.01, "{}", s.score);
    }

    #[test]
    fn easy_text_beats_bureaucratic_text() {
        let easy = "Je mag vragen wat er over jou bewaard wordt. Dat heet inzage. \
                    Het is gratis. Je krijgt binnen een maand antwoord.";
        let hard = "Ingevolge de toepasselijke bepalingen van de Algemene verordening \
                    gegevensbescherming dient de verwerkingsverantwoordelijke de betrokkene \
                    onverwijld doch uiterlijk binnen een maand na ontvangst van het verzoek \
                    informatie te verstrekken over het gevolg dat aan het verzoek is gegeven.";
        let easy = measure(easy, Locale::Nl).unwrap().score;
        let hard = measure(hard, Locale::Nl).unwrap().score;
        assert!(easy > 60.0, "{easy}");
        assert!(hard < 45.0, "{hard}");
        assert!(easy > hard + 30.0, "{easy} vs {hard}");

        let easy = measure("You can ask what we keep. It is free.", Locale::En).unwrap();
        let hard = measure(
            "Notwithstanding the foregoing, the controller shall communicate the \
             aforementioned information to the data subject without undue delay.",
            Locale::En,
        )
        .unwrap();
        assert!(easy.score > hard.score + 30.0, "{easy:?} vs {hard:?}");
    }

    #[test]
    fn empty_text_has_no_score() {
        assert_eq!(measure("", Locale::Nl), None);
        assert_eq!(measure("  \n\n \n", Locale::En), None);
        assert_eq!(measure("... !? — *", Locale::Nl), None);
    }

    const GOOD: &str = include_str!("../../../content/readability.toml");

    #[test]
    fn parses_the_shipped_config() {
        let t = Thresholds::parse(GOOD).unwrap();
        assert_eq!(t.minimum(Track::Jongeren), 60.0);
        assert_eq!(t.minimum(Track::Inwoners), 55.0);
        assert_eq!(t.minimum(Track::Professionals), 45.0);
    }

    #[test]
    fn accepts_floats_and_the_bounds() {
        let t =
            Thresholds::parse("[minimum]\njongeren = 62.5\ninwoners = 0\nprofessionals = 121\n")
                .unwrap();
        assert_eq!(t.minimum(Track::Jongeren), 62.5);
        assert_eq!(t.minimum(Track::Inwoners), 0.0);
        assert_eq!(t.minimum(Track::Professionals), 121.0);
    }

    fn parse_err(text: &str) -> (usize, String) {
        Thresholds::parse(text).unwrap_err()
    }

    #[test]
    fn missing_track_points_at_the_table() {
        let (line, message) = parse_err("# Minimums\n[minimum]\njongeren = 60\ninwoners = 55\n");
        assert_eq!(line, 2, "{message}");
        assert!(message.contains("`professionals`"), "{message}");
        assert!(!message.contains("`jongeren`"), "{message}");

        let (line, message) = parse_err("\n\n[minimum]\n");
        assert_eq!(line, 3, "{message}");
        assert!(
            message.contains("`jongeren`, `inwoners`, `professionals`"),
            "{message}"
        );
    }

    #[test]
    fn missing_table_is_line_one() {
        let (line, message) = parse_err("# nothing here\n");
        assert_eq!(line, 1);
        assert!(message.contains("[minimum]"), "{message}");
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let (line, message) =
            parse_err("[minimum]\njongeren = 60\nkids = 50\ninwoners = 55\nprofessionals = 45\n");
        assert_eq!(line, 3, "{message}");
        assert!(message.contains("kids"), "{message}");

        let (line, message) = parse_err("# top\n\n[maximum]\njongeren = 60\n");
        assert_eq!(line, 3, "{message}");
        assert!(message.contains("maximum"), "{message}");
    }

    #[test]
    fn wrong_type_names_the_track() {
        let (line, message) =
            parse_err("[minimum]\njongeren = 60\ninwoners = \"55\"\nprofessionals = 45\n");
        assert_eq!(line, 3, "{message}");
        assert!(message.contains("`inwoners`"), "{message}");
        assert!(message.contains("string"), "{message}");
    }

    #[test]
    fn out_of_range_names_the_track_and_value() {
        let (line, message) =
            parse_err("[minimum]\njongeren = 60\ninwoners = 55\nprofessionals = 130\n");
        assert_eq!(line, 4, "{message}");
        assert!(message.contains("`professionals`"), "{message}");
        assert!(message.contains("130"), "{message}");
        assert!(message.contains("0 to 121"), "{message}");

        let (line, message) =
            parse_err("[minimum]\njongeren = -1\ninwoners = 55\nprofessionals = 45\n");
        assert_eq!(line, 2, "{message}");
        assert!(message.contains("`jongeren`"), "{message}");

        let (line, message) =
            parse_err("[minimum]\njongeren = 60\ninwoners = nan\nprofessionals = 45\n");
        assert_eq!(line, 3, "{message}");
    }

    #[test]
    fn syntax_errors_carry_their_line() {
        let (line, message) =
            parse_err("[minimum]\njongeren = 60\ninwoners = \nprofessionals = 45\n");
        assert_eq!(line, 3, "{message}");
        let (line, message) = parse_err("[minimum]\njongeren = 60\njongeren = 61\n");
        assert_eq!(line, 3, "{message}");
        assert!(message.contains("duplicate"), "{message}");
    }
}
