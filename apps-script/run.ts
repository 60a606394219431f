// Every menu action runs through here: one run at a time per spreadsheet (LockService), and a
// run that fails undoes what it already wrote, so the spreadsheet is left as it was.

/** A problem the user can fix; its message is shown as is. */
export class UserError extends Error {}

/** Undo steps of the writes made so far, run in reverse order if the run fails. */
export class Changes {
  private readonly undoSteps: Array<() => void> = [];

  onUndo(step: () => void): void {
    this.undoSteps.push(step);
  }

  undo(): void {
    for (const step of this.undoSteps.reverse()) {
      try {
        step();
      } catch {
        // Keep undoing the rest: a half-undone run is still better than none.
      }
    }
    this.undoSteps.length = 0;
  }
}

export const busyMessage =
  "Một thao tác khác của tiện ích đang chạy trên bảng tính này. Vui lòng đợi thao tác đó xong rồi thử lại.";

/** How long a second run waits for the first before giving up. */
const lockWaitMs = 2000;

function failureMessage(error: unknown): string {
  if (error instanceof UserError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Đã xảy ra lỗi, bảng tính được giữ nguyên như trước khi chạy.\n\nChi tiết: ${detail}`;
}

/** Runs an action under the document lock; errors become a Vietnamese alert, writes are undone. */
export function runExclusive(title: string, action: (changes: Changes) => void): void {
  const ui = SpreadsheetApp.getUi();
  // getDocumentLock() is null outside a document's context; the script lock then serialises runs.
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(lockWaitMs)) {
    ui.alert(title, busyMessage, ui.ButtonSet.OK);
    return;
  }
  const changes = new Changes();
  try {
    action(changes);
    SpreadsheetApp.flush();
  } catch (error) {
    changes.undo();
    ui.alert(title, failureMessage(error), ui.ButtonSet.OK);
  } finally {
    lock.releaseLock();
  }
}
