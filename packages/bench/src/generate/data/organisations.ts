// Well-known international bodies, agencies and companies, with the short form news uses after first mention.
export interface OrganisationEntry {
  readonly name: string;
  readonly short: string;
  readonly kind: "international" | "ngo" | "company" | "agency";
}

export const ORGANISATIONS: readonly OrganisationEntry[] = [
  { name: "the United Nations", short: "the UN", kind: "international" },
  { name: "the North Atlantic Treaty Organization", short: "NATO", kind: "international" },
  { name: "the European Union", short: "the EU", kind: "international" },
  { name: "the African Union", short: "the AU", kind: "international" },
  { name: "the Arab League", short: "the League", kind: "international" },
  { name: "the Association of Southeast Asian Nations", short: "ASEAN", kind: "international" },
  { name: "the World Health Organization", short: "the WHO", kind: "international" },
  { name: "the International Monetary Fund", short: "the IMF", kind: "international" },
  { name: "the World Bank", short: "the bank", kind: "international" },
  { name: "the World Trade Organization", short: "the WTO", kind: "international" },
  { name: "the International Atomic Energy Agency", short: "the IAEA", kind: "international" },
  { name: "the Organization of the Petroleum Exporting Countries", short: "OPEC", kind: "international" },
  { name: "the Organization for Security and Co-operation in Europe", short: "the OSCE", kind: "international" },
  { name: "the International Criminal Court", short: "the ICC", kind: "international" },
  { name: "the UN Security Council", short: "the Security Council", kind: "international" },
  { name: "the UN refugee agency", short: "UNHCR", kind: "international" },
  { name: "the World Food Programme", short: "the WFP", kind: "international" },
  { name: "UNICEF", short: "UNICEF", kind: "international" },
  { name: "the International Committee of the Red Cross", short: "the ICRC", kind: "ngo" },
  { name: "Amnesty International", short: "Amnesty", kind: "ngo" },
  { name: "Human Rights Watch", short: "HRW", kind: "ngo" },
  { name: "Doctors Without Borders", short: "MSF", kind: "ngo" },
  { name: "Oxfam", short: "Oxfam", kind: "ngo" },
  { name: "Greenpeace", short: "Greenpeace", kind: "ngo" },
  { name: "Transparency International", short: "Transparency International", kind: "ngo" },
  { name: "Reporters Without Borders", short: "RSF", kind: "ngo" },
  { name: "the European Central Bank", short: "the ECB", kind: "agency" },
  { name: "the Federal Reserve", short: "the Fed", kind: "agency" },
  { name: "the European Commission", short: "the Commission", kind: "agency" },
  { name: "Interpol", short: "Interpol", kind: "agency" },
  { name: "Gazprom", short: "Gazprom", kind: "company" },
  { name: "Royal Dutch Shell", short: "Shell", kind: "company" },
  { name: "BP", short: "BP", kind: "company" },
  { name: "Siemens", short: "Siemens", kind: "company" },
  { name: "Airbus", short: "Airbus", kind: "company" },
  { name: "Boeing", short: "Boeing", kind: "company" },
  { name: "Toyota", short: "Toyota", kind: "company" },
  { name: "Samsung Electronics", short: "Samsung", kind: "company" },
  { name: "Volkswagen", short: "VW", kind: "company" },
  { name: "Nestle", short: "Nestle", kind: "company" },
  { name: "Rio Tinto", short: "Rio Tinto", kind: "company" },
  { name: "ArcelorMittal", short: "ArcelorMittal", kind: "company" },
  { name: "Maersk", short: "Maersk", kind: "company" },
  { name: "Huawei", short: "Huawei", kind: "company" },
];

/** Patterns for companies made up from a place or family name: "{x}" is replaced. */
export const COMPANY_PATTERNS: readonly string[] = [
  "{x} Holdings",
  "{x} Energy",
  "{x} Group",
  "{x} Steel",
  "{x} Airways",
  "{x} Telecom",
  "{x} Mining Corp",
  "{x} Capital",
];
