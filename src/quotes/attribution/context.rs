//! Speakers the context gives: the person the previous sentence was
//! about, the other party of an exchange, the quotation a heading echoes.

use super::*;

/// Words for whoever asks the questions of an interview.
static JOURNALISTS: WordSet = WordSet::new(&[
    "journaliste",
    "reporter",
    "reporters",
    "correspondant",
    "correspondante",
    "correspondent",
    "envoyé",
    "envoyée",
    "interviewer",
    "intervieweur",
    "intervieweuse",
    "animateur",
    "animatrice",
    "présentateur",
    "présentatrice",
    "host",
    "presenter",
    "anchor",
    "writer",
]);

/// Words before "par" or "by" that sign an interview ("Propos recueillis
/// par", "Interview by").
static INTERVIEW_SIGNATURES: WordSet = WordSet::new(&[
    "recueillis",
    "recueilli",
    "recueillie",
    "recueillies",
    "interview",
    "interviewed",
]);

/// How many words after "our" or "notre" a journalist's title may stand.
const OWN_JOURNALIST_REACH: usize = 3;

/// Verbs of a conversation with the one interviewed: "She spoke to Fiona
/// Reid", "We sat down with him".
const CONVERSATION_VERBS: [&str; 5] = ["spoke", "talked", "chatted", "sat down", "caught up"];

/// How many mentions a name in the headline counts for.
const HEADLINE_WEIGHT: usize = 3;

/// A subheading's quotation of this many words or more says something;
/// shorter ones are names or terms ("'lost'").
const SUBHEADING_SENTENCE_WORDS: usize = 4;

/// How many quotations make a voice the article's main one.
const MAIN_VOICE_QUOTES: usize = 3;

/// How many questions in paragraphs of their own make an interview.
const INTERVIEW_QUESTIONS: usize = 3;

/// Possessives that open a phrase naming someone by their tie to another.
static RELATION_POSSESSIVES: WordSet = WordSet::new(&["son", "sa", "ses", "his", "her", "their"]);

/// How many words a relation set before a name in apposition may take
/// (« Son ancien apprenti, Y »).
const RELATION_REACH: usize = 4;

impl Attributor<'_> {
    /// No cue: the person the previous sentence of the paragraph was about;
    /// in a dialogue, the other speaker; else the previous speaker.
    pub(super) fn speaker_in_context(&self, quote: usize, sentence: usize) -> Option<usize> {
        if self.answers_interviewer(quote) {
            let at = self.quote_token[quote];
            let interviewer = self.interviewer_before(quote);
            return self
                .earlier_answerer(quote, interviewer)
                .or_else(|| self.topic_person(at, interviewer));
        }
        if self.quoted_question_interview && self.is_answered_question(quote) {
            return self
                .interviewer_before(quote)
                .or_else(|| self.last_asker(quote));
        }
        self.speaker_around(quote, sentence).or_else(|| {
            // "Vous ouvrez une cantine. Pourquoi ? ¶ — Parce que …": an answer
            // in an interview whose questions carry no dash, with no turn
            // before it to follow, is the interviewee's: whom the text is
            // about.
            let answer = self.spans[quote].dash && !self.inner_text(quote).ends_with('?');
            answer
                .then(|| self.salient_person(self.quote_token[quote], Gender::Unknown))
                .flatten()
        })
    }

    /// Does `quote` answer the interviewer's question or prompt?
    fn answers_interviewer(&self, quote: usize) -> bool {
        self.answers_plain_prompt(quote) || self.answers_quoted_question(quote)
    }

    /// "Our correspondent, Fuseina Abdulai, sat with him. ¶ Are the prices
    /// different? ¶ “Yes,” he said": in an interview, a pronoun of `gender`
    /// on words that ask nothing stands for the one interviewed, not for
    /// the interviewer the text named last (`entity`, as resolved).
    pub(super) fn interviewee_for_pronoun(
        &self,
        quote: usize,
        entity: usize,
        gender: Gender,
    ) -> usize {
        let interview = self.plain_question_interview || self.quoted_question_interview;
        if !interview || self.is_question(quote) || self.interviewer_before(quote) != Some(entity) {
            return entity;
        }
        self.topic_person(self.quote_token[quote], Some(entity))
            .filter(|&other| self.people.entities[other].gender.agrees(gender))
            .unwrap_or(entity)
    }

    /// Who gave the last answer before `quote`: the one interviewed goes on
    /// answering after a paragraph quoting someone else.
    /// (« Un de ses apprentis nous a rejoints. ¶ « … », nous a-t-il
    /// dit »: words cued to someone after a remark, not a question, are
    /// a guest's, not an answer of the one interviewed.)
    fn earlier_answerer(&self, quote: usize, interviewer: Option<usize>) -> Option<usize> {
        let guest = |earlier: usize| {
            self.cued[earlier]
                && !self.follows_plain_question(earlier)
                && !self.answers_quoted_question(earlier)
        };
        (0..quote)
            .rev()
            .find(|&earlier| self.answers_interviewer(earlier) && !guest(earlier))
            .and_then(|earlier| self.speakers[earlier])
            .filter(|&entity| Some(entity) != interviewer && self.people.entities[entity].person)
    }

    /// The last token of the paragraph before the one `quote` opens.
    fn end_of_paragraph_before(&self, quote: usize) -> Option<usize> {
        let at = self.quote_token[quote];
        (at >= 2 && self.tokens[at - 1].kind == Kind::Break).then(|| at - 2)
    }

    /// "Pourquoi ? ¶ — Parce que …": an answer whose question, printed
    /// without a dash, ends the paragraph before it.
    fn follows_plain_question(&self, quote: usize) -> bool {
        self.is_whole_paragraph(quote)
            && self
                .end_of_paragraph_before(quote)
                .is_some_and(|end| self.punct(end) == Some("?"))
    }

    /// In an interview of plain questions, does `quote` answer the one
    /// just before it? (Unlike `answers_plain_prompt`, an answer may end on
    /// a question of its own: the printed question is what tells.)
    fn answers_plain_question(&self, quote: usize) -> bool {
        self.plain_question_interview && self.follows_plain_question(quote)
    }

    /// "“What does a typical night look like?” ¶ “There is no typical
    /// night.”": a quoted question making up its paragraph, answered by a
    /// quotation making up the next.
    fn is_answered_question(&self, quote: usize) -> bool {
        let answer = quote + 1;
        answer < self.spans.len()
            && self.is_whole_paragraph(quote)
            && self.is_question(quote)
            && self.is_whole_paragraph(answer)
            && !self.is_question(answer)
            && self.spans[answer].block == self.spans[quote].block + 1
    }

    /// Who asked the questions before `quote`, when the text said so:
    /// "“Why now?” Whitlow asked."
    fn last_asker(&self, quote: usize) -> Option<usize> {
        (0..quote)
            .rev()
            .filter(|&question| self.is_turn(question) && self.is_question(question))
            .find_map(|question| self.speakers[question])
    }

    /// Two answered quoted questions make the article an interview.
    pub(super) fn has_quoted_question_interview(&self) -> bool {
        self.holds_two_quotes(Self::is_answered_question)
    }

    /// Do two quotations pass `test`?
    fn holds_two_quotes(&self, test: impl Fn(&Self, usize) -> bool) -> bool {
        (0..self.spans.len())
            .filter(|&quote| test(self, quote))
            .nth(1)
            .is_some()
    }

    fn answers_quoted_question(&self, quote: usize) -> bool {
        self.quoted_question_interview
            && quote
                .checked_sub(1)
                .is_some_and(|question| self.is_answered_question(question))
    }

    /// Two answers after plain questions make the article an interview.
    pub(super) fn has_plain_question_interview(&self) -> bool {
        self.holds_two_quotes(Self::follows_plain_question)
    }

    /// In such an interview, a turn (a dash, or a quotation making up its
    /// paragraph) after a paragraph of the interviewer's (a question, or a
    /// remark to answer) answers it.
    fn answers_plain_prompt(&self, quote: usize) -> bool {
        self.plain_question_interview
            && self.is_whole_paragraph(quote)
            && !self.is_question(quote)
            && self
                .end_of_paragraph_before(quote)
                .is_some_and(|end| !matches!(self.tokens[end].kind, Kind::Quote(_) | Kind::Break))
    }

    fn speaker_around(&self, quote: usize, sentence: usize) -> Option<usize> {
        let block = self.spans[quote].block;
        if sentence > 0 && !self.is_embedded(self.quote_token[quote], sentence) {
            let previous = sentence - 1;
            let same_block = self.sentence_block(previous) == Some(block);
            let previous_has_quote = self.quotes_someone_in(previous, quote);
            if same_block
                && !previous_has_quote
                && let Some(entity) =
                    self.subjects[previous].filter(|&e| self.people.entities[e].person)
            {
                return Some(entity);
            }
        }
        // A quotation opening its paragraph after a paragraph with none is
        // by whom that paragraph was about: "She grew up in Dundee. ¶ “I
        // didn’t know what a lichen was …”".
        if self.is_turn(quote)
            && !self.spans[quote].dash
            && let Some(subject) = self.subject_of_quiet_paragraph_before(quote)
        {
            return Some(subject);
        }
        // A title or a term between two quotations of one paragraph is
        // nobody's words, and no break in who speaks.
        let previous = (0..quote).rev().find(|&previous| {
            self.kinds[previous] == QuoteKind::Quote || self.spans[previous].block != block
        })?;
        let gap = block.saturating_sub(self.spans[previous].block);
        // The headline's quotation is no cue for the text under it.
        if gap > 2 || self.spans[previous].block == 0 {
            return None;
        }
        if self.is_turn(quote)
            && let Some(other) = self.other_party(quote)
        {
            return Some(other);
        }
        self.speakers[previous]
    }

    /// Does `sentence` hold someone's words among the quotations before
    /// `quote`? A title or a term there quotes no one.
    fn quotes_someone_in(&self, sentence: usize, quote: usize) -> bool {
        (0..quote)
            .rev()
            .map(|earlier| (earlier, self.sentence_of[self.quote_token[earlier]]))
            .take_while(|&(_, held_in)| held_in >= sentence)
            .any(|(earlier, held_in)| {
                held_in == sentence && self.kinds[earlier] == QuoteKind::Quote
            })
    }

    /// The last sentence with words before the one `quote` is in (a
    /// paragraph's end makes a sentence of its own, with no words).
    fn sentence_before(&self, quote: usize) -> Option<usize> {
        let current = *self.sentence_of.get(self.quote_token[quote])?;
        (current.saturating_sub(3)..current)
            .rev()
            .find(|&sentence| {
                self.sentences[sentence]
                    .clone()
                    .any(|index| self.tokens[index].kind == Kind::Word)
            })
    }

    /// The person the last sentence of the paragraph before `quote` is
    /// about, when that paragraph quotes nobody.
    fn subject_of_quiet_paragraph_before(&self, quote: usize) -> Option<usize> {
        let block = self.spans[quote].block;
        let previous_block = block.checked_sub(1)?;
        // A title or a term ("Her memoir, “Weightless, Mostly,” …") is
        // nobody's words: the paragraph is still quiet.
        let quiet = (0..quote)
            .rev()
            .find(|&previous| self.kinds[previous] == QuoteKind::Quote)
            .is_none_or(|previous| self.spans[previous].block + 1 < block);
        if !quiet {
            return None;
        }
        // The last sentence of that paragraph with a person as its subject.
        let last = self.sentence_before(quote)?;
        (0..=last)
            .rev()
            .take_while(|&sentence| self.sentence_block(sentence) == Some(previous_block))
            .find_map(|sentence| {
                self.subjects[sentence].filter(|&entity| self.people.entities[entity].person)
            })
    }

    /// In an exchange (turns in consecutive paragraphs), the speaker of the
    /// turn before the previous one, when the last two turns were by two
    /// different people.
    pub(super) fn other_party(&self, quote: usize) -> Option<usize> {
        let block = self.spans[quote].block;
        // Quotations are in block order: look back only as far as `block`.
        let turn_in = |block: usize| {
            (0..quote)
                .rev()
                .take_while(|&q| self.spans[q].block >= block)
                .filter(|&q| self.spans[q].block == block && self.is_turn(q))
                .last()
        };
        let last = turn_in(block.checked_sub(1)?)?;
        let before = turn_in(block.checked_sub(2)?)?;
        let (last, before) = (self.speakers[last]?, self.speakers[before]?);
        (last != before).then_some(before)
    }

    /// A dash turn, or a quotation that makes up its paragraph: "What is
    /// the first thing you look for? ¶ “Round numbers. …”".
    fn is_whole_paragraph(&self, quote: usize) -> bool {
        let after = self.quote_token[quote] + 1;
        self.spans[quote].dash
            || (self.is_turn(quote)
                && self
                    .tokens
                    .get(after)
                    .is_none_or(|token| token.kind == Kind::Break))
    }

    /// A dialogue turn: a dash paragraph, or a quotation that opens its
    /// paragraph.
    pub(super) fn is_turn(&self, quote: usize) -> bool {
        let span = &self.spans[quote];
        if span.dash {
            return true;
        }
        let at = self.quote_token[quote];
        at == 0 || self.tokens[at - 1].kind == Kind::Break
    }

    /// A quotation in a heading with no speaker of its own ("Se revoir
    /// « bientôt »") repeats words the article quotes elsewhere: it takes
    /// the speaker of the quotation that contains them.
    pub(super) fn echo_headings(&mut self, blocks: &[crate::article::Block]) {
        // Each quotation's words are normalised at most once, however many
        // headings look at them, and all into one text: no allocation per
        // quotation.
        let mut normalised_text = String::new();
        let mut normalised: Vec<Option<Range<usize>>> = vec![None; self.spans.len()];
        let mut words = String::new();
        for quote in 0..self.spans.len() {
            let in_heading =
                crate::article::is_headline(self.text, blocks, self.spans[quote].block);
            // A speaker the context lent it is no better than the echo; nor,
            // for a sentence, is a cue that names no one (« …, affirme un
            // ancien magasinier »).
            let named_by_cue = self.speakers[quote]
                .is_some_and(|entity| !self.people.entities[entity].unnamed)
                || !self.is_sentence_like(quote);
            if !in_heading {
                continue;
            }
            // A heading's own cue may be no more than its subject ("Le club
            // relégué : « Une nuit noire »"): words the body quotes in
            // someone's name, with a cue of their own, still tell whose they
            // are. A heading signed by a person keeps its signer.
            let cued_in_heading = self.cued[quote] && named_by_cue;
            if cued_in_heading && !self.is_body_of_people(self.speakers[quote]) {
                continue;
            }
            words.clear();
            lexicon::push_normal(self.inner_text(quote), &mut words);
            // The echoed words are quoted near their heading, in the same article.
            let window =
                quote.saturating_sub(ECHO_WINDOW)..(quote + ECHO_WINDOW).min(self.spans.len());
            if words.is_empty() {
                continue;
            }
            // (One searcher for the words, whatever number of quotations
            // it reads.)
            let searcher = memchr::memmem::Finder::new(words.as_bytes());
            let mut echoed_by = |other: usize| {
                let quoted = normalised[other]
                    .get_or_insert_with(|| {
                        let start = normalised_text.len();
                        lexicon::push_normal(self.inner_text(other), &mut normalised_text);
                        start..normalised_text.len()
                    })
                    .clone();
                searcher.find(&normalised_text.as_bytes()[quoted]).is_some()
            };
            let mut echo = window
                .clone()
                .filter(|&other| other != quote && self.speakers[other].is_some())
                .filter(|&other| {
                    !cued_in_heading
                        || (self.cued[other]
                            && !crate::article::is_headline(
                                self.text,
                                blocks,
                                self.spans[other].block,
                            ))
                })
                .find(|&other| echoed_by(other));
            if cued_in_heading {
                if let Some(other) = echo
                    && self.is_named_person(self.speakers[other])
                {
                    self.speakers[quote] = self.speakers[other];
                    self.mentions[quote] = self.mentions[other].clone();
                }
                continue;
            }
            // ("La fin du « dividende de la paix »": a term echoed below is
            // no one's words; only then are unattributed quotations read.)
            if echo.is_none()
                && let Some(below) = self.first_voice_below(quote, blocks)
                && !window.filter(|&other| other != quote).any(echoed_by)
            {
                echo = Some(below);
            }
            let headline_sentence = echo.is_none()
                && self.speakers[quote].is_none()
                && self.spans[quote].block == 0
                && self.is_sentence_like(quote);
            if headline_sentence && let Some(person) = self.questioned_person(blocks) {
                self.speakers[quote] = Some(person);
                self.kinds[quote] = QuoteKind::Quote;
                continue;
            }
            if headline_sentence {
                echo = self.main_voice();
            }
            if let Some(other) = echo {
                self.speakers[quote] = self.speakers[other];
                self.kinds[quote] = QuoteKind::Quote;
                self.mentions[quote] = self.mentions[other].clone();
            }
        }
    }

    /// An organisation or a place: a name that speaks through people.
    fn is_body_of_people(&self, speaker: Option<usize>) -> bool {
        speaker.is_some_and(|entity| !self.people.entities[entity].person)
    }

    fn is_named_person(&self, speaker: Option<usize>) -> bool {
        speaker.is_some_and(|entity| {
            let entity = &self.people.entities[entity];
            entity.person && !entity.unnamed
        })
    }

    /// "« Un remorqueur, c'est un chien de berger pour des géants »" over a
    /// portrait: a headline's sentence in no one's name sums up the voice
    /// the article quotes most, when one voice holds most of its quotations.
    /// The first quotation of that voice stands for it. An interview's
    /// questions are not counted: the headline sums up the answers.
    fn main_voice(&self) -> Option<usize> {
        let counts = self.speaker_tally(|quote| !self.is_question(quote));
        let attributed: usize = counts.values().map(|&(count, _)| count).sum();
        let (_, &(count, first)) = counts.iter().max_by_key(|&(_, &(count, _))| count)?;
        (count >= MAIN_VOICE_QUOTES && 2 * count > attributed).then_some(first)
    }

    /// "'A hawk will never love you' — a falconer on …" over questions put
    /// in paragraphs of their own: the article is an interview, and the
    /// one interviewed is the first person its opening paragraph names.
    /// Answers printed without quotation marks leave no voice to count.
    fn questioned_person(&self, blocks: &[crate::article::Block]) -> Option<usize> {
        let questions = blocks
            .iter()
            .filter(|block| is_plain_question(&self.text[block.span.clone()]))
            .take(INTERVIEW_QUESTIONS)
            .count();
        if questions < INTERVIEW_QUESTIONS {
            return None;
        }
        self.people
            .mentions
            .iter()
            .skip_while(|mention| self.block_of[mention.first] == 0)
            .take_while(|mention| self.block_of[mention.first] == 1)
            .map(|mention| mention.entity)
            .find(|&entity| {
                let entity = &self.people.entities[entity];
                entity.person && !entity.unnamed && !entity.place
            })
    }

    /// A heading's quotation long enough to be a sentence, not a name or a
    /// term ("'lost'").
    fn is_sentence_like(&self, quote: usize) -> bool {
        self.inner_text(quote).split_whitespace().count() >= SUBHEADING_SENTENCE_WORDS
    }

    /// "'I felt it go past'" over a section whose first words quoted are a
    /// surfer's: a subheading's sentence that no quotation echoes gives the
    /// gist of the first one cued below it, before the next heading.
    fn first_voice_below(&self, quote: usize, blocks: &[crate::article::Block]) -> Option<usize> {
        let heading = self.spans[quote].block;
        if heading == 0 || !self.is_sentence_like(quote) {
            return None;
        }
        let next_heading = (heading + 1..blocks.len())
            .find(|&b| blocks[b].kind == crate::article::BlockKind::Heading)
            .unwrap_or(blocks.len());
        (quote + 1..self.spans.len())
            .take_while(|&other| self.spans[other].block < next_heading)
            .find(|&other| self.cued[other] && self.speakers[other].is_some())
    }

    /// Dialogue turns in consecutive paragraphs alternate between two
    /// parties: the turns with a cue tell which party speaks at which
    /// parity, and the turns without one take the party of theirs. When
    /// only one party is ever named (an interview), the other is the
    /// publication named before the exchange.
    pub(super) fn alternate_exchanges(&mut self) {
        let mut interviewed = false;
        for run in self.dialogue_runs() {
            // "— Avez-vous déjà un autre projet ? ¶ — Je voudrais …" after
            // a paragraph of narration: the interview goes on.
            if run.len() < DIALOGUE_RUN_MIN {
                if interviewed && run.len() == 2 {
                    self.interview_by_questions(&run);
                }
                continue;
            }
            interviewed |= self.interviewee(&run).is_some();
            let mut parties = self.addressed_parties(&run);
            let interviewee = self.interviewee(&run);
            for (position, &quote) in run.iter().enumerate() {
                if self.cues[quote].is_none() || parties[position % 2].is_some() {
                    continue;
                }
                let mut speaker = self.speakers[quote];
                // "— Pas du tout, répond-elle": in an interview, "elle" is
                // the person interviewed, not whoever was named last.
                if self.by_pronoun[quote]
                    && let Some(interviewee) = interviewee
                    && speaker.is_some_and(|s| self.genders_agree(s, interviewee))
                {
                    speaker = Some(interviewee);
                    self.speakers[quote] = speaker;
                }
                parties[position % 2] = speaker;
            }
            if parties[0].is_none() && parties[1].is_none() {
                self.interview_by_questions(&run);
                continue;
            }
            if parties[0] == parties[1] {
                continue;
            }
            let publication = self
                .interviewer_before(run[0])
                .or_else(|| self.publication_before(run[0]));
            for party in &mut parties {
                if party.is_none() {
                    *party = publication;
                }
            }
            for (position, &quote) in run.iter().enumerate() {
                if self.cues[quote].is_none() {
                    self.speakers[quote] = parties[position % 2];
                    self.mentions[quote] = None;
                }
            }
        }
    }

    /// An exchange with no cue at all, such as a printed interview: the
    /// turns that ask are the interviewer's (when the text names one), the
    /// others belong to the person the article is about.
    fn interview_by_questions(&mut self, run: &[usize]) {
        let questions: Vec<bool> = run.iter().map(|&quote| self.is_question(quote)).collect();
        if questions.iter().all(|&asks| asks) || !questions.iter().any(|&asks| asks) {
            return;
        }
        // "La présidente l'a interrogé : — … ?": the subject of a verb of
        // asking just before the exchange asks.
        let asker = self.asker_before(run[0]);
        let interviewer = self.interviewer_before(run[0]).or(asker);
        let at = self.quote_token[run[0]];
        let interviewee = match asker {
            Some(asker) => self.topic_person(at, Some(asker)),
            None => self.interviewee(run),
        };
        let Some(interviewee) = interviewee else {
            return;
        };
        // Turns alternate: the side that asks most is the asker's, even
        // where a turn of theirs asks nothing.
        let asked_on = |side: usize| {
            questions
                .iter()
                .skip(side)
                .step_by(2)
                .filter(|&&asks| asks)
                .count()
        };
        let asker_parity = match asked_on(0).cmp(&asked_on(1)) {
            std::cmp::Ordering::Greater => Some(0),
            std::cmp::Ordering::Less => Some(1),
            std::cmp::Ordering::Equal => None,
        };
        // After a line of narration ("Elle éclate de rire."), the turn says
        // afresh who speaks, and the turns after it alternate from there:
        // a question, or a turn about "vous" that says nothing of "je"
        // ("— Le metteur en scène dit de vous que …"), is the asker's.
        let mut shift = 0;
        for (position, (&quote, &asks)) in run.iter().zip(&questions).enumerate() {
            let after_narration =
                position > 0 && self.spans[quote].block > self.spans[run[position - 1]].block + 1;
            let asker_side = match asker_parity {
                Some(parity) if after_narration => {
                    let asking = asks || self.speaks_of_the_other_only(quote);
                    if ((position + shift) % 2 == parity) != asking {
                        shift ^= 1;
                    }
                    asking
                }
                Some(parity) => (position + shift) % 2 == parity,
                None => asks,
            };
            self.speakers[quote] = if asker_side {
                interviewer
            } else {
                Some(interviewee)
            };
            self.mentions[quote] = None;
        }
    }

    /// The person an exchange that asks questions is with: the one the
    /// article is about, other than a named interviewer.
    fn interviewee(&self, run: &[usize]) -> Option<usize> {
        let asks = run.iter().any(|&quote| self.is_question(quote));
        let answers = run.iter().any(|&quote| !self.is_question(quote));
        if !(asks && answers) {
            return None;
        }
        let interviewer = self.interviewer_before(run[0]);
        self.topic_person(self.quote_token[run[0]], interviewer)
    }

    fn genders_agree(&self, one: usize, other: usize) -> bool {
        let gender = |entity: usize| self.people.entities[entity].gender;
        gender(one).agrees(gender(other))
    }

    /// Parties told by how a turn addresses the other ("— Monsieur
    /// Arnoux, qui décidait … ?"): the one addressed speaks the next turn.
    /// The person the paragraph before the exchange is about takes the
    /// other side.
    fn addressed_parties(&self, run: &[usize]) -> [Option<usize>; 2] {
        let mut parties = [None, None];
        for (position, &quote) in run.iter().enumerate() {
            let Some(addressed) = self.addressee(quote) else {
                continue;
            };
            let side = (position + 1) % 2;
            if parties[side].is_none() {
                parties[side] = Some(addressed);
            }
        }
        if let Some(side) = parties.iter().position(Option::is_some)
            && parties[1 - side].is_none()
        {
            let introduced = self.introducer(run[0]);
            parties[1 - side] = introduced.filter(|&person| Some(person) != parties[side]);
        }
        parties
    }

    /// The subject of the sentence before `quote` when its verb is one of
    /// asking.
    fn asker_before(&self, quote: usize) -> Option<usize> {
        let sentence = self.sentence_before(quote)?;
        let asks = self.sentences[sentence]
            .clone()
            .filter_map(|index| self.lower(index))
            .any(|word| self.lexicon.is_asking_verb(word));
        asks.then(|| self.introducer(quote)).flatten()
    }

    /// The person a dialogue turn opens by addressing: "Monsieur Arnoux,",
    /// "Mrs Hale,". A quotation's own words are not tokens, so its text is
    /// read.
    fn addressee(&self, quote: usize) -> Option<usize> {
        let inner = self.inner_text(quote);
        if let Some(addressed) = self.addressed_by_title(quote, inner) {
            return Some(addressed);
        }
        let (opening, _) = inner.split_once(',')?;
        let mut words = opening.split_whitespace();
        let title = words.next()?;
        let addresses = lexicon::is_honorific_before(title.trim_end_matches('.'), true)
            || matches!(
                lexicon::key(title).as_ref(),
                "monsieur" | "madame" | "mademoiselle"
            );
        let name: Vec<&str> = words.collect();
        if !addresses || name.is_empty() || name.len() > 3 {
            return None;
        }
        let surname = *name.last()?;
        self.people.entities.iter().position(|entity| {
            entity.person && entity.name.last().is_some_and(|last| last == surname)
        })
    }

    /// "Dans notre métier, madame la présidente, on n'attend pas": the
    /// person whom a turn calls by their role, when the text described
    /// someone so.
    fn addressed_by_title(&self, quote: usize, inner: &str) -> Option<usize> {
        let words: Vec<&str> = inner
            .split(|c: char| !is_word_char(c) && c != '-')
            .filter(|word| !word.is_empty())
            .collect();
        words.windows(3).find_map(|window| {
            let &[title, article, role] = window else {
                return None;
            };
            // (Only a word after an address is lowered into a new string:
            // a turn has many words, and few of them follow "madame la".)
            if !is_address_with_article(title, article) {
                return None;
            }
            let role = role.to_lowercase();
            let gender = self.lexicon.role(&role)?;
            match self.described(
                std::slice::from_ref(&role),
                gender,
                true,
                &role,
                self.quote_token[quote],
                super::resolve::Hints::default(),
            )? {
                Described::Known(person) => Some(person),
                _ => None,
            }
        })
    }

    /// The person who is the subject of the last sentence before `quote`.
    fn introducer(&self, quote: usize) -> Option<usize> {
        let sentence = self.sentence_before(quote)?;
        self.subjects[sentence].filter(|&entity| self.people.entities[entity].person)
    }

    /// Does the quotation end with a question mark?
    /// Does the turn speak to or of "vous" (or "you") and never of "je"
    /// (or "I")?
    fn speaks_of_the_other_only(&self, quote: usize) -> bool {
        let text = self.text[self.spans[quote].range.clone()].to_lowercase();
        let words = text.split(|c: char| !c.is_alphabetic());
        let (mut first, mut second) = (false, false);
        for word in words {
            // ("j'ai" splits into "j" and "ai".)
            first |= phrases::FIRST_PERSON.contains(word);
            second |= matches!(word, "vous" | "votre" | "vos" | "you" | "your");
        }
        second && !first
    }

    fn is_question(&self, quote: usize) -> bool {
        self.text[self.spans[quote].range.clone()]
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '»' | '”' | '"' | '…'))
            .ends_with('?')
    }

    /// The person named most often before token `at`, other than `except`.
    /// On a tie, one who was the subject of a sentence wins ("X forme une
    /// apprentie, Y": the article is about X), then one not introduced as
    /// someone's relation (« Son ancien apprenti, Y, … »: Y is named for
    /// the one the article is about), then the latest named.
    /// "We spoke to him between customers": one of the other gender is
    /// not whom the article is about, and on a tie one of that gender
    /// wins.
    pub(super) fn topic_person(&self, at: usize, except: Option<usize>) -> Option<usize> {
        let gender = self.interviewed_gender(at);
        let mut counts: HashMap<usize, (usize, usize)> = HashMap::default();
        for (place, mention) in self.mentions_before(at).iter().enumerate() {
            let entity = &self.people.entities[mention.entity];
            if entity.person && entity.gender.agrees(gender) && Some(mention.entity) != except {
                // The headline names whom the article is about.
                let weight = if self.block_of[mention.first] == 0 {
                    HEADLINE_WEIGHT
                } else {
                    1
                };
                let entry = counts.entry(mention.entity).or_default();
                *entry = (entry.0 + weight, place);
            }
        }
        let subject_before = |entity: usize| {
            self.sentences
                .iter()
                .zip(&self.subjects)
                .take_while(|(sentence, _)| sentence.start < at)
                .any(|(_, &subject)| subject == Some(entity))
        };
        // ("She spoke with us": a woman named as such before one whose
        // gender the text never gives.)
        let of_the_gender = |entity: usize| {
            gender != Gender::Unknown && self.people.entities[entity].gender == gender
        };
        counts
            .into_iter()
            .max_by_key(|&(entity, (count, place))| {
                (
                    count,
                    of_the_gender(entity),
                    subject_before(entity),
                    !self.introduced_as_a_relation(entity),
                    place,
                )
            })
            .map(|(entity, _)| entity)
    }

    /// « Sa nièce, Claire Cossagne, … », "His apprentice, Y, …": the first
    /// time the text names `entity`, a possessive phrase sets it beside
    /// someone else.
    fn introduced_as_a_relation(&self, entity: usize) -> bool {
        let Some(first) = self
            .people
            .mentions
            .iter()
            .find(|mention| mention.entity == entity)
            .map(|mention| mention.first)
        else {
            return false;
        };
        let Some(comma) = first.checked_sub(1).filter(|&i| self.punct(i) == Some(",")) else {
            return false;
        };
        (comma.saturating_sub(RELATION_REACH)..comma)
            .rev()
            .map_while(|i| self.lower(i))
            .any(|word| RELATION_POSSESSIVES.contains(word))
    }

    /// The gender of the pronoun a conversation verb before token `at`
    /// takes: "We spoke to him", "I talked with her." ("spoke to her
    /// husband" names someone else.) Or the gender of its subject: "He
    /// spoke with us about the trade."
    fn interviewed_gender(&self, at: usize) -> Gender {
        (0..at.saturating_sub(2))
            .rev()
            .filter(|&verb| matches!(self.lower(verb + 1), Some("to" | "with")))
            .find_map(|verb| {
                let start = self.conversation_verb_start(verb)?;
                self.object_pronoun_gender(verb + 2)
                    .or_else(|| self.subject_pronoun_gender(start))
            })
            .unwrap_or(Gender::Unknown)
    }

    /// "him", or "her" ending its phrase, at token `object`.
    fn object_pronoun_gender(&self, object: usize) -> Option<Gender> {
        let object_ends_phrase = self
            .lower(object + 1)
            .is_none_or(|word| people::is_function_word(self.lexicon, word));
        match self.lower(object)? {
            "him" => Some(Gender::Masculine),
            "her" if object_ends_phrase => Some(Gender::Feminine),
            _ => None,
        }
    }

    /// The gender of a third-person pronoun right before token `verb`.
    fn subject_pronoun_gender(&self, verb: usize) -> Option<Gender> {
        let subject = self.lower(verb.checked_sub(1)?)?;
        self.lexicon
            .person_pronoun(subject)
            .filter(|&gender| gender != Gender::Unknown)
    }

    /// Where the conversation verb ("spoke", "sat down") ending at token
    /// `last` starts, if one does.
    fn conversation_verb_start(&self, last: usize) -> Option<usize> {
        CONVERSATION_VERBS.iter().find_map(|verb| {
            let words = verb.split(' ').count();
            let matches = verb.split(' ').rev().enumerate().all(|(back, word)| {
                last.checked_sub(back).and_then(|i| self.lower(i)) == Some(word)
            });
            matches.then(|| last + 1 - words)
        })
    }

    /// Runs of dash turns in consecutive paragraphs.
    pub(super) fn dialogue_runs(&self) -> Vec<Vec<usize>> {
        let mut runs: Vec<Vec<usize>> = Vec::new();
        let mut current: Vec<usize> = Vec::new();
        for quote in 0..self.spans.len() {
            // "— … ? ¶ Elle éclate de rire. ¶ — …": a line of narration
            // (no quotation in it) does not end the exchange.
            // "Combien gagnez-vous ? ¶ — Une bonne meule …": in an
            // interview whose questions carry no dash, a turn after such a
            // question answers it; it takes no turn in an exchange.
            let continues = current.last().is_some_and(|&last| {
                let gap = self.spans[quote].block - self.spans[last].block;
                gap == 1 || (gap == 2 && quote == last + 1 && !self.answers_plain_question(quote))
            });
            if !self.spans[quote].dash || !continues && !current.is_empty() {
                runs.push(std::mem::take(&mut current));
            }
            if self.spans[quote].dash {
                current.push(quote);
            }
        }
        runs.push(current);
        runs.retain(|run| !run.is_empty());
        runs
    }

    /// "Propos recueillis par Sophie Lenoir", "Interview by Dan Whitlow":
    /// a person named after "par" or "by" in the paragraph just before the
    /// exchange.
    pub(super) fn interviewer_before(&self, quote: usize) -> Option<usize> {
        let at = self.quote_token[quote];
        let paragraph_start = (0..at.saturating_sub(1))
            .rev()
            .find(|&i| self.tokens[i].kind == Kind::Break)
            .map_or(0, |i| i + 1);
        // "Notre journaliste X l'a rencontrée", "Propos recueillis par X"
        // before the exchange; or a signature anywhere (often last).
        (paragraph_start..at)
            .filter(|&i| self.lower(i).is_some_and(|w| JOURNALISTS.contains(w)) || self.signs_at(i))
            .find_map(|i| self.person_after(i))
            .or(self.signed_interviewer)
    }

    /// "Propos recueillis par X", "Interview by X" anywhere in the text.
    /// "un film tourné par Jean Epstein" names no interviewer.
    pub(super) fn interview_signatory(&self) -> Option<usize> {
        // Most texts hold no signature: a quick look at the bytes first.
        let (Some(first), Some(last)) = (self.tokens.first(), self.tokens.last()) else {
            return None;
        };
        let bytes = &self.text.as_bytes()[first.start..last.end];
        let signed = ["ecueilli", "nterview"]
            .iter()
            .any(|stem| memchr::memmem::find(bytes, stem.as_bytes()).is_some());
        let signature = || {
            (0..self.tokens.len())
                .filter(|&i| self.signs_at(i))
                .find_map(|i| self.person_after(i))
        };
        signed
            .then(signature)
            .flatten()
            .or_else(|| self.own_journalist(bytes, first.start))
            .or_else(|| {
                // (Only an interview is worth the search.)
                let interview = self.plain_question_interview || self.quoted_question_interview;
                interview
                    .then(|| self.conversation_partner(bytes, first.start))
                    .flatten()
            })
    }

    /// "She spoke to Fiona Reid about …", "Tom Hale spoke with her", "Tom
    /// Hale visited her forge and talked to her": the one named beside a
    /// conversation verb whose other side is the pronoun of the one
    /// interviewed.
    fn conversation_partner(&self, bytes: &[u8], start: usize) -> Option<usize> {
        CONVERSATION_VERBS
            .iter()
            .flat_map(|verb| memchr::memmem::find_iter(bytes, verb.as_bytes()))
            .map(|at| self.tokens.partition_point(|token| token.end <= start + at))
            .find_map(|verb| {
                // ("sat down with", "caught up with": the verb's last word.)
                let last = verb + usize::from(matches!(self.lower(verb + 1), Some("down" | "up")));
                if !matches!(self.lower(last + 1), Some("to" | "with")) {
                    return None;
                }
                let is_one = |i: usize| {
                    self.lower(i)
                        .is_some_and(|w| matches!(w, "he" | "she" | "him" | "her"))
                };
                if is_one(verb.wrapping_sub(1)) {
                    return self.person_after(last + 1);
                }
                let named = match self.people.mention_ending_at(verb) {
                    Some(mention) => mention.entity,
                    None => self.subject_before_and(verb)?,
                };
                (is_one(last + 2) && self.people.entities[named].person).then_some(named)
            })
    }

    /// "Tom Hale visited her forge and talked": the person who opens the
    /// sentence of a verb after "and".
    fn subject_before_and(&self, verb: usize) -> Option<usize> {
        if self.lower(verb.wrapping_sub(1)) != Some("and") {
            return None;
        }
        let start = self.sentences[*self.sentence_of.get(verb)?].start;
        let mention = self.people.mention_at(start)?;
        self.people.entities[mention.entity]
            .person
            .then_some(mention.entity)
    }

    /// "She spoke to our arts correspondent, Owen Pritchard", "health
    /// reporter Owen Pritchard spoke with her": the publication's own
    /// journalist, named after a journalist's title that "our" or "notre"
    /// opens, or right after the title. Only the words the title's stems
    /// stand in (`bytes` from offset `start`) are read.
    fn own_journalist(&self, bytes: &[u8], start: usize) -> Option<usize> {
        let ours = |word: usize| {
            (word.saturating_sub(OWN_JOURNALIST_REACH)..word).any(|i| {
                self.lower(i)
                    .is_some_and(|w| matches!(w, "our" | "notre" | "nos"))
            })
        };
        ["orrespond", "ournalist", "eporter", "riter"]
            .iter()
            .flat_map(|stem| memchr::memmem::find_iter(bytes, stem.as_bytes()))
            .map(|at| self.tokens.partition_point(|token| token.end <= start + at))
            .filter(|&word| self.lower(word).is_some_and(|w| JOURNALISTS.contains(w)))
            .filter(|&word| ours(word) || self.people.mention_at(word + 1).is_some())
            .find_map(|word| self.person_after(word))
    }

    fn signs_at(&self, index: usize) -> bool {
        let before = self.lower(index.wrapping_sub(1));
        match self.lower(index) {
            Some("par" | "by") => before.is_some_and(|w| INTERVIEW_SIGNATURES.contains(w)),
            // "elle a répondu aux questions de Julien Perrotin", "answered
            // questions from Dan Whitlow".
            Some("de" | "d'" | "from") => before == Some("questions"),
            _ => false,
        }
    }

    fn person_after(&self, index: usize) -> Option<usize> {
        let name = index + 1 + usize::from(self.punct(index + 1) == Some(","));
        self.people
            .mention_at(name)
            .map(|mention| mention.entity)
            .filter(|&entity| self.people.entities[entity].person)
    }

    /// The newspaper or broadcaster named last before `quote`: an
    /// organisation, or a title in quotation marks ("« Le Courrier de
    /// Vauclerc »"), whose name holds a press word.
    pub(super) fn publication_before(&mut self, quote: usize) -> Option<usize> {
        let at = self.quote_token[quote];
        let named = self
            .mentions_before(at)
            .iter()
            .rev()
            .map(|m| m.entity)
            .find(|&entity| {
                let entity = &self.people.entities[entity];
                !entity.person && entity.name_keys.iter().any(|word| is_press_word(word))
            });
        if named.is_some() {
            return named;
        }
        let title = (0..quote).rev().find(|&earlier| {
            self.kinds[earlier] == QuoteKind::Title
                && self
                    .inner_text(earlier)
                    .split_whitespace()
                    .any(|word| lexicon::with_key(word, is_press_word))
        })?;
        let text = self.inner_text(title);
        let name: Vec<&str> = text
            .split_whitespace()
            .skip_while(|word| self.lexicon.is_determiner(word))
            .collect();
        Some(self.people.entity_named(&name, false))
    }
}

pub(super) static PRESS_WORDS: std::sync::LazyLock<HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        include_str!("../data/press.txt")
            .lines()
            .filter(|line| !line.starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect()
    });

pub(super) fn is_press_word(word: &str) -> bool {
    PRESS_WORDS.contains(word)
}

/// "Q: Why now?", "Comment avez-vous commencé ?": a paragraph that asks
/// and quotes nothing.
fn is_plain_question(paragraph: &str) -> bool {
    paragraph.ends_with('?') && !paragraph.starts_with(['«', '“', '"', '—', '–'])
}

/// "monsieur le", "Madame la", "MADAME LE": a title of address and the
/// article before a role, in any case. (No character outside ASCII lowers
/// to a letter of these words, so comparing ASCII cases is enough.)
fn is_address_with_article(title: &str, article: &str) -> bool {
    let is = |word: &str, expected: &str| word.eq_ignore_ascii_case(expected);
    (is(title, "monsieur") && is(article, "le"))
        || (is(title, "madame") && (is(article, "la") || is(article, "le")))
}
