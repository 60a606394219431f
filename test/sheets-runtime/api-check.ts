// Compile-time check: every public method of the runtime's classes exists, under the same name, in
// Apps Script's own API (@types/google-apps-script). A misspelt or invented method fails typecheck.
import type { MemoryBlob } from "./blob";
import type {
  MemoryChartOptions,
  MemoryCharts,
  MemoryContainerInfo,
  MemoryEmbeddedChart,
  MemoryEmbeddedChartBuilder,
} from "./charts";
import type { MemoryHtmlOutput, MemoryHtmlService, MemoryHtmlTemplate } from "./html";
import type {
  MemoryDeveloperMetadata,
  MemoryDeveloperMetadataFinder,
  MemoryDeveloperMetadataLocation,
} from "./metadata";
import type { MemoryProtection } from "./protection";
import type { MemoryRange } from "./range";
import type { MemoryRangeList } from "./range-list";
import type {
  MemoryLock,
  MemoryLockService,
  MemoryLogger,
  MemoryProperties,
  MemoryPropertiesService,
  MemorySession,
  MemoryUtilities,
} from "./services";
import type { MemorySheet } from "./sheet";
import type { MemorySpreadsheet, MemorySpreadsheetApp } from "./spreadsheet";
import type { MemoryMenu, MemoryUi } from "./ui";
import type { MemoryDataValidation, MemoryDataValidationBuilder } from "./validation";

type Methods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];
/** Public methods of Mine that Real lacks (internal ones start with "_"). */
type Extra<Mine, Real> = Exclude<Methods<Mine> & string, keyof Real | `_${string}` | "toString">;
type None<T extends never> = T;

export type ApiCheck = [
  None<Extra<MemorySpreadsheetApp, GoogleAppsScript.Spreadsheet.SpreadsheetApp>>,
  None<Extra<MemorySpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>>,
  None<Extra<MemorySheet, GoogleAppsScript.Spreadsheet.Sheet>>,
  None<Extra<MemoryRange, GoogleAppsScript.Spreadsheet.Range>>,
  None<Extra<MemoryRangeList, GoogleAppsScript.Spreadsheet.RangeList>>,
  None<Extra<MemoryProtection, GoogleAppsScript.Spreadsheet.Protection>>,
  None<Extra<MemoryDeveloperMetadata, GoogleAppsScript.Spreadsheet.DeveloperMetadata>>,
  None<Extra<MemoryDeveloperMetadataFinder, GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>>,
  None<Extra<MemoryDeveloperMetadataLocation, GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>>,
  None<Extra<MemoryDataValidation, GoogleAppsScript.Spreadsheet.DataValidation>>,
  None<Extra<MemoryDataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder>>,
  None<Extra<MemoryUi, GoogleAppsScript.Base.Ui>>,
  None<Extra<MemoryMenu, GoogleAppsScript.Base.Menu>>,
  None<Extra<MemoryHtmlService, GoogleAppsScript.HTML.HtmlService>>,
  None<Extra<MemoryHtmlOutput, GoogleAppsScript.HTML.HtmlOutput>>,
  None<Extra<MemoryHtmlTemplate, GoogleAppsScript.HTML.HtmlTemplate>>,
  None<Extra<MemoryLockService, GoogleAppsScript.Lock.LockService>>,
  None<Extra<MemoryLock, GoogleAppsScript.Lock.Lock>>,
  None<Extra<MemoryPropertiesService, GoogleAppsScript.Properties.PropertiesService>>,
  None<Extra<MemoryProperties, GoogleAppsScript.Properties.Properties>>,
  None<Extra<MemoryUtilities, GoogleAppsScript.Utilities.Utilities>>,
  None<Extra<MemoryBlob, GoogleAppsScript.Base.Blob>>,
  None<Extra<MemorySession, GoogleAppsScript.Base.Session>>,
  None<Extra<MemoryLogger, GoogleAppsScript.Base.Logger>>,
  None<Extra<MemoryEmbeddedChart, GoogleAppsScript.Spreadsheet.EmbeddedChart>>,
  // One builder for every type: each of its methods is one of the column chart builder's (asColumnChart).
  None<Extra<MemoryEmbeddedChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder>>,
  None<Extra<MemoryEmbeddedChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder>>,
  None<Extra<MemoryContainerInfo, GoogleAppsScript.Spreadsheet.ContainerInfo>>,
  None<Extra<MemoryChartOptions, GoogleAppsScript.Charts.ChartOptions>>,
  None<Extra<MemoryCharts, GoogleAppsScript.Charts.Charts>>,
];
