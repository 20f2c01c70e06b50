/**
 * Verbs that report someone's words. A quote's speaker is the subject (or,
 * inverted, the word after) of the nearest of these. All tenses are listed
 * because a table lookup is cheaper and more predictable than stemming.
 */
import { wordSet } from "./word-set";
/** One line per verb, with all its forms. */
const FORMS = `
  say says said saying
  tell tells told telling
  add adds added adding
  note notes noted noting
  write writes wrote writing written
  tweet tweets tweeted tweeting
  argue argues argued arguing
  insist insists insisted insisting
  warn warns warned warning
  explain explains explained explaining
  state states stated stating
  testify testifies testified testifying
  comment comments commented commenting
  ask asks asked asking
  reply replies replied replying
  respond responds responded responding
  answer answers answered answering
  recall recalls recalled recalling
  claim claims claimed claiming
  acknowledge acknowledges acknowledged acknowledging
  admit admits admitted admitting
  announce announces announced announcing
  declare declares declared declaring
  urge urges urged urging
  suggest suggests suggested suggesting
  emphasize emphasizes emphasized emphasizing emphasise emphasised
  stress stresses stressed stressing
  observe observes observed observing
  remark remarks remarked remarking
  concede concedes conceded conceding
  quip quips quipped quipping
  joke jokes joked joking
  exclaim exclaims exclaimed exclaiming
  boast boasts boasted boasting
  complain complains complained complaining
  predict predicts predicted predicting
  promise promises promised promising
  vow vows vowed vowing
  assure assures assured assuring
  caution cautions cautioned cautioning
  posted
  text texted
  email emailed e-mailed
  recount recounts recounted recounting
  agree agrees agreed
  counter counters countered countering
  contend contends contended contending
  maintain maintains maintained
  muse muses mused
  lament laments lamented
  continue continues continued
  confirm confirms confirmed confirming
  deny denies denied denying
  allege alleges alleged alleging
  report reports reported
  describe describes described describing
  call calls called calling
  reiterate reiterates reiterated
  pointed
  believe believes believed
  think thinks thought
  hope hopes hoped
  estimate estimates estimated
  advise advises advised
  recommend recommends recommended
  shout shouts shouted
  yell yells yelled
  whisper whispers whispered
  scream screams screamed
  plead pleads pleaded pled
  demand demands demanded
  charge charges charged
  conclude concludes concluded
  reason reasons reasoned
  offer offered
  chime chimed
  weigh weighed
  slam slams slammed
  blast blasts blasted
  criticize criticizes criticized criticise criticised
  praise praises praised
  accuse accuses accused
  dub dubs dubbed
  label labels labeled labelled
  term termed
  brag brags bragged
  mutter muttered
  sigh sighed
  remind reminds reminded
  elaborate elaborated
  begin began
  introduce introduces introduced
  remember remembers remembered
  instruct instructs instructed
  order orders ordered
  request requests requested
  laugh laughs laughed
  sing sings sang
  bemoan bemoans bemoaned
  pledge pledges pledged
  rule rules ruled
  relate relates related
  chuckle chuckles chuckled
  sob sobbed
  gush gushes gushed
  scoff scoffs scoffed
  snap snapped
  retort retorts retorted
  marvel marvels marveled marvelled
  wonder wonders wondered
  confide confided
  groan groaned
  sigh sighs
  read reads
  assert asserts asserted asserting
  repeat repeats repeated
  confess confesses confessed
  opine opines opined
  proclaim proclaims proclaimed proclaiming
  surmise surmises surmised
  fume fumes fumed
  bark barks barked
  pressed
  snipe snipes sniped
  beam beams beamed
  rumble rumbles rumbled
  interject interjects interjected
  beg begs begged
  gripe gripes griped
  grumble grumbles grumbled
  rave raves raved
  grouse grouses groused
  rant rants ranted
  reveal reveals revealed
  dish dishes dished
  tease teases teased
  caption captioned
  penned
  praising slamming blasting criticizing criticising accusing dubbing labeling labelling terming
`;

export const SPEECH_VERBS: ReadonlySet<string> = wordSet(FORMS);

/**
 * Verbs of manner ("laughed", "sighed", "sang") report words only right after
 * the quote: `"…," Dunn laughed.` "Audience members laughed when …" is no cue.
 */
export const MANNER_VERBS: ReadonlySet<string> = wordSet(`
  laugh laughs laughed sing sings sang chuckle chuckles chuckled sob sobbed gush gushes gushed scoff scoffs
  scoffed snap snapped groan groaned sigh sighs sighed marvel marvels marveled marvelled wonder wonders wondered
  shout shouts shouted yell yells yelled whisper whispers whispered scream screams screamed mutter muttered joke
  jokes joked quip quips quipped fume fumes fumed bark barks barked pressed beam beams beamed rumble rumbles rumbled reveal reveals
  revealed dish dishes dished tease teases teased caption captioned penned
`);

/**
 * Weaker verbs that state an opinion or a label rather than report words:
 * they attribute a partial quote in their own sentence, never a whole one.
 */
export const WEAK_SPEECH_VERBS: ReadonlySet<string> = wordSet(`
  believe believes believed think thinks thought hope hopes hoped describe describes described describing call
  calls called calling slam slams slammed blast blasts blasted criticize criticizes criticized criticise
  criticised praise praises praised accuse accuses accused dub dubs dubbed label labels labeled labelled term
  termed estimate estimates estimated report reports reported begin began weigh weighed chime chimed offer
  offered continue continues continued charge charges charged remind reminds reminded introduce introduces
  introduced remember remembers remembered instruct instructs instructed order orders ordered request requests
  requested praising slamming blasting criticizing criticising accusing dubbing labeling labelling terming
`);

/** Verbs of memory and hearing whose object then says something: "she recalls him saying", "Lee heard Vole say". */
export const RECALLING_VERBS: ReadonlySet<string> = wordSet(`recall recalls recalled remember remembers remembered hear hears heard`);

/** "X quoted Y as saying": Y is the speaker, X only passes the words on. */
export const RELAY_VERBS: ReadonlySet<string> = wordSet(`
  quote quoted quotes quoting cite cited cites citing
`);

/** Verbs whose -ing form, after a comma, reports the main clause subject's words: ", telling Vole". */
export function isParticiple(word: string): boolean {
  return word.endsWith("ing");
}

/** "Lee went on.", "went on to say": the forms of "go" that, with "on", go on speaking. */
export const GO_ON_VERBS: ReadonlySet<string> = wordSet(`
  go goes went going
`);
