/** Where a rule is documented: the README's rules table has an anchor per rule id. */
export function ruleDocumentationUrl(ruleId: string): string {
  return `https://github.com/leaddocs/leaddocs#rule-${ruleId}`;
}
