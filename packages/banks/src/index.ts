import { dockerBank } from "./data/docker";
import { imagemXContainerBank } from "./data/imagem-x-container";
import { kernelBank } from "./data/kernel";
import type { Bank } from "./types";

export type * from "./types";
export { RETIRED_QUESTION_IDS } from "./retired";
export { validateBank } from "./validate";

/** The banks every Lousa ships with, seeded into the database on start. */
export const BUILT_IN_BANKS: readonly Bank[] = [kernelBank, dockerBank, imagemXContainerBank];
