// Hand-curated word lists for telling names from other capitalised words.

/** Capitalised words that are never an actor or part of one. */
export const NON_NAMES: readonly string[] = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
  "The",
  "A",
  "An",
  "This",
  "That",
  "These",
  "Those",
  "It",
  "Its",
  "He",
  "She",
  "They",
  "We",
  "I",
  "You",
  "His",
  "Her",
  "Their",
  "Our",
  "My",
  "Your",
  "But",
  "And",
  "Or",
  "If",
  "When",
  "While",
  "Although",
  "Though",
  "After",
  "Before",
  "Despite",
  "Since",
  "As",
  "At",
  "In",
  "On",
  "Of",
  "For",
  "With",
  "From",
  "By",
  "To",
  "Meanwhile",
  "However",
  "Also",
  "Yet",
  "Still",
  "Then",
  "Now",
  "Today",
  "Yesterday",
  "Tomorrow",
  "Here",
  "There",
  "Why",
  "What",
  "Who",
  "How",
  "Where",
  "Which",
  "Some",
  "Many",
  "Most",
  "All",
  "No",
  "Not",
  "One",
  "Two",
  "Three",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "Christmas",
  "Easter",
  "Ramadan",
  "Internet",
  "Web",
  "God",
  "Cold",
  "War",
  "Comments",
  "Comment",
  "Tags",
  "Related",
  "Articles",
  "Share",
  "Tweet",
  "Email",
  "Print",
  "Read",
  "More",
  "Advertisement",
  "Photo",
  "Video",
  "Copyright",
  "Reuters/",
  "Getty",
  "Images",
];

/** Lower-case particles that may sit inside a person's name: "Ursula von der Leyen", "Bashar al-Assad". */
export const NAME_PARTICLES: readonly string[] = [
  "von",
  "van",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "do",
  "dos",
  "das",
  "du",
  "la",
  "le",
  // French places': "Port aux Basques", "Baie au Sel"
  "aux",
  "au",
  "bin",
  "bint",
  "binti",
  // Iban and Malay "child of": "Sibat anak Jelani"
  "anak",
  "ibn",
  "al",
  "el",
  "ben",
  "abu",
  "y",
  "zu",
  "ter",
  "ten",
  "af",
];

/** Lower-case words that may sit inside an organisation's or place's name: "Bank of England", "Ministry of Defence". */
export const NAME_CONNECTORS: readonly string[] = ["of", "for", "and", "&", "the", "on", "de", "do", "du", "des"];

/** Pronouns by the gender and number they refer to. */
export const PRONOUNS: Readonly<Record<string, "m" | "f" | "p" | "n">> = {
  he: "m",
  him: "m",
  his: "m",
  himself: "m",
  she: "f",
  her: "f",
  hers: "f",
  herself: "f",
  they: "p",
  them: "p",
  their: "p",
  it: "n",
  its: "n",
};

/**
 * Chinese and Korean family names, which come first: "Xi Jinping" is "Xi" on second mention, "Moon Jae-in" is
 * "Moon". Romanised as English-language news writes them.
 */
export const SURNAMES_FIRST: readonly string[] = (
  "Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin Guo Ma Luo Liang Song Zheng Xie Han " +
  "Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du " +
  "Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Mao Qiu Qin Gu Hou Shao Meng " +
  "Duan Lei Qian Yin Wen Kim Lee Park Choi Jung Chung Kang Cho Yoon Yun Jang Lim Oh Seo Shin Kwon Hwang Ahn Yoo " +
  "Hong Moon Ban Roh Chun Ko Tsai Chiang Soong Ho Chan Leung Wong Lam Tsang Yeung Cheung Hun"
).split(" ");

/** Generational suffixes that stay part of a name. */
export const NAME_SUFFIXES: readonly string[] = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

/**
 * Given names that the English lists give to one sex but that another language, or common use, gives to the
 * other or to both: "Jean" and "Claude" are men in French, "Andrea", "Michele" and "Simone" in Italian, "Matti"
 * and "Kari" in Finnish and Norwegian, "Karma" in Bhutan either. Their gender is left open, so that "he said"
 * after "Matti Kangas" is his.
 */
export const EITHER_SEX_NAMES: readonly string[] = (
  "Jean Andrea Nicola Simone Michele Daniele Gabriele Dominique Claude Camille Matti Kari Mika Akira Karma Kim " +
  "Sasha Joan Leslie Marion Aubrey Lindsay Sandy Eden Jody Robin Jamie Morgan Taylor Jordan Alexis Ariel"
).split(" ");
