// What the content script sends back after filling one document tree (a frame and its
// same-origin frames). Plain data: it crosses from the page to the popup.
import type { PayloadField } from "../../shared/payload";

export interface FilledField {
  fieldId: string;
  label: string;
  payloadKey: string;
  value: string;
  pinned: boolean;
}

export interface FillReport {
  /** Where pins of this form are kept: the Google form, or origin + path. */
  formKey: string;
  origin: string;
  filled: FilledField[];
  /** Filled, but the page did not keep the value. */
  failed: FilledField[];
  /** Visible, empty form fields no payload field fits. */
  unmatched: Array<{ fieldId: string; label: string }>;
  usedKeys: string[];
  /** Origins of visible frames the page holds that we may not enter without consent. */
  crossOriginFrames: string[];
  google?: {
    /** Pre-filled link covering every matched question, all sections. */
    prefillUrl: string;
    /** Matched questions that are not on the page now (other sections). */
    elsewhere: number;
    /** The page did not keep some answers: the link is the way. */
    needed: boolean;
  };
  timings: { collect: number; match: number; fill: number };
}

export interface FillRequest {
  fields: PayloadField[];
  /** Pins of every form: formKey → form field id → payload key. */
  pins: Record<string, Record<string, string>>;
  /** "top": the top document and its same-origin frames; "frames": only frames of these origins. */
  mode: "top" | "frames";
  origins?: string[];
}

/** The API content.js installs in the page's isolated world. */
export interface ContentApi {
  fill(request: FillRequest): Promise<FillReport | null>;
  undo(): number;
}
