/** What a template's `{{…}}` fields are filled with. */

export interface TemplateValues {
  readonly title: string;
  readonly date: string;
  readonly number: number;
}

/** Fills `{{title}}`, `{{date}}` and `{{number}}`; other text, braces included, is left as written. */
export function fillTemplate(template: string, values: TemplateValues): string {
  const byName: Record<string, string> = { title: values.title, date: values.date, number: String(values.number) };
  return template.replace(/\{\{\s*(title|date|number)\s*\}\}/g, (_match, name: string) => byName[name] ?? '');
}

/** Today as the author's calendar has it, `YYYY-MM-DD`, not UTC's: a review due today is due where the team is. */
export function localIsoDate(now: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
