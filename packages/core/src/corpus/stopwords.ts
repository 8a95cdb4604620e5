// Function words of English (after quoteWords' light stemming). A quote bigram made only of these ("it is",
// "we will") says nothing about which utterance it comes from, so it is never a blocking key.
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but if then so than that this these those there here it its we our us you your they their them
  he him his she her i me my be is am are wa were been being have ha had do doe did not no nor of in on at by for
  with from to into onto over under about as up down out off again very can could will would shall should may might
  must just also only all any some each every both few more most other such own same too what which who whom whose
  when where why how because while until after before between through during within without against`
    .split(/\s+/)
    .filter(Boolean),
);
