// Lines scraped along with the article body: widgets, navigation, comment counters, copyright, promotions.
// "{outlet}", "{agency}", "{year}" and "{n}" are replaced.
export const TOP_DEBRIS: readonly string[] = [
  ". | . |\n|\n. |",
  "Home | World | Europe | Politics",
  "Share on Facebook Share on Twitter Share on LinkedIn Email",
  ", Comments {n} comments",
  "Share this article",
  "Print | Email | Share",
  "Advertisement",
  "Skip to main content",
  "Menu Search Subscribe Sign in",
  "Listen to this article",
  "{n} views",
];

export const BOTTOM_DEBRIS: readonly string[] = [
  "© {year} {agency}",
  "Copyright {year} {outlet}. All rights reserved.",
  "{n} Comments To This Article",
  "No comments:\nPost a Comment",
  "Exit mobile version",
  "» Related Articles:",
  "Read more: {outlet} World News",
  "Follow us on Twitter and Facebook",
  "We need your support so can keep delivering news and information! Thank you!",
  "Click here to subscribe to our daily newsletter",
  "Learn about the Superpowers of the 21st Century at {outlet} Learn about nuclear weapons doctrine and defense at {outlet}",
  "Comments ({n})",
  "Report an error",
  "This material may not be published, broadcast, rewritten or redistributed.",
];

export const MID_DEBRIS: readonly string[] = [
  "Advertisement",
  "READ MORE:",
  "Story continues below advertisement",
  "Share",
  "Related: Latest updates",
];
