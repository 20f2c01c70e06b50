/**
 * The few word lists no maintained package provides, typed by hand and kept
 * short: each says why it is here. Everything else in src/core/lexicon comes
 * from packages (see build.ts). Entries are written as they appear in text.
 */

/**
 * Social platforms and other media a person posts on or appears on ("wrote on
 * Instagram", "said on X"). No npm package keeps such a list. The company
 * behind a platform may speak ("Facebook said"): that reading is the caller's.
 */
export const PLATFORMS: readonly string[] = [
  "Instagram", "Facebook", "Twitter", "X", "TikTok", "YouTube", "Telegram", "WhatsApp", "Threads", "Bluesky",
  "Truth Social", "Reddit", "LinkedIn", "Snapchat", "Substack", "Weibo", "WeChat", "Mastodon", "Signal",
  "Discord", "Twitch", "Spotify", "Medium", "Rumble", "Gab", "Parler", "Tumblr", "Pinterest", "Clubhouse",
  "VKontakte", "VK", "Douyin", "Kick", "Patreon", "OnlyFans", "Zoom", "Skype", "Apple Podcasts", "SoundCloud",
  "Vimeo", "Flickr", "Quora", "Nextdoor", "Gettr", "Koo", "Line", "Viber", "iMessage",
];

/**
 * Platform names that are also ordinary words or letters: a platform only
 * where the context says so ("on X", "on Signal", "via Zoom").
 */
export const PLATFORMS_ONLY_IN_CONTEXT: readonly string[] = [
  "X", "Threads", "Signal", "Medium", "Line", "Kick", "Koo", "Zoom", "Discord", "Gab", "VK",
];

/**
 * News outlets, agencies and programmes that interview people: a person who
 * "told the Daily Planet" is not its staff. No npm package keeps such a list;
 * names of the outlet shape ("… Times", "Daily …") are typed by shape too.
 */
export const OUTLETS: readonly string[] = [
  "Reuters", "Agence France-Presse", "AFP", "Bloomberg", "Bloomberg News", "BBC",
  "BBC News", "CNN", "Fox News", "MSNBC", "CNBC", "NBC", "NBC News", "ABC", "ABC News", "CBS", "CBS News",
  "NPR", "PBS", "C-SPAN", "New York Times", "Washington Post", "Wall Street Journal", "USA Today",
  "Los Angeles Times", "Guardian", "Financial Times", "Economist", "Politico", "Axios", "The Hill",
  "Al Jazeera", "Al Arabiya", "Der Spiegel", "Spiegel", "Le Monde", "Le Figaro", "Haaretz", "Atlantic",
  "New Yorker", "Time magazine", "Newsweek", "Forbes", "Fortune magazine", "Vox", "BuzzFeed News", "HuffPost",
  "Huffington Post", "Daily Mail", "Independent", "Sky News", "Deutsche Welle", "DW", "France 24", "RT",
  "Sputnik", "Xinhua", "TASS", "Interfax", "RIA Novosti", "Kyodo", "Yonhap", "NHK", "CBC", "Euronews",
  "Channel 4", "ITV", "New York Post", "Chicago Tribune", "Boston Globe", "Times of Israel",
  "South China Morning Post", "Nikkei", "Kommersant", "Variety", "Rolling Stone", "Semafor", "Intercept",
  "ProPublica", "Mother Jones", "Breitbart", "Breitbart News", "Newsmax", "Vanity Fair", "60 Minutes",
  "Meet the Press", "Face the Nation", "Good Morning America", "Today show", "Fox & Friends", "TMZ",
  "Page Six", "Daily Beast", "Salon", "Slate", "Wired", "TechCrunch", "The Verge", "Business Insider",
  "Insider", "Yahoo News", "Sinclair", "Telemundo", "Univision", "Le Parisien", "El País", "Corriere della Sera",
  "Times", "Sunday Times", "Telegraph", "Observer", "Mirror", "Sun",
];

/** Outlet names that are also ordinary words: an outlet only with "the" before them or "told"/"to" before that ("told the Sun"). */
export const OUTLETS_ONLY_IN_CONTEXT: readonly string[] = [
  "Times", "Telegraph", "Observer", "Mirror", "Sun", "Independent", "Guardian", "Atlantic", "Economist",
  "Intercept", "Insider", "Salon", "Slate", "Variety", "Wired", "Sinclair",
];

/** Last words of an outlet's name ("Quill Gazette", "the Zorg Herald") and first ones ("Daily Planet"). */
export const OUTLET_HEADS: readonly string[] = [
  "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "News", "Newspaper", "Magazine",
  "Courier", "Inquirer", "Telegraph", "Dispatch", "Examiner", "Bulletin", "Register", "Sentinel", "Star-Ledger",
  "Enquirer", "Mercury", "Monitor", "Review", "Reporter", "Press", "Radio", "TV", "Television", "Broadcasting",
  "Podcast", "Weekly", "Daily",
];
export const OUTLET_OPENERS: readonly string[] = ["Daily", "Radio", "Channel"];

/**
 * US party letters and names as news writes them ("R-Texas", "a Democrat",
 * "the GOP senator"). A closed convention, not a data set.
 */
export const PARTIES: Readonly<Record<string, string>> = {
  R: "Republican", D: "Democrat", I: "Independent", L: "Libertarian", G: "Green",
  GOP: "Republican", Republican: "Republican", Republicans: "Republican", Democrat: "Democrat",
  Democrats: "Democrat", Democratic: "Democrat", Independent: "Independent", Libertarian: "Libertarian",
  DFL: "Democrat", Labour: "Labour", Tory: "Conservative", Tories: "Conservative",
};

/**
 * Demonyms the country data lacks or gives another form of: the nations of
 * Britain, and common news forms ("Saudi", "Argentinian", "Briton").
 */
export const EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
  English: "England", Scottish: "Scotland", Scots: "Scotland", Welsh: "Wales", "Northern Irish": "Northern Ireland",
  Briton: "United Kingdom", Brit: "United Kingdom", Saudi: "Saudi Arabia", Argentinian: "Argentina",
  Soviet: "Soviet Union", Kosovar: "Kosovo", Emirati: "United Arab Emirates", Czech: "Czechia",
  Dutch: "Netherlands", American: "United States", French: "France", Chinese: "China", Danish: "Denmark",
  Congolese: "DR Congo", Korean: "South Korea", Irish: "Ireland", Filipino: "Philippines", Afghan: "Afghanistan",
  Kuwaiti: "Kuwait", Kazakh: "Kazakhstan", Swede: "Sweden", Dane: "Denmark", Spaniard: "Spain", Pole: "Poland",
  Turk: "Turkey", Finn: "Finland", Scot: "Scotland", Welshman: "Wales", Englishman: "England",
};

/** The name news writes where the country data's common name differs. */
export const NEWS_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  "Türkiye": "Turkey",
};

/** Short names of countries that news uses and the country data leaves out. */
export const EXTRA_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  Britain: "United Kingdom", "Great Britain": "United Kingdom", America: "United States", Holland: "Netherlands",
  Burma: "Myanmar", "Czech Republic": "Czechia", Turkey: "Turkey", "North Korea": "North Korea",
  "South Korea": "South Korea", Congo: "DR Congo", US: "United States", "U.S.": "United States",
  "U.S.A.": "United States", "U.K.": "United Kingdom", UK: "United Kingdom",
};

/** Place names the country and city data leave out: the parts of Britain, continents and news regions. */
export const EXTRA_PLACES: readonly string[] = [
  "England", "Scotland", "Wales", "Northern Ireland", "Europe", "Asia", "Africa",
  "North America", "South America", "Latin America", "Americas", "Middle East", "Gaza", "Gaza Strip",
  "West Bank", "Crimea", "Donbas", "Kashmir", "Balkans", "Caribbean", "Pacific", "Atlantic", "Arctic",
  "Antarctica", "Sahel", "Scandinavia", "Siberia", "Kurdistan", "Tibet", "Xinjiang", "Hong Kong", "Macau",
  "Silicon Valley", "Wall Street", "Capitol Hill", "Soviet Union", "Midwest", "Appalachia", "New England",
  "Washington", "Brooklyn", "Manhattan", "Queens", "Bronx", "Harlem", "Gulf", "Persian Gulf", "Red Sea",
  "Black Sea", "Mediterranean", "Baltic", "Indo-Pacific", "Eurozone", "Westminster",
];

/** Last words that make a name a place or a building, never a speaker: "Quill Tower", "Vole County", "Harbour Bridge". */
export const PLACE_HEADS: readonly string[] = [
  "tower", "towers", "street", "avenue", "boulevard", "road", "square", "plaza", "bridge", "airport", "stadium",
  "arena", "county", "river", "lake", "island", "islands", "beach", "valley", "bay", "canyon", "mountains",
  "peninsula", "coast", "heights", "highway", "parkway", "basin", "canal", "creek", "desert", "forest", "glacier",
  "gulf", "harbor", "lagoon", "ocean", "plains", "plateau", "reservoir", "sea", "strait", "wetlands",
];

/** Words of direction before a known place that keep it a place: "South Ruritania", "upstate Quill". */
export const PLACE_DIRECTIONS: readonly string[] = [
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
  "northwest", "southeast", "southwest", "upstate", "downstate", "greater",
];

/**
 * Capitalised words that open a sentence and are no names ("Earlier, …",
 * "Overall, …"). Adverbs in -ly are added from compromise's adjectives by
 * the build; these are the discourse words that shape misses.
 */
export const OPENERS: readonly string[] = [
  // Decades: "in the Seventies" is a time, never a speaker.
  "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "noughties",
  "earlier", "later", "overall", "still", "meanwhile", "separately", "instead", "nonetheless", "nevertheless",
  "moreover", "furthermore", "however", "likewise", "besides", "otherwise", "indeed", "conversely",
  "accordingly", "consequently", "hence", "thus", "therefore", "regardless", "elsewhere", "afterward",
  "afterwards", "altogether", "further", "plus", "anyway", "again", "also", "yet", "then", "now", "today",
  "yesterday", "tonight", "tomorrow", "first", "second", "third", "fourth", "fifth", "next", "last", "lastly",
  "finally", "initially", "previously", "recently", "lately", "currently", "ultimately", "eventually",
  "additionally", "notably", "importantly", "critically", "crucially", "interestingly", "ironically",
  "surprisingly", "unfortunately", "fortunately", "hopefully", "clearly", "obviously", "certainly",
  "admittedly", "apparently", "reportedly", "allegedly", "ostensibly", "privately", "publicly", "officially",
  "specifically", "particularly", "especially", "briefly", "sadly", "similarly", "alternatively", "basically",
  "essentially", "frankly", "honestly", "personally", "politically", "historically", "traditionally",
  "typically", "usually", "generally", "often", "sometimes", "occasionally", "soon", "shortly", "once",
  "already", "always", "never", "perhaps", "maybe", "meantime", "overnight", "nearby", "abroad", "ahead",
  "inside", "outside", "here", "there", "so", "well", "sure", "yes", "no", "okay", "ok", "thanks", "please",
  "asked", "added", "updated", "editor", "correction", "advertisement", "related", "read", "watch", "listen",
  "photo", "video", "caption", "source", "sources", "breaking", "exclusive", "analysis", "opinion", "update",
  // Indefinite pronouns: "Nobody wants …", "Everyone said …".
  "nobody", "somebody", "everybody", "anybody", "everyone", "someone", "anyone", "nothing", "something", "everything",
  // Numbers and spans of time: "Eight years ago, …", "Hours later, …".
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
  "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "millions", "dozen", "dozens",
  "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
];

/**
 * Holidays, capitalised and no names: "Christmas", "Thanksgiving". No package
 * keeps them. HOLIDAY_DAYS name a day only before "Day" or "Eve" ("Labor Day",
 * "New Year's Eve"; "Doris Day" stays a person).
 */
export const HOLIDAYS: readonly string[] = [
  "christmas", "easter", "thanksgiving", "halloween", "ramadan", "hanukkah", "hanukah", "chanukah", "passover",
  "diwali", "kwanzaa", "pentecost", "lent", "advent",
];
export const HOLIDAY_DAYS: readonly string[] = [
  "new", "year's", "years", "labor", "labour", "memorial", "independence", "boxing", "election", "valentine's",
  "veterans", "presidents", "mother's", "father's", "inauguration", "armistice", "remembrance", "anzac", "canada",
  "australia", "bastille", "columbus", "juneteenth", "may", "groundhog", "patriots", "patriot", "st.", "saint",
  "patrick's", "good", "ash", "palm", "holy", "maundy", "black", "cyber", "giving", "earth", "victory",
];

/**
 * Capitalised words of the demonym shape (-ian, -ean, -ese) that name no
 * people: faiths, eras, schools of thought, professions. Guessing a country
 * from an unknown demonym ("Ruritanian" → Ruritania) skips them.
 */
export const NOT_DEMONYMS: readonly string[] = [
  "christian", "presbyterian", "episcopalian", "unitarian", "lutheran", "anglican", "rastafarian", "victorian",
  "edwardian", "elizabethan", "jacobean", "caesarean", "cesarean", "bayesian", "keynesian", "darwinian",
  "freudian", "orwellian", "machiavellian", "shakespearean", "hegelian", "marxian", "jeffersonian",
  "hamiltonian", "lagrangian", "gaussian", "euclidean", "utopian", "dystopian", "libertarian", "authoritarian",
  "totalitarian", "humanitarian", "egalitarian", "vegetarian", "veterinarian", "librarian", "parliamentarian",
  "guardian", "comedian", "civilian", "median", "pedestrian", "historian", "musician", "physician",
  "politician", "technician", "magician", "obstetrician", "pediatrician", "statistician", "academician",
  "electrician", "mathematician", "legalese", "journalese", "manganese", "obese", "these", "cheese",
];

/**
 * Titles and honorifics before a name that make it a person ("Sen. Jo Lee",
 * "Foreign Minister Jo Lee"). Lower-case, dots kept.
 */
export const PERSON_TITLES: readonly string[] = [
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord", "lady",
  "rep", "rep.", "reps.", "sen", "sen.", "sens.", "del.", "gov", "gov.", "lt", "lt.", "col", "col.", "gen", "gen.", "maj",
  "maj.", "capt", "capt.", "sgt", "sgt.", "cmdr", "cmdr.", "adm", "adm.", "rev", "rev.", "fr", "fr.", "pres",
  "pres.", "atty", "atty.", "supt", "supt.", "det", "det.", "insp", "insp.", "cpl", "cpl.", "pvt", "pvt.",
  "president", "premier", "chancellor", "ambassador", "secretary", "minister", "senator", "representative",
  "congressman", "congresswoman", "governor", "mayor", "judge", "justice", "sheriff", "officer", "detective",
  "king", "queen", "prince", "princess", "pope", "sheikh", "emir", "rabbi", "imam", "bishop", "cardinal",
  "pastor", "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman", "spokesperson", "coach",
  "professor", "doctor", "councilman", "councilwoman", "councilmember", "lawmaker", "commissioner", "ceo",
  "colonel", "lieutenant", "captain", "sergeant", "commander", "admiral", "general", "speaker", "leader",
  "attorney", "prosecutor", "economist", "analyst", "author", "actor", "actress", "singer", "rapper",
];

/**
 * Heads that make a name an organisation ("Acme Inc.", "the Quill Party",
 * "Ministry of Health"). Lower-case, dots kept; plurals are read by the stage.
 */
export const ORGANIZATION_HEADS: readonly string[] = [
  "inc", "enforcement", "investigations", "protection", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "llp", "plc", "gmbh", "ag", "sa", "nv",
  "company", "corporation", "group", "holdings", "partners", "associates", "industries", "enterprises",
  "technologies", "systems", "labs", "laboratories", "bank", "fund", "capital", "securities", "airlines",
  "airways", "motors", "pharmaceuticals", "energy", "party", "committee", "commission", "council", "department",
  "ministry", "agency", "administration", "authority", "bureau", "office", "service", "services", "board",
  "institute", "institution", "university", "college", "school", "academy", "center", "centre", "foundation",
  "association", "society", "union", "federation", "league", "alliance", "coalition", "campaign", "movement",
  "front", "brigade", "brigades", "army", "forces", "navy", "guard", "police", "court", "tribunal",
  "parliament", "congress", "senate", "assembly", "cabinet", "government", "embassy", "consulate", "hospital",
  "clinic", "church", "club", "team", "fc", "observatory", "network", "trust", "initiative", "project",
  "caucus", "organization", "organisation", "secretariat", "directorate", "command", "corps", "watch", "fed",
];

/**
 * Institutions and armed groups news names as speakers that compromise's
 * organisation list lacks ("the Kremlin said", "Hamas said").
 */
export const EXTRA_ORGANIZATIONS: readonly string[] = [
  "Kremlin", "White House", "Pentagon", "State Department", "Downing Street", "Elysee", "Élysée", "Quai d'Orsay",
  "Bundestag", "Knesset", "Duma", "Politburo", "Hamas", "Hezbollah", "Taliban", "Houthis", "Islamic State",
  "ISIS", "Wagner", "IDF", "Apple", "Amazon", "Meta", "Alphabet", "Microsoft", "OpenAI", "Nvidia", "Tesla",
  "SpaceX", "Boeing", "Airbus", "Pfizer", "Moderna", "Supreme Court", "Capitol Police", "Scotland Yard",
];

/** Words that join the parts of an organisation's name ("Ministry of Health", "Bureau for …"). */
export const NAME_JOINERS: readonly string[] = ["of", "for", "and", "&", "the", "de", "du", "des", "la", "on"];
