import { describe, expect, test } from "vitest";
import { findDates, prefersMonthFirst } from "./dates.js";

const first = (s: string, monthFirst = false) => {
  const d = findDates(s, 0, s.length, () => monthFirst)[0];
  return d ? [d.year, d.month, d.day, s.slice(d.start, d.end)] : null;
};

describe("findDates", () => {
  const cases: [string, (number | string | null)[] | null][] = [
    ["World | December 8, 2011, Thursday // 16:58", [2011, 12, 8, "December 8, 2011"]],
    ["Published Thursday, November 10, 2016", [2016, 11, 10, "November 10, 2016"]],
    ["2016-11-10T08:15:00Z", [2016, 11, 10, "2016-11-10"]],
    ["Nov. 9, 2016 10:32 AM ET", [2016, 11, 9, "Nov. 9, 2016"]],
    ["Updated: 09/11/2016", [2016, 11, 9, "09/11/2016"]],
    ["Updated: 11/25/2016", [2016, 11, 25, "11/25/2016"]],
    ["Last modified on Tue 8 Nov 2016 17.15 GMT", [2016, 11, 8, "8 Nov 2016"]],
    ["Sept. 11th, 2001", [2001, 9, 11, "Sept. 11th, 2001"]],
    // a clock's minutes before a month are no day
    ["Published: 14:32 February 9, 2016", [2016, 2, 9, "February 9, 2016"]],
    // a year of two digits after the day of the week
    ["Thursday 22/12/05", [2005, 12, 22, "22/12/05"]],
    // a comma glued to the year
    ["By JT - Sep 21,2016 - Last updated at Sep 21,2016", [2016, 9, 21, "Sep 21,2016"]],
    ["Date: Mar - 28 - 2017 , 06:45", [2017, 3, 28, "Mar - 28 - 2017"]],
    // the year after a slash, as some agencies write it
    ["February 18/2020", [2020, 2, 18, "February 18/2020"]],
    ["Civil Georgia, Tbilisi / 25 Dec.'09 / 18:42", [2009, 12, 25, "25 Dec.'09"]],
    ["talks failed on June 8 with", [null, 6, 8, "June 8"]],
    ["the summit in May 2012 in Chicago", [2012, 5, null, "May 2012"]],
    ["MAY 5, 2020", [2020, 5, 5, "MAY 5, 2020"]],
    ["Posted  Monday, March 19  2007 at  00:00", [2007, 3, 19, "March 19  2007"]],
    ["01 Jun 12", [2012, 6, 1, "01 Jun 12"]],
    // a year of two digits after a month and a day, only before a clock
    ["Nov 18, 10 4:32pm", [2010, 11, 18, "Nov 18, 10"]],
    ["On Nov 18, 10 people died.", [null, 11, 18, "Nov 18"]],
    ["14 Feb 09 | 10:15", [2009, 2, 14, "14 Feb 09"]],
    // a year of two digits after an apostrophe
    ["Civil.ge | 14 Jul.'16 | 15:20", [2016, 7, 14, "14 Jul.'16"]],
    ["14 Jul \u201916", [2016, 7, 14, "14 Jul \u201916"]],
    // a day written with a stop after it, as Central European pages do
    ["8. Sep 2011 at 0:00", [2011, 9, 8, "8. Sep 2011"]],
    ["in 2008. May was cold", null],
    // a day, a month named in another language and a year
    ["ANSA | 14 agosto 2007 | 18:02", [2007, 8, 14, "14 agosto 2007"]],
    ["5 Desember 2023 16:45 WIB", [2023, 12, 5, "5 Desember 2023"]],
    ["12 maart 2019", [2019, 3, 12, "12 maart 2019"]],
    ["Santiago, martes 17 de marzo de 1998", [1998, 3, 17, "17 de marzo de 1998"]],
    ["3. März 2015", [2015, 3, 3, "3. März 2015"]],
    ["Publié le 5 mai 2012", [2012, 5, 5, "5 mai 2012"]],
    ["the Mars 2020 rover", null],
    ["on 5 mai", null],
    // a week's issue is dated by its first day
    ["June 19 - 25, 2008", [2008, 6, 19, "June 19 - 25, 2008"]],
    ["Issue of 19\u201325 June 2008", [2008, 6, 19, "19\u201325 June 2008"]],
    // with the second day's month, into the next year too
    ["Vol. XV No. 25  Friday June 22 - June 28, 2007", [2007, 6, 22, "June 22 - June 28, 2007"]],
    ["Dec. 28 - Jan. 3, 2008", [2007, 12, 28, "Dec. 28 - Jan. 3, 2008"]],
    ["Vol. 3, 19 - 25 June 2008", [2008, 6, 19, "19 - 25 June 2008"]],
    ["On 5 June 12 people died", [null, 6, 5, "5 June"]],
    ["Updated: 14-07-2021 09:12 IST", [2021, 7, 14, "14-07-2021"]],
    ["Posted 05-06-2019", [2019, 6, 5, "05-06-2019"]],
    ["a 2-10-2019 mix of separators: 3/4-2019", [2019, 10, 2, "2-10-2019"]],
    ["3/4-2019", null],
    // a year of two digits only after a date's label
    ["Edition Date: 08/14/01", [2001, 8, 14, "08/14/01"]],
    // the label in capitals, with no space after its colon
    ["DATE:14/04/10", [2010, 4, 14, "14/04/10"]],
    ["Posted: 25/12/98", [1998, 12, 25, "25/12/98"]],
    ["Last modified: 25/12/98", [1998, 12, 25, "25/12/98"]],
    ["Published: 10.20.12, 20:44", [2012, 10, 20, "10.20.12"]],
    ["scored 3/2/98 in the final", null],
    ["they may march 8 miles", null],
    ["a 3.5 percent rise", null],
  ];
  for (const [input, want] of cases) test(input, () => expect(first(input)).toEqual(want));
  test("a range read with its first day is one date", () => {
    const text = "June 22 - June 28, 2007";
    expect(findDates(text, 0, text.length)).toHaveLength(1);
  });

  test("reads an ambiguous numeric date the way the day of the week before it agrees with", () => {
    // 11 May 2010 was a Tuesday, 5 November 2010 a Friday
    expect(first("Submitted by Jane Doe on Tue, 05/11/2010 - 15:42")).toEqual([2010, 5, 11, "05/11/2010"]);
    expect(first("Submitted by Jane Doe on Fri, 05/11/2010 - 15:42", true)).toEqual([2010, 11, 5, "05/11/2010"]);
    // (2 March 2020 and 3 February 2020 were both Mondays: the page's habit decides)
    expect(first("Monday 03/02/20", true)).toEqual([2020, 3, 2, "03/02/20"]);
  });

  test("reads an ambiguous numeric date month first when the page writes months first", () => {
    expect(first("Updated: 09/11/2016", true)).toEqual([2016, 9, 11, "09/11/2016"]);
    expect(first("Updated: 05-06-2019", true)).toEqual([2019, 6, 5, "05-06-2019"]); // dashes stay day first
    expect(first("08.05.2019 16:04", true)).toEqual([2019, 5, 8, "08.05.2019"]); // so do stops
    expect(prefersMonthFirst("On Nov 9 and on December 8, 2011 they met.")).toBe(true);
    expect(prefersMonthFirst("On 9 November and on 8 December 2011 they met.")).toBe(false);
  });

  test("a numeric date with a part above 12, then a US time zone, tells the order before written dates do", () => {
    expect(prefersMonthFirst("Issued on 25/03/2021. The vote was held on March 6, 2021.")).toBe(false);
    expect(prefersMonthFirst("Posted 03/25/2021 in the 6 March 2021 edition.")).toBe(true);
    expect(prefersMonthFirst("05/06/2024 06:00 PM EDT. The governor vetoed the bill on 6 May.")).toBe(true);
    expect(prefersMonthFirst("Issued on: 08/03/2021 - 14:32. Ballots were counted on March 6, 2021.")).toBe(false);
    // a clock of twelve hours after "at", in lower case, as a weekly's page writes it
    expect(prefersMonthFirst("By Ann Lee\n08/10/2022 at 2:32 pm\n\nThe jury ruled on 9 August.")).toBe(true);
    // not on a page whose prose spells the British way, as the Caribbean's and Africa's do under the same software
    const comments = "| 11/04/2021 |\n\nThe youth programme was cut.\n\nReader says:\n11/04/2021 at 4:51 pm\nShame.";
    expect(prefersMonthFirst(comments)).toBe(false);
    expect(prefersMonthFirst(comments.replace("programme", "program"))).toBe(true);
    // a Canadian page spells the British way and may still write its months first
    expect(prefersMonthFirst(`${comments}\nThe Manitoba flood centre said so.`)).toBe(true);
  });

  test("a page that prints the Hijri date beside its own writes days first, whatever its clock", () => {
    expect(prefersMonthFirst("09/08/2020 10:42 AM (Dhul-Hijjah 19, 1441)\n\nThe board met on Sunday.")).toBe(false);
    expect(prefersMonthFirst("Updated 04/05/2021 09:10 PM | 22 Ramadan 1442 AH")).toBe(false);
    expect(prefersMonthFirst("09/08/2020 10:42 AM\n\nThe board met on Sunday.")).toBe(true);
  });

  test("two kinds of American mark make a page write months first; one does not", () => {
    const page =
      "Published: 3/9/2011\n\nTwo men were hurt in northwest Ohio. Sen. Ann Roe (D., Dayton) visited. Call 419-555-0134.";
    expect(prefersMonthFirst(page)).toBe(true);
    expect(prefersMonthFirst("Friends, Ill. and Springfield, Mass. met; call (614) 555-0101.")).toBe(true);
    expect(prefersMonthFirst("Published: 3/9/2011\n\nThe minister, back from Ohio, said so.")).toBe(false);
    // a month shortened in the Associated Press's style is one
    expect(prefersMonthFirst("11/07/2013\n\nThe Michigan board approved it at its Oct. 30 meeting.")).toBe(true);
    expect(prefersMonthFirst("11/07/2013\n\nThe board approved it at its Oct. 30 meeting.")).toBe(false);
  });

  test("a day, a month's short name and a year joined by hyphens", () => {
    expect(first("Sat 17-Nov-2007")).toEqual([2007, 11, 17, "17-Nov-2007"]);
  });

  test("a year with a clock glued to it is still a year", () => {
    expect(first("October 4, 20228:41 AM GMT")).toEqual([2022, 10, 4, "October 4, 2022"]);
    expect(first("Published Feb. 6, 2019Updated Feb. 7, 2019")).toEqual([2019, 2, 6, "Feb. 6, 2019"]);
  });
});
