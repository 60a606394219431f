// The form sites the extension knows; the first that recognises a document describes it.
import { googleForms } from "./google-forms";
import type { Site, SiteForm } from "./site";

export const sites: readonly Site[] = [googleForms];

export function detectSite(doc: Document): SiteForm | undefined {
  for (const site of sites) {
    const form = site.detect(doc);
    if (form) return form;
  }
  return undefined;
}
