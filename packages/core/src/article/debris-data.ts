// Phrases that mark page debris around news articles, by removal reason. Data only: the rules that use
// them live in debris.ts. Patterns are matched against one folded line (quotes and dashes in ASCII) and
// must stay linear: no nested quantifiers.
import type { RemovalReason } from "../schema/article.js";

/** A whole-line pattern and the reason for setting the line aside. */
export interface DebrisPattern {
  readonly reason: RemovalReason;
  readonly name: string;
  readonly pattern: RegExp;
  /**
   * A phrase every match holds, for a pattern that reads far into the line before it can fail: the line is
   * searched for the phrase (in any case) before the pattern is tried.
   */
  readonly phrase?: string;
}

/**
 * Lines that are debris wherever they stand, as long as they are short (see MAX_DEBRIS_LINE in debris.ts).
 * Each is anchored at the start of the line (debris.ts relies on it for speed) so that a body sentence mentioning the words is left alone.
 */
export const DEBRIS_PATTERNS: readonly DebrisPattern[] = [
  { reason: "comments", name: "comment counter", pattern: /^[\s,.|-]*\d*\s*comments?\s*:?\s*\d*\s*(comments?)?\s*$/i },
  {
    reason: "comments",
    name: "comments heading",
    // ("Readers' Comments (1)", "Comments on: Tornado kills at least 2 in Kansas town")
    pattern:
      /^[\s,.|-]*(?:(?:readers?|users?|visitors?)'? )?(?:comments?|responses?|replies)(?:\b.{0,30}$| (?:on|to|for): .{2,120}$)/i,
  },
  {
    reason: "comments",
    name: "comment count",
    pattern: /^\s*(no|\d+|one)\s+(comments?|responses?|replies|thoughts)\b.{0,40}$/i,
  },
  {
    reason: "comments",
    name: "comment form",
    pattern:
      /^\s*(post|add|leave|write|submit|view|show|read|load|join|jump to|skip to|go to)\s+(a|an|your|the|all|more)?\s*(comments?|reply|replies|responses?|discussion|conversation)\b.{0,40}$/i,
  },
  {
    reason: "comments",
    name: "comment invitation",
    // "Join the conversation! 24.com encourages commentary ...", "Would you like to comment on this article?",
    // "Register (it's quick and free) or sign in now.", "Please read our Comment Policy before commenting."
    pattern:
      /^\s*(join the (conversation|discussion|debate)\s*[!:.]|would you like to (comment|share your (views|thoughts))\b.{0,60}$|register\b.{0,40}\bor (sign|log) ?in( now)?\.?\s*$|(please )?read our comment(ing|s)? (policy|guidelines|rules)\b.{0,80}$|to report abuse\b.{0,120}$|comments (will be|are) (moderated|reviewed|screened)\b)/i,
  },
  {
    reason: "comments",
    name: "commenter",
    // "hogfan_72 says...": a reader's handle over the comment
    pattern: /^\s*[\w.@-]{2,30}( [\w.@-]{2,30}){0,2} says(\.\.\.|\u2026|:)\s*$/,
  },
  {
    reason: "comments",
    name: "comment notice",
    pattern:
      /^\s*(you must be logged in|log in to (comment|reply)|your email address will not be published|be the first to comment|comments are closed|comments (are|have been) (closed|disabled)|your comments are welcome\b)/i,
  },
  {
    reason: "metadata",
    name: "source credit",
    pattern: /^\s*sources?:\s*[^.]{2,60}?\s*(and|&|,)\s*(news |wire )?agencies\.?\s*$/i,
  },
  {
    reason: "metadata",
    // "PTI ANK DJI RT": a wire's name and its editors' initials closing the story
    name: "editors' initials",
    pattern: /^\s*[A-Z]{2,7}(?:\s+[A-Z]{2,4}){3,5}\s*$/,
  },
  {
    reason: "other",
    // "Disclaimer: This story has not been edited by staff and is auto-generated from a syndicated feed."
    name: "feed disclaimer",
    pattern: /^\s*disclaimer:\s.{0,200}\b(?:edited|syndicated|auto-generated|feed|views)\b.{0,120}$/i,
  },
  {
    reason: "other",
    name: "affiliate disclosure",
    pattern:
      /^\s*(if you (buy|purchase) (something|anything|a product) (from|through) (an? |our )?[\w ]{0,30}links?\b|we may (earn|receive) (a )?(small )?(commission|share of sales)\b|this (article|post|story) contains affiliate links\b).{0,200}$/i,
  },
  {
    reason: "metadata",
    name: "update note",
    pattern: /^\s*\((updates?|adds|recasts|corrects|changes)\b.{0,160}\)\s*$/i,
  },
  {
    reason: "byline",
    name: "production credits",
    pattern:
      /^[\s\u2014\u2013-]*(additional )?(reporting|writing|written|editing|compiled|produced|translated|research|graphics)( and [a-z]+)? by\b.{0,200}$/i,
  },
  {
    reason: "byline",
    name: "production credits",
    // "Story by Ines Vale. Translation by Tom Reed.": the writer and the others credited, as sentences
    pattern:
      /^\s*(story|text|words|report|article|interview) by [A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}( and [A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3})?\.( (translation|translated|photos?|photographs|editing|edited|illustrations?|video|graphics|design|additional reporting)( and [a-z]+)? by [^.]{2,80}\.)+\s*$/i,
  },
  {
    reason: "byline",
    name: "reporter contact",
    pattern: /^.{0,80}\b(can|may) be reached\b.{0,40}(@|\bat \(?\d|\bon twitter\b|\bvia\b).{0,80}$/i,
    phrase: "be reached",
  },
  {
    reason: "byline",
    name: "reporter contact",
    pattern: /^.{0,80}\b(can|may) be contacted\b.{0,40}(@|\bat \(?\d|\bon twitter\b|\bvia\b).{0,80}$/i,
    phrase: "be contacted",
  },
  {
    reason: "byline",
    name: "assistance credits",
    pattern:
      /^[\s\u2014\u2013-]*[Ww]ith assistance (by|from) [A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}((, | and )[A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}){0,4}\.?\s*$/,
  },
  {
    reason: "byline",
    name: "contributors",
    pattern:
      /^.{0,160}\bcontributed (?:reporting\b.{0,60}|(?:reporting )?to (?:this|the) (?:report|story|article)\.?\s*)$/i,
    phrase: "contributed",
  },
  {
    reason: "byline",
    name: "author beat",
    pattern:
      // ("Elena Marsh covers education for KCUR 89.3. Email her at elenam@kcur.org.": stops inside numbers and
      // addresses end no sentence)
      /^\s*(?!The )[A-Z][\w.'-]+( [A-Z][\w.'-]+){1,3}( joined [^.]{3,60} and)? (covers|writes about|reports on) ([^.]|\.(?=[\da-z])){3,120}\.( ([^.]|\.(?=[\da-z])){3,120}\.)?( More about [A-Z][\w.'-]+( [A-Z][\w.'-]+){1,3})?\s*$/,
  },
  {
    reason: "widget",
    name: "republish link",
    pattern: /^\s*republish (this|the) (article|story)\s*$/i,
  },
  {
    reason: "related",
    name: "author's stories",
    pattern: /^\s*More (stories )?by [A-Z][\w.'-]+( [A-Z][\w.'-]+){1,3}\s*$/,
  },
  {
    reason: "copyright",
    name: "republished notice",
    // "This article first appeared on Mississippi Today and is republished here under a Creative Commons license."
    pattern:
      /^\s*this (article|story) (first )?(appeared|was (first )?published) (on|in|by) .{2,80}\b(republished|creative commons)\b.{0,200}$/i,
  },
  {
    reason: "appeal",
    name: "newsroom mission",
    // "Oklahoma Watch, at oklahomawatch.org, is a nonprofit, nonpartisan media organization that covers ..."
    pattern:
      /^.{2,80}\bis an? (independent, )?(nonprofit|non-profit|not-for-profit)(,? (nonpartisan|non-partisan|independent))* (newsroom|news (organization|organisation|site|service|outlet)|media organi[sz]ation|journalism organi[sz]ation)\b.{0,400}$/i,
    phrase: "profit",
  },
  {
    reason: "appeal",
    name: "supporters disclosure",
    // "Disclosure: X and Y have been financial supporters of ...", "Financial supporters play no role in ..."
    pattern: /^\s*(disclosure:.{0,300}|financial supporters play no role\b.{0,200})$/i,
    phrase: "financial support",
  },
  {
    reason: "appeal",
    name: "journalism appeal",
    // "Mississippi Today is a nonprofit newsroom. Support independent journalism: donate today."
    pattern: /^\s*support (independent|local|nonprofit) journalism\b.{0,120}$/i,
    phrase: "journalism",
  },
  {
    reason: "other",
    name: "age notice",
    // "This article was published more than 7 years ago. Some information may no longer be current.", "This article
    // is more than 5 years old", "This article was published today at 3:12 a.m."
    pattern:
      /^\s*this (article|story|content|page) (was (published|posted|written) (more than |over )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (years?|months?) ago|is (more than |over )(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (years?|months?) old|was (published|posted|updated) (today|yesterday)( at [\d:.]+ ?[ap]\.?m\.?)?\.?\s*$)/i,
  },
  {
    reason: "widget",
    name: "view counter",
    // "This story has been viewed 8412 times."
    pattern: /^\s*this (article|story|post|page) has been (viewed|read|shared) [\d,]+ times\.?\s*$/i,
  },
  {
    reason: "widget",
    name: "gallery link",
    pattern: /^\s*open this (photo|image|picture|video) in (the )?gallery\s*:?\s*$/i,
  },
  {
    reason: "other",
    name: "print edition",
    pattern: /^\s*a version of this (article|story) (appears|appeared) in print\b.{0,300}$/i,
  },
  {
    reason: "byline",
    name: "author bio",
    pattern:
      /^\s*[A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3} (is|was) (a|an|the|our) [\w ,'-]{0,60}\b(reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|author|analyst|fellow|intern|freelancer)\b.{0,120}$/,
  },
  {
    reason: "byline",
    name: "author tenure",
    // "Jack Gallagher has covered sports for The Japan Times since 1997."
    pattern:
      /^\s*[A-Z][\w.'-]+( [A-Z][\w.'-]+){1,3} has (covered|reported on|written about|worked for|been with) [^.]{2,80}\bsince (19|20)\d\d\.?\s*$/,
  },
  {
    reason: "other",
    name: "standards notice",
    pattern: /^\s*(our standards|editorial standards|corrections policy|editor's note|clarification)\s*:/i,
  },
  {
    reason: "copyright",
    name: "copyright sign",
    pattern: /^\s*(\(c\)|©|copyright\s*(©|\(c\)|\d{4}|:|by\b|$)|all rights reserved)/i,
  },
  {
    reason: "copyright",
    name: "republication notice",
    pattern: /^\s*this (material|article|story|content) may not be (published|reproduced|broadcast)/i,
  },
  {
    reason: "copyright",
    name: "republication notice",
    pattern:
      /^\s*(this (article|story|post|piece) (was|is|has been) (originally|first) (published|posted)|(this article )?originally (published|appeared) (on|in|at|by)|(republished|reprinted|reproduced) (with permission|from|courtesy)|distributed by\b)/i,
  },
  {
    reason: "tags",
    name: "blog post footer",
    pattern: /^\s*(this (entry|post) was posted\b|posted in\b.{0,120}$|bookmark the permalink|filed in\b.{0,120}$)/i,
  },
  {
    reason: "tags",
    name: "tag list",
    pattern:
      /^\s*(tags|tagged( with)?|topics|keywords|filed under|categories|category|labels|more on|related topics|subjects?|document type|country|section)\s*:/i,
  },
  {
    reason: "tags",
    name: "tag heading",
    // "KEYWORDS" over the list of them
    pattern: /^\s*(tags|keywords|related topics|related tags)\s*$/i,
  },
  {
    reason: "related",
    name: "related heading",
    pattern:
      /^[\s»>•*"-]*(related( articles?| stor(y|ies)| news| content| coverage| posts?| links| reading| videos?| reports?)?|read more( (from|about) [\w .-]{1,30}| about)?|read also|also read|read(?=\s*[:|])|video(?=\s*:)|see also|similar (stories|articles|posts|news)|more like this|more (from|on) [\w .-]{1,30}|more (stories|news|articles)|recommended( for you| stories)?|you (may|might) also (like|be interested in)|most (read|popular|viewed|shared)|trending( now| stories)?|top stories|main (stories|news)|latest (news|stories)|editor's picks|don't miss|further reading|in other news|(next|previous) (article|post|story))\s*([:»>|-].{0,150})?$/i,
  },
  {
    reason: "widget",
    name: "share widget",
    // "[Watch Video]  Play  |  Share to: Kaixin  Renren  Sina Weibo": the sites to share the story on, listed
    pattern:
      /^(?:[^|]{0,30}(?:\||\]|\s{2}))?\s*share( this( article| story| post| page)?)?( to| on| via| with)?\s*:\s*(\S+\s*){1,8}$/i,
  },
  {
    reason: "widget",
    name: "share widget",
    pattern:
      /^[\s•*-]*(share( this( article| story| post)?)?( on (facebook|twitter|linkedin|whatsapp|reddit|email|x))?|click to (share|email|print|open)\b.*|tweet|(e-?mail|print|send)( this( article| page| story)?)?|pin it|whatsapp|facebook|twitter|linkedin|reddit|bluesky|threads|copy link|play|pause|save( article)?|bookmark|listen to (this )?article|font size|((very )?(normal|small|smaller|medium|large|larger) )?text size|(text|font) size\s*:?(\s*[a+-]){1,4}|reprints?|permalink)\s*[:|]?\s*$/i,
  },
  {
    reason: "widget",
    name: "social buttons",
    pattern:
      /^\s*((printer[- ]friendly( version| page)?|(e-?mail|print|send) this( story| article| page)?|e-?mail to a friend|share (?:this (?:item|article|story|post|page) )?(on|via|to) (facebook|twitter|x|linkedin|whatsapp|e-?mail|reddit|pinterest|telegram)|send this (?:page|story|article) to (?:someone|a friend)(?: via e-?mail)?|share (article|story|post)|a a a|share|tweet|facebook|twitter|x|linkedin|whatsapp|email|e-mail|print|pinterest|reddit|telegram|messenger|copy link|comments?(?:\s*\(?\d+\)?)?|flipboard|tumblr)[\s|,/•·]*){2,}$/i,
  },
  {
    reason: "widget",
    name: "follow links",
    // "Follow us: Facebook Twitter YouTube": the site's pages elsewhere
    pattern:
      /^\s*(?:follow us|connect with us|find us)\s*:?\s*(?:(?:facebook|twitter|youtube|instagram|linkedin|tiktok|telegram|whatsapp|x)\b[\s|,\u2022\u00b7]*){1,8}$/i,
  },
  {
    reason: "widget",
    name: "search by",
    // "Search STLtoday.com | Web Search powered by YAHOO! SEARCH": a search field and the engine behind it
    pattern:
      /^\s*(?:search\b[^|\n]{0,40}\|\s*)?(?:web |site )?search (?:is )?(?:powered|provided|enhanced) by\b.{0,40}$/i,
  },
  {
    reason: "navigation",
    name: "section banner",
    // "Business News - Breaking news from The Oregonian": a section's name and the site's line about itself
    pattern:
      /^\s*[\w&' -]{2,40}?\s[-|:]\s(?:[Bb]reaking|[Ll]atest|[Ll]ocal|[Tt]he latest|[Tt]op) [Nn]ews (?:from|of|for) (?:[Tt]he )?[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,4}\s*$/,
  },
  {
    reason: "navigation",
    name: "previous and next posts",
    // "« DART Board Punts on Cotton Belt | Main | Morning After »": a blog's links to the posts before and after
    // this one around its front page (a guillemet is a straight quote in the folded line)
    pattern:
      /^\s*(?:(?:["\u00ab\u2039]|<<?)\s*[^|\n]{2,150}\|\s*(?:main|home|front page)\s*(?:\|\s*[^|\n]{2,150}?\s*(?:["\u00bb\u203a]|>>?))?|(?:main|home|front page)\s*\|\s*[^|\n]{2,150}?\s*(?:["\u00bb\u203a]|>>?))\s*$/i,
  },
  {
    reason: "widget",
    name: "search box",
    // "Search Earth Times:  [ Go ]", "Search this site [Search]": a site's search field and its button
    pattern: /^\s*search\b[^.!?\n]{0,40}?:?\s*(?:\[[^\]]{0,20}\]\s*){1,2}$/i,
  },
  {
    reason: "widget",
    name: "page controls",
    // "Search the web", "A A A" (the text size)
    pattern: /^\s*(search the (web|site)|a-? a a\+?)\s*$/i,
  },
  {
    reason: "navigation",
    name: "language editions",
    // "Tiếng Việt", "Español | Français": links to the site in other languages
    pattern:
      /^\s*((español|français|deutsch|português|italiano|русский|中文|日本語|한국어|tiếng việt|bahasa indonesia|bahasa melayu|العربية|عربي|हिन्दी|türkçe|polski|українська|kiswahili)\s*[|/·•]?\s*){1,6}$/i,
  },
  {
    reason: "widget",
    name: "weather widget",
    // "Weather: 91° Partly cloudy", "Mumbai 31°C Haze", "18°C Light rain": the sky over the page, not the news
    pattern:
      /^\s*(?:weather\s*:?\s*)?(?:[a-z\u00c0-\u024f][a-z\u00c0-\u024f.' -]{0,30}?\s*[:|]?\s*)?-?\d{1,3}\s*°\s*[cf]?\b(?:\s*[a-z\u00c0-\u024f ,/-]{0,30})?$/i,
  },
  {
    reason: "widget",
    name: "gallery counter",
    pattern: /^\s*(image|photo|picture|slide)?\s*\d+\s*(of|\/)\s*\d+\s*$/i,
  },
  {
    reason: "widget",
    name: "page tools",
    // "Page 1 of 2 | Single Page", "Text size: A | A | A   Print   Email to a friend", "2 photos"
    pattern:
      /^\s*(page \d+ of \d+\b.{0,40}|(text|font) size\s*:?\s*(a\b.{0,60})?|\d+ (photos?|images?|pictures?|videos?))\s*$/i,
  },
  {
    reason: "header",
    name: "relative timestamp",
    // "2 hours ago", "Updated 5 mins ago", "Update: 4:35PM": when, relative to the page or by the clock alone
    pattern:
      /^\s*(?:(updated |posted |published )?(\d+|an?|one) (minutes?|mins?|hours?|hrs?|days?|weeks?) ago|(?:last )?(?:update[ds]?|posted|published)\s*:?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)\s*$/i,
  },
  {
    reason: "widget",
    name: "ad marker",
    pattern:
      /^\s*((story|article) continues( (below|after)( (the|this) )?( ?advertisement| ?ad)?)?|(advertisement|ad)\s*[-|:]\s*(scroll|continue) (down |to continue|reading)( below)?|continue reading (below|the (main )?story)|scroll (down )?(to continue|for (more|video))|click here\b.{0,80}|tap here\b.{0,80}|download (our|the) app\b.{0,80})\s*[.:]?\s*$/i,
  },
  {
    reason: "widget",
    name: "page widget",
    pattern:
      /^\s*(exit mobile version|sign in|sign up|log ?in|log ?out|register|subscribe( now| today)?|(print |digital )?subscriptions?|newsletters?|my account|support us|donate|donate to [\w.'-]+( [\w.'-]+)?|contribute|((skip|jump) to (the )?(main )?(content|navigation|menu|search|footer|site index)\s*)+|(skip )?advertisement|advertising|sponsored( content| by)?|loading\.*|close|menu|(left|right|main|top|side|mobile|open|site|toggle) menu|(open|close|toggle) navigation|now playing|up next|please enter a search term|weather alerts|qr code( ?qr code)?|watch( [\w.]+){0,2} (news|live|tv|now|video)|(watch|listen) live|live tv|search|home|back to top|scroll to top|toggle navigation|cookie (policy|settings)|accept cookies|we use cookies\b.*|we and our partners use cookies\b.*|(cookie policy|cookie notice|cookies|privacy|your privacy|privacy notice)\s*:\s*.{0,200}\bcookies\b.*|video player is loading|advertisement\s*hide ad|search (?:the )?(?:archives?|site)\b[^.]{0,30}|(this|our) (web)?site uses cookies\b.*|[\w.-]+( [\w.-]+){0,3} uses cookies\b.*|image|photo|video|watch|play video|enlarge this image|hide caption|toggle caption|view gallery|open gallery|previous|next|more|continue reading\.*|read full (article|story))\s*[:.]?\s*$/i,
  },
  {
    reason: "widget",
    name: "account links",
    pattern:
      /^\s*(sign in|sign up|log ?in|log ?out|register|subscribe( now)?|my account|e-?paper|e-?edition|newsletters?|donate( to [\w.'-]+( [\w.'-]+)?)?|advertise( with us)?|become a (member|subscriber|supporter|patron)|support us|contribute|join us)((\s*[|\u2022\u00b7/]\s*|\s{2,}|\t+)(sign in|sign up|log ?in|log ?out|register|subscribe( now)?|my account|e-?paper|e-?edition|newsletters?|donate( to [\w.'-]+( [\w.'-]+)?)?|advertise( with us)?|become a (member|subscriber|supporter|patron)|support us|contribute|join us))+\s*$/i,
  },
  {
    reason: "widget",
    name: "reading time",
    pattern:
      /^\s*(\d+[- ]?(min|mins|minute|minutes)\.?( read| reading time)?|reading time:? ?\d+ ?(min|mins|minutes)\.?|listen to this article)\s*$/i,
  },
  {
    reason: "widget",
    name: "trending label",
    pattern:
      /^\s*[A-Za-z]{0,20}\s*(trending( now| today| stories| topics| news)?|top stories|most read|most popular|editor's picks|(subscribers|readers|people) are reading)\s*:?\s*$/i,
  },
  {
    reason: "appeal",
    name: "follow prompt",
    // "Don't miss out on the headlines from Local News. Followed categories will be added to My News."
    pattern: /^\s*don['\u2019]t miss out on the (latest )?(headlines|news|stories)\b.{0,160}$/i,
  },
  {
    reason: "other",
    name: "content warning",
    // "CONTENT WARNING: Aboriginal and Torres Strait Islander readers are advised this article contains ..."
    pattern:
      /^\s*(content |trigger )?warning\s*:.{0,80}\b(readers|viewers|audiences?)\b.{0,40}\b(advised|warned|cautioned)\b.{0,200}$/i,
  },
  {
    reason: "appeal",
    name: "subscription offer",
    pattern: /^\s*(subscribe|sign up|join|start)( now| today)?\s*[-\u2013\u2014:|]\s*.{0,80}$/i,
  },
  {
    reason: "appeal",
    name: "introductory price",
    pattern: /^.{0,40}(\$|\u00a3|\u20ac)\d+(\.\d\d)? for your first (\d+ )?(weeks?|months?|days?|year)\b.{0,60}$/i,
    phrase: "for your first",
  },
  {
    reason: "appeal",
    name: "newsletter",
    pattern:
      /^\s*(subscribe|sign up|register|join|get|receive)\b.{0,80}\b(newsletter|updates|alerts|briefing|inbox|digest|subscription|channel|(daily|weekly|morning|evening) e-?mail)\b/i,
  },
  {
    reason: "appeal",
    name: "newsletter",
    // "BREAKING NEWS ALERTS: Sign up for POLITICO email alerts": a label before it (most lines hold no "sign up", which
    // the search for the phrase tells before the label is read)
    pattern: /^[^:]{2,30}:\s*sign up\b.{0,80}\b(newsletter|updates|alerts|briefing|inbox|digest|e-?mails?)\b/i,
    phrase: "sign up",
  },
  {
    reason: "appeal",
    name: "follow us",
    // ("Follow @jdoeCP on Twitter.": a reporter's handle)
    pattern: /^\s*(follow|like|find|join|contact) (us|him|her|them|me|the author|@\w{2,30}) (on|at|via)\b.{0,80}$/i,
  },
  {
    reason: "comments",
    name: "views disclaimer",
    // "HKFP is an impartial platform & does not necessarily share the views of opinion writers or advertisers.",
    // "the comments included herein do not reflect the views and opinions of ...", "The Star does not endorse these
    // opinions.": the site's word on what its readers, writers or advertisers say
    pattern:
      /^(?=.*\b(?:do|does) not (?:necessarily )?(?:endorse|share|reflect|represent) (?:the |these |its |their )?(?:views|opinions)\b).*\b(?:comments?|readers?|opinion writers|advertisers|contributors|columnists|bloggers|platform|this (?:site|website|newspaper|publication))\b/i,
    phrase: "not ",
  },
  {
    reason: "appeal",
    name: "site slogan",
    pattern: /^\s*(learn|read|find out|discover)( more)? about\b.{3,100}\bat [\w-]+(\.[\w-]+)+\b.{0,120}$/i,
  },
  {
    reason: "appeal",
    name: "support appeal",
    pattern:
      /^\s*(we need your (support|help)|please (support|consider supporting|donate)|support (our|independent|quality) journalism|become a (member|subscriber|supporter|patron)|donate (now|today)|if you (value|like|enjoy|appreciate) (our|this) (journalism|work|reporting|content))\b.{0,200}$/i,
  },
  {
    reason: "appeal",
    name: "site promotion",
    pattern:
      /^\s*(download (our|the) app|get (our|the) app|visit [\w-]+\.(com|org|net)|for more (news|stories|information),? (visit|go to|see))\b.{0,100}$/i,
  },
  {
    reason: "appeal",
    name: "channel promotion",
    // "Rugby fans can catch the full highlights on our YouTube channel.", "Watch the video on our Facebook page."
    pattern:
      /^[^.!?]{0,100}\bon our (youtube|facebook|instagram|tiktok|whatsapp|telegram|x|twitter|podcast) (channel|page|account|feed)\b[^.!?]{0,60}[.!]?\s*$/i,
  },
  {
    reason: "related",
    name: "glued related link",
    pattern: /^\s*read more(?=[a-z0-9"'])(?!over\b).{0,150}$/i,
  },
  {
    reason: "other",
    name: "match commentary",
    pattern: /^\s*((first|second) half (ends|begins)|match ends|player of the match)\b.{0,80}$/i,
  },
  {
    reason: "appeal",
    name: "subscription prompt",
    pattern:
      /^\s*(thanks? (you )?for reading\b.{0,200}|subscribe to\b.{0,60}|by (subscribing|signing up|registering|clicking)\b.{0,240}|(hundreds|thousands|tens of thousands|over [\d,]+|[\d,]+\+?) (of )?(paid )?subscribers|you may (occasionally )?receive (promotional|marketing)\b.{0,120}|(log ?in|sign in|register|subscribe)\b[^.]{0,60}\bto (save|read|continue|access|bookmark)\b.{0,80}|you('re| are) reading\b.{0,120}|our mission is to\b.{0,200}|our (daily |weekly |free |morning |evening |afternoon )*newsletter\b.{0,120}|your (information|data|email|details) (is|are|will be) (being )?(handled|used|processed|collected)\b.{0,160})\s*$/i,
  },
  {
    reason: "byline",
    name: "contact line",
    pattern:
      /^\s*(contact|reach|email|e-mail) [\w .'-]{2,40}? (at|on|via) [^\s]*(@|\(\d{3}\)|\d{3}[-.]\d{3}[-.]\d{4}).{0,200}$/i,
  },
  {
    reason: "other",
    name: "stat line",
    pattern: /^\s*[a-z]+(?: [a-z]+){0,3}:\s*\d+(\.\d+)?%?\s*-\s*\d+(\.\d+)?%?\s*$/i,
  },
  {
    reason: "copyright",
    name: "agency disclaimer",
    pattern: /^\s*[\w'.-]+(?: [\w'.-]+){0,4} website contains only\b.{0,300}$/i,
    phrase: "website contains only",
  },
  {
    reason: "widget",
    name: "bare link",
    pattern: /^\s*(https?:\/\/|www\.)\S+\s*$/i,
  },
  {
    reason: "header",
    name: "weekday",
    // "Wednesday" alone under a paper's date line
    pattern: /^\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*$/i,
  },
  {
    reason: "navigation",
    name: "bracketed link",
    // "[Back to Lead Stories]", "[ Home ]": a link of a few words set in square brackets
    pattern: /^\s*\[\s*[^[\]\s][^[\]]{1,40}\]\s*$/,
  },
  {
    reason: "navigation",
    name: "news ticker",
    // "Breaking: Interim government sets date for vote", "Just in: ...", "LATEST: ...": a ticker's item over the
    // page (AP's "The Latest: ..." is a headline)
    pattern: /^\s*(?:breaking(?: news)?|just in|developing|news alert|latest)\s*:/i,
  },
  {
    reason: "navigation",
    name: "location trail",
    // "You are here: Home / Local / Court voids lease": the trail to the page, ending in its title
    // ("Where am I? Home > News > UK News")
    pattern: /^\s*(you are here\s*:|where am i\?)/i,
  },
  {
    reason: "navigation",
    name: "breadcrumb",
    // "Home > News > National", "Asia > SE Asia", "Cities » Chennai", "Courant.com > Archives > 2001", "Local >
    // Northwest news from The Associated Press": short items
    // joined by arrows (a guillemet is a straight quote in the folded text lines are read in)
    pattern:
      /^\s*(?:(home|news|world|local|sport|sports|business|politics|opinion|regions?)\s*(>|»|"|\/|\|)\s*\w[\w &]{0,30}(\s*(>|»|"|\/|\|)\s*\w[\w ]{0,30}){0,5}|[^\s>»›"](?:[^>»›".!?\n]|\.(?=\w)){0,30}(?:\s(?:>|»|›|")\s[^\s>»›"](?:[^>»›".!?\n]|\.(?=\w)){0,44}){1,5})\s*$/i,
  },
];

/** Debris recognised by how a line ends; matched against the line's last characters only. */
export const DEBRIS_ENDINGS: readonly DebrisPattern[] = [
  // ("Copyright KYODO NEWS. All rights reserved. No reproduction or republication without written permission.")
  { reason: "copyright", name: "rights notice", pattern: /\ball rights reserved\b(?:\.\s+[^.]{0,100})?\.?\s*$/i },
  { reason: "appeal", name: "inbox promise", pattern: /\bdelivered to your inbox\b[^.]{0,60}\.?\s*$/i },
  { reason: "other", name: "stat line", pattern: /\s[-|]\s*match (stats|facts)\s*$/i },
  // "Add some good to your morning and evening. Sign up for our newsletter."
  {
    reason: "appeal",
    name: "newsletter prompt",
    pattern:
      /(^|[.!?]\s+)sign up (for|to) (our|the) (free |daily |weekly |morning |evening )*newsletters?\s*[.!]?\s*$/i,
  },
];

/** Credits that close a photo caption: "(AP Photo/Evan Vucci)", "Photo: Reuters", "Getty Images". */
export const PHOTO_CREDITS: readonly RegExp[] = [
  /\((\w+ )?(photo|photograph|image|picture|file|credit)s?\b[^()]{0,80}\)\s*\.?$/i,
  // "Photo: Reuters", "Photo by Jane Doe", "PHOTO | FILE"
  /\b(photo|photograph|image|picture|pic|credit|photo credit|image copyright|image source)s?\s*(by|:|-|\|)\s*[^.]{2,80}\.?$/i,
  /(^|[.!?)]\s+)(getty images|ap images|shutterstock|alamy|handout( photo)?|file photo|[a-z]+ via getty images)\s*\.?$/i,
  /\b(getty images( for [\w ]{2,30})?|via (getty images|reuters|ap|afp))\s*\.?$/i,
];

/**
 * An agency's and a photographer's names around a slash, closing a caption: "EPA/BGNES", "Reuters/Jane Doe".
 * Every match holds the slash, which debris.ts looks for before trying the pattern.
 */
// ("Web Desk/Ingrid Solheim": a desk before the slash credits a reporter, not a photo; "... told LETA/BNS.": the
// agencies someone spoke to)
export const SLASH_CREDIT =
  /(?<!\b(?:told|said|says|tells|reported|to)\s)\b(?!Desk\/)[A-Z][A-Za-z]{1,15}\/[A-Z][A-Za-z.'-]*( ([A-Z][A-Za-z.'-]*|and|of|the)){0,4}\)?\s*\.?$/;

/** Words that open a caption line on many sites. */
export const CAPTION_OPENER =
  /^\s*((photo|image|picture|caption|pictured|file photo)\s*[:|-]|(image|media) (caption|copyright)\b)/i;

/** A position in a photo named in parentheses: "Arman Zhakupov (center) arrives", "Smith (2nd L) and Jones (R)". */
export const CAPTION_POSITION =
  /\((?:(?:\d(?:st|nd|rd|th)|second|third) (?:from )?)?(?:left|right|center|centre|front|back|top|bottom|L|R|C)\)/;
/** A person placed in a photo after the name: "Shaikh Khalid, centre, with Eng. Al Mannai at ...". */
export const CAPTION_PLACED =
  /^\s*\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}, (?:(?:second|third|far) )?(?:from )?(?:centre|center|left|right), (?:with|and|speaks|talks|during|at)\b/u;
