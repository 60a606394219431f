// Data validation rules: SpreadsheetApp.newDataValidation() builders and the rules they build.
import { KIND, type Service, serviceList } from "./counting";
import type { Realm } from "./realm";

/** SpreadsheetApp.DataValidationCriteria (enum members compare with === and print their name). */
export const DataValidationCriteria = Object.freeze({
  DATE_AFTER: "DATE_AFTER",
  DATE_BEFORE: "DATE_BEFORE",
  DATE_BETWEEN: "DATE_BETWEEN",
  DATE_EQUAL_TO: "DATE_EQUAL_TO",
  DATE_IS_VALID_DATE: "DATE_IS_VALID_DATE",
  DATE_NOT_BETWEEN: "DATE_NOT_BETWEEN",
  DATE_ON_OR_AFTER: "DATE_ON_OR_AFTER",
  DATE_ON_OR_BEFORE: "DATE_ON_OR_BEFORE",
  NUMBER_BETWEEN: "NUMBER_BETWEEN",
  NUMBER_EQUAL_TO: "NUMBER_EQUAL_TO",
  NUMBER_GREATER_THAN: "NUMBER_GREATER_THAN",
  NUMBER_GREATER_THAN_OR_EQUAL_TO: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  NUMBER_LESS_THAN: "NUMBER_LESS_THAN",
  NUMBER_LESS_THAN_OR_EQUAL_TO: "NUMBER_LESS_THAN_OR_EQUAL_TO",
  NUMBER_NOT_BETWEEN: "NUMBER_NOT_BETWEEN",
  NUMBER_NOT_EQUAL_TO: "NUMBER_NOT_EQUAL_TO",
  TEXT_CONTAINS: "TEXT_CONTAINS",
  TEXT_DOES_NOT_CONTAIN: "TEXT_DOES_NOT_CONTAIN",
  TEXT_EQUAL_TO: "TEXT_EQUAL_TO",
  TEXT_IS_VALID_EMAIL: "TEXT_IS_VALID_EMAIL",
  TEXT_IS_VALID_URL: "TEXT_IS_VALID_URL",
  VALUE_IN_LIST: "VALUE_IN_LIST",
  VALUE_IN_RANGE: "VALUE_IN_RANGE",
  CUSTOM_FORMULA: "CUSTOM_FORMULA",
  CHECKBOX: "CHECKBOX",
});
export type CriteriaType = keyof typeof DataValidationCriteria;

interface RuleFields {
  criteria: CriteriaType | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export class MemoryDataValidation implements Service {
  readonly [KIND] = "DataValidation";
  constructor(
    private readonly realm: Realm,
    readonly fields: Readonly<RuleFields>,
  ) {}

  getCriteriaType(): CriteriaType {
    return this.fields.criteria!;
  }
  getCriteriaValues(): unknown[] {
    // A list rule answers [values, showDropdown] with a fresh copy of the values.
    // Ranges inside (VALUE_IN_RANGE) go back to the script through the counting proxy.
    return serviceList(
      this.realm.array(this.fields.values.map((v) => (Array.isArray(v) ? this.realm.array(v) : v))),
    );
  }
  getAllowInvalid(): boolean {
    return this.fields.allowInvalid;
  }
  getHelpText(): string {
    return this.fields.helpText;
  }
  copy(): MemoryDataValidationBuilder {
    return new MemoryDataValidationBuilder(this.realm, { ...this.fields, values: [...this.fields.values] });
  }
  toString(): string {
    return "DataValidation";
  }
}

export class MemoryDataValidationBuilder implements Service {
  readonly [KIND] = "DataValidationBuilder";
  private rule: RuleFields;

  constructor(
    private readonly realm: Realm,
    start?: RuleFields,
  ) {
    this.rule = start ?? { criteria: null, values: [], allowInvalid: true, helpText: "" };
  }

  #require(criteria: CriteriaType, values: unknown[]): this {
    this.rule.criteria = criteria;
    this.rule.values = values;
    return this;
  }

  build(): MemoryDataValidation {
    if (!this.rule.criteria) throw this.realm.error("You must set a criteria before calling build().");
    return new MemoryDataValidation(this.realm, { ...this.rule, values: [...this.rule.values] });
  }
  copy(): MemoryDataValidationBuilder {
    return new MemoryDataValidationBuilder(this.realm, { ...this.rule, values: [...this.rule.values] });
  }
  getCriteriaType(): CriteriaType | null {
    return this.rule.criteria;
  }
  getCriteriaValues(): unknown[] {
    return serviceList(this.realm.array(this.rule.values));
  }
  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }
  getHelpText(): string {
    return this.rule.helpText;
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.rule.allowInvalid = Boolean(allowInvalidData);
    return this;
  }
  setHelpText(helpText: string): this {
    this.rule.helpText = String(helpText);
    return this;
  }
  withCriteria(criteria: CriteriaType, args: unknown[]): this {
    return this.#require(criteria, [...args]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this.#require("CHECKBOX", values);
  }
  requireDate(): this {
    return this.#require("DATE_IS_VALID_DATE", []);
  }
  requireDateAfter(date: Date): this {
    return this.#require("DATE_AFTER", [date]);
  }
  requireDateBefore(date: Date): this {
    return this.#require("DATE_BEFORE", [date]);
  }
  requireDateBetween(start: Date, end: Date): this {
    return this.#require("DATE_BETWEEN", [start, end]);
  }
  requireDateEqualTo(date: Date): this {
    return this.#require("DATE_EQUAL_TO", [date]);
  }
  requireDateNotBetween(start: Date, end: Date): this {
    return this.#require("DATE_NOT_BETWEEN", [start, end]);
  }
  requireDateOnOrAfter(date: Date): this {
    return this.#require("DATE_ON_OR_AFTER", [date]);
  }
  requireDateOnOrBefore(date: Date): this {
    return this.#require("DATE_ON_OR_BEFORE", [date]);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.#require("CUSTOM_FORMULA", [formula]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.#require("NUMBER_BETWEEN", [start, end]);
  }
  requireNumberEqualTo(number: number): this {
    return this.#require("NUMBER_EQUAL_TO", [number]);
  }
  requireNumberGreaterThan(number: number): this {
    return this.#require("NUMBER_GREATER_THAN", [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.#require("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }
  requireNumberLessThan(number: number): this {
    return this.#require("NUMBER_LESS_THAN", [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    return this.#require("NUMBER_LESS_THAN_OR_EQUAL_TO", [number]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this.#require("NUMBER_NOT_BETWEEN", [start, end]);
  }
  requireNumberNotEqualTo(number: number): this {
    return this.#require("NUMBER_NOT_EQUAL_TO", [number]);
  }
  requireTextContains(text: string): this {
    return this.#require("TEXT_CONTAINS", [text]);
  }
  requireTextDoesNotContain(text: string): this {
    return this.#require("TEXT_DOES_NOT_CONTAIN", [text]);
  }
  requireTextEqualTo(text: string): this {
    return this.#require("TEXT_EQUAL_TO", [text]);
  }
  requireTextIsEmail(): this {
    return this.#require("TEXT_IS_VALID_EMAIL", []);
  }
  requireTextIsUrl(): this {
    return this.#require("TEXT_IS_VALID_URL", []);
  }
  requireValueInList(values: unknown[], showDropdown = true): this {
    if (!Array.isArray(values))
      throw this.realm.error("The parameters (String) don't match the method signature.");
    return this.#require("VALUE_IN_LIST", [[...values], showDropdown]);
  }
  requireValueInRange(range: object, showDropdown = true): this {
    return this.#require("VALUE_IN_RANGE", [range, showDropdown]);
  }
  toString(): string {
    return "DataValidationBuilder";
  }
}
