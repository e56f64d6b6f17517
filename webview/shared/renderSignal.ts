/**
 * After each render a page records on `#app` what it now shows (`data-lang="ko"`, `data-query="bert"`,
 * `data-route="entry:bert"` …) and bumps `data-renders`. Nothing in the product reads these; they are
 * the page's own statement that it has finished drawing a state, which the end-to-end tests wait for
 * instead of guessing how long rendering takes.
 */
export function markRendered(state: Readonly<Record<string, string>>): void {
  const app = document.getElementById('app');
  if (!app) return;
  for (const [key, value] of Object.entries(state)) app.dataset[key] = value;
  app.dataset.renders = String(Number(app.dataset.renders ?? '0') + 1);
}
