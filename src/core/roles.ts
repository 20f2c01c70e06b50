/**
 * Words that describe who someone is rather than name them: honorifics,
 * job titles, kinds of anonymous source, and words that make a phrase an
 * organisation. Lower-case, dots kept ("lt." ≠ "lt").
 */
import { wordSet } from "./word-set";
import { ORGANIZATION_HEADS } from "./lexicon/organizations";

/** Honorifics and ranks written before a name; they are a role, never part of the name. */
export const HONORIFICS: ReadonlySet<string> = wordSet(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rep rep. sen sen. del. gov gov. lt lt. col col.
  gen gen. maj maj. capt capt. sgt sgt. cmdr cmdr. adm adm. rev rev. fr fr. pres pres. sheikh rabbi imam pope
  airman seaman corporal cpl cpl. marshal brigadier commodore supt supt. insp insp. det det. cllr cllr. councillor
  constable solicitor
  king queen prince princess judge justice officer detective deputy sheriff mayor councilman councilwoman
  councilmember president vice premier chancellor ambassador secretary minister senator representative
  congressman congresswoman governor attorney general colonel lieutenant captain sergeant commander admiral
  major speaker chairman chairwoman chair ceo cfo coo cto cio cmo ciso director spokesman spokeswoman spokesperson dean coach
  chief professor doctor nurse pastor bishop cardinal emir crown prime foreign defense defence interior finance
  press senior former acting interim executive managing founder co-founder cofounder co-ceo head leader analyst
  strategist economist manager author editor reporter correspondent commissioner superintendent principal
  official adviser advisor aide expert fellow researcher scientist meteorologist lawyer prosecutor counsel
  partner owner member trustee treasurer auditor inspector envoy diplomat consul commissar producer designer
  engineer architect historian physician surgeon epidemiologist psychologist psychiatrist activist organizer
  campaigner candidate nominee lawmaker legislator assemblyman assemblywoman alderman spokes u.s. state district
  federal top lead vp svp evp archbishop whip front-runner frontrunner
`);

/**
 * Nouns that head a role description ("equity strategist", "Kremlin spokesman"):
 * the last word of a role, the first word after it is the name.
 */
export const ROLE_NOUNS: ReadonlySet<string> = wordSet(`
  president premier chancellor ambassador secretary minister senator representative congressman congresswoman
  governor attorney general colonel lieutenant captain sergeant commander admiral speaker chairman chairwoman
  chair ceo cfo coo cto cio cmo ciso director spokesman spokeswoman spokesperson dean coach chief professor doctor nurse
  pastor bishop executive founder co-founder cofounder co-ceo head leader analyst strategist economist manager
  author editor reporter correspondent commissioner superintendent official adviser advisor aide expert fellow
  researcher scientist meteorologist lawyer prosecutor counsel partner owner member trustee treasurer inspector
  envoy diplomat producer designer engineer architect historian physician surgeon epidemiologist psychologist
  psychiatrist activist organizer campaigner candidate hopeful nominee lawmaker legislator mayor sheriff judge justice
  officer detective deputy vp rep. sen. gov. dr. mr. mrs. ms. lt. col. gen. prof. rev. capt. sgt. col lt gen rep
  sen gov dr mr mrs ms prof king queen prince princess sheikh emir pope rabbi imam consultant specialist
  administrator planner investor trader banker broker teacher student resident owner worker employee staffer
  volunteer entrepreneur writer journalist columnist anchor host signatory singer actor actress musician rapper
  drummer comedian filmmaker dancer poet songwriter composer painter photographer chef novelist boss captain
  skipper striker goalkeeper midfielder defender forward player pitcher quarterback guard referee umpire
  commentator pollster operative ally attorney defenseman agent archbishop cardinal whip front-runner frontrunner
  moderator linebacker lineman winger shortstop catcher outfielder infielder receiver cornerback fullback halfback
  rookie qb dl lb cb wr rb advocate
  delegate superdelegate councilman councilwoman councillor councilor alderman assemblyman assemblywoman trooper
  firefighter paramedic farmer vicar priest nun mp mep broadcaster presenter negotiator mediator auditor accountant
  supervisor coordinator clerk landlord homeowner soldier sailor curator librarian programmer mechanic
  electrician plumber technician surveyor counselor counsellor veterinarian dietitian midwife chaplain deacon
  magistrate coroner chairperson registrar provost rector headteacher headmaster lecturer tutor instructor trainer
  investigator warden constable solicitor freshman sophomore junior senior undergraduate alumnus alumna
  realtor blogger vlogger podcaster influencer ghostwriter inventor publicist tanaiste tánaiste
`);

/** A role noun, listed or of a profession's shape: "geologist", "pianist", "oceanographer", "statisticians". */
export function isRoleNoun(bare: string, capitalized = false): boolean {
  // The shape rule is for common nouns only: "Berg" is a name.
  // "editor-in-chief", "commander-in-chief": the role noun heads the compound.
  if (bare.endsWith("-in-chief")) return ROLE_NOUNS.has(bare.slice(0, -9));
  // "president-elect", "governor-elect": chosen, not yet in office.
  if (bare.endsWith("-elect")) return ROLE_NOUNS.has(bare.slice(0, -6));
  // "co-author", "co-host": a role shared; "ex-governor", "vice-chair": one held before or beside.
  if (bare.startsWith("co-")) return ROLE_NOUNS.has(bare.slice(3));
  if (bare.startsWith("ex-") || bare.startsWith("vice-")) return ROLE_NOUNS.has(bare.slice(bare.indexOf("-") + 1));
  return ROLE_NOUNS.has(bare) || (!capitalized && /^[a-z]{3,}(?:ist|ographer|ician)s?$/u.test(bare));
}

/** Heads of noun phrases naming an unnamed person: "an informed source in Damascus". */
export const ANONYMOUS_PERSON_NOUNS: ReadonlySet<string> = wordSet(`
  source sources official officials spokesman spokeswoman spokesperson aide aides commenter witness witnesses
  resident residents person people diplomat diplomats officer officers insider employee employees staffer
  analyst analysts expert experts observer user woman man neighbor neighbour friend relative doctor doctors
  aunt uncle mother father son daughter wife husband brother sister cousin grandmother grandfather colleague
  physician physicians author authors researcher researchers scientist scientists lawyer lawyers attorney
  executive executives manager critic critics supporter supporters protester protesters victim survivor teacher
  student students parent parents member members voter voters worker workers customer customers fan fans leader
  leaders lawmaker lawmakers prosecutor prosecutors investigator investigators censor censors commander soldier
  soldiers militant militants rebel rebels activist activists organizer organizers owner owners director
  president minister secretary ambassador envoy chief head governor mayor senator judge economist economists
  strategist strategists consultant consultants official patient patients passenger passengers shopper shoppers
  visitor visitors tourist tourists commuter commuters driver drivers homeowner homeowners caller callers viewer
  viewers reader readers spectator spectators bystander bystanders eyewitness eyewitnesses guest guests
  associate associates follower followers individual individuals commenters users someone
`);

/**
 * Heads and words that make a phrase an organisation: "the army general command", "Syrian Observatory".
 * The lexicon's heads of organisation names ("Airways", "Society") are among them, so phrases and typing agree.
 */
export const ORGANIZATION_WORDS: ReadonlySet<string> = wordSet(`${ORGANIZATION_HEADS}

  command army military ministry government agency department office council committee commission institute
  institution university college school center centre observatory company corporation corp corp. inc inc. co co.
  ltd ltd. llc plc group association union federation foundation organization organisation bank fund board
  authority bureau service services police court party campaign administration statement letter report study
  survey television tv radio news newspaper agency network channel media press times post journal herald tribune
  daily magazine review club team league parliament congress senate house cabinet kremlin pentagon court
  hospital clinic firm lab laboratory network coalition alliance forces force navy guard embassy consulate
  mission regime state website blog ministry secretariat directorate division unit brigade battalion regiment
  squad prosecutors studio studios airline airlines systems technologies partners holdings capital management
  securities research index exchange tribunal assembly municipality city county district province region
`);

/** An organisation word, singular or plural: "Lab", "Labs", "Studios". */
export function isOrganizationWord(bare: string): boolean {
  // Not the plural of a three-letter head: "the feds" are no Fed.
  return ORGANIZATION_WORDS.has(bare) || (bare.length >= 5 && bare.endsWith("s") && ORGANIZATION_WORDS.has(bare.slice(0, -1)));
}

/** Nouns for the words themselves, not a speaker: "the letter said", "a statement said". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = wordSet(`
  statement letter report study survey filing complaint lawsuit indictment memo document post tweet release
  announcement notice paper email e-mail message note order ruling decision verdict policy plan proposal bill
  law website site page account video ad advertisement
`);

/**
 * Adjectives of nationality: "Syrian President Karim Nasser" names a role in a
 * country, not an organisation, so the adjective is not an affiliation.
 */
export function isDemonym(word: string): boolean {
  // "QBI", "ZNI": an acronym ending in -i or -ic is an organisation, not a nationality.
  if (/^[A-Z]{2,}$/u.test(word)) return false;
  const w = word.toLowerCase();
  // "Hungarian-American", "Oscar-winning", "Delhi-based": origins and descriptions, not organisations.
  if (w.includes("-")) return w.split("-").every((part) => isDemonym(part)) || /-(winning|based|born|nominated|led|backed|owned|run|funded|style|area|era)$/u.test(w);
  return DEMONYMS.has(w) || /^[a-z]+(ian|ean|ese|ish|ic|i)$/u.test(w) && !ORGANIZATION_WORDS.has(w) && !/(republic|public|clinic|traffic|music|logic)$/u.test(w);
}

const DEMONYMS: ReadonlySet<string> = wordSet(`
  american russian syrian chinese british french german israeli iranian iraqi turkish japanese korean indian
  pakistani afghan ukrainian polish spanish italian mexican canadian australian egyptian saudi emirati qatari
  jordanian lebanese palestinian kurdish greek dutch belgian swiss swedish norwegian danish finnish irish
  scottish welsh english brazilian argentine chilean venezuelan cuban nigerian kenyan ethiopian south north west
  east european african asian arab western eastern federal national local state regional
`);
