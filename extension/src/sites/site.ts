// A form site the extension knows beyond plain HTML: how to tell its pages, its questions (on
// every page of the form), the site's own id of the question a control belongs to, whether the
// page kept an answer where the site reads it, and a link that opens the form pre-filled.
// Adding a site is adding one module that exports a Site, and listing it in sites/index.ts.
import type { FillValue, FormFieldInfo } from "../../../shared/form-match";

export interface SiteForm {
  /** Where pins of this form are kept. */
  formKey: string;
  /** The site's id of the question holding this control (used as the field id). */
  fieldId(el: Element): string | undefined;
  /** Every question of the form, on this page or not, for matching. */
  questions: FormFieldInfo[];
  /** The page keeps the answer where the site reads it; undefined when it cannot tell. */
  pageAgrees(fieldId: string, value: FillValue): boolean | undefined;
  /** A link that opens the form with these answers, if the site has one. */
  prefillUrl(answers: ReadonlyArray<{ fieldId: string; value: FillValue }>): string | undefined;
}

export interface Site {
  /** This site's form in the document, or undefined when the document is not one. */
  detect(doc: Document): SiteForm | undefined;
}
