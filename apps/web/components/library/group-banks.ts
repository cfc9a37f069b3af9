import type { LibraryBank } from "@lousa/protocol";

/** The library's three shelves, each filtered by the search box. */
export interface Shelves {
  readonly own: readonly LibraryBank[];
  readonly shared: readonly LibraryBank[];
  readonly builtIn: readonly LibraryBank[];
}

/** Case- and accent-insensitive ("historia" finds "História"), as teachers type in a hurry. */
export function normalize(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLocaleLowerCase().trim();
}

/** Banks on their shelves: the bin left out, a search on the title, newest first among one's own. */
export function shelve(banks: readonly LibraryBank[], query: string): Shelves {
  const q = normalize(query);
  const visible = banks.filter((b) => b.deletedAt === null && (q === "" || normalize(b.title).includes(q)));
  const byTitle = (a: LibraryBank, b: LibraryBank) => a.title.localeCompare(b.title);
  return {
    own: visible.filter((b) => b.access === "own").sort((a, b) => b.updatedAt - a.updatedAt),
    shared: visible.filter((b) => b.access === "shared").sort(byTitle),
    builtIn: visible.filter((b) => b.access === "builtIn"),
  };
}

/** Replaces one bank in the list (after a rename, share, delete or restore), or adds it first. */
export function upsert(banks: readonly LibraryBank[], bank: LibraryBank): LibraryBank[] {
  return banks.some((b) => b.id === bank.id) ? banks.map((b) => (b.id === bank.id ? bank : b)) : [bank, ...banks];
}
