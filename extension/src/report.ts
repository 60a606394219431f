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

/**
 * A frame of another site the page shows: filled only after the user agrees to that frame. The
 * token finds the frame again: the parent sends it to that frame alone (postMessage to the
 * frame's window, for the frame's origin only), and the frame's content script tells it back.
 */
export interface FrameOffer {
  token: string;
  origin: string;
  /** The frame's title or address, to tell the user which frame it is. */
  title: string;
}

export interface FillReport {
  /** Where pins of this form are kept: the site's form, or origin + path. */
  formKey: string;
  origin: string;
  /** The frame this report comes from (set by the caller from the browser's answer). */
  frameId?: number;
  filled: FilledField[];
  /** Filled, but the page did not keep the value. */
  failed: FilledField[];
  /** Personal fields matched but not written: they wait for the user's confirmation. */
  pending: FilledField[];
  /** Visible, empty form fields no payload field fits. */
  unmatched: Array<{ fieldId: string; label: string }>;
  usedKeys: string[];
  /** Visible frames of other sites on the page, one by one. */
  frames: FrameOffer[];
  /** The form site's extras (Google Forms): the pre-filled link and questions on other pages. */
  site?: {
    /** Pre-filled link covering every matched question, all sections. */
    prefillUrl?: string;
    /** Matched questions that are not on the page now (other sections). */
    elsewhere: number;
    /** The page did not keep some answers: the link is the way. */
    needed: boolean;
  };
  timings: {
    collect: number;
    match: number;
    fill: number;
    /** Of collect: time in hit testing, how many points were tested, how often the window scrolled. */
    hitTest: number;
    hitTests: number;
    scrolls: number;
  };
}

export interface FillRequest {
  fields: PayloadField[];
  /** Pins of every form: formKey → form field id → payload key. */
  pins: Record<string, Record<string, string>>;
  /** Origins where the user always allows personal fields to be written without asking. */
  allowedSites: string[];
  /** "top": the top document and its same-origin frames; "frame": one frame the user agreed to. */
  mode: "top" | "frame";
  /** For "frame": the origin the user saw; a frame now showing another site is not filled. */
  origin?: string;
}

/** The answer of one frame: its report, or why there is none. */
export type FillAnswer =
  | { ok: true; report: FillReport }
  | { ok: false; reason: "not-ours" | "other-origin" | "error"; detail?: string };

/** The API content.js installs in the extension's isolated world of the page. */
export interface ContentApi {
  readonly version: 3;
  fill(request: FillRequest): Promise<FillReport | null>;
  /** Write the personal fields the last fill held back (all of them, or these ids). */
  confirm(fieldIds?: readonly string[] | null): Promise<FillReport | null>;
  undo(): number;
  /** In the parent: send an offered frame its token, if it still shows and still is that site. */
  announce(token: string): boolean;
  /** In a frame: the token its parent sent, if any. */
  frameToken(): string | undefined;
}

/** The message a parent sends a frame it offered, carrying the token. */
export const FRAME_MESSAGE = "cadre-plan-autofill/frame";

/** The key content.js installs its API under: a symbol, which no page element can shadow. */
export const API_KEY = "cadre-plan-autofill/content-api";
