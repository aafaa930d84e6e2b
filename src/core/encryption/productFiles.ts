// The paths of the product's own files in an encrypted journal (what each holds: layout.ts). Apart
// from layout.ts and free of imports, because the extension's activation reads it too: whether a
// journal is encrypted is told by `DESCRIPTOR_PATH` (or `MARKER_PATH`) being there, without loading
// any of the encryption code.
export const PRODUCT_FOLDER = '.leadership-journal';
export const DESCRIPTOR_PATH = `${PRODUCT_FOLDER}/encryption.json`;
export const KEY_PATH = `${PRODUCT_FOLDER}/key.age`;
export const NEXT_KEY_PATH = `${PRODUCT_FOLDER}/key.next.age`;
export const NAMES_PATH = `${PRODUCT_FOLDER}/names.age`;
export const MARKER_PATH = `${PRODUCT_FOLDER}/migration.json`;
export const LOCK_PATH = `${PRODUCT_FOLDER}/lock`;
