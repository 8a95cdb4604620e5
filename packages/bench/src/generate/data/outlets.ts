// Outlets and wire agencies an article can come from.
export interface OutletEntry {
  readonly name: string;
  /** The wire credit used in bylines and copyright lines. */
  readonly agency: string;
}

export const OUTLETS: readonly OutletEntry[] = [
  { name: "The Daily Ledger", agency: "AFP" },
  { name: "Metro Herald", agency: "Reuters" },
  { name: "Pakistan Today", agency: "AFP" },
  { name: "Sofia News Agency", agency: "EPA" },
  { name: "The Morning Courier", agency: "AP" },
  { name: "Global Post Online", agency: "AFP" },
  { name: "The Evening Standard-Times", agency: "Reuters" },
  { name: "Asia Pacific Wire", agency: "Xinhua" },
  { name: "Continental Observer", agency: "dpa" },
  { name: "The Capital Journal", agency: "AP" },
  { name: "SpaceWar.com", agency: "AFP" },
  { name: "Frontier Times", agency: "ANSA" },
  { name: "Harbour City Gazette", agency: "Reuters" },
  { name: "The National Sentinel", agency: "EFE" },
];
