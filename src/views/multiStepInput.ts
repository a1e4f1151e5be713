import * as vscode from 'vscode';

/**
 * A multi-step quick input with step titles ("Flag a blocker (2/4)") and a Back button, shared by every flow that
 * asks several questions. Steps read and write one state object; a step that needs no question (its answer came
 * from an argument) simply returns, and Back skips over it.
 */
export type Step<S> = (ui: StepUi, state: S) => Promise<void>;

export interface PickOptions<T extends vscode.QuickPickItem> {
  items: readonly T[];
  placeholder: string;
  active?: T;
  matchOnDescription?: boolean;
  matchOnDetail?: boolean;
}

export interface TextOptions {
  prompt: string;
  placeholder?: string;
  value?: string;
  /** Returns the reason the value cannot be accepted, shown under the box as the person types. */
  validate?: (value: string) => string | undefined;
}

export interface StepUi {
  pick<T extends vscode.QuickPickItem>(options: PickOptions<T>): Promise<T>;
  text(options: TextOptions): Promise<string>;
}

const BACK = Symbol('back');
const CANCEL = Symbol('cancel');

/** Runs the steps in order; resolves true when all were answered, false when the person cancelled. */
export async function runSteps<S>(title: string, state: S, steps: readonly Step<S>[]): Promise<boolean> {
  const shown: number[] = [];
  let index = 0;
  while (index < steps.length) {
    let asked = false;
    const ui = stepUi(`${title} (${index + 1}/${steps.length})`, shown.length > 0, () => (asked = true));
    try {
      await steps[index](ui, state);
      if (asked) {
        shown.push(index);
      }
      index++;
    } catch (signal) {
      if (signal === CANCEL) {
        return false;
      }
      if (signal !== BACK) {
        throw signal;
      }
      index = shown.pop() ?? 0;
    }
  }
  return true;
}

function stepUi(title: string, canGoBack: boolean, onAsk: () => void): StepUi {
  const buttons = canGoBack ? [vscode.QuickInputButtons.Back] : [];
  return {
    pick<T extends vscode.QuickPickItem>(options: PickOptions<T>): Promise<T> {
      onAsk();
      const pick = vscode.window.createQuickPick<T>();
      Object.assign(pick, {
        title,
        buttons,
        placeholder: options.placeholder,
        items: options.items,
        matchOnDescription: options.matchOnDescription ?? true,
        matchOnDetail: options.matchOnDetail ?? false,
        ignoreFocusOut: true,
      });
      if (options.active) {
        pick.activeItems = [options.active];
      }
      return settle(pick, (resolve) => [
        pick.onDidAccept(() => {
          const [chosen] = pick.selectedItems;
          if (chosen) {
            resolve(chosen);
          }
        }),
      ]);
    },
    text(options: TextOptions): Promise<string> {
      onAsk();
      const box = vscode.window.createInputBox();
      Object.assign(box, { title, buttons, prompt: options.prompt, placeholder: options.placeholder, value: options.value ?? '', ignoreFocusOut: true });
      const check = () => (box.validationMessage = options.validate?.(box.value));
      check();
      return settle(box, (resolve) => [
        box.onDidChangeValue(check),
        box.onDidAccept(() => {
          if (!check()) {
            resolve(box.value.trim());
          }
        }),
      ]);
    },
  };
}

function settle<T>(input: vscode.QuickInput & { onDidTriggerButton: vscode.Event<vscode.QuickInputButton> }, wire: (resolve: (value: T) => void) => vscode.Disposable[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (action: () => void) => {
      if (!done) {
        done = true;
        action();
        disposables.forEach((d) => d.dispose());
        input.dispose();
      }
    };
    const disposables = [
      ...wire((value) => finish(() => resolve(value))),
      input.onDidTriggerButton((button) => {
        if (button === vscode.QuickInputButtons.Back) {
          finish(() => reject(BACK));
        }
      }),
      input.onDidHide(() => finish(() => reject(CANCEL))),
    ];
    input.show();
  });
}
