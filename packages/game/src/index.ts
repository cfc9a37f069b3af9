export * from "./types";
export * from "./result";
export * from "./scoring";
export * from "./nickname";
export * from "./leaderboard";
export * from "./game";
export * from "./views";
export * from "./kinds";
