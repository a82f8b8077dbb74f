/** A Mermaid state diagram drawn from a procedure's transition table, so the picture never drifts. */
export function mermaidStateDiagram(
  transitions: Readonly<Record<string, Readonly<Partial<Record<string, { readonly to: string; readonly guards: readonly string[] }>>>>>,
  labels: Readonly<Record<string, string>>,
  initial: string,
): string {
  // Mermaid state ids may not contain a hyphen (`at-office`, `feedback-published`); the label keeps the Chinese name.
  const id = (s: string) => s.replace(/-/g, '_');
  const lines = ['stateDiagram-v2', `  [*] --> ${id(initial)}`];
  for (const [status, label] of Object.entries(labels)) lines.push(`  ${id(status)}: ${label}`);
  for (const [from, commands] of Object.entries(transitions)) {
    const outgoing = Object.entries(commands);
    for (const [command, t] of outgoing) {
      if (!t) continue;
      const guards = t.guards.length > 0 ? ` [${t.guards.join(', ')}]` : '';
      lines.push(`  ${id(from)} --> ${id(t.to)}: ${command}${guards}`);
    }
    if (outgoing.length === 0) lines.push(`  ${id(from)} --> [*]`);
  }
  return lines.join('\n');
}
