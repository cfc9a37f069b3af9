// A reader stuck before it is ready (a parser module that never finishes loading): only the runner's
// start-up limit ends it.
for (;;) {
  // Spin without ever posting "ready".
}
