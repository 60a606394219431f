// Every menu action runs through here: one run at a time per spreadsheet (LockService), and a
// run that fails undoes what it already wrote, so the spreadsheet is left as it was. What the run
// shows (an alert, a sidebar, a dialog) is shown after the lock is let go: an alert waits for the
// user's click, and the lock must not wait with it.
import { vietnameseSheetsMessage } from "./sheets-messages";

/** A problem the user can fix; its message is shown as is. */
export class UserError extends Error {}

/** Undo steps of the writes made so far, run in reverse order if the run fails. */
export class Changes {
  private readonly undoSteps: Array<() => void> = [];
  /** The run's result is in place: what fails afterwards no longer undoes it. */
  committed = false;

  /** From here on the run's result stays, whatever fails next (its undo steps are dropped). */
  commit(): void {
    this.undoSteps.length = 0;
    this.committed = true;
  }

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

/** What a run shows once it is done and the lock is let go. */
export type Reply = () => void;

export const busyMessage =
  "Một thao tác khác của tiện ích đang chạy trên bảng tính này. Vui lòng đợi thao tác đó xong rồi thử lại.";

/** How long a second run waits for the first before giving up. */
const lockWaitMs = 2000;

function failureMessage(error: unknown, committed: boolean): string {
  if (error instanceof UserError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  const known = vietnameseSheetsMessage(detail);
  const said = known ? `${known}\n\n` : "";
  const state = committed
    ? "Kết quả mới đã được ghi, nhưng bước cuối (định dạng trang) gặp lỗi; hãy chạy lại."
    : "Đã xảy ra lỗi, bảng tính được giữ nguyên như trước khi chạy.";
  return `${state}\n\n${said}Chi tiết: ${detail}`;
}

/** An alert with one OK button (shown after the run, never under the lock). */
export function alertReply(title: string, message: string): Reply {
  return () => {
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, message, ui.ButtonSet.OK);
  };
}

/**
 * Runs an action under the document lock; errors become a Vietnamese alert, writes are undone.
 * What the action returns, when it is a function (a Reply), is shown once the lock is let go.
 */
export function runExclusive(title: string, action: (changes: Changes) => unknown): void {
  // getDocumentLock() is null outside a document's context; the script lock then serialises runs.
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(lockWaitMs)) {
    alertReply(title, busyMessage)();
    return;
  }
  const changes = new Changes();
  let reply: Reply | undefined;
  try {
    const shown = action(changes);
    if (typeof shown === "function") reply = shown as Reply;
    SpreadsheetApp.flush();
  } catch (error) {
    changes.undo();
    reply = alertReply(title, failureMessage(error, changes.committed));
  } finally {
    lock.releaseLock();
  }
  reply?.();
}
