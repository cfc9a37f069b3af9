// A reader stuck in a loop (a parser's worst case): only the runner's timeout ends it.
for (;;) {
  // Spin: the thread never yields, so only terminate() can stop it.
}
