/** An id-safe anchor for a framework section ("2 Identity and Access Management" -> "section-2-identity-and-access-management"). */
export function sectionAnchor(section: string, prefix = "section"): string {
  return `${prefix}-${section.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}
