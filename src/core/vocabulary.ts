/**
 * Closed word classes the engine needs to read noun phrases: what may start,
 * end or interrupt a speaker's name. Lower-case throughout.
 */
import { wordSet } from "./word-set";

/** Words that start a noun phrase and are kept with it: "the army general command". */
export const DETERMINERS: ReadonlySet<string> = wordSet(`
  the a an one another two three several some many its his her their our this that these those each both other
  most few
`);

/** Forms of "be" that link a subject to what it is ("Jo Lee is one of …", "the letter she wrote was …"). */
export const FORMS_OF_BE: ReadonlySet<string> = wordSet(`
  is was were are
`);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(["it"]);
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(["they"]);
/** Pronouns that own the noun after them: "her warning", "their claim". */
export const OWNING_PRONOUNS: ReadonlySet<string> = new Set(["his", "her", "its", "their"]);
/** Pronouns that open a clause about the noun before them: "a pollster who advised …", "the agency, which said". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "whom", "whose", "which"]);
/** First and second person: the speaker is inside the quote's own frame, not resolvable here. */
export const SELF_PRONOUNS: ReadonlySet<string> = new Set(["i", "we", "you"]);

/** Words between a subject and its speech verb: "Vole also said", "she has said". */
export const AUXILIARIES: ReadonlySet<string> = wordSet(`
  'd 'll 've 're 's
  has have had also then later would will once again further previously recently reportedly simply flatly
  quickly even already still often now since first is was were are be been being did does do may might could
  should can just repeatedly publicly privately separately earlier initially subsequently finally ultimately
  never not always went on
`);

/**
 * Capitalised words that are not names: sentence openers and other function
 * words ("When Patrick walked in"), and calendar words ("said Tuesday").
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = wordSet(`
  the a an and but or nor so yet for in on at to of by with from as if when while after before because since
  though although until unless where whether which who whom whose what why how that this these those there here
  then now still also even just only yes no not he she it they we i you his her its their our my your him them
  us me one some many most all any each every both other another such more less much few several last next first
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight january february
  march april may june july august september october november december
  meanwhile however instead indeed still asked according despite during over under about against between
  into through per via photo credit updated posted read more see also editor note advertisement share like
  follow watch listen said says told maybe perhaps sometimes often would could should will can did does do is
  was are were has have had asked amid among unlike following without within beyond toward towards upon across
  behind inside outside near around
`);

/** Words that open a sentence with a prepositional phrase: names before its comma are not the subject. */
export const OPENING_PREPOSITIONS: ReadonlySet<string> = wordSet(`
  in at on after before during despite following with for from under since amid among unlike like as when while
  although though because if to of by over through throughout without within according
`);

/** Pronouns that show a person's gender: "Vole visited his editor". */
export const MALE_PRONOUNS: ReadonlySet<string> = new Set(["he", "him", "his", "himself"]);
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(["she", "her", "hers", "herself"]);

/**
 * Nouns that say a person's gender, as the head of a description beside their name: "his aunt, Jo Lee",
 * "actress Jo Lee", "Jo Lee, Sam's husband". Kin and gendered job words only ("actor", "chairman" are used for anyone).
 */
export const MALE_NOUNS: ReadonlySet<string> = wordSet(`
  man father dad husband son brother uncle nephew grandfather grandson boyfriend widower stepfather fiance
  spokesman congressman councilman assemblyman businessman sportsman king prince duke sir boy groom
`);
export const FEMALE_NOUNS: ReadonlySet<string> = wordSet(`
  woman mother mom mum wife daughter sister aunt niece grandmother granddaughter girlfriend widow stepmother
  fiancee actress spokeswoman congresswoman councilwoman assemblywoman businesswoman chairwoman sportswoman
  queen princess duchess lady dame girl bride waitress
`);

/** Calendar and time words that may follow a speech verb: "said Tuesday night". */
export const TIME_WORDS: ReadonlySet<string> = wordSet(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening
  night earlier later last this next week month year recently previously then again once in on at during after
  before while when that of about to with from by through since for as
`);

/** Name particles that stay lower-case inside a name: "Charles de Gaulle", "Bashar al-Nasser". */
export const NAME_PARTICLES: ReadonlySet<string> = wordSet(`
  de da del della di du van von der den la le al el bin ibn ben dos das y
`);

/** Name suffixes kept with the name: "James Reed Jr." */
export const NAME_SUFFIXES: ReadonlySet<string> = wordSet(`
  jr jr. sr sr. ii iii iv phd md
`);

/** Courtesy titles, which stand only before a surname and say nothing of a role: "Mr. King", "Dr. Bishop". */
export const COURTESY_TITLES: ReadonlySet<string> = wordSet(`
  mr mr. mrs mrs. ms ms. mx mx. dr dr. miss
`);

/** Common finite verbs that neither end in -ed nor are auxiliaries: "he met", "Lee won", "it gives". */
export const IRREGULAR_FINITE: ReadonlySet<string> = wordSet(`
  met won lost took got gave made went came saw knew told said became began left kept held brought bought paid
  sent spent felt found built led ran wrote thought did does do fell grew rose meant put set cut hit sold stood
  wants needs plans supports opposes knows thinks believes says makes takes gives gets goes comes sees
`);

/** Forms of "be" that make a participle passive: "was told", "is said", "has been warned". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = wordSet(`
  is was were are been being be
`);
