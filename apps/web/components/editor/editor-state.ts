import type { BankDraft, QuestionDraft } from "@lousa/protocol";

/**
 * The editor's document: the bank's fields and its questions, each with a key that stays with it while
 * it is edited, moved or duplicated (React keys and focus follow the question, not its position). The
 * reducer is pure: keys for new items come in with the action.
 */
export interface EditorItem {
  readonly key: string;
  readonly question: QuestionDraft;
}

export interface EditorDoc {
  readonly title: string;
  readonly description: string;
  readonly language: BankDraft["language"];
  readonly items: readonly EditorItem[];
}

export type EditorAction =
  | { readonly type: "meta"; readonly patch: Partial<Pick<EditorDoc, "title" | "description" | "language">> }
  | { readonly type: "update"; readonly key: string; readonly question: QuestionDraft }
  | { readonly type: "add"; readonly item: EditorItem }
  | { readonly type: "duplicate"; readonly key: string; readonly newKey: string }
  | { readonly type: "remove"; readonly key: string }
  | { readonly type: "insert"; readonly item: EditorItem; readonly index: number }
  | { readonly type: "move"; readonly key: string; readonly to: number }
  | { readonly type: "replace"; readonly doc: EditorDoc };

/** `list` with the element at `from` moved to `to` (both clamped into the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length) return copy;
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const [moved] = copy.splice(from, 1);
  if (moved !== undefined) copy.splice(target, 0, moved);
  return copy;
}

export function editorReducer(doc: EditorDoc, action: EditorAction): EditorDoc {
  switch (action.type) {
    case "meta":
      return { ...doc, ...action.patch };
    case "update":
      return { ...doc, items: doc.items.map((it) => (it.key === action.key ? { key: it.key, question: action.question } : it)) };
    case "add":
      return { ...doc, items: [...doc.items, action.item] };
    case "duplicate": {
      const i = doc.items.findIndex((it) => it.key === action.key);
      const source = doc.items[i];
      if (!source) return doc;
      const copy: EditorItem = { key: action.newKey, question: { ...source.question, options: [...source.question.options], correct: [...source.question.correct] } };
      return { ...doc, items: [...doc.items.slice(0, i + 1), copy, ...doc.items.slice(i + 1)] };
    }
    case "remove":
      return { ...doc, items: doc.items.filter((it) => it.key !== action.key) };
    case "insert": {
      const at = Math.max(0, Math.min(doc.items.length, action.index));
      return { ...doc, items: [...doc.items.slice(0, at), action.item, ...doc.items.slice(at)] };
    }
    case "move": {
      const from = doc.items.findIndex((it) => it.key === action.key);
      return from < 0 ? doc : { ...doc, items: moveItem(doc.items, from, action.to) };
    }
    case "replace":
      return action.doc;
  }
}

/** What is saved: the bank draft the server validates (the keys stay in the browser). */
export function toDraft(doc: EditorDoc): BankDraft {
  return { title: doc.title, description: doc.description, language: doc.language, questions: doc.items.map((it) => it.question) };
}

/** A saved draft opened in the editor; `nextKey` gives each question its key. */
export function fromDraft(draft: BankDraft, nextKey: () => string): EditorDoc {
  return { title: draft.title, description: draft.description, language: draft.language, items: draft.questions.map((question) => ({ key: nextKey(), question })) };
}

let counter = 0;
/** A key unique in this page (questions never leave it with their key). */
export function newKey(): string {
  counter += 1;
  return `q${counter}`;
}
