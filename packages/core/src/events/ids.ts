/**
 * A lowercase ASCII slug for ids: "Sergei Lavrov" -> "sergei-lavrov", "Ḱyiv" -> "kyiv".
 *
 * @example
 * slugify("NATO-Russia Council"); // "nato-russia-council"
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]s\b/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
