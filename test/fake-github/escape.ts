/** HTML escaping for the *HTML fields GraphQL returns and for the pages the server renders. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
