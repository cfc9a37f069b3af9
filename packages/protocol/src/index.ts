export * from "./result";
export * from "./schemas";
export * from "./views";
export * from "./events";
export * from "./commands";
export * from "./question-schema";
export * from "./library";
export * from "./import-preview";
