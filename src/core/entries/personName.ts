// A person's name as the user typed it, or as a command's `person` argument passed it, made fit to
// be written into an entry: into its front matter (`people: [...]`), its file name and its heading.
// Line breaks and other white space become single spaces and control characters go, so a name can
// never add a line to the YAML or the body; quoting what YAML would misread is the writer's part
// (yamlValue.ts). A name that is empty afterwards, or longer than anyone's, is refused.

export const MAX_PERSON_NAME = 200;

export type PersonName = { readonly ok: true; readonly name: string } | { readonly ok: false; readonly message: string };

export function cleanPersonName(raw: string): PersonName {
  const name = raw
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ') // Controls, line separators, bidi overrides.
    .replace(/\s+/g, ' ')
    .trim();
  if (name === '') {
    return { ok: false, message: "The person's name is empty." };
  }
  if (name.length > MAX_PERSON_NAME) {
    return { ok: false, message: `The person's name is ${name.length} characters long; at most ${MAX_PERSON_NAME} are kept.` };
  }
  return { ok: true, name };
}
