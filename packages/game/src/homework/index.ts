export * from "./settings";
export * from "./window";
export * from "./attempt";
export * from "./counted";
export * from "./visibility";
