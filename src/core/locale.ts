/**
 * The language VS Code is shown in, for the dates the core formats. The extension host's own Intl locale is the
 * system's, which can differ from the language the person chose for VS Code.
 */
let displayLocale: string | undefined;

/** Set once at activation from vscode.env.language; a tag Intl does not accept leaves the system's locale. */
export function useDisplayLocale(tag: string | undefined): void {
  try {
    displayLocale = tag ? Intl.DateTimeFormat.supportedLocalesOf(tag)[0] : undefined;
  } catch {
    displayLocale = undefined;
  }
}

export function currentDisplayLocale(): string | undefined {
  return displayLocale;
}
